"""Invented names: places from syllable pools, people as numbered placeholders ("Person 0042").

The pools are chosen so that a generated place name never starts with a word the rules read in names
(ung, barn, plats, otrygg, fält, skol, ...: see samverkan.rules profiles' keywords and title terms), so a
place name cannot make a group look like a youth forum or a local priority area look like a city-wide one.
Names of real districts and police areas of Stockholm are refused outright (REAL_PLACES).
"""

from __future__ import annotations

import random
import re
import unicodedata

ONSETS = (
    "Ek", "Gran", "Lom", "Ves", "Tal", "Mar", "Sil", "Ran", "Hel", "Kor", "Dun", "Fal", "Bram", "Ter", "Nol", "Vid",
    "Lin", "Hum", "Rev", "Tid", "Ask", "Val", "Sel", "Mos", "Hov", "Lek", "Tor", "Rim", "Dag", "Kil",
)
LINKS = ("a", "e", "i", "o", "ar", "er", "el", "un", "ing", "ste")
SUFFIXES = (
    "vik", "by", "sta", "holm", "näs", "berga", "dal", "torp", "inge", "lunda", "mark", "hamn", "ryd", "tuna",
    "åker", "mo", "fors", "hed", "sund", "bro", "kulla", "lid", "red", "strand",
)
OVERFLOW = ("Övre", "Nedre", "Lilla", "Stora", "Västra", "Östra")
"""Prefixes for more names once the pools are used up (only for very large data sets)."""

REAL_PLACES = frozenset({
    "bromma", "hasselby", "vallingby", "rinkeby", "kista", "spanga", "tensta", "kungsholmen", "norrmalm",
    "ostermalm", "sodermalm", "enskede", "arsta", "vantor", "farsta", "skarpnack", "skarholmen", "hagersten",
    "liljeholmen", "alvsjo", "jarva", "globen", "lidingo", "stockholm", "gotland", "city", "nord", "syd",
    "norra innerstaden", "tumba", "huddinge", "solna", "sundbyberg", "nacka", "taby", "sollentuna",
})
"""Real place names (the districts and police areas of the real data set and its neighbours): never generated."""


def slug(text: str) -> str:
    """'Övre Lomaholm' → 'ovre-lomaholm'."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


class PlaceNames:
    """Unique invented place names in an order fixed by the random generator."""

    def __init__(self, rng: random.Random):
        names = [o + link + s for o in ONSETS for link in LINKS for s in SUFFIXES]
        names = [n for n in names if not _real(n)]
        rng.shuffle(names)
        self._base = names
        self._next = 0

    def take(self) -> str:
        i = self._next
        self._next += 1
        base = self._base[i % len(self._base)]
        round_ = i // len(self._base)
        if round_ == 0:
            return base
        if round_ <= len(OVERFLOW):
            return f"{OVERFLOW[round_ - 1]} {base}"
        return f"{base} {round_ - len(OVERFLOW) + 1}"


def _real(name: str) -> bool:
    s = slug(name)
    return any(real.replace(" ", "-") in s for real in REAL_PLACES)


class People:
    """Numbered placeholder people: id 'person/0042', name 'Person 0042'."""

    def __init__(self):
        self.count = 0

    def take(self) -> tuple[str, str]:
        self.count += 1
        number = f"{self.count:04d}"
        return f"person/{number}", f"Person {number}"
