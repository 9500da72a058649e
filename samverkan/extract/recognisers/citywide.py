"""The group descriptions of a city-wide agreement: styrgrupp, beredningsgrupp, lokal styrgrupp, lokal
beredningsgrupp, lokal arbetsgrupp, each a heading and a paragraph saying who the group consists of,
who leads it, whom it prepares for and how often it meets."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.mentions import split_mentions
from samverkan.extract.recognisers.structure import LABELS as STRUCTURE_LABELS
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import Flat

HEADING = re.compile(r"(?i)^(?P<local>lokala?\s+)?(?P<kind>styrgrupp|beredningsgrupp|arbetsgrupp)(?:en|er)?$")
KINDS = {"styrgrupp": "steering", "beredningsgrupp": "preparation", "arbetsgrupp": "working"}
MEMBERS = re.compile(r"(?i)\bska\s+(?:bestå|utgöras|sammansättas)\s+av\s+(?P<who>.+?)\.(?:\s|$)")
LED_BY = re.compile(r"(?i)\bska\s+(?:ledas|samordnas)\s+av\s+(?P<who>.+?)\.(?:\s|$)")
RECOMMENDED = re.compile(r"(?i)särskilt\s+prioriterade\s+i\s+detta\s+hänseende\s+är\s+(?P<who>.+?)\.(?:\s|$)")
BOTH = re.compile(r"(?i)representanter\s+från\s+både\s+(?P<a>.+?)\s+och\s+(?:det\s+|den\s+)?(?P<b>[\wåäö]+)")
PREPARES_FOR = re.compile(r"(?i)(?:bereda\s+frågor|frågor\s+bereds)[^.]*?\btill\s+(?P<to>styrgrupp\w*)")
DISTRIBUTIVE = re.compile(r"(?i)\b(?P<head>chef|förvaltningschef|samordnar)(?:erna|na)\s+för\s+(?P<what>\w+)\s+"
                          r"(?P<list>[\wåäö]+(?:,\s*[\wåäö]+)*\s+och\s+[\wåäö]+)")
MEETS = re.compile(r"(?i)möte|sammanträd|sammankalla|träffas")
TEMPORARY = re.compile(r"(?i)tidsbegränsad")


def _is_heading_line(doc: Document, n: int) -> bool:
    text = doc.line(n).strip()
    return bool(text) and len(text) <= 45 and text[:1].isupper() and not text.isupper() \
        and not text.endswith((".", ",", ":")) and (n == 1 or doc.is_blank(n - 1))


def _expand(text: str) -> str:
    """ "cheferna för polisområde syd, city och nord" → "chef för polisområde syd, chef för ... city, ..." """
    def repl(found: re.Match) -> str:
        parts = re.split(r",\s*|\s+och\s+", found.group("list"))
        return ", ".join(f"{found.group('head')} för {found.group('what')} {p}" for p in parts)
    return DISTRIBUTIVE.sub(repl, text)


def recognise(doc: Document, record: Record) -> None:
    structure = [lb.regex() for lb in STRUCTURE_LABELS]
    found: list[Item] = []
    lines = list(doc.text_lines())
    for i, (n, text) in enumerate(lines):
        head = HEADING.match(text)
        if not head or text.isupper():
            continue
        body_end = n
        for m, later in lines[i + 1:]:
            if HEADING.match(later) and not later.isupper() or _is_heading_line(doc, m):
                break
            body_end = m
        if body_end == n or any(rx.match(t) for _, t in doc.text_lines(n + 1, body_end) for rx in structure):
            continue
        item = _describe(doc, Span(n, body_end), text, head)
        if item is not None:
            found.append(item)
    for item in found:
        target = item.get("_prepares_for")
        if target:
            level = item.get("level")
            match = next((g for g in found if g.get("kind") == "steering" and g.get("level") == level), None)
            if match:
                item.set("reports_to", match.name, item.fields["_prepares_for"].span)
            del item.fields["_prepares_for"]
        record.items.append(item)


def _describe(doc: Document, span: Span, name: str, head: re.Match) -> Item | None:
    flat = Flat(doc, Span(span.start + 1, span.end))
    item = Item("groups", " ".join(name.split()), span)
    where = Span(span.start, span.start)
    if head.group("local"):  # "Lokal styrgrupp": the district's group a city-wide agreement prescribes
        item.set("level", "local", where)
    else:  # an unmarked "Styrgrupp" is of the document's own level, local or central, once that is read
        item.set("_level_of_document", True, where)
    item.set("kind", KINDS[head.group("kind").casefold()], where)
    facts = 0
    if found := MEMBERS.search(flat.text):
        item.set("members", split_mentions(_expand(found.group("who"))), flat.span(found.start(), found.end()))
        facts += 1
    if found := BOTH.search(flat.text):
        item.set("members", [found.group("a").strip(), found.group("b").strip()], flat.span(found.start(), found.end()))
        facts += 1
    if found := LED_BY.search(flat.text):
        item.set("chairs", split_mentions(found.group("who")), flat.span(found.start(), found.end()))
        facts += 1
    if found := RECOMMENDED.search(flat.text):
        item.set("recommended", split_mentions(found.group("who")), flat.span(found.start(), found.end()))
        facts += 1
    if found := PREPARES_FOR.search(flat.text):
        item.set("_prepares_for", found.group("to"), flat.span(found.start(), found.end()))
    for sentence, offset in flat.sentences():
        if MEETS.search(sentence) and (freq := parse_frequency(sentence)) and freq.per_year:
            where = flat.span(offset, offset + len(sentence))
            item.set("frequency", freq.per_year, where)
            item.set("frequency_text", freq.phrase, where)
            item.set("frequency_minimum", freq.minimum, where)
            facts += 1
            break
    if TEMPORARY.search(flat.text):
        item.set("standing", False, flat.span(TEMPORARY.search(flat.text).start(), TEMPORARY.search(flat.text).end()))
    purpose = next((s for s, _ in flat.sentences()), "")
    if purpose:
        item.set("purpose", purpose, flat.span(0, len(purpose)))
    return item if facts else None
