"""Changes of a text's form that keep what it says: the ways a real copy of an agreement differs from the one
it was written as (forwarded in a mail, copied out of a PDF, headings renumbered or written in capitals, page
headers left in, OCR noise). `bench_robustness.py` reads every corpus text through each and scores it against
the same gold: a reader that reads meaning, not layout, should score the same.

Each perturbation is a plain function from the text's lines to a `Changed`: the new lines and, for every old
line, the new lines it became (so that a gold's line window can follow). All are deterministic."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changed:
    lines: list[str]
    where: list[tuple[int, int]]  # per old line (0-based): its first and last new line (1-based)

    def window(self, start: int, end: int) -> tuple[int, int]:
        """A 1-based line window of the old text in the new one."""
        return self.where[start - 1][0], self.where[min(end, len(self.where)) - 1][1]


def _mapped(groups: list[list[str]]) -> Changed:
    """Lines made from the old lines one group each (a group may be empty: the line was dropped)."""
    lines: list[str] = []
    where = []
    for group in groups:
        first = len(lines) + 1
        lines.extend(group)
        where.append((min(first, len(lines) or 1), max(len(lines), 1)))
    return Changed(lines, where)


def _is_heading(lines: list[str], i: int) -> bool:
    """A short line standing alone (a blank or the start before it), not a sentence or a list item."""
    line = lines[i].strip()
    if not line or len(line) > 70 or line[-1] in ".,:;!?" or line.startswith(("-", "*", "•", "|", ">")):
        return False
    return i == 0 or not lines[i - 1].strip() or lines[i - 1].lstrip().startswith("#")


PERTURBATIONS: dict[str, Callable[[list[str]], Changed]] = {}


def perturbation(fn: Callable[[list[str]], Changed]) -> Callable[[list[str]], Changed]:
    PERTURBATIONS[fn.__name__] = fn
    return fn


@perturbation
def forwarded(lines: list[str]) -> Changed:
    """Forwarded in a mail: a header above, every line quoted with '> '."""
    header = ["Från: Registrator <registrator@example.se>", "Skickat: den 3 mars 2025 09:12",
              "Till: Handläggare", "Ämne: VB: Överenskommelsen", "", "Hej, här kommer texten som ni bad om.", "",
              "-----Ursprungligt meddelande-----"]
    changed = _mapped([[f"> {line}".rstrip()] for line in lines])
    shift = len(header)
    return Changed(header + changed.lines, [(a + shift, b + shift) for a, b in changed.where])


def _wrapped(line: str, width: int) -> list[str]:
    indent = line[: len(line) - len(line.lstrip())]
    out, current = [], indent
    for word in line.split():
        if len(current) + len(word) + 1 <= width or current == indent:
            current = f"{current} {word}" if current.strip() else indent + word
            continue
        room = width - len(current) - 2
        if len(word) >= 10 and room >= 4 and word.isalpha():
            out.append(f"{current} {word[:room]}-")
            current = indent + word[room:]
        else:
            out.append(current)
            current = indent + word
    out.append(current)
    return out


LIST_OR_TABLE = re.compile(r"^\s*(?:[-*•–|>#]|\d+[.)]\s|[a-zåäö][.)]\s)|\S(?: {3,}|\t)\S")  # a row laid out in columns


@perturbation
def pdf_copy(lines: list[str]) -> Changed:
    """Copied out of a PDF: each paragraph's lines run together and broken again at 60 columns, long words
    hyphenated at the break; headings, list items and rows laid out in columns (with bars, tabs or runs of spaces)
    keep their lines."""
    groups: list[list[str]] = []
    paragraph: list[int] = []

    def flush() -> None:
        if paragraph:
            new = _wrapped(" ".join(lines[i].strip() for i in paragraph), 60)
            groups.extend([new] + [[] for _ in paragraph[1:]])
            paragraph.clear()

    for i, line in enumerate(lines):
        if not line.strip() or _is_heading(lines, i) or LIST_OR_TABLE.search(line):
            flush()
            groups.append(_wrapped(line, 60) if len(line) > 60 else [line])
        else:
            paragraph.append(i)
    flush()
    return _mapped(groups)


NUMBER = re.compile(r"^(\s*#*\s*)(?:\d+(?:\.\d+)*\.?|[IVX]+\.|§\s*\d+)\s+(?=\w)")


@perturbation
def unnumbered(lines: list[str]) -> Changed:
    """Headings without their numbers ('3.2 Styrgrupp' → 'Styrgrupp')."""
    return _mapped([[NUMBER.sub(r"\1", line) if _is_heading(lines, i) else line] for i, line in enumerate(lines)])


@perturbation
def capital_headings(lines: list[str]) -> Changed:
    """Headings in capitals."""
    return _mapped([[line.upper() if _is_heading(lines, i) else line] for i, line in enumerate(lines)])


@perturbation
def page_furniture(lines: list[str]) -> Changed:
    """Page headers and footers left in: after every 40 lines a footer, a page break and a header."""
    title = next((line.strip("# ").strip() for line in lines if line.strip()), "Överenskommelse")[:60]
    pages = -(-len(lines) // 40)
    groups = []
    for i, line in enumerate(lines):
        group = [line]
        if (i + 1) % 40 == 0 and i + 1 < len(lines):
            page = (i + 1) // 40
            group += ["", f"Sida {page} av {pages}", "", title, ""]
        groups.append(group)
    return _mapped(groups)


@perturbation
def no_blank_lines(lines: list[str]) -> Changed:
    """The blank lines between paragraphs lost (a copy that keeps only the text's lines)."""
    return _mapped([[line] if line.strip() else [] for line in lines])


@perturbation
def other_bullets(lines: list[str]) -> Changed:
    """List items marked with '•' and numbered items with 'a)' rather than '-' / '*' and '1.'."""
    def changed(line: str) -> str:
        line = re.sub(r"^(\s*)[-*]\s+", r"\1• ", line)
        return re.sub(r"^(\s*)(\d)\)\s+", lambda m: f"{m[1]}{chr(96 + int(m[2]))}) " if m[2] != "0" else m[0], line)
    return _mapped([[changed(line)] for line in lines])


@perturbation
def cover_page(lines: list[str]) -> Changed:
    """A copy whose first page held only a picture (a cover, a logo): blank lines, and the page's break, before
    the text."""
    cover = [""] * 14 + ["\f"]
    changed = _mapped([[line] for line in lines])
    return Changed(cover + changed.lines, [(a + len(cover), b + len(cover)) for a, b in changed.where])


SWAPS = (("m", "rn"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("l", "I"), ("e", "c"), ("rn", "m"), ("t", "l"))


@perturbation
def ocr_noise(lines: list[str]) -> Changed:
    """OCR noise: one word in about twenty-five (of five letters or more) misread ('m' as 'rn', 'å' as 'a', ...);
    which words, and how, is fixed by the word's place (the same text gets the same noise)."""
    def noisy(n: int, line: str) -> str:
        def word(m: re.Match) -> str:
            w = m[0]
            h = zlib.crc32(f"{n}:{m.start()}:{w}".encode())
            if len(w) < 5 or h % 25:
                return w
            for old, new in SWAPS[(h // 25) % len(SWAPS):] + SWAPS:
                if old in w[1:]:
                    return w[0] + w[1:].replace(old, new, 1)
            return w
        return re.sub(r"[^\W\d_]+", word, line)
    return _mapped([[noisy(n, line)] for n, line in enumerate(lines)])


def perturb(name: str, text: str) -> tuple[str, Changed]:
    """The text through the named perturbation, and how its lines moved."""
    changed = PERTURBATIONS[name](text.splitlines())
    return "\n".join(changed.lines) + "\n", changed
