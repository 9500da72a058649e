"""A page in two columns exported to text line by line, the columns' lines interleaved as their heights met
("Parter" / "Nyby kommun och polisen arbetar" / "X kommun, genom" / "sedan 2012. …"): each line is read
as going on from the line before it in its own column. A line goes on from another where a word broken by a hyphen
ends in it, or a sentence left open runs into it in lower case; a line in lower case after a closed sentence, or
after a broken word, goes on from no line. The split of a page into two columns that leaves the fewest such
breaks is read, column after column, when it mends many more breaks than the page as written has."""

from __future__ import annotations

import re

BROKEN = re.compile(r"[a-zåäöé]-$")  # "re-" / "presentant": a word broken at the column's edge
CLOSED = re.compile(r"[.!?]$")  # a sentence ends here
OPEN = re.compile(r"[\w,;–-]$")  # a sentence goes on after this
# "a) …", "3.1 …", "- …", and Word's bullets exported as text ("o<tab>…", "§<tab>…"): a new item
MARKER = re.compile(r"^(?:[a-zåäö][.)]\s|\d+(?:\.\d+)*[.)]?\s|[-•*–§·▪◦]\s|o\t)")
HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+[A-ZÅÄÖ][^.:;!?]{0,60}$")  # "3.1 Styrgruppen": a section begins
LABEL = re.compile(r"^[A-ZÅÄÖ][^\d\s.,:;!?]*(?:\s+[^\d\s.,:;!?]+){0,2}$")  # "Parter", "Giltighet", "Så arbetar vi"
CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+\b")
FIRST_WORD = re.compile(r"\S+")
GUTTER = re.compile(r"\S\s{3,}\S")  # "EKERÖ KOMMUN      POLISMYNDIGHETEN": a row laid out across the page (in columns)

JOINED = -3.0  # a broken word mended
GOES_ON = -1.0  # an open sentence going on in lower case
CARRIED_ON = -1.5  # … after a comma, which ends no heading
UNWRAPPED = 1.0  # … where its first word would have fitted on the line before: no wrap put it here
LEFT_BROKEN = 3.0  # a broken word, or a closed sentence, followed by a line in lower case or a new item
CUT_SHORT = 1.0  # a section's heading right after a sentence left open
SAME_COLUMN = 0.5  # two columns mid-sentence (or the first lines) take turns: two in a row from one are rarer
AS_WRITTEN = 0.0  # … but where the other column's sentence is closed, the text may well go on in one
LENGTH_STEP = 0.03  # per letter of difference in length between a line and the one before it in its column
BACKWARDS = 3.0  # a section numbered before the last one of its column ("3.2" after "4."): read in another
TOO_WIDE = 2.0  # a line longer than its column's lines have been
WIDER = 1.4  # … by this much, and some letters more
SETTLED = 3  # a column's width is known after this many lines
MIN_MENDED = 10.0  # breaks the split must mend over the page as written (a broken word mended is 6)
MENDED_PER_LINE = 0.25  # … and on a longer page, this much for each line
MIN_SHARE = 0.3  # … and the smaller column's share of the lines
MIN_LINES = 12  # a page this short is no two columns
MIN_BROKEN = 2  # a page read as written with fewer lines left broken is read so
STARTS = 3  # the paragraph breaks before its first break where the columns may start


def _lower(line: str) -> bool:
    return line[:1].islower() and not MARKER.match(line)


def cost(before: str, line: str) -> float:
    """What reading `line` right after `before` in one column costs: below 0 where it goes on from it, above 0
    where it cannot."""
    if BROKEN.search(before):
        return JOINED if _lower(line) else LEFT_BROKEN
    if CLOSED.search(before):
        return LEFT_BROKEN if _lower(line) else 0.0
    if OPEN.search(before) and _lower(line):
        word = FIRST_WORD.match(line).group()
        if len(before) + 1 + len(word) <= len(line):
            return UNWRAPPED
        return CARRIED_ON if before.endswith(",") else GOES_ON
    if OPEN.search(before) and HEADING.match(line) and not HEADING.match(before):
        return CUT_SHORT
    return 0.0


