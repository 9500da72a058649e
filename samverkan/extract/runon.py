"""Words OCR ran together, in a damaged text ("ochPolismyndigheten", "barn- ochutbildningschefen",
"Halmstadsoch", "gangerper ar", "leds avkommunpolisen"): a token the dictionary lists neither as it stands nor with
its å/ä/ö restored, which is a listed word and one of the small words Swedish writes apart (a conjunction, a
preposition, the copula) on either side of it, a verb in the present and a listed word after it
("utgortillsammans"), two listed words whose second starts with a capital, or two listed words the document
writes apart elsewhere. Compounds stay whole: a piece must be a listed word, not itself a compound."""

from __future__ import annotations

import re

from samverkan.extract.vocabulary import present_verb

# the small words Swedish writes apart (folded: "for" is "för", "ar" is "är"); inflectional endings that are words
# too ("en", "et", "de", "na", "er") are not among them, so "samverkansmoten" keeps its "-en"; a preposition that
# is a prefix too ("om-", "av-", "till-") leads only an unlisted whole, and the prefixed words are listed
SMALL = frozenset("och att som per hos samt inte varje i om av till for pa med fran vid".split())
LEADING_ONLY = frozenset({"ar"})  # "är" after a word, but "-ar" ends plurals and agents ("företagar-")
CAMEL = re.compile(r"([a-zåäö]{2,})([A-ZÅÄÖ][a-zåäö]{2,})")
MIN_PIECE = 3  # the word beside a small word: no fragment
MIN_VERB = 5  # a verb in the present no compound starts with ("utgör-"); "kör-", "lär-" are stems as well


def _fold(text: str) -> str:
    return text.translate(str.maketrans("åäöé", "aaoe"))


def _verb(word: str) -> bool:
    """A verb in the present that begins no compound: not one in "-ar", the stem of an agent noun too
    ("samordnar-" in "samordnarparet", "företagar-")."""
    return not word.endswith("ar") and present_verb(word)


def small(word: str) -> bool:
    """One of the small words Swedish writes apart ("och", "för", "ar")."""
    return _fold(word.casefold()) in SMALL | LEADING_ONLY


def pieces(token: str, word_of, listed, apart: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The two words a token ran together, as written; None when it is one word or may be a compound.
    `word_of(piece)` is the listed word a piece is (its å/ä/ö restored), None if none; `listed(word)` whether
    the dictionary lists a word as it stands; `apart` the pairs of words the document writes one after the
    other ("lokala styrgruppen"), which prove any two listed words it runs together ("Lokalastyrgruppen")."""
    if (m := CAMEL.fullmatch(token)) and word_of(m.group(1).casefold()) and word_of(m.group(2).casefold()):
        return m.group(1), m.group(2)
    lower = token.casefold()
    if not token.isalpha() or listed(lower) or word_of(lower):
        return None
    found = []
    for i in range(1, len(lower)):
        left, right = lower[:i], lower[i:]
        small_first = _fold(left) in SMALL | LEADING_ONLY and len(right) >= MIN_PIECE
        small_last = _fold(right) in SMALL and len(left) >= MIN_PIECE
        written_apart = f"{left} {right}" in apart
        verb_first = len(left) >= MIN_VERB and len(right) > MIN_PIECE and _verb(word_of(left) or "-")
        if (small_first or small_last or written_apart or verb_first) and word_of(left) and word_of(right):
            found.append((token[:i], token[i:]))
    return found[0] if len(found) == 1 else None
