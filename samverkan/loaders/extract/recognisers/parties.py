"""The parties: names with organisation numbers and the names the agreement gives them (”Kommunen”)."""

from __future__ import annotations

import re

from samverkan.loaders.extract.document import Document, Span
from samverkan.loaders.extract.record import Item, Record
from samverkan.loaders.extract.sections import numbered_section

ORG_NR = re.compile(r"(?i)(?P<before>.*?)[,\s]*\b(?:org\.?\s*nr\.?|organisationsnummer)[:\s]*(?P<nr>\d{6}-\d{4})")
ALIAS = re.compile(r"[”\"“]([A-ZÅÄÖ][\wåäö]+)[”\"“]")
CUT = re.compile(r"(?i)\s+(region|polisregion|box|c/o)\b.*$")


def recognise(doc: Document, record: Record) -> None:
    span = numbered_section(doc, r"Parter") or Span(1, len(doc))
    lines = list(doc.text_lines(span.start, span.end))
    for i, (n, text) in enumerate(lines):
        found = ORG_NR.search(text)
        if not found:
            continue
        name, first = found.group("before").strip(" ,"), n
        if not name and i:
            first, name = lines[i - 1]
        name = CUT.sub("", name).strip(" ,")
        if not name:
            continue
        item = Item("parties", name, Span(first, n))
        item.set("name", name, Span(first, n))
        item.set("org_number", found.group("nr"), Span(n, n))
        for m, later in lines[i: i + 3]:
            alias = ALIAS.search(later[found.end():] if m == n else later)
            if alias:
                item.set("alias", alias.group(1), Span(m, m))
                break
        item.set("party", "police" if "polis" in name.casefold() else "city", Span(first, n))
        record.items.append(item)
