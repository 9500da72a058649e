"""The general mechanism: field labels → value blocks, and value blocks → texts and lists.

A label is a regular expression matched at the start of a line; it may run over up to three lines
("Stadsdelsförvaltningens" / "kontakt"), may end in a colon, and may carry a parenthetical note over
several lines ("Övriga deltagare (beror / på vilken plats ...)"). Everything after it up to the next
label is its value block. Recognisers declare their labels; none of them parses lines by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from samverkan.extract.document import Document, Span
from samverkan.extract.sections import ANNEX

BULLETS = "–-•\uf0b7\uf0a7*·"


@dataclass(frozen=True)
class Label:
    key: str
    pattern: str
    colon: bool | None = None  # True: must end in ':'; False: must not; None: either

    def regex(self) -> re.Pattern:
        return re.compile(r"(?i)^(?:" + self.pattern + r")(?=[\s:]|$)")


@dataclass
class Block:
    key: str | None
    label: str
    start: int
    colon: bool = False
    note: str | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)

    @property
    def span(self) -> Span:
        last = self.lines[-1][0] if self.lines else self.start
        return Span(self.start, max(last, self.start))

    @property
    def value_span(self) -> Span:
        if not self.lines:
            return Span(self.start, self.start)
        return Span(self.lines[0][0], self.lines[-1][0])

    def text(self) -> str:
        return join_lines([t for _, t in self.lines])


def match_label(doc: Document, n: int, labels: list[tuple[Label, re.Pattern]], end: int):
    """(label, last line of the label, rest of that line, colon, note, last line used) or None."""
    window: list[tuple[int, str]] = []
    for m, text in doc.text_lines(n, end):
        window.append((m, text))
        if len(window) == 3:
            break
    if not window or window[0][0] != n:
        return None
    joined = "\n".join(t for _, t in window)
    best = None
    for label, rx in labels:  # the longest label that matches ("Aktivitet 1" before "Aktivitet")
        found = rx.match(joined)
        if not found:
            continue
        rest = joined[found.end():].split("\n", 1)[0]
        colon = rest.lstrip().startswith(":")
        if label.colon is True and not colon or label.colon is False and colon:
            continue
        if best is None or found.end() > best[1].end():
            best = (label, found, rest, colon)
    if best is None:
        return None
    label, found, rest, colon = best
    used = found.group().count("\n")
    line_no = window[used][0]
    rest = rest.lstrip()[1:].strip() if colon else rest.strip()
    note, last = None, line_no
    if rest.startswith("(") and ")" not in rest:
        parts = [rest]
        for m, text in doc.text_lines(line_no + 1, end):
            parts.append(text)
            last = m
            if ")" in text:
                break
        whole = " ".join(parts)
        close = whole.index(")") if ")" in whole else len(whole) - 1
        note, rest = whole[1:close].strip(), whole[close + 1:].strip()
    return label, line_no, rest, colon, note, last


def split_blocks(doc: Document, start: int, end: int, labels: list[Label], resets: frozenset[str] = frozenset(),
                 once: bool = True) -> list[Block]:
    """The value blocks of [start, end]. With `once`, a label seen again before a label in `resets`
    is text (e.g. "Aktivitetsansvarig e-postar kallelse ..." inside a Kommunikation field)."""
    compiled = [(label, label.regex()) for label in sorted(labels, key=lambda lb: -len(lb.pattern))]
    blocks = [Block(None, "", start)]
    seen: set[str] = set()
    skip_to = 0
    for n, text in doc.text_lines(start, end):
        if n <= skip_to:
            continue
        if ANNEX.match(text):  # a bilaga heading ends whatever block is open
            blocks.append(Block(None, text, n))
            seen = set()
            continue
        found = match_label(doc, n, compiled, end)
        if found is not None:
            label, line_no, rest, colon, note, last = found
            if label.key in resets:
                seen = set()
            if not (once and label.key in seen):
                seen.add(label.key)
                block = Block(label.key, text, n, colon, note)
                if rest:
                    block.lines.append((last if note else line_no, rest))
                blocks.append(block)
                skip_to = last
                continue
        blocks[-1].lines.append((n, text))
    if not blocks[0].lines:
        blocks.pop(0)
    return blocks


def join_lines(texts: list[str]) -> str:
    """One text from lines: words broken at a line end are joined ("sam-" + "verkan"), but not "ts-samordnare"
    nor "trygghets- och"."""
    out = ""
    for text in (t.strip() for t in texts):
        if not text:
            continue
        if out.endswith("-") and text[:1].islower():
            first = text.split()[0]
            fragment = re.split(r"[\s/]", out)[-1][:-1]
            if first in ("och", "eller", "samt", "till", "resp", "respektive"):
                out += " " + text
            elif len(fragment) <= 2 or fragment.isupper():
                out += text
            else:
                out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return " ".join(out.split())


def strip_bullet(text: str) -> tuple[bool, str]:
    stripped = text.strip()
    if stripped[:1] in BULLETS and (len(stripped) == 1 or stripped[1] == " "):
        return True, stripped[1:].strip()
    return False, stripped


def split_items(doc: Document, lines: list[tuple[int, str]]) -> list[tuple[str, Span]]:
    """A list written one item a line or a few: by bullets, by the indent left where a bullet glyph was
    lost, or else by a capital letter after a finished line."""
    if not lines:
        return []
    marked = [strip_bullet(t)[0] for _, t in lines]
    indented = [doc.raw[n - 1][:1] == " " and doc.raw[n - 1][1:2].isalnum() for n, _ in lines]
    if any(marked):
        starts = marked
    elif any(indented[1:]):
        starts = indented
    else:
        starts = []
        for i, (_, text) in enumerate(lines):
            prev = lines[i - 1][1].rstrip() if i else ""
            starts.append(i == 0 or (text[:1].isupper() and not prev.endswith((",", "-", " och", " samt", "("))))
    items: list[tuple[list[str], int, int]] = []
    for (n, text), start in zip(lines, starts, strict=True):
        text = strip_bullet(text)[1]
        if start or not items:
            items.append(([text], n, n))
        else:
            parts, first, _ = items[-1]
            parts.append(text)
            items[-1] = (parts, first, n)
    out = []
    for parts, first, last in items:
        text = join_lines(parts)
        text = re.sub(r"\s+(och|samt)$", "", text).strip(" ;,")
        if text:
            out.append((text, Span(first, last)))
    return out


def split_commas(text: str) -> list[str]:
    """Split a list written on one line at commas and semicolons outside parentheses."""
    items, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    return [" ".join(i.split()).strip(" .") for i in items if i.strip(" .")]


def collapse_repeat(text: str) -> str:
    """ "polisens ansvarige för ungdomsfrågor polisens ansvarige för ungdomsfrågor" → once."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and [w.casefold() for w in words[:half]] == [w.casefold() for w in words[half:]]:
        return " ".join(words[:half])
    return text


