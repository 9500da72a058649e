"""The samverkansstruktur overview: a heading per group or activity followed by "Uppdrag:", "Mål:",
"Syfte:", "Deltagare:" and "Mötesfrekvens:" (labels ending in a colon)."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import Block, Label, split_blocks
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.mentions import split_mentions
from samverkan.extract.record import Item, Record

LABELS = [
    Label("task", r"Uppdrag", colon=True),
    Label("goal", r"Mål", colon=True),
    Label("purpose", r"Syfte", colon=True),
    Label("participants", r"Deltagare", colon=True),
    Label("frequency", r"Mötesfrekvens", colon=True),
]
ENTITY = Label("entity", r"Aktivitet(?:\s*/\s*metod)?\s*\d*", colon=True)
HEAD_KEYS = {"task", "goal", "purpose"}


LABELLED = re.compile(r"^[^:]{1,40}:\s")  # "Möten:   4 ggr/år": a field of the block above, no heading


def _is_heading(text: str) -> bool:
    ends = (".", ",", ":", ";", "-")
    return bool(text) and text[:1].isupper() and len(text) <= 70 and not text.rstrip().endswith(ends) \
        and not LABELLED.match(text)


def _take_heading(block: Block) -> tuple[str, int] | None:
    if not block.lines or (block.key is not None and len(block.lines) < 2):
        return None
    n, text = block.lines[-1]
    if not _is_heading(text):
        return None
    block.lines.pop()
    return text, n


def recognise(doc: Document, record: Record) -> None:
    blocks = split_blocks(doc, 1, len(doc), [*LABELS, ENTITY], once=False)
    starts: dict[int, tuple[str, int]] = {}
    for i, block in enumerate(blocks):  # first take the headings off the blocks before them
        if block.key == "entity":
            starts[i] = (" ".join(doc.line(block.start).split()), block.start)
        elif block.key in HEAD_KEYS and i:
            heading = _take_heading(blocks[i - 1])
            if heading:
                starts[i] = heading
    current: Item | None = None
    for i, block in enumerate(blocks):
        if i in starts:
            name, line = starts[i]
            current = Item("structure", name, Span(line, line))
            current.set("name", name, Span(line, line))
            record.items.append(current)
        if block.key in (None, "entity") or current is None or not block.lines:
            continue
        text, span = block.text(), block.value_span
        if block.key == "participants":
            current.set("participants", split_mentions(text), span)
        elif block.key == "frequency":
            current.set("frequency_text", text, span)
            freq = parse_frequency(text)
            if freq is not None:
                current.set("frequency", freq.per_year, span)
                current.set("frequency_minimum", freq.minimum, span)
        else:
            current.set(block.key, text, span)
