"""The Swedish dictionary OCR repair checks words against: wordfreq's Swedish word list (bundled data) above
a frequency floor, the domain terms of cooperation agreements below, and the names and titles of a register
when one is given. A word is accepted when it is in the dictionary, when simplemma knows it as a Swedish
form, or when it is a compound of two accepted words (with or without the linking s)."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
ZIPF_FLOOR = 2.0  # below this wordfreq's Swedish list holds as much OCR noise and typos as words
TRIPLE = re.compile(r"([a-zåäö])\1\1")  # Swedish writes no letter three times in a row

DOMAIN = """
adjungera adjungeras adjungerad adjungerade adjungerande arbetsgrupp arbetsgruppen beredningsgrupp
beredningsgruppen bilaga bilagor brottsförebyggande brottsförebyggare chefsamråd chefsamrådet chefssamråd
chefssamrådet kommunpolis kommunpolisen lokalpolisområde lokalpolisområdet lokalpolisområdets
lokalpolisområdeschef lokalpolisområdeschefen ledningsgrupp ledningsgruppen medborgarlöfte medborgarlöften
polisområde polisområdet samordnare samordnarna samverkansforum samverkansgrupp samverkansgruppen
samverkansöverenskommelse samverkansöverenskommelsen samverkansområde samverkansområden stadsdelsdirektör
stadsdelsdirektören stadsdelsförvaltning stadsdelsförvaltningen stadsdelsnämnd stadsdelsnämnden
stadsdelsområde stadsdelsområdet styrgrupp styrgruppen säkerhetssamordnare trygghetssamordnare
trygghetsvandring trygghetsvandringar tillsvidare lägesbild lägesbilden åtgärdsplan åtgärdsplaner
uppföljningsplan kommunikationsplan överenskommelse överenskommelsen
"""
DOMAIN_TERMS = frozenset(DOMAIN.split())


@lru_cache(maxsize=1)
def dictionary() -> dict[str, float]:
    """word → Zipf frequency (the domain terms at a middling frequency)."""
    from math import log10

    from wordfreq import get_frequency_dict

    floor = 10 ** (ZIPF_FLOOR - 9)
    words = {word: round(log10(f) + 9, 2) for word, f in get_frequency_dict("sv").items()
             if f >= floor and WORD.fullmatch(word)}
    for word in DOMAIN.split():
        words.setdefault(word, 3.0)
    return words


def load(extra: list[str] | None = None) -> dict[str, float]:
    """The dictionary plus the words of `extra` texts (names and titles of a register)."""
    words = dict(dictionary())
    for text in extra or []:
        for token in WORD.findall(text):
            words.setdefault(token.casefold(), 3.0)
    return words


def domain_term(word: str) -> bool:
    """Whether a word is one of the domain terms above ("samverkansöverenskommelsen"), which no general
    dictionary may know."""
    return word in DOMAIN_TERMS


def lemma_known(word: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang="sv")


def present_verb(word: str) -> bool:
    """Whether a word is a verb in the present tense ("består", "möter"): it ends in -r and its dictionary form,
    another word, in a vowel ("bestå", "möta")."""
    import simplemma

    base = simplemma.lemmatize(word, lang="sv")
    return word.endswith("r") and base != word and base.endswith(("a", "å", "e")) and lemma_known(base)