def leading_list(doc: Document, lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Split a block into the list it opens with and the prose after it. The list ends at a paragraph
    break, at a line neither indented nor continuing the item before, or (without such marks) at a long line."""
    if not lines:
        return [], []
    marks = any(doc.raw[n - 1][:1] == " " or strip_bullet(t)[0] for n, t in lines)
    out: list[tuple[int, str]] = []
    for i, (n, text) in enumerate(lines):
        if out:
            prev = out[-1][0]
            if any(doc.is_break(m) for m in range(prev + 1, n)):
                return out, lines[i:]
        indented = doc.raw[n - 1][:1] == " " or strip_bullet(text)[0]
        if marks and not indented and not (out and text[:1].islower()):
            return out, lines[i:]
        if not marks and len(text) > 80:
            return out, lines[i:]
        out.append((n, text))
    return out, []


# ", särskilt bedrägerier": what an area stresses within it, no area of its own
ELABORATION = re.compile(r"(?i),\s+(?:särskilt|framför\s*allt|i\s+synnerhet|främst|bland\s+annat|till\s+exempel|"
                         r"inte\s+minst|"
                         r"med\s+(?:särskild|extra|speciell)\s+(?:tyngd|betoning|vikt|fokus)|"
                         r"t\.\s?ex\.?|inklusive|inkl\.?|däribland)\b[^,]*")
EXPLAINED = re.compile(r"(?<=\w)\s+[–—]\s+[a-zåäö].*$")


def without_explanation(name: str) -> str:
    """A heading or item's name without the lower-case words a dash adds to explain it ("Narkotika bland unga –
    tidig upptäckt, …" → "Narkotika bland unga")."""
    return EXPLAINED.sub("", name)