def _after(before: str, line: str) -> float:
    """`cost`, and a little for each letter the two lines differ in length: prose follows prose, a short line
    (a name, a date) a short one. A heading or a label is as long as its words, whatever follows it."""
    if HEADING.match(before) or HEADING.match(line) or LABEL.match(before):
        return cost(before, line)
    return cost(before, line) + LENGTH_STEP * abs(len(before) - len(line))


def as_written(lines: list[str]) -> float:
    """The cost of the lines read in their order."""
    return sum(cost(a, b) for a, b in zip(lines, lines[1:], strict=False))


def _too_wide(line: str, lines: int, widest: int) -> float:
    """The cost of a line much longer than the `lines` lines of its column so far (a narrow fact box's, say)."""
    if lines < SETTLED:
        return 0.0
    return TOO_WIDE if len(line) > WIDER * widest + SETTLED else 0.0


def number(line: str) -> tuple[int, ...] | None:
    """A section heading's number ("3.1 Styrgruppen" → (3, 1)); None for any other line."""
    m = HEADING.match(line)
    return tuple(int(part) for part in m.group(1).split(".")) if m else None


def _backwards(line: str, last: tuple[int, ...] | None) -> float:
    """The cost of a section heading numbered before its column's last one."""
    n = number(line)
    return BACKWARDS if n is not None and last is not None and n <= last else 0.0


class _Column:
    """What a column has read so far that a line's place in it is judged by: how many lines, the widest, its last
    section."""

    def __init__(self, lines: int = 0, widest: int = 0, section: tuple[int, ...] | None = None):
        self.lines, self.widest, self.section = lines, widest, section

    def fit(self, line: str) -> float:
        return _too_wide(line, self.lines, self.widest) + _backwards(line, self.section)

    def plus(self, line: str) -> _Column:
        return _Column(self.lines + 1, max(self.widest, len(line)), number(line) or self.section)


def split(lines: list[str], section: tuple[int, ...] | None = None) -> tuple[float, list[int]]:
    """A cheap split of the lines into two columns, each read in order: (its cost, each line's column). A state is
    (the column of the last line, the other column's last line or -1), its cheapest way kept with what each column
    has read; the first line is column 0, which goes on from `section`, the last one numbered above the columns."""
    first = (_backwards(lines[0], section), None, (_Column(section=section).plus(lines[0]), _Column()))
    steps: list[dict] = [{(0, -1): first}]
    for i in range(1, len(lines)):
        nxt: dict = {}
        for state, (total, _, cols) in steps[-1].items():
            col, other = state
            turn = SAME_COLUMN if other < 0 or OPEN.search(lines[other]) else AS_WRITTEN
            same = total + _after(lines[i - 1], lines[i]) + turn + cols[col].fit(lines[i])
            apart = total + (_after(lines[other], lines[i]) if other >= 0 else 0.0) + cols[1 - col].fit(lines[i])
            for key, value, c in (((col, other), same, col), ((1 - col, i - 1), apart, 1 - col)):
                if key not in nxt or value < nxt[key][0]:
                    grown = tuple(column.plus(lines[i]) if k == c else column for k, column in enumerate(cols))
                    nxt[key] = (value, state, grown)
        steps.append(nxt)
    state = min(steps[-1], key=lambda key: steps[-1][key][0])
    total = steps[-1][state][0]
    path = []
    for step in reversed(steps):
        path.append(state[0])
        state = step[state][1]
    return total, path[::-1]


def breaks(lines: list[str], path: list[int]) -> float:
    """The cost of the lines read column after column as `path` splits them."""
    return sum(as_written([line for line, c in zip(lines, path, strict=True) if c == col]) for col in (0, 1))


