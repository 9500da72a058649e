"""Meeting frequency phrases → meetings per year, with the words kept.

"minst två (2) gånger varje halvår" → 4 (minimum), "1 gång/ månad (ej juli)" → 11,
"2 gånger/år i juni respektive december" → 2, "1 gång/månad (ej juni-aug)" → 9, "vid behov" → no minimum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBERS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
           "nio": 9, "tio": 10, "elva": 11, "tolv": 12}
PERIODS = {"år": 1, "året": 1, "halvår": 2, "halvåret": 2, "kvartal": 4, "termin": 2, "månad": 12, "månaden": 12,
           "mån": 12, "vecka": 52, "veckan": 52}
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

_NUM = r"(?P<num>\d+|" + "|".join(NUMBERS) + r")(?:\s*\(\s*\d+\s*\))?"
_UNIT = r"(?P<unit>gånger|gång|ggr|tillfällen|tillfälle|möten|sammanträden)"
_PERIOD = r"(?P<period>" + "|".join(sorted(PERIODS, key=len, reverse=True)) + r")"
PHRASE = re.compile(
    r"(?i)(?P<pre>(?:vid\s+)?(?P<min>minst\s+)?)" + _NUM + r"\s*" + _UNIT
    + r"\s*(?:/\s*|per\s+|varje\s+|i\s+|om\s+)" + _PERIOD + r"(?![a-zåäö])"
    + r"(?P<post>\s*\(\s*ej\s+(?P<except>[^)]*)\))?"
)
FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
FOLDED_NUMBERS = {k.translate(FOLD): v for k, v in NUMBERS.items()}
FOLDED_PERIODS = {k.translate(FOLD): v for k, v in PERIODS.items()}
FOLDED_PHRASE = re.compile(PHRASE.pattern.translate(FOLD))
EXTRA = re.compile(r"(?i)\b(eller\s+fler|eller\s+oftare|samt\s+vid\s+behov|ytterligare\s+vid\s+behov|"
                   r"oftare\s+vid\s+behov|och\s+vid\s+behov)\b")
GLUED = re.compile(r"(?i)(månad|mån|år|halvår)(vid|med|och)\b")
AS_NEEDED = re.compile(r"(?i)\b(vid\s+behov|efter\s+behov|när\s+behov\s+uppstår)\b")


@dataclass(frozen=True)
class Frequency:
    per_year: float | None
    minimum: bool
    text: str
    phrase: str


def _number(word: str) -> int:
    return int(word) if word.isdigit() else FOLDED_NUMBERS[word.casefold().translate(FOLD)]


def _month(word: str) -> int | None:
    word = word.casefold().strip(" .")
    for i, prefix in enumerate(MONTHS):
        if word.startswith(prefix):
            return i
    return None


def excluded_months(text: str) -> int:
    """How many months "(ej juli)", "(ej juni-aug)", "(ej juli och augusti)" leave out."""
    count = 0
    for part in re.split(r"\s*(?:,|och|samt)\s*", text.strip()):
        ends = [p for p in re.split(r"\s*[-–]\s*", part) if p]
        months = [m for m in (_month(e) for e in ends) if m is not None]
        if len(months) == 2:
            count += (months[1] - months[0]) % 12 + 1
        elif len(months) == 1:
            count += 1
    return count


def parse_frequency(text: str) -> Frequency | None:
    """The first frequency in a text; None if it states none. `phrase` is the words that gave the number.
    Read without å/ä/ö, so that text which lost them ("fyra ganger per ar") reads the same."""
    original = " ".join(text.split())
    flat = GLUED.sub(r"\1 \2", original)
    match = FOLDED_PHRASE.search(flat.translate(FOLD))
    if match is None:
        found = AS_NEEDED.search(flat)
        return Frequency(None, False, original, found.group()) if found else None
    period = FOLDED_PERIODS[match.group("period").casefold()]
    per_year: float = _number(match.group("num")) * period
    if match.group("except") and period == 12:
        per_year = _number(match.group("num")) * (12 - excluded_months(match.group("except")))
    minimum = bool(match.group("min")) or bool(EXTRA.search(flat[match.end():]))
    phrase = flat[match.start():match.end()].strip()
    return Frequency(per_year, minimum, original, phrase)
