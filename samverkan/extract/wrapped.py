"""A text whose lines a copy wrapped anew (a PDF copied as text): its words hyphenated at the line ends and its
lines broken at a width of the copy's, not the writer's. A reading view: the lines as written stay (`Document.lines`),
the lines as read (`Document.reading`) have each broken word whole on one of the two lines it was broken over, and
keep their numbers. Only a text that shows the form (`wrap_width`) is read so."""

from __future__ import annotations

import re

from samverkan.extract.interleaved import GUTTER  # columns: a broken word goes on in its own column

# a word broken with a hyphen at the line's end ("överens-", "Söde-"), no hyphen standing alone ("A -")
BROKEN = re.compile(r"(?<![\s-])(?<=[^\W\d_])-$")
HEAD = re.compile(r"\S+$")  # the broken word's first part, with what is glued before it ("(över-")
SHARED_PART = re.compile(r"(?:och|eller|samt|till|resp\.?|respektive)\b")  # "barn-" / "och ungdomsnämnden"


def unhyphenated(lines: list[str]) -> list[str]:
    """The lines with each word a wrap hyphenated at a line's end made whole ("… av stadsdel-" / "sdirektören och
    …" → "… av" / "stadsdelsdirektören och …"): on the line its rest is on, where the words after it are, or on its
    first line when that holds nothing more. A hyphen that stands for a shared part ("barn-" / "och
    ungdomsnämnden") or ends a name before another ("Fruängen-" / "Västertorp") stays."""
    out = [RUN_TOGETHER.sub(_run_together, line) for line in lines]
    for i in range(len(out) - 1):
        joined = _joined(out[i], out[i + 1])
        if joined is not None:
            out[i], out[i + 1] = joined
    return out


def regrooved(lines: list[str]) -> list[str]:
    """The lines with each row whose gutters the copy ran together read in columns again, a word a column, when
    a row next to it keeps as many columns as it has words, each capitalised ("Eva A      Jon B" over
    "Kommundirektör Lokalpolisområdeschef": the titles one under each name)."""
    out = list(lines)
    for i, line in enumerate(lines):
        words = line.split()
        if len(words) < 2 or GUTTER.search(line) or not all(w[:1].isupper() for w in words):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and GUTTER.search(lines[j])]
        if any(len(COLUMN_GAP.split(row.strip())) == len(words) for row in near):
            out[i] = "    ".join(words)
    return out


COLUMN_GAP = re.compile(r"\s{3,}|\t+")


# a word an earlier wrap broke, which the copy ran together with its rest on one line ("är sam- mankallande")
RUN_TOGETHER = re.compile(r"(?<![\w-])(?P<head>[^\W\d_]+)- (?P<rest>[a-zåäöé]+)\b")


def _run_together(m: re.Match) -> str:
    """The word whole, unless its hyphen stands for a shared part ("kultur- och fritid") or follows a short form."""
    if SHARED_PART.fullmatch(m.group("rest")) or _short_form(m.group("head") + "-"):
        return m.group()
    return m.group("head") + m.group("rest")


def _joined(line: str, following: str) -> tuple[str, str] | None:
    """The two lines with the word broken between them whole; None when no word breaks there, or when each line
    holds nothing but its part of the word ("Beredningsgr-" / "uppen")."""
    head, rest = line.rstrip(), following.strip()
    if not BROKEN.search(head) or GUTTER.search(head) or GUTTER.search(rest) \
            or not rest[:1].islower() or not rest[:1].isalpha() or SHARED_PART.match(rest):
        return None
    first = HEAD.search(head)
    if _short_form(first.group()):
        return None  # "ts-" / "samordnare" is "ts-samordnare", "in-" / "går" is "ingår": which, no wrap tells
    before = head[:first.start()].rstrip()
    word = first.group()[:-1]
    indent, rest = following[: len(following) - len(following.lstrip())], following.lstrip()
    if before:
        return before, indent + word + rest
    tail, _, after = rest.partition(" ")
    return (head[:-1] + tail, indent + after.lstrip()) if after.strip() else None


