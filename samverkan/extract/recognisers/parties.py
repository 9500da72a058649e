"""The parties: names with organisation numbers and the names the agreement gives them (”Kommunen”)."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import numbered_section

# no leading `.*?` group: the words before are text[:start] (a lazy prefix made search quadratic in the line)
ORG_NR = re.compile(r"(?i)[,\s]*\b(?:org\.?\s*nr\.?|organisationsnummer)[:\s]*(?P<nr>\d{6}-\d{4})")
ALIAS = re.compile(r"[”\"“]([A-ZÅÄÖ][\wåäö]+)[”\"“]")
GOES_ON = re.compile(r"(?i)\b(?:och|samt|mellan|med)$")  # a line of a sentence the next line goes on with
CUT = re.compile(r"(?i)\s+(region|polisregion|box|c/o)\b.*$")


BETWEEN = re.compile(r"(?i)\bmellan\s+(?P<a>[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,3}?)\s+och\s+"
                     r"(?P<b>[A-ZÅÄÖ][\wåäö]*(?:[ \t]+[A-ZÅÄÖ][\wåäö]+){0,2})")  # a name ends with its line


def recognise(doc: Document, record: Record) -> None:
    span = numbered_section(doc, r"Parter") or Span(1, len(doc))
    lines = list(doc.text_lines(span.start, span.end))
    before = len(record.items)
    for i, (n, text) in enumerate(lines):
        found = ORG_NR.search(text)
        if not found:
            continue
        if i and lines[i - 1][0] == n - 1 and (GOES_ON.search(lines[i - 1][1]) or _bracketed(text, lines[i - 1][1])):
            continue  # "… mellan A kommun och" / "Polismyndigheten, B (org.nr …)": a sentence's, read as prose
        name, first = text[:found.start()].strip(" ,"), n
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
    if len(record.items) == before:
        _between(doc, record)


def _bracketed(text: str, above: str) -> bool:
    """A line that opens with the bracket of an organisation number ("(org.nr …).") under a line left open: the
    number of a name wrapped over the lines above, as a narrow column wraps it; read as prose."""
    return text.startswith("(") and not above.rstrip().endswith((".", ":", ";"))


def _between(doc: Document, record: Record) -> None:
    """Without organisation numbers: the parties named in the title ("… mellan Stockholms stad och Polisregion
    Stockholm")."""
    lines = list(doc.text_lines(1, 12))
    text = "\n".join(t for _, t in lines)
    found = BETWEEN.search(text)
    if not found or not lines:
        return
    where = Span(lines[0][0], lines[-1][0])
    for name in (found.group("a"), found.group("b")):
        name = name.strip(" .")
        item = Item("parties", name, where)
        item.set("name", name, where)
        item.set("party", "police" if "polis" in name.casefold() else "city", where)
        record.items.append(item)
