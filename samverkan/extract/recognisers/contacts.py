"""The parties' contact persons / samordnare in the contact annex: title, name and organisation.
Telephone numbers and addresses are personal data and are not extracted."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import annex_headings

ENTRY = re.compile(
    r"^\s*\d+\.\s+(?P<title>.+?)\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)+),\s*(?P<rest>.*)$")
ORGS = [
    re.compile(r"Lokalpolisområde\s+[A-ZÅÄÖ][\wåäö\-]+"),
    re.compile(r"[A-ZÅÄÖ][\wåäö\-]+\s+stadsdelsförvaltning"),
    re.compile(r"Polisområde\s+[A-ZÅÄÖ]\w+"),
    re.compile(r"[A-ZÅÄÖ][\wåäö]*(?:förvaltningen|kontoret)"),
]


def recognise(doc: Document, record: Record) -> None:
    heads = annex_headings(doc)
    for i, (_, title, line) in enumerate(heads):
        if not re.search(r"(?i)samordnare|kontakt", title):
            continue
        end = heads[i + 1][2] - 1 if i + 1 < len(heads) else len(doc)
        entries: list[tuple[re.Match, int, int]] = []
        for n, text in doc.text_lines(line + 1, end):
            found = ENTRY.match(text)
            if found:
                entries.append((found, n, n))
            elif entries:
                entries[-1] = (entries[-1][0], entries[-1][1], n)
        for found, first, last in entries:
            text = " ".join(t for _, t in doc.text_lines(first, last))
            item = Item("contacts", found.group("name"), Span(first, last))
            item.set("name", found.group("name"), Span(first, first))
            item.set("title", found.group("title").strip(" ,"), Span(first, first))
            for rx in ORGS:
                org = rx.search(text)
                if org:
                    item.set("organisation", org.group(), Span(first, last))
                    break
            record.items.append(item)
        return
