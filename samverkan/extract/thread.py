"""A document pasted into an e-mail and quoted on by the replies of its thread (">> 1. Parter", with "> [MF] …"
comments between its lines): the thread is about that document, so it is read as written, without its quote
marks, and the mails around it (headers, greetings, signatures, what the replies say of it) are no part of it.
So is a message forwarded or replied to whole under a few lines of cover ("Hej, här kommer texten", every line of
it quoted "> "): the mail is about the message it quotes, which is read as if it had come unquoted."""

from __future__ import annotations

import re

# an e-mail's header lines ("Från: …", "Skickat: …")
MAIL_HEADER = re.compile(r"(?i)^\s*(?:från|from|till|to|skickat|sent|datum|date|kopia|cc|ämne|subject)\s*:\s*\S")
QUOTE_MARKS = re.compile(r"^\s*((?:>[ \t]?)+)")
QUOTE_MARK = re.compile(r"\s*>[ \t]?")  # one level of quoting
RULE = re.compile(r"\s*[-=_*]{10,}\s*")  # the rule a pasted document stands between
# the line over the earlier message a reply quotes
MAIL_QUOTE_START = re.compile(r"(?i)^\s*-{2,}\s*(?:ursprungligt\s+meddelande|original\s+message)\s*-{2,}\s*$")
MIN_LINES = 6  # a pasted document, not a quoted signature between two rules
COVER_SHARE = 3  # a cover note has at most a third as many lines as the message it forwards


def opening(raw: list[str], n: int = 8) -> list[str]:
    """The first n lines from the first written one: where a mail's header stands, also when the lines above
    it were a forwarding mail's, left blank."""
    first = next((i for i, line in enumerate(raw) if line.strip()), 0)
    return raw[first:first + n]


def is_mail(raw: list[str]) -> bool:
    """A text that opens with an e-mail's header lines ("Från:", "Till:", "Ämne:")."""
    return sum(bool(MAIL_HEADER.match(line)) for line in opening(raw)) >= 3


def depth(line: str) -> int:
    """How many quote marks a line carries (">> text" → 2)."""
    m = QUOTE_MARKS.match(line)
    return m.group(1).count(">") if m else 0


def _unmarked(line: str) -> str:
    m = QUOTE_MARKS.match(line)
    return line[m.end():] if m else line


def pasted_in_quote(raw: list[str]) -> tuple[int, int, int] | None:
    """The lines (0-based, the rules included) and the quote depth of a document pasted between two rules in a
    quoted mail of a thread; None in any other text."""
    if not is_mail(raw):
        return None
    rules = [(i, depth(line)) for i, line in enumerate(raw) if depth(line) and RULE.fullmatch(_unmarked(line))]
    for (start, d), (end, d2) in zip(rules, rules[1:], strict=False):
        body = [line for line in raw[start + 1:end] if depth(line) == d and _unmarked(line).strip()]
        if d == d2 and len(body) >= MIN_LINES:
            return start, end, d
    return None


def read_through(raw: list[str]) -> list[str] | None:
    """The lines with the pasted document unquoted and every other line blank: the mails around it, and a
    reply's comments between its lines (fewer quote marks than the document's), are no part of it. None when
    the text is no thread carrying a pasted document."""
    found = pasted_in_quote(raw)
    if found is None:
        return None
    start, end, d = found
    return [_unmarked(line) if start < i < end and depth(line) >= d else "" for i, line in enumerate(raw)]


def _quoted_run(raw: list[str]) -> tuple[int, int]:
    """The longest run of quoted lines (0-based, end exclusive; blank lines inside it don't end it)."""
    best, start = (0, 0), None
    for i, line in enumerate([*raw, "end"]):
        if depth(line):
            start = i if start is None else start
            end = i + 1
            best = max(best, (start, end), key=lambda r: r[1] - r[0])
        elif line.strip():
            start = None
    return best


def _own(line: str) -> bool:
    """A line a mail says itself: not a header line nor the line over the message it quotes."""
    return bool(line.strip()) and not MAIL_HEADER.match(line) and not MAIL_QUOTE_START.match(line)


def forwarded_whole(raw: list[str]) -> tuple[int, int] | None:
    """The quoted run (0-based, end exclusive) of a message quoted whole under a cover note a fraction its
    length; None when the lines outside the quote say as much (a reply quoting what it answers)."""
    start, end = _quoted_run(raw)
    quoted = sum(bool(_unmarked(line).strip()) for line in raw[start:end])
    own = sum(_own(line) for line in raw[:start] + raw[end:])
    return (start, end) if quoted >= MIN_LINES and own * COVER_SHARE <= quoted else None


def _unquoted_once(line: str) -> str:
    """A line with its first quote mark gone (">> text" → "> text")."""
    m = QUOTE_MARK.match(line)
    return line[m.end():] if m else line


def _unwrapped(raw: list[str], start: int, end: int) -> list[str]:
    """The quoted run unquoted a level, every line around it blank (its line numbers kept)."""
    return [_unquoted_once(line) if start <= i < end else "" for i, line in enumerate(raw)]


def _quoted_on(raw: list[str], found: tuple[int, int] | None) -> bool:
    """Whether a thread quotes on a pasted document: pasted in its own mail or quoted deeper than the message
    it forwards, unless that message is a whole mail (its own header), read first."""
    pasted = pasted_in_quote(raw)
    if pasted is None or found is None:
        return pasted is not None
    return pasted[2] > 1 and not is_mail(_unwrapped(raw, *found))


def as_forwarded(raw: list[str]) -> list[str]:
    """The lines of a mail read as the message it forwards whole, unquoted a level at a time (a forward of a
    forward is quoted twice), a document a thread quotes on read through (`read_through`); other texts as
    they are."""
    while is_mail(raw):
        found = forwarded_whole(raw)
        if _quoted_on(raw, found):
            return read_through(raw) or raw
        if found is None:
            break
        raw = _unwrapped(raw, *found)
    return raw


def forwarded_text(text: str) -> str:
    """A text read as the message it forwards whole (`as_forwarded`), line for line: so that what the message
    is (a spreadsheet's export) is recognised through the mail it came in."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    read = as_forwarded(lines)
    return text if read == lines else "\n".join(read)


def block_quotes_read(raw: list[str]) -> list[str]:
    """A Markdown text's block quotes ("> 5.1 Ledningsgruppen. …", "> 1. narkotika …") read as the lines they
    quote: a memo that quotes an agreement clause by clause quotes its text, which is read as written. A mail's
    quotes are its thread's and stay."""
    if is_mail(raw):
        return raw
    return [_unmarked(line) if depth(line) == 1 else line for line in raw]
