"""A table that sets the agreement out in two languages side by side ("Parter | Parties", each row the same text
in Swedish and in a translation): the Swedish column is the agreement, and the other repeats it. Only the Swedish
column is read, so that the translation adds no second name for a group and no second reading of a fact."""

from __future__ import annotations

import re

CELL = re.compile(r"\s+\|\s+")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
# words every Swedish sentence of some length has and no English, Finnish or German one writes as a word
SWEDISH = frozenset("och att som är för med av på till om det inte har ska samt eller vid från efter sin sina "
                    "sitt deras ingår varje också även mellan genom".split())
MIN_WORDS = 4  # a cell this long in Swedish has one of the words above
MIN_ROWS = 3  # rows in one language beside the other that make a table a translation
SHARE = 0.5  # … at least this share of the table's rows long enough to tell


def _swedish(cell: str) -> int:
    return sum(word.casefold() in SWEDISH for word in WORD.findall(cell))


def _side(cells: list[str]) -> int | None:
    """Which cell of a row of two is in Swedish when the other is long and in another language, else None."""
    if len(cells) != 2 or any(len(WORD.findall(cell)) < MIN_WORDS for cell in cells):
        return None
    counts = [_swedish(cell) for cell in cells]
    if min(counts) == 0 and max(counts) >= 1:
        return counts.index(max(counts))
    return None


def _names_languages(row: list[str]) -> bool:
    """A header row of one word a column ("Svenska | English"): it names the columns' languages, no text."""
    return all(len(WORD.findall(cell)) == 1 for cell in row)


def _tables(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of rows of two cells (blank lines between them allowed), as (first, after last) line indexes."""
    runs, start = [], None
    for n, line in enumerate(lines + [""]):
        if len(CELL.split(line.strip())) == 2 and "|" in line:
            start = n if start is None else start
            last = n
        elif line.strip() and start is not None:
            runs.append((start, last + 1))
            start = None
    if start is not None:
        runs.append((start, last + 1))
    return runs


def in_swedish(lines: list[str]) -> list[str]:
    """The lines with each side-by-side translation table read in its Swedish column alone, line for line."""
    out = list(lines)
    for start, end in _tables(lines):
        rows = [CELL.split(line.strip()) for line in lines[start:end] if line.strip()]
        sides = [side for row in rows if (side := _side(row)) is not None]
        long = sum(all(len(WORD.findall(cell)) >= MIN_WORDS for cell in row) for row in rows)
        if len(sides) < MIN_ROWS or len(sides) < SHARE * long:
            continue
        keep = max(set(sides), key=sides.count)
        for n in range(start, end):
            if lines[n].strip():
                out[n] = CELL.split(lines[n].strip())[keep]
        if _names_languages(rows[0]):
            out[start] = ""
    return out
