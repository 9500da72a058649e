"""The list of bilagor in the agreement text, and which bilagor the document actually contains."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import annex_headings, numbered_section

ENTRY = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*?)\s*$")


def recognise(doc: Document, record: Record) -> None:
    agreement = record.first("agreement")
    if agreement is None:
        agreement = Item("agreement", "Samverkansöverenskommelse", Span(1, 1))
        record.items.append(agreement)
    span = numbered_section(doc, r"Bilagor")
    if span:
        entries, expected, lines = [], 1, []
        for n, text in doc.text_lines(span.start + 1, len(doc)):
            found = ENTRY.match(text)
            if found and int(found.group(1)) == expected:
                entries.append(f"{expected} {found.group(2)}")
                lines.append(n)
                expected += 1
            elif entries:
                break
        if entries:
            agreement.set("annexes", entries, Span(lines[0], lines[-1]))
    heads = annex_headings(doc)
    if heads:
        numbers = sorted({num for num, _, _ in heads})
        agreement.set("annexes_present", numbers, Span(heads[0][2], heads[-1][2]))
        agreement.set("annex_titles", {str(num): title for num, title, _ in heads}, Span(heads[0][2], heads[-1][2]))
