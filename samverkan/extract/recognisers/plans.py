"""The åtgärdsplaner: per samverkansområde a plan (Mål, Problembild) and its forums and activities with
the fields Syfte, Löptid, Mötesfrekvens, Aktivitetsansvarig, Polisens/Stadsdelsförvaltningens kontakt,
deltagare and åtaganden, Övriga deltagare and Uppföljning.

A plan's heading is the line just before its "Mål"; "Aktivitet 1" (or "Aktivitet/metod 2") opens an
activity whose name follows; fields before the first numbered activity belong to a forum named as the plan.
"""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import Block, Label, join_lines, split_blocks, split_items
from samverkan.extract.frequency import parse_frequency
from samverkan.extract.mentions import split_mentions
from samverkan.extract.recognisers.structure import LABELS as STRUCTURE_LABELS
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import annex_headings

LABELS = [
    Label("goal", r"Mål\s+och\s+syfte|Mål", colon=False),
    Label("problems", r"Problembild|Problem", colon=False),
    Label("activity_numbered", r"Aktivitet(?:\s*/\s*metod)?\s+\d+", colon=False),
    Label("description", r"Aktivitet(?:\s*/\s*metod)?|Åtgärd", colon=False),
    Label("purpose", r"Syfte", colon=False),
    Label("term", r"Löptid", colon=False),
    Label("frequency", r"Mötesfrekvens|Frekvens", colon=False),
    Label("owner", r"Aktivitetsansvarig|Ansvarig\s+för\s+aktiviteten", colon=False),
    Label("police_contact", r"Polisens\s+kontakt(?:person)?", colon=False),
    Label("police_participants", r"Polisens\s+deltagare", colon=False),
    Label("police_commitments", r"Polisens\s+åtaganden", colon=False),
    Label("district_contact", r"Stadsdelsförvaltningens\s+kontakt(?:person)?", colon=False),
    Label("district_participants", r"Stadsdelsförvaltningens\s+deltagare", colon=False),
    Label("district_commitments", r"Stadsdelsförvaltningens\s+åtaganden", colon=False),
    Label("other_participants", r"Övriga\s+deltagare", colon=False),
    Label("financing", r"Finansiering", colon=False),
    Label("communication", r"Kommunikation", colon=False),
    Label("follow_up", r"Uppföljning(?:\s+av\s+aktivitet(?:en)?)?", colon=False),
]
STOP = [Label("_stop", lb.pattern, colon=True) for lb in STRUCTURE_LABELS]
PLAN_FIELDS = {"goal", "problems"}
LIST_FIELDS = {"problems", "other_participants", "follow_up"}
MENTION_FIELDS = {"police_participants", "district_participants"}


def _region(doc: Document) -> Span | None:
    heads = annex_headings(doc)
    for i, (_, title, line) in enumerate(heads):
        if re.search(r"(?i)åtgärdsplan|handlingsplan", title):
            end = heads[i + 1][2] - 1 if i + 1 < len(heads) else len(doc)
            return Span(line, end)
    return None


def _heading(block: Block) -> tuple[str, int] | None:
    """Take the plan heading off the end of the block before a "Mål"."""
    if not block.lines or (block.key is not None and len(block.lines) < 2):
        return None
    n, text = block.lines.pop()
    return text, n


def _name_lines(doc: Document, lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """An activity's name runs to the first paragraph break (or, without breaks, to a new capital)."""
    breaks = any(doc.is_break(m) for m in range(lines[0][0], lines[-1][0] + 1)) if lines else False
    for i in range(1, len(lines)):
        prev, (n, text) = lines[i - 1][0], lines[i]
        if breaks and any(doc.is_break(m) for m in range(prev + 1, n)):
            return lines[:i], lines[i:]
        if not breaks and text[:1].isupper():
            return lines[:i], lines[i:]
    return lines, []


def recognise(doc: Document, record: Record) -> None:
    region = _region(doc)
    if region is None:
        return
    blocks = split_blocks(doc, region.start, region.end, LABELS + STOP,
                          resets=frozenset({"goal", "activity_numbered"}))
    headings: dict[int, tuple[str, int]] = {}
    last = len(blocks)
    for i, block in enumerate(blocks):  # first take the headings off the blocks before them
        if block.key == "_stop":
            if i:
                _heading(blocks[i - 1])
            last = i
            break
        if block.key == "goal" and i:
            heading = _heading(blocks[i - 1])
            if heading:
                headings[i] = heading
    plan: Item | None = None
    work: Item | None = None
    for i, block in enumerate(blocks[:last]):
        if block.key == "goal":
            name, line = headings.get(i, (f"Åtgärdsplan {len(record.section('plans')) + 1}", block.start))
            plan = Item("plans", name, Span(line, line))
            plan.set("name", name, Span(line, line))
            record.items.append(plan)
            work = None
        if block.key == "activity_numbered":
            name_lines, rest = _name_lines(doc, block.lines)
            name = join_lines([t for _, t in name_lines]) or block.label
            span = Span(block.start, name_lines[-1][0] if name_lines else block.start)
            work = Item("work_items", name, span)
            work.set("name", name, span)
            work.set("numbered", " ".join(block.label.split()), Span(block.start, block.start))
            if plan:
                work.set("plan", plan.name, span)
            record.items.append(work)
            if rest:
                work.set("description", join_lines([t for _, t in rest]), Span(rest[0][0], rest[-1][0]))
            continue
        if block.key is None or plan is None:
            continue
        if block.key in PLAN_FIELDS and work is None:
            target = plan
        else:
            if work is None:
                work = Item("work_items", plan.name, plan.span)
                work.set("name", plan.name, plan.span)
                work.set("plan", plan.name, plan.span)
                record.items.append(work)
            target = work
        _set_field(doc, target, block)


def _set_field(doc: Document, item: Item, block: Block) -> None:
    key, span, text = block.key, block.value_span, block.text()
    if block.note:
        item.set(f"{key}_note", block.note, block.span)
    if not block.lines:
        return
    if key in LIST_FIELDS:
        items = split_items(doc, block.lines)
        if len(items) == 1 and key == "other_participants":
            items = [(m, span) for m in split_mentions(items[0][0])]
        item.set(key, [t for t, _ in items], span)
    elif key in MENTION_FIELDS:
        item.set(key, split_mentions(text), span)
    elif key == "frequency":
        freq = parse_frequency(text)
        item.set("frequency_text", text, span)
        if freq is not None:
            item.set("frequency", freq.per_year, span)
            item.set("frequency_minimum", freq.minimum, span)
    else:
        item.set(key, text, span)
