"""Swedish dates in numbers or words: "2022-01-01", "1 mars 2021", "den första januari tjugohundratjugotvå",
"den förste januari 2024", "den sista december 2025", "1/3 2021", a month alone ("januari 2022": its first day,
or its last as an end date), "utgången av 2026" (its last day); and periods given in years only ("2024–2026")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
ONES = {"noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
        "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
        "sjutton": 17, "arton": 18, "nitton": 19}
TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
        "nittio": 90}
ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7, "åttonde": 8,
            "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14, "femtonde": 15,
            "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19, "tjugonde": 20, "trettionde": 30,
            "förste": 1, "andre": 2}
LAST = {"sista", "siste"}  # "den sista december": the month's last day

_MONTH = r"(?P<month>" + "|".join(MONTHS) + r"|jan|feb|apr|jun|jul|aug|sept?|okt|nov|dec)\.?"
_WORD = r"[a-zåäö]+"
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")
YEAR_END = re.compile(r"(?i)\b(?:utgången|slutet)\s+av\s+(?:år\s+)?(?P<y>(?:19|20)\d\d)\b")
YEARS = re.compile(r"(?i)\b(?P<a>(?:19|20)\d\d)\s*(?P<sep>–|—|-|till\s+och\s+med|till|t\.\s?o\.\s?m\.?|och)\s*"
                   r"(?P<b>(?:19|20)\d\d)\b(?![-/]\d)")
YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)+\s*,?\s+(?:och|samt)\s+(?:19|20)\d\d\b")
ONE_YEAR = re.compile(r"(?i)\b(?:år|året|kalenderåret|under|för|gäller)\s+(?:år\s+)?(?P<y>(?:19|20)\d\d)\b"
                      r"(?!\s*[-–/])")
SLASH = re.compile(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\s+(?P<y>(?:19|20)\d\d)\b")
WORDED = re.compile(r"(?i)(?:\bden\s+)?(?:(?P<day>[0-3]?\d)(?::e|:a)?|(?P<dayword>" + _WORD + r"))?\s*" + _MONTH
                    + r"\s+(?:år\s+|i\s+år,?\s+)?(?P<year>(?:19|20)\d\d|" + _WORD + r")\b")  # "januari i år, 2026"


def number_word(word: str) -> int | None:
    """A number written as one Swedish word: "tjugohundratjugotvå" → 2022, "tvåtusentjugoett" → 2021."""
    word = word.casefold()
    if not word:
        return None
    for sep, factor in (("tusen", 1000), ("hundra", 100)):
        if sep in word:
            head, _, tail = word.partition(sep)
            high = number_word(head) if head else 1
            low = number_word(tail) if tail else 0
            return None if high is None or low is None else high * factor + low
    if word in ONES:
        return ONES[word]
    for tens, value in TENS.items():
        if word.startswith(tens):
            rest = word[len(tens):]
            if not rest:
                return value
            return value + ONES[rest] if rest in ONES and ONES[rest] < 10 else None
    return None


def ordinal_word(word: str) -> int | None:
    word = word.casefold()
    if word in ORDINALS:
        return ORDINALS[word]
    for tens in ("trettio", "tjugo"):
        if word.startswith(tens) and word[len(tens):] in ORDINALS:
            return TENS[tens] + ORDINALS[word[len(tens):]]
    return None


def _month_number(word: str) -> int:
    word = word.casefold().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(word[:3]))


def find_dates(text: str, end: bool = False) -> list[tuple[str, int, int]]:
    """(ISO date, start, end offset) of each date in the text, in order. A month without a day is its first
    day, or with `end` its last."""
    found: list[tuple[str, int, int]] = []
    for rx in (ISO, SLASH):
        for m in rx.finditer(text):
            found.append((_iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start(), m.end()))
    for m in WORDED.finditer(text):
        year = int(m.group("year")) if m.group("year").isdigit() else number_word(m.group("year"))
        if year is None or not 1900 <= year <= 2100:
            continue
        month = _month_number(m.group("month"))
        day = int(m.group("day")) if m.group("day") else ordinal_word(m.group("dayword") or "")
        if (m.group("dayword") or "").casefold() in LAST:
            day = calendar.monthrange(year, month)[1]
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        found.append((_iso(year, month, day), m.start(), m.end()))
    for m in YEAR_END.finditer(text):
        found.append((f"{m.group('y')}-12-31", m.start(), m.end()))
    valid = [f for f in found if f[0]]
    return sorted(valid, key=lambda f: f[1])


def year_span(text: str) -> tuple[str, str] | None:
    """A period given in years only ("2024–2026", "2023 till och med 2025", "åren 2025, 2026 och 2027", "för
    år 2024"): from the first day of the first year to the last day of the last (the corpus convention)."""
    listed = YEAR_LIST.search(text)
    years = [int(y) for y in re.findall(r"\d{4}", listed.group())] if listed else []
    if years and _consecutive(years):
        return f"{years[0]}-01-01", f"{years[-1]}-12-31"
    m = YEARS.search(text)
    step = int(m.group("b")) - int(m.group("a")) if m else -1
    if m and (step == 1 if m.group("sep").casefold() == "och" else step >= 0):  # "2025 och 2026": both years
        return f"{m.group('a')}-01-01", f"{m.group('b')}-12-31"
    if m := ONE_YEAR.search(text):
        return f"{m.group('y')}-01-01", f"{m.group('y')}-12-31"
    return None


def _consecutive(years: list[int]) -> bool:
    return all(b == a + 1 for a, b in zip(years, years[1:], strict=False))


def after_years(start: str, years: int) -> str:
    """The last day of a period of whole years from `start`: 2022-01-01 and 3 → 2024-12-31."""
    y, m, d = (int(x) for x in start.split("-"))
    end = date(y + years, m, min(d, calendar.monthrange(y + years, m)[1])) - timedelta(days=1)
    return end.isoformat()


def _iso(y: int, m: int, d: int) -> str:
    try:
        calendar.weekday(y, m, d)
    except ValueError:
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"
