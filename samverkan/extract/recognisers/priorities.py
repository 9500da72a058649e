"""Priority areas: the numbered subsections of a "N Prioriterade områden" section, or a bulleted list
under a "Prioriterade samverkansområden" heading."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import ELABORATION, split_items, strip_bullet, without_explanation
from samverkan.extract.meaning.text import RULE_LINE, SLIDE_MARK
from samverkan.extract.record import Item, Record

NUMBERED = re.compile(r"(?i)^\s*(?P<k>\d+)\s+Prioriterade\s+(?:samverkans)?områden\s*$")
PLAIN = re.compile(r"(?i)^\s*Prioriterade\s+(?:samverkans)?områden\s*:?\s*$")
ANNEX = re.compile(r"^\s*Bilaga\s+\d+")


def recognise(doc: Document, record: Record) -> None:
    found: list[tuple[str, Span]] = []
    for n, text in doc.text_lines():
        numbered = NUMBERED.match(text)
        if numbered:
            found = _numbered(doc, n, int(numbered.group("k")))
        elif PLAIN.match(text):
            found = _bulleted(doc, n)
        if found:
            break
    for name, span in found:
        item = Item("priority_areas", name, span)
        item.set("name", name, span)
        record.items.append(item)


def _numbered(doc: Document, start: int, k: int) -> list[tuple[str, Span]]:
    sub = re.compile(rf"^\s*{k}\.(\d+)\s+(\S.*?)\s*$")
    stop = re.compile(rf"^\s*{k + 1}\s+\S")
    out = []
    for n, text in doc.text_lines(start + 1):
        if stop.match(text) or ANNEX.match(text):
            break
        if found := sub.match(text):
            out.append((ELABORATION.sub("", without_explanation(found.group(2))), Span(n, n)))  # ", framför allt i X"
    return out


def _bulleted(doc: Document, start: int) -> list[tuple[str, Span]]:
    lines = []
    led = False  # a paragraph without bullets read before the list: its lead-in
    for n, text in doc.text_lines(start + 1):
        if SLIDE_MARK.match(text) or RULE_LINE.fullmatch(text.strip()) and n > start + 1:  # a new slide or a
            # rule (not the heading's underline): the section ended with no bulleted list in it
            break
        bullet = strip_bullet(text)[0]
        if not lines and not bullet and text.strip():
            if led and doc.is_blank(n - 1):
                break  # a second paragraph without bullets ("a) …" items, a new heading): no bulleted list here
            led = True
        if bullet:
            lines.append((n, text))
        elif lines and _goes_on(lines[-1][1], text) and not doc.is_blank(n - 1):
            lines[-1] = (lines[-1][0], lines[-1][1] + " " + text.strip())  # an item wrapped onto the next line
        elif lines and (doc.is_blank(n - 1) or len(text) < 40):
            break
    indents = {n: len(doc.line(n)) - len(doc.line(n).lstrip()) for n, _ in lines}
    outer = min(indents.values(), default=0)  # a list inside an item details it: no area of its own
    items = split_items(doc, [(n, text) for n, text in lines if indents[n] == outer])
    return [(ELABORATION.sub("", name), span) for name, span in items]  # ", särskilt under helgkvällar" drops


def _goes_on(item: str, text: str) -> bool:
    """A line that goes on with the item above: in lower case, after an item left open (no stop at its end)."""
    return bool(text.strip()[:1].islower()) and not item.rstrip().endswith((".", ";", ":"))
