"""Text from the data on its way into another program: a terminal, an XML parser, a spreadsheet.

The data are the users' own, but any text in them (a name, a citation, a waiver's reason) may hold characters
that mean something to the program that shows them: ESC sequences move a terminal's cursor and erase lines,
bidi controls reorder what a reader sees, XML 1.0 forbids most C0 controls (a parser stops there), and a
spreadsheet runs a cell that starts with = + - @ as a formula (OWASP "CSV injection"). Each function makes
text inert for one such program; the output points call them (a leaf module: nothing of samverkan imported).
"""

from __future__ import annotations

import re

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM."""

_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def _picture(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC shows as ␛, one cell wide
    return "\u2421" if code == 0x7f else "\ufffd"


def for_terminal(text: str) -> str:
    """Every C0 control but tab and newline, DEL, every C1 control and every bidi control made visible and
    inert (␛ for ESC, � for C1 and bidi), one character for one, so a terminal only ever shows the text."""
    return _TERMINAL.sub(_picture, text)


def for_xml(text: str) -> str:
    """Text without the characters XML 1.0 forbids (C0 controls but tab, newline and CR; U+FFFE, U+FFFF;
    lone surrogates); applied to a whole document too: such characters can never be part of its markup."""
    return _XML_FORBIDDEN.sub("", text)


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would read the cell as a formula (a plain number such as -5 is no formula)."""
    return text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text.strip())


def _neutralised(text: str) -> bool:
    """Starts like a formula, or like an already neutralised one (so that the apostrophe can be taken off
    again without guessing)."""
    return is_formula(text) or (text.startswith("'") and _neutralised(text[1:]))


def for_spreadsheet(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading apostrophe before = + - @ TAB CR (OWASP), and no
    character XML forbids (Excel stores cells as XML). `from_spreadsheet` undoes the apostrophe."""
    text = for_xml(text)
    return "'" + text if _neutralised(text) else text


def from_spreadsheet(cell: str) -> str:
    """The text a `for_spreadsheet` cell stands for (a program importing the CSV takes the apostrophe off)."""
    return cell[1:] if cell.startswith("'") and _neutralised(cell[1:]) else cell
