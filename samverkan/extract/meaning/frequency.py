"""Meetings a year in any wording: "fyra gånger per år", "kvartalsvis", "varje månad utom juli", "en gång per
termin", "varannan vecka", "två gånger i halvåret", "varje vecka från juni till augusti"; "vid behov"
alone is a frequency of none (None)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from samverkan.extract.frequency import excluded_months, parse_frequency
from samverkan.extract.meaning.text import fold

WORDS = [  # (pattern on folded text, meetings a year)
    (r"\bkvartalsvis|\bvarje\s+kvartal|\ben\s+gang\s+(?:per|i|varje)\s+kvartal", 4),
    (r"\bhalvarsvis|\bvarje\s+halvar|\ben\s+gang\s+(?:per|i|varje)\s+halvar", 2),
    (r"\btertialvis|\bvarje\s+tertial|\ben\s+gang\s+(?:per|i|varje)\s+tertial", 3),
    (r"\bvarannan\s+manad", 6),
    (r"\bvarannan\s+(?:vecka|v\.)|\bvar\s+fjortonde\s+dag|\bvar\s+14(?::e)?\s+dag", 26),  # "varannan v."
    (r"\bvarje\s+(?:vecka|v\.)|\bveckovis|\ben\s+gang\s+(?:per|i|varje)\s+vecka|\bveckomoten", 52),
    (r"\bvarannan\s+(?:man|tis|ons|tors|fre)dag|\b(?:jamna|udda)\s+veckor\b", 26),  # "tisdagar jämna veckor"
    (r"\bvarje\s+(?:man|tis|ons|tors|fre|lor|son)dag|\bvar\s+(?:man|tis|ons|tors|fre|lor|son)dag|\bvarje\s+helg\b", 52),
    (r"\binfor\s+(?:varje\s+)?(?:ny\s+)?termin(?:sstart)?\b|\bvarje\s+(?:ny\s+)?termin|\bper\s+termin|"
     r"\ben\s+gang\s+(?:per|i|varje)\s+termin|\btermin(?:s)?vis", 2),
    (r"\bmanadsvis|\bvarje\s+manad|\ben\s+gang\s+(?:per|i|varje)\s+manad(?:en)?|\bmanatlig", 12),
    (r"\barligen|\barsvis|\ben\s+gang\s+(?:per|om|varje|i)\s+aret?|\bvarje\s+ar\b", 1),
    (r"\binfor\s+(?:varje\s+)?(?:sommarlov|sommaren|julen?|skolstart|lasarsstart)", 1),  # once a year, before it
]
_MONTHS_LISTED = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*(?:\s*(?:och|,|-|–)\s*" \
    r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*)*"
# "utom juli", "ej juli och december", "juli undantagen": months left out
EXCEPT = re.compile(r"(?i)(?:\b(?:utom|förutom|ej|inte|med\s+undantag\s+för)\s+(?:under\s+|i\s+)?(?:sommaren\s*\()?|"
                    r"(?<=,\s)(?=" + _MONTHS_LISTED + r"\s+undantag(?:en|et|na)\b))"
                    r"(?P<months>" + _MONTHS_LISTED + r")")
# "fyra gånger årligen", "tre gånger per läsår": a count for a year said another way
COUNT_A_YEAR = re.compile(r"\b(?P<num>\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\s+"
                          r"(?:ganger|gang|ggr|tillfallen)\s+(?:arligen|per\s+lasar|varje\s+lasar|om\s+lasaret)\b")
# "två träffar per halvår", "fyra gånger per kalenderår", "en förmiddag i månaden": a count of meetings in a period
COUNT_PER = re.compile(r"\b(?P<num>\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\s+"
                       r"(?:(?:ordinarie|planerade|fasta|regelbundna|gemensamma)\s+)?"  # "fyra ordinarie sammanträden"
                       r"(?:ganger|gang|ggr|moten|mote|traffar|traff|sammantraden|sammantrade|formiddag|eftermiddag|"
                       r"tillfallen|tillfalle|"  # "vid fyra tillfällen per kalenderår"
                       r"kvall|heldag|halvdag|g)\s*(?:(?:per|om|i|varje|under)\s+|/\s*)(?P<per>kalenderar|lasar|halvar|termin|kvartal|"
                       r"manad|man|vecka|v|ar)(?:et|en|n)?\b")
# "öppna möten …, ett per år": the count after a comma, its noun the meetings said before it
ELIDED_COUNT = re.compile(r",\s+(?P<num>ett|en|tva|tre|fyra)\s+(?:per|om|i)\s+(?P<per>ar|halvar|termin|kvartal|manad)"
                          r"(?:et|en)?\b")
PERIODS = {"kalenderar": 1, "lasar": 1, "ar": 1, "halvar": 2, "termin": 2, "kvartal": 4, "manad": 12, "man": 12,
           "vecka": 52, "v": 52}
# "var tredje månad", "var sjätte vecka": every n-th month or week
EVERY_NTH = re.compile(r"\bvar\s+(?P<nth>andra|tredje|fjarde|femte|sjatte|sjunde|attonde)\s+(?P<unit>manad|vecka)\b")
ORDINALS = {"andra": 2, "tredje": 3, "fjarde": 4, "femte": 5, "sjatte": 6, "sjunde": 7, "attonde": 8}
NUMBER_WORDS = {"en": 1, "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9,
                "tio": 10, "elva": 11, "tolv": 12}
TERMS = re.compile(r"(?i)\bunder\s+(?:skolans\s+)?(?:terminerna|terminer|skolåret|skolår|läsåret|läsår)\b|"
                   r"\bnär\s+skolan\s+(?:är\s+igång|pågår|har\s+terminer)\b")  # "när skolan är igång": the terms
TERM_WEEKS = 40  # two terms of about twenty weeks
TERM_MONTHS = 10  # a school year, August to June less the summer
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# "varje vecka från juni till augusti": meetings only in a season of whole months
# "från juni till augusti", "(juni–augusti)", "under perioden april–september", a cell's bare "juni–augusti"
SEASON = re.compile(r"(?i)(?:\b(?:från|under)\s+(?:(?:perioden|månaderna|tiden)\s+)?|\(|"
                    r"(?<![\wåäö])(?=(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\s*[–-]\s*[a-z]))"
                    r"(?P<a>(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*)\s*"
                    r"(?:till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.|–|-)\s*"
                    r"(?P<b>(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*)")
# the months a group meets in, named after its verb of meeting ("möts i mars och oktober")
_MONTH = r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b"
NAMED_MONTHS = re.compile(r"\b(?:traffa[sr]|mots|motas|sammantrader|samlas|ses|halls|moten\s+halls)\s+(?:\w+\s+){0,2}?"
                          r"i\s+(?P<months>" + _MONTH + r"(?:(?:\s*,\s*|\s+och\s+(?:i\s+)?)" + _MONTH + r")+)")
# any list of months ("Mötesplan: mars, juni, september och december", "under juni, juli och augusti")
# a plan of dated meetings ("att sammanträda den 22 januari, 16 april, 3 september och 26 november 2026"): four
_DAY = r"\d{1,2}\s+" + _MONTH
DATED_MEETINGS = re.compile(r"\b(?:sammantrad[ae]r?|traffas|motas|mots|ses|samlas)\s+(?:\w+\s+){0,2}?den\s+"
                            r"(?P<dates>" + _DAY + r"(?:(?:\s*,\s*|\s+och\s+)(?:den\s+)?" + _DAY + r")+)")
MONTH_LIST = re.compile(r"(?i)(?<![\d.] )" + _MONTH + r"(?:(?:\s*,\s*|\s+(?:och|samt)\s+)(?:i\s+|under\s+)?"
                        + _MONTH + r")+(?!\s*\d)")
# "vår och höst", "en gång på våren och en gång på hösten": a meeting in each part of the year named
SEASON_WORD = r"(?:vår|sommar|höst|vinter)(?:en|n)?"
SEASON_LIST = re.compile(r"(?i)\b" + SEASON_WORD + r"(?:(?:\s*,\s*|\s+(?:och|samt)\s+)(?:en\s+gång\s+)?"
                         r"(?:(?:på|under|varje|i)\s+)?" + SEASON_WORD + r")+\b")
AS_NEEDED = re.compile(r"(?i)\bvid\s+behov\b|\bnär\s+behov\s+(?:finns|uppstår)\b|\befter\s+behov\b|"
                       r"\bnär\s+det\s+(?:behövs|finns\s+behov)\b")  # "bara när det behövs"


# "I juli har gruppen uppehåll", "Under juli och augusti träffas gruppen inte": months without meetings, said apart
PAUSE = re.compile(r"(?i)\b(?:uppehåll|sommaruppehåll|inga\s+möten|inget\s+möte|ingen\s+träff|"
                   r"(?:träffas|möts|ses|sammanträder|hålls)\s+"
                   r"(?:\w+\s+)?(?:inte|ej))\b")
PAUSED_MONTHS = re.compile(r"(?i)\b(?:i|under)\s+(?P<months>(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                           r"[a-zåäö]*(?:\s*(?:och|,|-|–)\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                           r"[a-zåäö]*)*)\b")


def paused_months(text: str) -> int:
    """How many months a sentence says a group makes a pause in ("I juli har gruppen uppehåll": 1), 0 if none."""
    if PAUSE.search(text) is None or (m := PAUSED_MONTHS.search(text)) is None:
        return 0
    return excluded_months(m.group("months"))


@dataclass(frozen=True)
class PerYear:
    value: int | float | None  # None: only "vid behov"


# "en gång per månad under terminerna, det vill säga tio gånger per läsår": the restatement is the count
RESTATED = re.compile(r"(?i)\b(?:det\s+vill\s+säga|dvs\.?|alltså)\s+(?P<rest>.+)$")


# dated meetings with the months cut short ("11 feb, 20 maj, 16 sep och 25 nov"), on folded text
_SHORT_DAY = r"(?<![\d-])\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\.?(?![a-z])"
SHORT_DATES = re.compile(_SHORT_DAY + r"(?:(?:\s*,\s*|\s+och\s+)" + _SHORT_DAY + r")+")
# the weeks of the year a group meets in, by number ("vecka 7, 20, 38 och 48", "v. 5 och 35")
NAMED_WEEKS = re.compile(r"\b(?:veckorna|vecka|v\.|v)\s*(?P<weeks>\d{1,2}(?:(?:\s*,\s*|\s+och\s+)\d{1,2}(?![\d-]))+)")
WEEK_RANGE = re.compile(r"(?i)\b(?:under\s+)?(?:veckorna|v\.|vecka|v)\s*(?P<a>\d{1,2})\s*[–—-]\s*(?P<b>\d{1,2})\b")


def per_year(text: str) -> PerYear | None:
    if (restated := RESTATED.search(text)) and (count := _per_year(restated.group("rest"))) is not None \
            and count.value is not None:
        return count
    found = _per_year(text)
    if found is not None and found.value in (52, 26) and TERMS.search(text):
        return PerYear(found.value * TERM_WEEKS // 52)
    if found is not None and found.value == 12 and TERMS.search(text):
        return PerYear(TERM_MONTHS)  # "en gång i månaden under läsåret"
    if found is not None and found.value in (52, 26, 12) and (season := SEASON.search(text)):
        first, last = (MONTHS.index(season.group(k)[:3].casefold()) for k in ("a", "b"))
        months = (last - first) % 12 + 1
        return PerYear(int(found.value * months / 12 + 0.5))  # weekly from June to August: 13
    if found is not None and found.value in (52, 26) and (weeks := WEEK_RANGE.search(text)):
        first, last = int(weeks.group("a")), int(weeks.group("b"))  # "varje torsdag under veckorna 24–32": 9
        if 1 <= first < last <= 53:
            return PerYear((last - first) // (52 // found.value) + 1)
    if found is not None and found.value in (52, 26) and (months := _months_named(text)):
        return PerYear(int(found.value * months / 12 + 0.5))  # "varje måndag under juni, juli och augusti": 13
    if found is not None and found.value == 12 and (paused := paused_months(text)):
        return PerYear(12 - paused)  # "Varje månad (inget möte hålls i juli)"
    if found is not None and isinstance(found.value, int) and (places := _places_each(text)) > 1:
        return PerYear(found.value * places)  # "ett per år i vardera Åby, Nyby och Öby": one in each, three
    return found


# "… per år i vardera Åby och Nyby", "årligen i var och en av de tre tätorterna": the count holds in each place
EACH_PLACE = re.compile(r"(?i)(?:\b(?:per|om|i|varje)\s+år(?:et)?|\bårligen)\s*,?\s+(?:i|på)\s+"
                        r"(?:vardera|var\s+och\s+en\s+av|vart\s+och\s+ett\s+av)\s+(?P<list>[^.;()]+)")
PLACE_NAME = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*$")


def _places_each(text: str) -> int:
    """How many places a yearly count is said to hold in each of (by their names, or a number of them); 0 if
    none."""
    if (m := EACH_PLACE.search(text)) is None:
        return 0
    listed = m.group("list").strip()
    if (number := re.search(r"\b(?:de\s+)?(?P<num>två|tre|fyra|fem|sex|\d)\s+[a-zåäö]", listed)) is not None:
        return NUMBER_WORDS.get(fold(number.group("num")), 0) or int(number.group("num"))
    names = [x.strip() for x in re.split(r"\s*,\s*|\s+(?:och|samt)\s+", listed) if x.strip()]
    return len(names) if len(names) > 1 and all(PLACE_NAME.match(x) for x in names) else 0


# "inför sommarsäsongen och inför julbordssäsongen": one meeting before each occasion named, a year
OCCASIONS = re.compile(r"\binfor\s+(?!varje\b|ett\b|en\b|mote)[a-z]+(?:(?:,\s*|\s+och\s+)infor\s+(?!varje\b)[a-z]+)+")


def _per_year(text: str) -> PerYear | None:
    if m := OCCASIONS.search(fold(text)):
        return PerYear(m.group().count("infor"))
    found = parse_frequency(text)
    if found is not None and found.per_year == 1 and (named := _meeting_months(text)):
        return PerYear(named)
    if found is not None and found.per_year is not None:
        value = found.per_year
        if value == 12 and (ex := EXCEPT.search(text)):
            value = 12 - excluded_months(ex.group("months"))
        return PerYear(int(value) if float(value).is_integer() else value)
    folded = fold(text)
    if m := COUNT_A_YEAR.search(folded):
        return PerYear(int(m.group("num")) if m.group("num").isdigit() else NUMBER_WORDS[m.group("num")])
    if m := COUNT_PER.search(folded):
        count = int(m.group("num")) if m.group("num").isdigit() else NUMBER_WORDS[m.group("num")]
        value = count * PERIODS[m.group("per")]
        if value == 12 and (ex := EXCEPT.search(text)):  # "1 g/mån utom juli"
            value -= excluded_months(ex.group("months"))
        return PerYear(value)
    if (m := ELIDED_COUNT.search(folded)) and re.search(r"\b(?:moten|traffar|sammantraden)\b", folded[:m.start()]):
        return PerYear(NUMBER_WORDS[m.group("num")] * PERIODS[m.group("per")])
    if m := EVERY_NTH.search(folded):
        return PerYear(round((12 if m.group("unit") == "manad" else 52) / ORDINALS[m.group("nth")]))
    if (worded := _worded(text)) is not None:
        return worded
    if named := _meeting_months(text) or _dates_or_weeks(folded):
        return PerYear(named)
    if months := _months_named(text):
        return PerYear(months)
    if seasons := SEASON_LIST.search(text):
        return PerYear(len({w[:3].casefold() for w in re.findall(SEASON_WORD, seasons.group(), re.I)}))
    if AS_NEEDED.search(text):
        return PerYear(None)
    return None


def _worded(text: str) -> PerYear | None:
    """Meetings a year said in a word ("kvartalsvis", "varje månad utom juli", "en gång om året"), or None."""
    folded = fold(text)
    for rx, value in WORDS:
        if (m := re.search(rx, folded)) is None:
            continue
        if value == 1 and (named := _meeting_months(text)):
            return PerYear(named)
        if value == 12 and (ex := EXCEPT.search(text[m.start():])):
            value = 12 - excluded_months(ex.group("months"))
        return PerYear(value)
    return None


def _dates_or_weeks(folded: str) -> int:
    """How many meetings a list of dates or week numbers gives: a plan's "11 feb, 20 maj, 16 sep, 25 nov", "vecka
    7, 20, 38 och 48": four; 0 for none."""
    if m := SHORT_DATES.search(folded):
        return len(re.findall(r"\d{1,2}\s+[a-z]", m.group()))
    if m := NAMED_WEEKS.search(folded):
        return len(re.findall(r"\d+", m.group("weeks")))
    return 0