def _blank_goes(text: list[str], columns: dict[int, int], n: int) -> int:
    """The column a blank line at n belongs to: the one whose last line closes a sentence, else the column of the
    line before it."""
    last: dict[int, str] = {}
    for i in range(n):
        if i in columns and text[i].strip():
            last[columns[i]] = text[i].strip()
    before = next((columns[i] for i in range(n - 1, -1, -1) if i in columns), 0)
    closed = [c for c in (before, 1 - before) if c in last and not OPEN.search(last[c])]
    return closed[0] if closed else before


def _cheapest(words: list[str], starts: list[int]) -> tuple[float, int, list[int]]:
    """(cost, where the columns start, each later line's column): the page read as written down to a paragraph
    break (a title above the columns), then split; the latest start of the cheapest. `starts` are the paragraph
    breaks that part no heading from its text."""
    best: tuple[float, int, list[int]] | None = None
    for s in starts:
        if len(words) - s < MIN_LINES:
            continue
        above = [n for line in words[:s] if (n := number(line))]
        total, path = split(words[s:], above[-1] if above else None)
        total += as_written(words[: s + 1] if s else [])
        if best is None or total <= best[0]:
            best = (total, s, path)
    return best or (as_written(words), len(words), [])


def _caseless(lines: list[str]) -> bool:
    """A text written without capitals, whose case marks no sentence's start: hardly a capitalised word."""
    return sum(len(CAPITALISED.findall(line)) for line in lines) * 10 < len(lines)


def untangled(page: list[str]) -> list[str]:
    """The page's lines column after column when they are two columns interleaved; else the page as it is.
    Blank lines are kept (each goes with one column), so the page keeps its number of lines."""
    numbered = [(i, line.strip()) for i, line in enumerate(page) if line.strip()]
    if len(numbered) < MIN_LINES:
        return page
    words = [line for _, line in numbered]
    broken = [k for k in range(1, len(words)) if cost(words[k - 1], words[k]) >= LEFT_BROKEN]
    if len(broken) < MIN_BROKEN or _caseless(words):
        return page
    starts = [0, *(k for k, (i, line) in enumerate(numbered)
                   if 0 < k < broken[0] and i > numbered[k - 1][0] + 1
                   and (HEADING.match(line) or not HEADING.match(words[k - 1])))]
    _, s, path = _cheapest(words, starts[-STARTS:])
    if not path:
        return page
    read = as_written(words[: s + 1] if s else []) + breaks(words[s:], path)
    smaller = min(path.count(0), path.count(1))
    if as_written(words) - read < max(MIN_MENDED, MENDED_PER_LINE * len(words)) or smaller < MIN_SHARE * len(path):
        return page
    first = numbered[s][0]
    columns = {i: c for (i, _), c in zip(numbered[s:], path, strict=True)}
    for i in range(first, len(page)):
        if not page[i].strip():
            columns[i] = _blank_goes(page, columns, i)
    rows = [[i for i in range(first, len(page)) if columns[i] == c] for c in (0, 1)]
    return page[:first] + [page[i] for i in _reading_order(page, *rows)]


def _reading_order(page: list[str], left: list[int], right: list[int]) -> list[int]:
    """The two columns' lines in the order they are read: the first column, then the second, unless the second's
    first section is numbered before a section of the first ("3.1" beside "3.3"): then the first column's lines
    down to that section ("3. Organisation" above both), the second column, and the rest of the first."""
    numbers = [(k, n) for k, i in enumerate(left) if (n := number(page[i].strip()))]
    opening = next((n for i in right if (n := number(page[i].strip()))), None)
    later = next((k for k, n in numbers if opening is not None and n > opening), None)
    if later is None:
        return left + right
    return left[:later] + right + left[later:]


def read_apart(raw: list[str]) -> list[str]:
    """The lines with each stretch between page breaks (a form feed starts a page) and rows laid out across the
    page (a letterhead, a footer) read column after column where its columns interleave."""
    cuts = [i for i, line in enumerate(raw) if (i and "\f" in line) or GUTTER.search(line.strip())]
    out: list[str] = []
    for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True):
        out += untangled(raw[a:b])
    return out
