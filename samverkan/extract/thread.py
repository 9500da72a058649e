"""A document pasted into an e-mail and quoted on by the replies of its thread (">> 1. Parter", with "> [MF] …"
comments between its lines): the thread is about that document, so it is read as written, without its quote
marks, and the mails around it (headers, greetings, signatures, what the replies say of it) are no part of it."""

from __future__ import annotations

import re

# an e-mail's header lines ("Från: …", "Skickat: …")
MAIL_HEADER = re.compile(r"(?i)^\s*(?:från|from|till|to|skickat|sent|datum|date|kopia|cc|ämne|subject)\s*:\s*\S")
QUOTE_MARKS = re.compile(r"^\s*((?:>[ \t]?)+)")
RULE = re.compile(r"\s*[-=_*]{10,}\s*")  # the rule a pasted document stands between
MIN_LINES = 6  # a pasted document, not a quoted signature between two rules


def is_mail(raw: list[str]) -> bool:
    """A text that opens with an e-mail's header lines ("Från:", "Till:", "Ämne:")."""
    return sum(bool(MAIL_HEADER.match(line)) for line in raw[:8]) >= 3


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