def _meeting_months(text: str) -> int:
    """How many months the verb of meeting names ("träffas i februari, maj och november"), which says more of the
    meetings than a yearly count in another clause ("…, och en gång om året lämnar den en redovisning"); 0 for
    none."""
    named = NAMED_MONTHS.search(fold(text))
    return len(re.findall(_MONTH, named.group("months"))) if named else 0


# a bare count where the label already says what is counted ("Sammanträden: sex per år", "Möten: 4/år")
BARE_COUNT = re.compile(r"^\s*(?:minst\s+|cirka\s+|ca\s+)?"
                        r"(?P<num>\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\s*(?:(?:per|om|i|varje)\s+|/\s*)(?P<per>kalenderar|lasar|halvar|termin|kvartal|manad|"
                        r"vecka|ar)(?:et|en|n)?\b")


def counted(value: str) -> PerYear | None:
    """Meetings a year of a field that counts meetings: its value may leave the noun out ("sex per år")."""
    if (m := BARE_COUNT.search(fold(value))) is None:
        return None
    count = int(m.group("num")) if m.group("num").isdigit() else NUMBER_WORDS[m.group("num")]
    return PerYear(count * PERIODS[m.group("per")])


def _months_named(text: str) -> int:
    """How many months a list names ("i juni, juli och augusti"), not those it leaves out ("utom juli och
    december"); 0 for none."""
    if dated := DATED_MEETINGS.search(fold(text)):  # "att sammanträda den 22 januari, 16 april och …"
        return len(re.findall(_MONTH, dated.group("dates")))
    months = MONTH_LIST.search(text)
    if months is None or re.search(r"(?i)\b(?:utom|förutom|ej|inte|undantag\s+för)\s+(?:i\s+|under\s+)?$",
                                   text[:months.start()]):
        return 0
    return len(re.findall(_MONTH, months.group(), re.I))


# one meeting of a plan by its date ("onsdag 11 februari", "den 3 mars 2026", "2026-09-16 kl. 13.00"), on a line of
# its own under the group's name
_PLAN_DATE = (r"(?:(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?\s+)?(?:den\s+)?(?:" + _DAY + r"(?:\s+\d{4})?|"
              r"\d{4}-\d{2}-\d{2})(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?")
PLAN_DATES = re.compile(r"\s*" + _PLAN_DATE + r"(?:\s*(?:,|;|och)?\s*" + _PLAN_DATE + r")*[\s.]*")


def plan_dates(text: str) -> int:
    """How many dated meetings a line of a meeting plan lists when it lists nothing else; 0 for a line that says
    more ("Styrgruppen möts den 3 mars")."""
    folded = fold(text)
    if not PLAN_DATES.fullmatch(folded):
        return 0
    return len(re.findall(_MONTH + r"|\d{4}-\d{2}-\d{2}", folded))
