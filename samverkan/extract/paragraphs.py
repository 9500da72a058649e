"""Where a text that lost its blank lines had them (a PDF or web page copied as text, a mail client's copy): the
paragraphs, headings, field blocks and tables found from the lines themselves, so that the readers see the breaks
they would have seen. Only a text with no blank line at all is read so: one that has them says where they are."""

from __future__ import annotations

import re

MIN_LINES = 8  # a shorter text is a note, not paragraphs run together
SENTENCE_END = re.compile(r"[.!?][\"”')\]]*$")
COLUMNS = re.compile(r"\S\s{3,}\S|:\s{2,}\S")  # a gap between a table's columns, or after a form's label
FIELD = re.compile(r"^[A-ZÅÄÖ][\wåäö/.-]*(?:\s+[\wåäö]+){0,3}\s*:(?:\s+\S|$)")  # "Diarienummer: KS 2024/12"
NUMBERED = re.compile(r"^(?:#{1,6}\s|§\s*\d|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ])")  # "#", "§ 4", "4.2 Styrgrupp"
RULE = re.compile(r"[-=_+|*\u2500-\u257f ]{3,}")  # a rule line ("=====", "+----+----+", "├──┼──┤")
BULLET = re.compile(r"^[-•*–▪●○►◦]\s")
HEADING_WORDS = 9
HEADING_LENGTH = 70


def lost_breaks(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines a blank line stood before, in a text that has none; empty otherwise."""
    if len(lines) < MIN_LINES or any(not line.strip() for line in lines):
        return set()
    width = _wrap_width(lines)
    breaks = set()
    headed = _heading_like(lines[0])  # the first line is set off as a title is
    row = lines[0]  # the last line neither indented nor a rule: the row the lines under it go on from
    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        parted = _table_edge(row, line) or _parted(above, line, width) or headed and _heading_after(above, line)
        if parted:
            breaks.add(k + 1)
        headed = _heading_like(line) and (parted or NUMBERED.match(line.strip()) is not None)
        row = row if line[:1].isspace() or RULE.fullmatch(line.strip()) else line
    return breaks


def _wrap_width(lines: list[str]) -> float:
    """The width the text's prose was wrapped at: the longest line whose sentence goes on in lower case on the
    next; unbounded when no line wraps (a paragraph a line)."""
    wrapped = [len(a.rstrip()) for a, b in zip(lines, lines[1:], strict=False)
               if b.strip()[:1].islower() and not COLUMNS.search(a.strip())]
    return max(wrapped) if wrapped else float("inf")


def _parted(above: str, line: str, width: float) -> bool:
    """Whether a blank line stood between two lines: a table starts or ends, a field block starts or ends, a
    heading follows a finished sentence, or a paragraph ended short of the width its lines wrap at."""
    a, b = above.strip(), line.strip()
    if RULE.fullmatch(a) or RULE.fullmatch(b):
        return False  # a rule parts what it stands between as a blank line does
    if COLUMNS.search(a) or COLUMNS.search(b):  # a table or a form's label column: its rows follow each other
        return _heading_like(line) and NUMBERED.match(b) is not None
    if _heading_like(line) and not line[:1].isspace() and (BULLET.match(a) or above[:1].isspace()):
        return True  # a list or an indented block ends at a heading
    if BULLET.match(b) or BULLET.match(a):
        return False  # a list's items follow its lead-in and each other as written
    if bool(FIELD.match(a)) != bool(FIELD.match(b)):
        return True
    if _heading_like(line) and (SENTENCE_END.search(a) or a.endswith(":") or NUMBERED.match(b)
                                or _capitals(a) != _capitals(b)):
        return True
    first = b.split()[0]
    return bool(SENTENCE_END.search(a)) and (first[:1].isupper() or first[:1].isdigit()) \
        and len(above.rstrip()) + 1 + len(first) <= width


def _table_edge(row: str, line: str) -> bool:
    """Whether a line not indented starts or ends a table (or a form's label column): it has columns and the row
    above it, past the lines indented under that, has none, or the other way round."""
    return not line[:1].isspace() and not RULE.fullmatch(line.strip()) \
        and bool(COLUMNS.search(row.strip())) != bool(COLUMNS.search(line.strip()))


def _heading_after(heading: str, line: str) -> bool:
    """Whether the line under a heading starts its text (a blank line stood between)."""
    b = line.strip()
    return (b[:1].isupper() or b[:1].isdigit()) and not _heading_like(line) and not BULLET.match(b)


def _heading_like(line: str) -> bool:
    """A short line that ends no sentence, starting as a title does."""
    text = line.strip()
    return 0 < len(text) <= HEADING_LENGTH and len(text.split()) <= HEADING_WORDS and text[-1] not in ".,;:!?" \
        and (text[0].isupper() or NUMBERED.match(text) is not None) and not FIELD.match(text) \
        and not COLUMNS.search(text) and not BULLET.match(text)


def _capitals(text: str) -> bool:
    return len(text.split()) >= 2 and text.isupper()
