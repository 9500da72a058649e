"""The samordnare: who the parties' coordinators are and their uppdrag."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import leading_list, split_items
from samverkan.extract.mentions import split_and
from samverkan.extract.record import Item, Record
from samverkan.extract.sections import Flat, numbered_section

WHO = re.compile(r"(?i)^(?P<who>.+?)\s+ska\s+(?:utgöra|vara)\s+(?:parternas\s+)?(?:avtals)?samordnare")
QUOTED = re.compile(r"[”\"“]([A-ZÅÄÖ][^”\"“]{2,40})[”\"“]")


def recognise(doc: Document, record: Record) -> None:
    span = numbered_section(doc, r"Samordnare|Samordning|Avtalssamordnare")
    if span is None:
        return
    flat = Flat(doc, Span(span.start + 1, span.end))
    quoted = QUOTED.search(flat.text)
    item = Item("groups", quoted.group(1) if quoted else "Samordnare", span)
    item.set("kind", "coordinators", Span(span.start, span.start))
    for sentence, offset in flat.sentences():
        found = WHO.match(sentence)
        if found:
            members = [f"member: {p}" for who in re.split(r"\s+samt\s+", found.group("who"))
                       for p in split_and(who.strip())]
            item.set("members", members, flat.span(offset, offset + len(sentence)))
            break
    lines = list(doc.text_lines(span.start + 1, span.end))
    for i, (_, text) in enumerate(lines):
        if re.search(r"(?i)(uppdrag|uppgifter)\s*:\s*$", text):
            listed, _ = leading_list(doc, lines[i + 1:])
            tasks = split_items(doc, listed)
            if tasks:
                item.set("tasks", [t for t, _ in tasks], Span(tasks[0][1].start, tasks[-1][1].end))
            break
    record.items.append(item)
