"""The uppföljningsplan: per "Uppföljning av …" entry who is responsible (Ansvarig), the task, the method
and how often (Frekvens/tillfälle)."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import Label, split_blocks
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import annex_headings

LABELS = [
    Label("entry", r"Uppföljning\s+av\s+[\wåäö ]+"),
    Label("responsible", r"Ansvarig"),
    Label("task", r"Uppdrag"),
    Label("method", r"Metod"),
    Label("frequency", r"Frekvens\s*/\s*tillfälle|Frekvens"),
]


def recognise(doc: Document, record: Record) -> None:
    heads = annex_headings(doc)
    for i, (_, title, line) in enumerate(heads):
        if not re.search(r"(?i)uppföljningsplan", title):
            continue
        end = heads[i + 1][2] - 1 if i + 1 < len(heads) else len(doc)
        item: Item | None = None
        for block in split_blocks(doc, line + 1, end, LABELS, resets=frozenset({"entry"})):
            if block.key == "entry":
                name = " ".join(doc.line(block.start).split())
                item = Item("follow_up_plan", name, Span(block.start, block.start))
                item.set("name", name, Span(block.start, block.start))
                record.items.append(item)
            elif item is not None and block.key and block.lines:
                text = block.text()
                item.set(block.key, text, block.value_span)
                if block.key == "frequency" and (freq := parse_frequency(text)) and freq.per_year:
                    item.set("frequency_per_year", freq.per_year, block.value_span)
        return
