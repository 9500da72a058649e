"""The agreement itself: title, dnr, period ("löper från och med … till och med …"), extension, revision."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.frequency import NUMBERS
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import Flat

TITLE = re.compile(r"(?i)^[\w\s]{0,40}samverkansöverenskommelse\w*$")
DNR_LINE = re.compile(r"^(?P<who>[^:]{3,80}):\s*(?P<dnr>[A-Z]{0,3}\s?[A-Z]?\d[\w.\-]*/\d{4})\s*$")
DNR_INLINE = re.compile(r"\bDnr\s+(?P<dnr>[A-ZÅÄÖ]{1,4}\s+\d{4}/\d+|\d[\d\-.]*/\d{4})")
DATE = r"(\d{4}-\d{2}-\d{2})"
PERIOD = re.compile(r"(?i)från\s+och\s+med\s+" + DATE + r"\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?)\s+" + DATE)
EXTENSION = re.compile(r"(?i)förlängas\s+med\s+(?P<n>\w+)(?:\s*\(\s*\d+\s*\))?\s+år")
CONSULT = re.compile(r"(?i)senast\s+(?P<n>\w+)(?:\s*\(\s*\d+\s*\))?\s+månader\s+före")
ORDINALS = {"varje": 1, "annat": 2, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5}
REVISION = re.compile(r"(?i)revider\w*\s+ska\s+ske\s+(?:åtminstone\s+|minst\s+)?(?:var|vart)\s+(?P<n>\w+)\s+år")
UNTIL_FURTHER = re.compile(r"(?i)(?:överenskommelsen|gäller)[^.]{0,80}\btills\s?vidare")


def _number(word: str) -> int | None:
    word = word.casefold()
    return int(word) if word.isdigit() else NUMBERS.get(word) or ORDINALS.get(word)


def recognise(doc: Document, record: Record) -> None:
    title, title_line = "Samverkansöverenskommelse", 1
    for n, text in doc.text_lines(doc.top, doc.top + 39):
        if TITLE.match(text):
            title, title_line = " ".join(text.split()), n
            break
    item = Item("agreement", title, Span(title_line, title_line))  # its name is its title, as read by the end
    dnr, spans = [], []
    for n in doc.head(40):
        raw = doc.raw[n - 1].strip()
        found = DNR_LINE.match(raw) or DNR_INLINE.search(raw)
        if found and found.group("dnr") not in dnr:
            dnr.append(found.group("dnr"))
            spans.append(n)
    if dnr:
        item.set("dnr", dnr, Span(min(spans), max(spans)))
    flat = Flat(doc)
    if found := PERIOD.search(flat.text):
        span = flat.span(found.start(), found.end())
        item.set("valid_from", found.group(1), span)
        item.set("valid_to", found.group(2), span)
    if found := EXTENSION.search(flat.text):
        item.set("extension_years", _number(found.group("n")), flat.span(found.start(), found.end()))
        sentence_end = flat.text.find(".", found.end())
        item.set("extension_text", flat.text[found.start(): sentence_end + 1 if sentence_end > 0 else None],
                 flat.span(found.start(), found.end()))
    if found := CONSULT.search(flat.text):
        item.set("extension_consult_months", _number(found.group("n")), flat.span(found.start(), found.end()))
    if found := REVISION.search(flat.text):
        item.set("revision_interval_years", _number(found.group("n")), flat.span(found.start(), found.end()))
    if found := UNTIL_FURTHER.search(flat.text):
        item.set("until_further_notice", True, flat.span(found.start(), found.end()))
    record.items.append(item)
