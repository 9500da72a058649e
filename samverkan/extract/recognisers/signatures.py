"""Signatories: the names and titles under the signature lines (columns separated by wide spaces)."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.agreement import WITNESSING
from samverkan.extract.record import Item, Record

RULE = re.compile(r"_{5,}")
COLUMNS = re.compile(r"\s{2,}|\t+")


def recognise(doc: Document, record: Record) -> None:
    """Every signature line's block: one with the columns of all signatories, or one block per signatory
    ("För Nyby kommun" / rule / name / title, then the next party's)."""
    seen: set[str] = set()
    for n in range(1, len(doc) + 1):
        if not RULE.search(doc.raw[n - 1]) or _witnessed(doc, n):
            continue
        following = [(m, doc.raw[m - 1]) for m, _ in doc.text_lines(n + 1, n + 6)][:2]
        if len(following) < 2:
            continue
        (name_line, names), (title_line, _) = following
        titles = doc.line(title_line)  # a title as OCR repair mended it ("Lokalpo1isområdeschef"); names as written
        names = [c.strip() for c in COLUMNS.split(names.strip()) if c.strip()]
        titles = [c.strip() for c in COLUMNS.split(titles.strip()) if c.strip()]
        # a name has no digit: "D2 BEREDNINGSGRUPP" under a form's blank "Namn: ______" is a field's code
        if not names or not all(re.match(r"^[A-ZÅÄÖ](?:[^\W\d_]|-)+(\s+[A-ZÅÄÖ](?:[^\W\d_]|-)+)+$", x) for x in names):
            continue
        for i, name in enumerate(names):
            if name in seen:
                continue
            seen.add(name)
            item = Item("signatories", name, Span(name_line, title_line))
            item.set("name", name, Span(name_line, name_line))
            if i < len(titles):
                title = titles[i].split(",")[0].strip()  # "Kommundirektör, Nyby kommun": the function
                item.set("title", title, Span(title_line, title_line))
            record.items.append(item)


def _witnessed(doc: Document, n: int) -> bool:
    """Whether the signature line on line n is a witness's: under a label "Bevittnas:", a blank line or two above."""
    above = [doc.line(m) for m in range(max(1, n - 3), n) if not doc.is_blank(m)]
    return bool(above) and bool(WITNESSING.match(above[-1]))
