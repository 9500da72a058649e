"""Meetings a year in any wording: "fyra gånger per år", "kvartalsvis", "varje månad utom juli", "en gång per
termin", "varannan vecka", "två gånger i halvåret"; "vid behov" alone is a frequency of none (None)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from samverkan.extract.frequency import excluded_months, parse_frequency
from samverkan.extract.meaning.text import fold

WORDS = [  # (pattern on folded text, meetings a year)
    (r"\bkvartalsvis|\bvarje\s+kvartal|\ben\s+gang\s+(?:per|i|varje)\s+kvartal", 4),
    (r"\bhalvarsvis|\bvarje\s+halvar|\ben\s+gang\s+(?:per|i|varje)\s+halvar", 2),
    (r"\bvarannan\s+manad", 6),
    (r"\bvarannan\s+vecka|\bvar\s+fjortonde\s+dag|\bvar\s+14(?::e)?\s+dag", 26),
    (r"\bvarje\s+vecka|\bveckovis|\ben\s+gang\s+(?:per|i|varje)\s+vecka|\bveckomoten", 52),
    (r"\bvarje\s+termin|\bper\s+termin|\ben\s+gang\s+(?:per|i|varje)\s+termin|\btermin(?:s)?vis", 2),
    (r"\bmanadsvis|\bvarje\s+manad|\ben\s+gang\s+(?:per|i|varje)\s+manad(?:en)?|\bmanatlig", 12),
    (r"\barligen|\ben\s+gang\s+(?:per|om|varje|i)\s+aret?|\bvarje\s+ar\b", 1),
    (r"\binfor\s+(?:varje\s+)?(?:sommarlov|sommaren|julen?|skolstart|lasarsstart)", 1),  # once a year, before it
]
EXCEPT = re.compile(r"(?i)\b(?:utom|förutom|ej|inte)\s+(?:under\s+|i\s+)?(?:sommaren\s*\()?"
                    r"(?P<months>(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*(?:\s*(?:och|,|-|–)\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|"
                    r"sep|okt|nov|dec)[a-zåäö]*)*)")
TERMS = re.compile(r"(?i)\bunder\s+(?:terminerna|skolåret|läsåret)\b")
TERM_WEEKS = 40  # two terms of about twenty weeks
AS_NEEDED = re.compile(r"(?i)\bvid\s+behov\b|\bnär\s+behov\s+(?:finns|uppstår)\b|\befter\s+behov\b")


@dataclass(frozen=True)
class PerYear:
    value: int | float | None  # None: only "vid behov"


def per_year(text: str) -> PerYear | None:
    found = _per_year(text)
    if found is not None and found.value in (52, 26) and TERMS.search(text):
        return PerYear(found.value * TERM_WEEKS // 52)
    return found


def _per_year(text: str) -> PerYear | None:
    found = parse_frequency(text)
    if found is not None and found.per_year is not None:
        value = found.per_year
        if value == 12 and (ex := EXCEPT.search(text)):
            value = 12 - excluded_months(ex.group("months"))
        return PerYear(int(value) if float(value).is_integer() else value)
    folded = fold(text)
    for rx, value in WORDS:
        m = re.search(rx, folded)
        if m:
            if value == 12 and (ex := EXCEPT.search(text[m.start():])):
                value = 12 - excluded_months(ex.group("months"))
            return PerYear(value)
    if AS_NEEDED.search(text):
        return PerYear(None)
    return None