def _short_form(head: str) -> bool:
    """Whether a word's part before a line end's hyphen may be a short form its compound is written with a hyphen
    after ("ts-" / "samordnare", "IT-" / "stöd"): a few letters, or capitals inside."""
    letters = re.sub(r"[^\w]", "", head)
    return len(letters) <= 3 or any(ch.isupper() for ch in letters[1:])


MIN_BROKEN = 2  # words a wrap hyphenated at line ends: fewer, and a writer may have broken the one by hand
MIN_WRAPS = 5  # lines run on into the next: fewer, and the width cannot be told


def wrap_width(lines: list[str]) -> int:
    """The width a copy wrapped the text's paragraphs at, when the text shows that form (a few words hyphenated
    at line ends, their rest going on in lower case): nearly the longest of the lines whose sentence goes on in
    lower case in the next (their 95th percentile, so that a stray long line does not count); 0 otherwise, and a
    text that does not show the form reads as written."""
    pairs = list(zip(lines, lines[1:], strict=False))
    if sum(1 for a, b in pairs if _joined(a, b) is not None) < MIN_BROKEN:
        return 0
    ends = sorted(len(a.rstrip()) for a, b in pairs if _goes_on(a, b))
    return ends[len(ends) * 95 // 100] if len(ends) >= MIN_WRAPS else 0


def _goes_on(line: str, following: str) -> bool:
    """Whether a line's sentence goes on in the next line, in lower case (no stop at its end, no columns)."""
    head, rest = line.strip(), following.strip()
    return bool(head) and head[-1] not in ".!?:;" and rest[:1].isalpha() and rest[:1].islower() \
        and not GUTTER.search(head)


def runs_on(line: str, following: str | None, wrap: int) -> bool:
    """Whether a line was ended by the wrap, its sentence going on in the next: the next line's first word would
    not have fitted after it, and it ends on no stop."""
    head = line.rstrip()
    words = (following or "").split()
    if not wrap or not words or head[-1:] in ".!?:;" or not words[0][:1].isalnum():
        return False
    return len(head) + 1 + len(words[0]) > wrap


ROWS_AT_MOST = 8  # lines one wrapped table row may take
TABLE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?")  # "|---|:--:|": its bars count the columns


def rows_rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(number, text) lines with each Markdown table row a wrap broke ("| Styrgrupp | kommundirektör," /
    "socialchef | varje månad |") one line again, under its first line's number: a row has as many bars as the
    table's rule line ("|---|---|"), and the lines that make up its bars are no rows of their own."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        n, text = lines[i]
        end = _row_end(lines, i)
        if end is None:
            out.append((n, text))
            i += 1
            continue
        out.append((n, " ".join(t.strip() for _, t in lines[i:end + 1])))
        i = end + 1
    return out


def _row_end(lines: list[tuple[int, str]], i: int) -> int | None:
    """The index of the last line of the table row a wrap broke at line i; None when it is not broken."""
    text = lines[i][1].strip()
    bars = _bars(lines, i)
    if not text.startswith("|") or bars is None or text.count("|") >= bars:
        return None
    count = text.count("|")
    for j in range(i + 1, min(i + ROWS_AT_MOST, len(lines))):
        following = lines[j][1].strip()
        if not following or lines[j][0] != lines[j - 1][0] + 1 or TABLE_RULE.fullmatch(following):
            return None
        count += following.count("|")
        if count >= bars:
            return j if count == bars and following.endswith("|") else None
    return None


def _bars(lines: list[tuple[int, str]], i: int) -> int | None:
    """How many bars a row has in the table around line i: its rule line's, the nearest within a few lines."""
    for j in sorted(range(max(0, i - 40), min(len(lines), i + 8)), key=lambda j: abs(j - i)):
        if TABLE_RULE.fullmatch(lines[j][1].strip()):
            return lines[j][1].count("|")
    return None
