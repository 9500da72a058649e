"""Finding and replacing any of many fixed strings in text: Aho-Corasick (pyahocorasick, in C) instead of a
regular expression over thousands of alternatives, which `re` compiles in seconds and tries one by one.

Semantics of a regular expression `<head>(?:w1|w2|…)<tail>` with the longer word first: scanning left to right, at
the first place where some word matches with the tail holding, the longest such word is replaced, and the scan
goes on after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

import ahocorasick


def _accent_table() -> dict[int, str]:
    """Latin letters with diacritics → the letter without them (ö → o, Å → A, é → e): one character for one."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))
        letter, marks = base[0], base[1:]
        if marks and letter.isascii() and letter.isalpha() and all(unicodedata.combining(c) for c in marks):
            table[code] = base[0]
    table.update({ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d", ord("Đ"): "D", ord("ł"): "l", ord("Ł"): "L"})
    return table


ACCENTS = _accent_table()
_ACCENTED = {chr(code): letter for code, letter in ACCENTS.items()}


def strip_accents(text: str) -> str:
    """The text with ACCENTS applied: str.replace for each accented letter present (at C speed), where
    str.translate looks every character up in a dict (four times as long over the data set's text)."""
    if text.isascii():
        return text
    for letter in _ACCENTED.keys() & set(text):
        text = text.replace(letter, _ACCENTED[letter])
    return text


class WordSet:
    """A set of words to find in text, optionally ignoring case, each match preceded by `head` (a lookbehind
    pattern such as `(?<!\\w)`) and followed by `tail` (a lookahead such as `(?!\\w)`) where given; with
    `ignore_accents`, a letter matches itself with or without diacritics (Skjöld, Skjold)."""

    def __init__(self, words: Iterable[str], *, ignore_case: bool = False, ignore_accents: bool = False,
                 head: str = "", tail: str = ""):
        self.ignore_case = ignore_case
        self.ignore_accents = ignore_accents
        self._latin1 = self._latin1_table()
        self._head = re.compile(head) if head else None
        self._tail = re.compile(tail, re.IGNORECASE if ignore_case else 0) if tail else None
        self._automaton = ahocorasick.Automaton()
        for word in {self._fold(w) for w in words if w}:
            self._automaton.add_word(word, len(word))
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()

    def _fold(self, text: str) -> str:
        if text.isascii():  # no accents to strip
            return text.lower() if self.ignore_case else text
        if self._latin1 is not None:
            try:  # a text of Latin-1 characters (Swedish is) folded by one bytes.translate, at C speed
                return text.encode("latin-1").translate(self._latin1).decode("latin-1")
            except UnicodeEncodeError:
                pass
        text = text.lower() if self.ignore_case else text
        return strip_accents(text) if self.ignore_accents else text

    def _latin1_table(self) -> bytes | None:
        """The fold of each Latin-1 character as a table for bytes.translate, if each folds to one of them."""
        if not (self.ignore_case or self.ignore_accents):
            return None
        folded = [self._fold_slowly(chr(code)) for code in range(256)]
        if any(len(f) != 1 or ord(f) > 255 for f in folded):
            return None
        return bytes(ord(f) for f in folded)

    def _fold_slowly(self, text: str) -> str:
        text = text.lower() if self.ignore_case else text
        return strip_accents(text) if self.ignore_accents else text

    def fold(self, text: str) -> str:
        """The form in which words are compared (lower case and/or without diacritics)."""
        return self._fold(text)

    def _searchable(self, text: str) -> str | None:
        folded = self._fold(text)
        return folded if len(folded) == len(text) else None  # lowercasing that changes lengths: rare, see sub

    def searchable(self, text: str) -> str | None:
        """The text folded for `ends`, or None when folding changes its length (positions would not hold)."""
        return self._searchable(text)

    def ends(self, folded: str):
        """The position of the last character of every occurrence of a word in a folded text (the tail not
        considered), overlapping ones too."""
        return (end for end, _ in self._automaton.iter(folded)) if not self.empty else iter(())

    def search(self, text: str) -> bool:
        """Whether any word occurs in the text (the tail not considered)."""
        if self.empty:
            return False
        folded = self._searchable(text)
        if folded is None:
            return True  # cannot tell cheaply: let the caller look closer
        return next(self._automaton.iter(folded), None) is not None

    def sub(self, replace: Callable[[str], str], text: str) -> str:
        """The text with every match (see the module's docstring) replaced by `replace(matched text)`."""
        if self.empty:
            return text
        folded = self._searchable(text)
        if folded is None:
            folded = "".join(c if len(self._fold(c)) != 1 else self._fold(c) for c in text)
        starts: dict[int, list[int]] = {}
        for end, length in self._automaton.iter(folded):
            starts.setdefault(end - length + 1, []).append(end + 1)
        if not starts:
            return text
        out, position = [], 0
        for start in sorted(starts):
            if start < position or (self._head is not None and not self._head.match(text, start)):
                continue
            for stop in sorted(starts[start], reverse=True):
                if self._tail is None or self._tail.match(text, stop):
                    out.append(text[position:start])
                    out.append(replace(text[start:stop]))
                    position = stop
                    break
        out.append(text[position:])
        return "".join(out)
