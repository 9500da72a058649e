"""The steering group of a local agreement (chefsamråd / styrgrupp): members by capacity, chair, meetings."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import Label, join_lines, leading_list, split_blocks, split_items
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.mentions import split_and
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import Flat, numbered_section

LABELS = [
    Label("decision_maker", r"Beslutsfattare"),
    Label("rapporteur", r"Föredragande"),
    Label("coopted", r"Adjungerade|Adjungeras", colon=True),
    Label("member", r"Ledamöter|Deltagare|Medlemmar", colon=True),
]
QUOTED = re.compile(r"[”\"“]([A-ZÅÄÖ][^”\"“]{2,40})[”\"“]")
COOPTED_WORD = re.compile(r"(?i)\s+(adjungerande|adjungerade|adjungerad|adjungeras)\s*$")
COOPT_SENTENCE = re.compile(r"(?i)^(?P<who>.+?)\s+adjungeras\b(?P<rest>.*)$")
ALTERNATE = re.compile(r"(?i)alterner\w*\s+mellan\s+(?P<a>.+?)\s+och\s+(?P<b>.+?)\.")
CHAIR = re.compile(r"(?i)(?:ordförande|sammankallande)\s+(?:är|ska\s+vara)\s+(?P<who>.+?)\.")
MEETS = re.compile(r"(?i)sammanträd|möte|träffas|ses\b")


def recognise(doc: Document, record: Record) -> None:
    """The steering group of the document's steering section, if it has one."""
    span = numbered_section(doc, r"Styrgrupp|Chefsamråd|Ledningsgrupp")
    if span is None:
        return
    flat = Flat(doc, span)
    quoted = QUOTED.search(flat.text)
    name = quoted.group(1) if quoted else doc.line(span.start).split(".", 1)[-1].strip()
    item = Item("groups", name, span)
    item.set("kind", "steering", Span(span.start, span.start))
    _members(doc, span, item)
    _chair(flat, item)
    _frequency(flat, item)
    purpose = re.search(r"(?i)för\s+att\s+behandla\s+(.+?)[,.]", flat.text)
    if purpose:
        item.set("purpose", join_lines([purpose.group(1)]), flat.span(purpose.start(), purpose.end()))
    record.items.append(item)


def _members(doc: Document, span: Span, item: Item) -> None:
    """The members by capacity: those listed under a label, and those the prose says are co-opted."""
    members, first, last, prose = _labelled_members(doc, span)
    for sentence, where in _sentences(prose):
        found = COOPT_SENTENCE.match(sentence)
        if not found:
            continue
        for who in re.split(r"\s+samt\s+", found.group("who")):
            members += [f"coopted: {part}" for part in split_and(who.strip())]
        first, last = min(first or where.start, where.start), max(last or where.end, where.end)
        if "vid behov" in found.group("rest"):
            item.set("coopted_condition", "vid behov", where)
    if members:
        item.set("members", members, Span(first, last))


def _labelled_members(doc: Document, span: Span) -> tuple[list[str], int | None, int | None, list[tuple[int, str]]]:
    """The members listed under the section's labels, the first and last line they are on, and the prose lines."""
    members: list[str] = []
    first = last = None
    prose: list[tuple[int, str]] = []
    for block in split_blocks(doc, span.start + 1, span.end, LABELS):
        if block.key is None:
            prose += block.lines
            continue
        listed, rest = leading_list(doc, block.lines)
        prose += rest
        for text, where in split_items(doc, listed):
            capacity = block.key
            if COOPTED_WORD.search(text):
                text, capacity = COOPTED_WORD.sub("", text), "coopted"
            members.append(f"{capacity}: {text}")
            first, last = first or where.start, where.end
    return members, first, last, prose


def _chair(flat: Flat, item: Item) -> None:
    """The chair: alternating between two members, or one named."""
    if found := ALTERNATE.search(flat.text):
        where = flat.span(found.start(), found.end())
        item.set("chair", "alternating", where)
        item.set("chair_between", [found.group("a").strip(), found.group("b").strip()], where)
    elif found := CHAIR.search(flat.text):
        where = flat.span(found.start(), found.end())
        item.set("chair", "yes", where)
        item.set("chair_between", [found.group("who").strip()], where)


def _frequency(flat: Flat, item: Item) -> None:
    """How often the group meets, from the first sentence about meetings that gives a number per year."""
    for sentence, offset in flat.sentences():
        freq = parse_frequency(sentence) if MEETS.search(sentence) else None
        if freq and freq.per_year:
            where = flat.span(offset, offset + len(sentence))
            item.set("frequency", freq.per_year, where)
            item.set("frequency_text", freq.phrase, where)
            item.set("frequency_minimum", freq.minimum, where)
            return


def _sentences(lines: list[tuple[int, str]]):
    """(sentence, span) of prose lines."""
    text, starts = "", []
    for n, line in lines:
        starts.append((len(text) + (1 if text else 0), n))
        text = f"{text} {line}" if text else line
    pos = 0
    for piece in re.split(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ])", text):
        begin = text.index(piece, pos)
        end = begin + len(piece)
        lines_in = [n for s, n in starts if s < end] or [starts[0][1]]
        first = max([n for s, n in starts if s <= begin] or [starts[0][1]])
        yield piece, Span(first, max(lines_in))
        pos = end
