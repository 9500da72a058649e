"""What the agreement is and who signs it: title, dnr, validity ("gäller från … till …", "tills vidare"), local or
city-wide, and the signatories, in prose, lists or tables (the parties and the priority areas have modules of
their own)."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.dates import after_years, find_dates, year_span
from samverkan.extract.meaning.text import LABEL, Unit, document_key, fold, lemma
from samverkan.extract.record import Field, Item

_DNR = r"(?:(?:(?-i:[A-ZÅÄÖ]{2,5})\s(?=(?-i:[A-ZÅÄÖ]{1,5})\s\d))?" \
    r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}[\s/-]?)?\d[\d.]*(?:[/:-]\d[\d.]*)+" \
    r"(?:(?<![.])(?-i:[\s-][A-ZÅÄÖ]{2,4})\b(?!\s*\d))?|" \
    r"[A-ZÅÄÖ]{1,5}[\s.-]?(?:19|20)\d\d\.\d{1,6}(?![\d.])|(?:19|20)\d\d\.\d{3,6}(?![\d.])|" \
    r"(?-i:[A-ZÅÄÖ]{2,5})\d\d\.\d{3,6}(?![\d.])|" \
    r"(?:19|20)\d\d/[A-ZÅÄÖ]{1,5}\d{1,6}|(?:19|20)\d\d-(?-i:[A-ZÅÄÖ]{2,5})-\d{1,6}(?![\d-]))"  # SKH 2021/1.2.3/0915,
# KS/2024:5, KS.2025.112, 2025.0045, 2025/KS0034, SOC SV 2025-00671 (two codes), 2025/98 KS and 2025/98-KS (the
# registry's code after the number), KS26.0143 (the code and the year's two digits), 2025-KS-077 (the code between)
DNR = re.compile(r"(?i)\b(?:d\.?nr|diarienum(?:mer|ret)|diarienr|ärendenummer|ärendenr|ärendet?|beteckning|"
                 # "registrerad under", "diarieförd med nummer", "gett avtalet ett nummer:"
                 # "diarieförd hos kommunen under …": whose register, between the verb and its number
                 r"referens(?:nummer|nr)?|(?:registrera|diarieför)[dts]\s+(?:den\s+|det\s+)?"
                 r"(?:(?:hos|för|i)\s+[a-zåäö]+\s+)?(?:under|med|som)"
                 r"(?:\s+(?:nummer|nr))?|"  # "diarieförs den under": the passive of the present
                 r"(?:avtalet|överenskommelsen)\s+(?:ett|sitt)\s+(?:diarie)?nummer|"
                 r"(?<=har\s)numret)\b\.?"  # "Den har numret KS 2025/1": its number, without "diarie-"
                 r"(?:\s+[a-zåäö]+(?=\s*[:|])|(?:\s+(?:hos|för|i|på)\s+\w+)?\s+(?:är|var|blir)(?=\s)|"
                 r"\s+har\s+(?:diarie)?(?:nummer|nr)\b)?\s*[:|]?\s*"  # "Ärendet har nummer …", "| Dnr polisen | …"
                 # "KS/2025:1 (kommunen) · A 2/2025": a slide's middle dot parts them too
                 # "KS 2025/0402 hos kommunen och A 157.632/2025 hos polisen": whose each is, after it
                 # "KS 2026/17 (Exempelby kommun) A 055.301/2026 (Polismyndigheten)": whose each is parts them too
                 r"(?P<dnr>" + _DNR + r"(?:\s*\([^)]*\)|\s+hos\s+[a-zåäö]+)?(?:(?:\s*(?:,|;|·|respektive|och|samt)|"
                 r"(?<=\))(?=\s+" + _DNR + r"))\s*"
                 r"(?:(?:hos|för|i)\s+[a-zåäö]+\s+(?:under\s+|med\s+)?|(?:vårt|vår|deras|ert|er)\s+(?:är\s+)?|"
                 r"[a-zåäö]{3,}s\s+(?:är\s+|"  # "… och vårt är A 1/2025": the writer's own
                 r"(?:d\.?nr|diarienummer)\s+)?)?"  # "… och polisens dnr A 1/2025": the label again; "… och hos
                 # polisen under A 301.774/2025", "… och polisens (är) A 301.774/2025"
                 + _DNR + r"(?:\s*\([^)]*\)|\s+hos\s+[a-zåäö]+)?)*)")  # whose each is, after each
LABEL_AT_END = re.compile(r"(?i)\b(?:d\.?nr|diarienummer|diarienr|ärendenummer|beteckning|"
                          r"(?:registrera|diarieför)[dts]\s+"
                          r"(?:den\s+|det\s+)?(?:under|med|som))(?:\s+(?:hos|för|i|på)(?:\s+\w+)?)?"
                          r"(?:\s+(?:är|var|blir))?\s*:?\s*$")  # a
# sentence's label whose number wraps to the next line ("Kommunens diarienummer för" / "överenskommelsen är …")
# an unlabelled number beside a labelled one on a line of numbers, before a dot or bar and the other's owner
NUMBER_BESIDE = re.compile(r"(?:^|\s)(?P<dnr>" + _DNR + r")\s*[·|•]\s*(?:[A-ZÅÄÖa-zåäö]+s\s+)?$")
DNR_VALUE = re.compile(r"(?<![\w.])" + _DNR)
NOT_DNR = re.compile(r"\d{6}-\d{4}|(?:19|20)\d\d-(?:19|20)\d\d|\d{4}-\d{2}-\d{2}")  # org nr, years, a date
LABEL_LINE = re.compile(r"(?i)^\W*(?:[\wåäö]+\s+){0,3}?(?:d\.?nr|diarienummer|diarienr|ärendenummer)\s*:")  # a line
# that is a label and its number ("- Polisens diarienummer: A …")
# a label for the agreement this one replaces ("Ersätter | Överenskommelse från 2023, dnr …", "Tidigare avtal: …"):
# the numbers on its line are that agreement's
REPLACED_LABEL = re.compile(r"(?i)^\W*(?:ersätter|ersatt\s+\w+|tidigare|föregående|förra)\b[^|:.]{0,40}[|:]")
# "Diarienummer" on a line of its own, a heading over the numbers ("Kommunen: KS 2026/7. Polisen: A 1.234/2026.")
# (a numbered section's heading too: "§ 4 Diarienummer", "4. Diarienummer")
LABEL_ALONE = re.compile(r"(?i)\W*(?:(?:§\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
                         r"(?:diarienummer|diarienr|ärendenummer|d\.?nr)\s*:?\W*")
LISTED_LABEL = re.compile(r"(?i)\b(?:diarienummer|diarienr|ärendenummer|d\.?nr)\s*:")  # "… diarienummer: Åby KS …"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
VALIDITY = re.compile(r"(?i)\b(?:gäller|gälla|gällt|löper|giltig\w*|giltighetstid\w*|avtalsperiod\w*|period\w*|"
                      r"träder\s+i\s+kraft|(?:för|under|avser|omfattar)\s+(?:kalender)?åren|"
                      # "X och Y har sedan den 1 mars 2025 en överenskommelse": in force since that day
                      r"har\s+sedan(?=\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d\s+(?:en|ett)\s+[^.;]{0,40}?"
                      r"(?:överenskommelse|avtal)))\b")
UNTIL_DATE = re.compile(r"(?i)(?:\btill(?:\s+och\s+med)?|\bt\.\s?o\.\s?m\.?|\bintill|\blöper\s+ut|\bupphör"
                        r"(?:\s+att\s+gälla)?|\bslutar\s+(?:att\s+)?gälla)[\s:|]+(?:den\s+)?$")  # "Giltig till: | …"
LONGEST = re.compile(r"(?i)\blängst\s+(?:till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|intill)\s+(?:den\s+)?$")
# between two dates, what makes the second the end ("… till …", "… – …"), not a date of review ("omprövas senast")
TO_END = re.compile(r"(?i)^\W*$|\btill\b|\bt\.\s?o\.\s?m\b|\bintill\b|\blöper\s+ut|\bupphör|\bslutar|\blängst|"
                    r"^\s*(?:och\s+)?(?:[–—-]|och\s+med)")
BETWEEN = re.compile(r"(?i)\bmellan\s+(?:den\s+)?$")  # "gäller mellan den 1 maj 2025 och den 30 april 2027"
ITS_OWN = re.compile(r"(?i)^(?:den|det|överenskommelsen|avtalet)\s+(?:gäller|löper)\b")  # the agreement told of
OWN_TIME = re.compile(r"(?i)överenskommelse|avtal|medborgarlöfte|^(?:den|det)\s+(?:gäller|löper|börjar|träder|upphör)|"
                      r"^(?:den|det)\s+har\s+[^.]*\boch\s+gäller\b|"  # "Den har träffats mellan … och gäller för …"
                      r"^(?:den|det)\s+[^.]*\bhar\s+gällt\s+sedan\b")  # "Den träffades … och har gällt sedan …"
VALIDITY_HEAD = re.compile(r"(?i)giltighet|avtalstid|avtalsperiod|\btid\b|period|avslutande|ikraftträdande")
# "Den förra överenskommelsen gällde …"; in a proposal "Den nuvarande överenskommelsen löper ut …" too
# a document that proposes a new agreement, so that the present one is the earlier
PROPOSING = re.compile(r"(?i)\bförslag\w*\s+(?:till\s+)?(?:en\s+)?ny|\bny(?:a)?\s+\w*(?:överenskommelse|avtal)")
AMENDMENT_SUBJECT = re.compile(r"(?i)^(?:detta\s+|det\s+här\s+)?(?:(?:tilläggs|ändrings)(?:avtal|överenskommelse)|"
                               r"tillägg)(?:et|en)?\b")  # "Tilläggsavtalet träder i kraft …", "Detta tillägg gäller …"
# "de ändringar som … gäller från …": the time of things in the plural, not of the agreement
THEIR_TIME = re.compile(r"(?i)\b(?:de|dessa|nya)\s+(?![\wåäö]*(?:överenskommelse|avtal))[a-zåäö]{3,}(?:ar|er|or)"
                        r"\s+som\b[^.;]*?\bgäller\b")
EARLIER = re.compile(r"(?i)\b(?:gällde|löpte|upphörde|föregående|förra|nuvarande)\b")
# "X upphör att gälla när den nya överenskommelsen har undertecknats": X is the one the new agreement replaces
REPLACED_BY_NEW = re.compile(r"(?i)\b(?:upphör|slutar)\s+att\s+gälla\s+(?:när|då|i\s+och\s+med\s+att)\s+"
                             r"(?:den|det)\s+nya\b")
DURATION = re.compile(r"(?i)\b(?:i|under|om|på)\s+(?:en\s+(?:period|tid)\s+(?:om|på|av)\s+)?"
                      r"(?P<n>\d|två|tre|fyra|fem)\s+år\b|"
                      r"\b(?P<m>\d|två|tre|fyra|fem)\s+år\s+(?:framåt|räknat\s+från)\b")  # "två år räknat från …"
UNTIL_YEAR = re.compile(r"(?i)(?:\btill(?:\s+och\s+med)?|\bt\.\s?o\.\s?m\.?|\blöper\s+ut)\s+"
                        r"(?:(?:vid\s+)?utgången\s+av\s+)?(?:år\s+)?(?P<y>(?:19|20)\d\d)\b(?![-/–]\d)")
UNTIL_FURTHER = re.compile(r"(?i)\btills\s?vidare\b")
CLAUSE = re.compile(r";\s*|,\s+(?=(?:och|men|medan|samt)\s)")
# the verb after a fronted phrase, its subject after it ("Sedan den 1 juli 2023 gäller lagen …")
INVERTED_VALIDITY = re.compile(r"(?i)^\s*(?:sedan|från|fr\.o\.m\.|under|efter|i)\b[^,;]{0,60}?\s(?:gäller|gällde)\s+"
                               r"(?:(?:en|ett|nya?|den|det|de)\s+){0,2}(?P<subject>[\wåäöÅÄÖ]+)")
TIME_NOUNS = {"period", "perioden", "tid", "tiden", "år", "året", "åren", "därefter", "också", "även", "fortsatt"}
ABOUT_TIME = re.compile(r"(?i)\b(?:från|fr\.\s?o\.\s?m|till|t\.\s?o\.\s?m|intill|upphör\w*|slutar|tills\s?vidare|"
                        r"längst|förläng\w*|därefter)\b")
SIGN_HEAD = re.compile(r"(?i)underskrift|^undertecknande|^signatur|^för\s+parterna")
_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON = _WORD + r"(?:\s+[A-ZÅÄÖ]\.)?(?:\s+(?:von|af|de|van|der))*(?:\s+" + _WORD + "){1,2}"  # "Eva K. af Nyby"
PERSON = re.compile(r"^(?P<name>" + _PERSON + r")(?:\s*,\s*(?P<title>[\wåäö -]+)(?:,.*)?)?$")
TITLE_FIRST = re.compile(r"(?P<title>(?:[a-zåäö]+\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]+)\s+(?P<name>" + _PERSON + ")")
# "undertecknades i Nyby den 5 december 2024 av …", "X undertecknar …"; a place and a date in words between
# ("undertecknats i Nyby den tjugofemte februari tjugohundratjugosex, för kommunen av …")
SIGNED_BY = re.compile(r"(?i)\b(?:underteckna\w*|signera\w*|skrivs\s+under|skrivits\s+under|skrevs\s+under)"
                       r":?\s+(?:[\w,-]+\s+){0,14}?av\b|\b(?:undertecknar|signerar|skriver\s+under)\b|"
                       r"\bskriver\b(?=[^.]*\bunder\b)")  # "För kommunen skriver Eva A, kommundirektör, under"
# "I går undertecknade kommundirektör Eva A och … avtalet", "satte X och Y sina namn under": the signers in the
# whole sentence, before or after the verb
SIGNED_ACTIVE = re.compile(r"(?i)\b(?:undertecknade|signerade|skrev\s+(?:[\w,]+\s+){0,8}?(?:under|på)|"
                           r"satte\s+(?:[\w,]+\s+){0,8}?(?:sina|sitt)\s+namn\s+under)\b")
WHO_SIGNED = re.compile(r"(?i)^(?:och\s+)?(?:vem|vilka)\s+(?:\w+\s+)?(?:skrev\s+under|skrivit\s+under|undertecknade|"
                        r"undertecknat|signerade|signerat)\b.*\?$")  # "Vilka har skrivit under?"
# under such a heading, a name alone and then "Hon är kommunstyrelsens ordförande.": the person and the title
NAME_ALONE = re.compile(r"^(?P<name>" + _PERSON + r")\.?$")
SHE_IS = re.compile(r"^(?:hon|han)\s+är\s+(?P<title>(?:[a-zåäö]+s\s+)?[a-zåäö]+)\.?$", re.I)
# "För kommunen föreslås kommunstyrelsens ordförande Eva A underteckna": who signs, before the verb
SIGNS_AFTER = re.compile(r"(?i)\b(?:underteckna|skriva\s+under|signera)\b(?!\s+av\b)")
# "hälso- och sjukvårdsdirektör Eva A": a title whose first part shares the second's ending
TITLE_BEFORE_NAME = re.compile(r"\b(?P<title>(?:[a-zåäö]+s\s+(?=(?:vice\s+)?ordförande\b))?(?:vice\s+)?"
                               r"(?:[a-zåäö]+-\s+(?:och|eller)\s+)?[a-zåäö]+)\s+(?P<name>" + _PERSON + ")")
# "Det var kommunstyrelsens ordförande, Eva A, som skrev under": the title, then the name set off by commas
# "chefen för lokalpolisområde Nyby, Eva A": a chief's office with its body, then the name set off by a comma
CHIEF_COMMA_NAME = re.compile(r"(?<![\wåäö])(?P<title>[a-zåäö]*(?:chef|direktör)(?:en)?\s+för\s+[^,.;]{3,60}?),\s+"
                              r"(?P<name>" + _PERSON + r")(?=,|\s+och\b|\.|$)")
TITLE_COMMA_NAME = re.compile(r"(?<![a-zåäö])(?P<title>(?:(?!(?:oss|dess|hans|hennes)\s)[a-zåäö]{3,}s\s+)?"
                              r"[a-zåäö]+),\s+(?P<name>" + _PERSON + r")(?=,|\s+och\b|\.|$)")
NAME_THEN_TITLE = re.compile(r"(?P<name>" + _PERSON + r")\s*\((?P<title>[a-zåäö]+(?:\s+[a-zåäö]+)?)(?:,[^()]*)?\)")
# the document's key to its short forms: a line "KSO = kommunstyrelsens ordförande"
SHORT_FORM = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s*=\s*(?P<long>[a-zåäö][a-zåäö ]{2,60})")
# a definition list's term over the signing ("Undertecknad" / "den 1 mars av Eva A (kommundirektör), …")
SIGNED_LABEL = re.compile(r"(?i)^(?:undertecknad|undertecknat|undertecknades|signerad|signerat|undertecknare)"
                          r"(?:\s+av)?\s*:?$")  # a facts table's label for the signers, in a cell of its own
SIGNED_TERM = re.compile(r"(?i)\s*(?:undertecknad|undertecknat|undertecknades|signerad|signerat)(?:\s+av)?\s*:?\s*")
NAME_BEFORE_TITLE = re.compile(r"(?P<name>" + _PERSON + r"),\s+(?:som\s+är\s+)?(?P<title>[a-zåäö]+(?:\s+[a-zåäö]+)?)"
                               r"(?P<seat>\s+(?:i|för|vid|inom|på)\s+[^,.;]+?)?"  # "kommunchef i Nyby kommun": the seat
                               r"(?=,|\s+och\b|\.|$)")
# an office whose body is part of it ("kommunstyrelsens ordförande"); an owner's name before a function
# ("Nybyhems vd", "Region Nybys verksamhetschef")
OFFICE = re.compile(r"(?i)\bordförande\b")
BARE_FUNCTION = re.compile(r"(?i)^(?:chef|direktör|ansvarig)\s")  # "chef för lokalpolisområde Nyby": whole
OWNER_BEFORE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+)*[A-ZÅÄÖ][\wåäöÅÄÖ-]*s\s+(?=[a-zåäöA-ZÅÄÖ]+$)")
# råd: "kommunalråd"; vd: "VD, Nybyhem AB"
TITLE_WORD = re.compile(r"(?i)(?:chef|direkt[öo]r|samordnare|strateg|polis|ordförande|kommissarie|intendent|mästare|"
                        r"handläggare|sekreterare|ansvarig|föreståndare|rektor|råd|hövding|^vd)(?:en|n|et)?$")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else {"två": 2, "tre": 3, "fyra": 4, "fem": 5}[word.casefold()]


def _item(section: str, name: str, span: Span, **fields) -> Item:
    item = Item(section, name, span)
    for key, value in fields.items():
        if value is None:
            continue
        item.fields[key] = Field(value, span)
    return item


# "… dnr KS 2025/1" / "och polisens dnr A 2/2025": a list of numbers wrapped before its "och"
WRAPPED_BEFORE_AND = re.compile(r"(?i)\s*(?:och|samt|respektive)\s+[a-zåäö]{3,}s\s+(?:d\.?nr|diarienummer)\b")


def dnr(doc: Document, header_end: int | None = None, within: Span | None = None,
        first: int = 1) -> tuple[list[str], Span | None]:
    """The diarienummer after a label in the first lines ("Dnr ÖST 2018/1.2/144", "Diarienummer RK 1.4-2017/233
    respektive A 201.554/2017", "Ärendenummer N-0281/22", "Diarienumret (hos er) är KS 2025/041"), each as written;
    failing that, the numbers that stand alone in the header block above the title ("KS 2024/00417" in a
    letterhead column). `within`: the sentence of a report that quotes the agreement's title, whose header
    number is the report's own; the agreement's stands in that sentence, else is the first stated after it.
    `first`: the line an agreement enclosed with a cover letter opens on, above which the numbers are the letter's."""
    header_end = doc.top + 11 if header_end is None else header_end
    near = max(doc.top + 39, header_end + 10)  # the first lines, a block of facts on a later slide's too
    if within is not None:
        found, lines = _labelled(doc, within.start, within.end)
        if not found:
            found, lines = _labelled(doc, within.end + 1, len(doc))
            last = lines[0] if lines else 0  # the first line's, with its list ("dnr KS 2025/118 och hos polisen
            # under A 301.774/2025"), which may go on to the next line ("… dnr KS 2025/0611 och" / "polisens dnr …",
            # "… KS 2025/0377 och polisens" / "diarienummer A …": wrapped after whose the next is)
            while last + 1 in lines and (re.search(r"(?i)(?:\boch|\bsamt|\brespektive|,)(?:\s+[a-zåäö]{3,}s)?\s*$",
                                                   doc.line(last)) or WRAPPED_BEFORE_AND.match(doc.line(last + 1))):
                last += 1
            found = [v for v, n in zip(found, lines, strict=True) if lines[0] <= n <= last]
            lines = lines[:len(found)]
            if len(found) == 1:
                found, lines = _first_block(doc, *_labelled(doc, lines[0], len(doc)))
        return found, (Span(min(lines), max(lines)) if lines else None)
    found, lines = _labelled(doc, first, min(len(doc), near))
    if found and not _labelled(doc, first, min(len(doc), near), cited=False)[0]:
        later = _first_block(doc, *_labelled(doc, near + 1, len(doc), cited=False))
        found, lines = later if later[0] else (found, lines)  # "(dnr 2022/117)" of the agreement replaced, in
        # passing; the agreement's own on a label at the end ("Diarienummer: kommunen 2026/58, …")
    if not found:
        found, lines = _under_labels(doc)
    if not found:
        found, lines = _header_numbers(doc, min(header_end, doc.top + 11, len(doc) + 1))
    if not found:  # a page that states it last ("Ärendet har diarienummer KS 2026/0093.")
        found, lines = _first_block(doc, *_labelled(doc, near + 1, len(doc)))
    return found, (Span(min(lines), max(lines)) if lines else None)


def _first_block(doc: Document, found: list[str], lines: list[int]) -> tuple[list[str], list[int]]:
    """The first number found, those its label lists with it ("Diarienummer: ÖST 2025/17 (kommunen), A 5.770/2025
    (polisen)") and those on the label lines right under its own ("Kommunens diarienummer: …" / "Polisens
    diarienummer: …" in a fact box): one block of labels gives the agreement's numbers."""
    k = 1
    while k < len(lines) and (lines[k] == lines[k - 1] or lines[k] - lines[k - 1] == 1 and all(
            LABEL_LINE.match(doc.line(n)) for n in (lines[k - 1], lines[k]))):
        k += 1
    return found[:k], lines[:k]


def _labelled(doc: Document, start: int, end: int, cited: bool = True) -> tuple[list[str], list[int]]:
    """The diarienummer after a label on lines start..end, each as written. A number in parentheses inside a
    sentence ("Ursprunglig överenskommelse (dnr KS 2022/0455), undertecknad …") names the document that sentence
    speaks of, not this one: it counts only when no number stands on its own label (and never with `cited`
    False)."""
    allow_cited = cited
    found, lines, cited = [], [], []
    for n in range(start, end + 1):
        line = re.sub(r"[*_]", "", doc.line(n))
        if n < len(doc) and LABEL_ALONE.fullmatch(line) and doc.line(n + 1).strip():
            before = len(found)  # a heading over its numbers: all of its paragraph's, each by whose it is
            _listed(doc, n + 1, re.sub(r"[*_]", "", doc.line(n + 1)), found, lines)
            cited += [False] * (len(found) - before)
            continue
        if n < len(doc) and LABEL_AT_END.search(line):  # "… diariefört under" / "KS 2024/0388. …"
            line += " " + re.sub(r"[*_]", "", doc.line(n + 1)).strip()
        if not DNR.search(line) and (label := LISTED_LABEL.search(line)):
            before = len(found)
            _listed(doc, n, line[label.end():], found, lines)
            cited += [False] * (len(found) - before)  # a label's own list
        for m in DNR.finditer(line):
            listed = re.sub(r"\([^)]*\)", " ", m.group("dnr"))
            if (beside := NUMBER_BESIDE.search(line[max(0, m.start() - 60):m.start()])) is not None:  # "KS 2025/0517
                # · Polisens dnr A …"
                listed = beside.group("dnr") + ", " + listed
            within_sentence = _in_parentheses_after_words(_sentence_before(doc, n, line[:m.start()])) \
                or _in_apposition(line, m) or bool(REPLACED_LABEL.match(line)) \
                or bool(FORMER_SUBJECT.match(_sentence_so_far(doc, n, line[:m.start()])))
            for value in DNR_VALUE.finditer(listed):
                value = " ".join(value.group().split()).rstrip(".")
                if value not in found and not ISO_DATE.fullmatch(value):
                    found.append(value)
                    lines.append(n)
                    cited.append(within_sentence)
    if not all(cited) or not allow_cited:
        found = [v for v, c in zip(found, cited, strict=True) if not c]
        lines = [n for n, c in zip(lines, cited, strict=True) if not c]
    return found, lines


def _sentence_before(doc: Document, n: int, before: str) -> str:
    """The words before a number on its line, and, when the line opens the parenthesis it stands in, the line
    above whose sentence runs on into it ("… till den 28 februari 2026" / "(dnr KS 2021/318). Under …")."""
    above = doc.line(n - 1).strip() if n > 1 else ""
    if before.strip() == "(" and len(above.split()) >= 6 and not above.endswith((".", ":", ";")):
        return above + " " + before.lstrip()
    return before


# "Vår förra överenskommelse … hade diarienummer …": a sentence about an earlier agreement, its subject
FORMER_SUBJECT = re.compile(r"(?i)^(?:(?:den|det|vår|vårt|parternas)\s+)?(?:förra|föregående|tidigare|gamla)\s+"
                            r"[\wåäö-]*(?:överenskommelse|avtal)")


def _sentence_so_far(doc: Document, n: int, before: str) -> str:
    """The sentence a number on line n stands in, up to the number: the words before it on its line and, while no
    sentence ends there, on the two lines above."""
    text = before
    for k in range(n - 1, max(0, n - 3), -1):
        if re.search(r"[.!?:]\s", text) or not doc.line(k).strip():
            break
        text = doc.line(k).strip() + " " + text
    return re.split(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ])", text.strip())[-1]


def _in_apposition(line: str, m: re.Match) -> bool:
    """Whether a number stands between commas after a noun ("Den förra överenskommelsen, dnr KS 2022/0915, gällde
    …"): in apposition to what the sentence speaks of, as a number in parentheses is."""
    before = line[:m.start()].rstrip()
    return before.endswith(",") and bool(re.search(r"[a-zåäö]{3},$", before)) \
        and line[m.end():].lstrip().startswith(",")


def _in_parentheses_after_words(before: str) -> bool:
    """Whether a number opens a parenthesis that follows words ("Överenskommelse (dnr …"): found from the end, so a
    long line takes linear time. Whose number it is may open the parenthesis, and a number may follow another in
    it ("… (kommunens dnr A, polisens dnr B)"): each is cited alike."""
    before = before.rstrip()
    opened = before.rfind("(")
    inside = before[opened + 1:]
    if opened < 0 or ")" in inside or len(inside) > 120 or inside.strip() and not OWNERS_IN_PARENTHESES.fullmatch(
            inside) and not OWNERS_LABELLED.fullmatch(inside):
        return False
    words = before[:opened]
    return bool(re.search(r"\w", words[max(words.rfind("("), words.rfind(")")) + 1:]))


# what a parenthesis of numbers holds before one of them: whose it is, after the numbers before it
OWNERS_IN_PARENTHESES = re.compile(r"(?:[^()]*,\s*)?[\wåäö]+s\s*")
# the same with whose it is as a label ("(Åby: dnr KS 2021/8, Nyby: ")
OWNERS_LABELLED = re.compile(r"[^():.;]{1,30}:\s*(?:[^():;]{1,40}[,;]\s*[^():.;,]{1,30}:\s*)*")


def _listed(doc: Document, n: int, rest: str, found: list[str], lines: list[int]) -> None:
    """The numbers a label lists with whose each is, on its line and the lines of its paragraph ("Kommunernas
    diarienummer: Åby KS 2025/17 · Nyby KS.2025.31" / "· Ösby 2025-009")."""
    while True:
        for m in DNR_VALUE.finditer(rest):
            value = " ".join(m.group().split()).rstrip(".")
            if _in_parentheses_after_words(rest[:m.start()]):
                continue  # "Tidigare överenskommelse: 2022–2025 (KS 2021/208)": the number of what the line names
            if value not in found and not ISO_DATE.fullmatch(value) and not NOT_DNR.fullmatch(value):
                found.append(value)
                lines.append(n)
        n += 1
        if n > len(doc) or not (rest := doc.line(n)).strip() or DNR.search(rest) or not DNR_VALUE.search(rest):
            return


def _under_labels(doc: Document) -> tuple[list[str], list[int]]:
    """A diarienummer under its label in a form-like header ("Datum      Diarienummer" over "2024-05-01   KS
    2024/123"): the cell of the next line that starts in the label's column."""
    found, lines = _numbers_column(doc)
    for n in range(doc.top, min(len(doc), doc.top + 39)):  # and the line below
        below = doc.line(n + 1)
        if not below.strip() and n + 2 <= len(doc) and re.fullmatch(r"(?i)\s*(?:d\.?nr|diarienummer)\s*:?\s*",
                                                                     doc.line(n)):
            below = doc.line(n + 2)  # "Diarienummer" / "" / "KS 2025/61": a definition list's term and value
            if DNR_VALUE.fullmatch(value := below.strip(" *_|")) and not NOT_DNR.fullmatch(value):
                found.append(value)
                lines.append(n + 2)
            continue
        for label in re.finditer(r"(?i)(?<!\S)(?:d\.?nr|diarienummer|diarienr|ärendenummer|ärende|beteckning)\.?:?"
                                 r"(?=\s{2,}|\s*$)", doc.line(n)):
            for cell in re.finditer(r"\S+(?:\s\S+)*", below):
                value = cell.group().strip(" *_|")
                if abs(cell.start() - label.start()) <= 4 and DNR_VALUE.fullmatch(value) \
                        and not NOT_DNR.fullmatch(value) and value not in found:
                    found.append(value)
                    lines.append(n + 1)
    return found, lines


DNR_HEADER = re.compile(r"(?i)(?:d\.?nr|diarienummer|diarienr|ärendenummer)\.?")


def _numbers_column(doc: Document) -> tuple[list[str], list[int]]:
    """The diarienummer of a table near the top whose column is headed by the label ("Part | Diarienummer" over
    "Nyby kommun | KS 2025/12"): each row's cell of that column that is a number (a "–" for a party without one
    is none)."""
    found, lines = [], []
    for n in range(doc.top, min(len(doc), doc.top + 39)):  # and the line below
        header = [c.strip(" *_") for c in doc.line(n).strip(" |").split("|")]
        column = next((i for i, c in enumerate(header) if DNR_HEADER.fullmatch(c)), None)
        if len(header) < 2 or column is None:
            continue
        k = n + 1
        while k <= len(doc) and "|" in doc.line(k):
            cells = [c.strip(" *_") for c in doc.line(k).strip(" |").split("|")]
            value = cells[column] if column < len(cells) else ""
            if DNR_VALUE.fullmatch(value) and not NOT_DNR.fullmatch(value) and value not in found:
                found.append(value)
                lines.append(k)
            k += 1
        return found, lines
    return found, lines


# a party's name before its number in a letterhead's cell ("Nyby kommun  KS 2025/12", "Polismyndigheten  A 1.2/2025")
OWNER_BESIDE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\wåäö-]*|Polismyndigheten|"
                          r"Polisen)"
                          r"\s{2,}(?=\S)")


def _header_numbers(doc: Document, end: int) -> tuple[list[str], list[int]]:
    """Cells of the lines before `end` that are a diarienummer with a year and nothing else."""
    found, lines = [], []
    for n in range(doc.top, end):
        for cell in re.split(r"\s{3,}|\t|\s*\|\s*", doc.line(n).strip(" |")):
            cell = OWNER_BESIDE.sub("", cell.strip(" *_"))  # "Nyby kommun  KS 2025/12": whose number, then it
            if DNR_VALUE.fullmatch(cell) and re.search(r"(?:19|20)\d\d", cell) and not NOT_DNR.fullmatch(cell) \
                    and cell not in found:
                found.append(cell)
                lines.append(n)
    return found, lines


def validity(units: list[Unit]) -> tuple[str | None, str | None, Span | None, bool]:
    """(valid from, valid to or None, lines, until further notice): from the first sentence about the validity
    that has a date, completed by the sentences after it ("Avtalet löper ut den …", "Därefter gäller den tills
    vidare"); failing that, from one that gives the period in years only."""
    proposing = any(PROPOSING.search(u.text) for u in units)
    candidates = [u for u in units if (u.kind != "heading" or ":" in u.text or VALIDITY.match(u.text))
                  and not _earlier(u.text, proposing) and not THEIR_TIME.search(u.text)
                  and (  # a line "Giltig 1/5 2025 – 30/4 2027" states it
        VALIDITY.search(u.text) or re.search(r"(?i)giltighet|avtalstid|period|tid\b|\bhur\s+länge\b", u.heading or "")
        or VALIDITY.search(u.heading or "") and (u.heading or "").endswith("?"))]  # "Hur länge gäller den?"
    stated = [u for u in candidates if VALIDITY.search(u.text)]
    # a sentence about the agreement's own time (it names the agreement or stands under a heading of validity)
    # comes before one about something else ("Lägesbilden för perioden 2021–2023 …"); a sentence that says what
    # is valid before one that only stands under a heading of validity ("En utvärdering redovisas den 1 mars 2024"
    # under "Giltighet och uppföljning")
    own = [u for u in stated if OWN_TIME.search(u.text) or VALIDITY_HEAD.search(u.heading or "")
           or u.kind == "row" and u.cells and VALIDITY.match(u.cells[0].strip())  # a facts table's "Giltig från"
           or u.kind == "heading" and VALIDITY.match(u.text)]  # a line of its own: "Gäller 1 april 2026 – …"
    # one that names an agreement under a heading of validity before one that names an agreement elsewhere ("Den
    # stadsövergripande överenskommelsen, som gäller sedan …" in the background)
    headed = [u for u in own if OWN_TIME.search(u.text) and VALIDITY_HEAD.search(u.heading or "")]
    for chosen in (headed, own, stated, candidates):
        for unit in chosen:
            found = _dated(_validity_clauses(unit.text))
            if found is None:
                continue
            valid_from, valid_to, until = found
            k = candidates.index(unit)
            # the end from the sentences after it, or "tills vidare" before it ("Avtalet gäller tills vidare. Det
            # börjar gälla den 1 april 2024.")
            before = [c for c in candidates[max(0, k - 1):k] if UNTIL_FURTHER.search(c.text)]
            span, later = unit.span, [u for u in candidates[k + 1:k + 4] + before if u.heading == unit.heading
                                      or u is candidates[min(k + 1, len(candidates) - 1)] and ITS_OWN.match(u.text)]
            # "Den gäller till och med …" opening the next section: the agreement the sentence before named
            if valid_to is None and not until and (more := _later_end(later, valid_from)):
                valid_to, until, span = more[0], more[1], span | more[2]
            if valid_from is None and valid_to and (first := _start_before(candidates[max(0, k - 2):k], unit)):
                valid_from, span = first[0], span | first[1]  # a form's "Gäller fr.o.m." row over "Gäller t.o.m."
            if valid_to and (extended := _extended(units[units.index(unit) + 1:], valid_to)):
                valid_to, span = extended[0], span | extended[1]
            return valid_from, valid_to, span, until
        for unit in chosen:
            if years := year_span(_validity_clauses(unit.text)):
                return years[0], years[1], unit.span, False
    if (named := _named_period(units, stated)) is not None:
        return named
    for unit in stated:  # "Överenskommelsen gäller tills vidare": no end, and no start given
        if UNTIL_FURTHER.search(unit.text):
            return None, None, unit.span, True
    return None, None, None, False


# "Överenskommelsen gäller under projekttiden": a period the text names, whose dates a label of it gives
NAMED_PERIOD = re.compile(r"(?i)\bgäller\s+(?:under|för)\s+(?:hela\s+)?(?P<period>[a-zåäö]{3,}(?:tid|period))(?:en)?\b")


def _named_period(units: list[Unit], stated: list[Unit]) -> tuple[str | None, str | None, Span, bool] | None:
    """The validity of an agreement said to hold for a period it names ("gäller under projekttiden") from the
    line that labels that period with its dates ("Projekttid: 2026-02-01 – 2029-01-31")."""
    for unit in stated:
        if (m := NAMED_PERIOD.search(unit.text)) is None:
            continue
        label = re.compile(rf"(?i)^\W*{re.escape(m.group('period'))}(?:en)?\s*:\s*")
        for labelled in units:
            if (at := label.match(labelled.text)) and (found := _dated(labelled.text[at.end():])):
                return found[0], found[1], unit.span | labelled.span, found[2]
    return None


def period_under_title(doc: Document, title_span: Span) -> tuple[str, str, Span] | None:
    """A period standing alone on a line of the title page ("2025–2028", "2025-01-01 – 2026-12-31")."""
    for n in range(title_span.end + 1, min(title_span.end + 5, len(doc)) + 1):
        line = doc.line(n).strip(" *_#")
        dates = find_dates(line)
        if len(dates) == 2 and not re.sub(r"[\s–—-]", "", line[:dates[0][1]] + line[dates[0][2]:dates[1][1]]
                                          + line[dates[1][2]:]):
            return dates[0][0], find_dates(line, end=True)[1][0], Span(n, n)
        if re.fullmatch(r"(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d", line) and (years := year_span(line)):
            return years[0], years[1], Span(n, n)
    return None


def _validity_clauses(text: str) -> str:
    """The clauses of a sentence about the validity that speak of time: not what it goes on to say ("…
    gäller för 2025, och resultatet redovisas i februari 2026")."""
    if not VALIDITY.search(text):
        return text
    clauses = [c for c in CLAUSE.split(text) if not _other_subject(c)]
    return " ".join(c for c in clauses if VALIDITY.search(c) or ABOUT_TIME.search(c) or DURATION.search(c))


def _noun_phrase(words: str) -> str:
    """The words of a noun phrase up to its first preposition or clause word, three at most."""
    phrase = []
    for word in words.split()[:3]:
        if word.casefold() in {"för", "om", "mellan", "enligt", "i", "med", "på", "till", "från", "och", "som", "vid"}:
            break
        phrase.append(word)
    return " ".join(phrase)


def _other_subject(clause: str) -> bool:
    """A clause whose "gäller" has another subject after it, in inverted order ("Sedan 2023 gäller lagen om …",
    "Från i höst gäller nya rutiner"): the time of that thing, not the agreement's."""
    if (verb := INVERTED_VALIDITY.search(clause)) is None or OWN_TIME.match(verb.group("subject")) \
            or OWN_TIME.search(_noun_phrase(clause[verb.start("subject"):])):  # "gäller en ny Lokal
        return False  # samverkansöverenskommelse för …": the agreement, its name's adjective first
    word = verb.group("subject").casefold()
    return word not in TIME_NOUNS and lemma(word) not in TIME_NOUNS and (
        lemma(word) != word or word.endswith(("er", "ar", "or")) or verb.group("subject")[0].isupper())


def _earlier(text: str, proposing: bool) -> bool:
    """A sentence about an earlier agreement ("Den föregående överenskommelsen gällde 2021–2024"), or about an
    amendment's own time ("Tilläggsavtalet träder i kraft den …": from then the agreement reads as amended, whose
    time its own clause states); "Den nuvarande överenskommelsen" is one only where the document proposes a new one."""
    if AMENDMENT_SUBJECT.match(text) or REPLACED_BY_NEW.search(text):
        return True
    if proposing and re.search(r"(?i)\bsom\s+(?:nu\s+gäller|gäller\s+(?:nu|i\s+dag))\b", text):
        return True  # "Den överenskommelse som gäller nu …": the present one, which the proposal replaces
    found = EARLIER.search(text)
    if found is not None and found.group().casefold() == "nuvarande" and not proposing:
        found = EARLIER.search(text.replace(found.group(), ""))
    return bool(found) and not re.search(r"(?i)\bgäller\b", text)


# an extension decided, to a new end: "överenskommelsen förlängs med ett år och gäller därmed till och med …"
EXTENDED = re.compile(r"(?i)\bförläng(?:s|des|ts|ts\s+ut)\b(?P<rest>[^.]{0,120})")
NOT_DECIDED = re.compile(r"(?i)\b(?:om|kan|får|ska|skall|inte|ej|kunna|föreslå\w*|önskar)\s+(?:\w+\s+){0,3}$")


def _extended(units: list[Unit], valid_to: str) -> tuple[str, Span] | None:
    """The new end of an extension stated after the period ("Enligt överenskommelsen gäller den … till och med den
    31 december 2025." … "Parterna bekräftar att överenskommelsen förlängs med ett år och därmed gäller till och
    med den 31 december 2026."): a later end after "förlängs", not one it only may or should be extended to."""
    for unit in units:
        for m in EXTENDED.finditer(unit.text):
            if NOT_DECIDED.search(unit.text[:m.start()]) or not re.search(r"(?i)\btill\b|\bt\.?\s?o\.?\s?m\b",
                                                                          m.group("rest")):
                continue
            ends = find_dates(m.group("rest"), end=True)
            if ends and ends[-1][0] > valid_to:
                return ends[-1][0], unit.span
    return None


def _dated(text: str) -> tuple[str | None, str | None, bool] | None:
    """(from, to, until further notice) of a sentence with a date; None when it has none or speaks of the
    signing only."""
    starts, ends = find_dates(text), find_dates(text, end=True)
    until = bool(UNTIL_FURTHER.search(text))
    if not starts:
        return _end_year(text)
    if re.search(r"(?i)undertecknats|undertecknad|signer", text) and not VALIDITY.search(text):
        return None
    if until and (cap := next((d for d, a, _ in ends if LONGEST.search(text[:a])), None)):
        return (starts[0][0] if starts[0][0] != cap else None), cap, False  # "tills vidare, dock längst till …"
    if len(starts) == 1 and UNTIL_DATE.search(text[:starts[0][1]]) and not until:
        return None, ends[0][0], False  # "från undertecknandet till och med …", "löper ut den …": the end alone
    valid_from = starts[0][0]
    valid_to = ends[1][0] if len(ends) > 1 and not until and _second_ends(text, starts[0], ends[1]) else None
    if valid_to is None and not until and (years := DURATION.search(text)):
        valid_to = after_years(valid_from, _number(years.group("n") or years.group("m")))
    if valid_to is None and not until and len(starts) == 1 and (end := UNTIL_YEAR.search(text, starts[0][2])):
        valid_to = f"{end.group('y')}-12-31"  # "gäller från den 1 april 2025 och löper ut vid utgången av 2028"
    return valid_from, valid_to, until


def _second_ends(text: str, first: tuple[str, int, int], second: tuple[str, int, int]) -> bool:
    """Whether the second date ends the period the first begins: "… till …", "… – …", "mellan … och …"."""
    between = text[first[2]:second[1]]
    return bool(TO_END.search(between) or BETWEEN.search(text[:first[1]])
                and re.fullmatch(r"\s*och\s+(?:den\s+)?", between))


def _end_year(text: str) -> tuple[None, str, bool] | None:
    """The end alone of "gäller från undertecknandet till och med 2026": the last day of that year (a period of
    years, "2024 till och med 2026", is read elsewhere)."""
    if VALIDITY.search(text) and not year_span(text) and (end := UNTIL_YEAR.search(text)):
        return None, f"{end.group('y')}-12-31", False
    return None


def _start_before(units: list[Unit], unit: Unit) -> tuple[str, Span] | None:
    """The start a line just before an end alone gives by itself ("Gäller fr.o.m.: 2026-01-01" over "Gäller
    t.o.m.: 2028-12-31"), under the same heading."""
    for before in reversed(units):
        found = _dated(_validity_clauses(before.text)) if before.heading == unit.heading else None
        if found and found[0] and found[1] is None and not found[2]:
            return found[0], before.span
    return None


def _later_end(units: list[Unit], start: str | None) -> tuple[str | None, bool, Span] | None:
    """The end a following sentence gives: a date after "till och med", "löper ut", "upphör", a number of years
    from the start ("Den gäller i två år"), or "tills vidare"."""
    for unit in units:
        if start and (years := DURATION.search(unit.text)) and not find_dates(unit.text):
            return after_years(start, _number(years.group("n") or years.group("m"))), False, unit.span
        if UNTIL_FURTHER.search(unit.text):
            return None, True, unit.span
        ends = [d for d, at, _ in find_dates(unit.text, end=True) if UNTIL_DATE.search(unit.text[:at])]
        if len(ends) == 1:  # "… följas upp senast den 1 december 2025 och gäller till och med …": the end
            return ends[0], False, unit.span
    return None


def signatories(doc: Document, units: list[Unit]) -> list[Item]:
    """Name lines and the title lines under them, in one or two columns: under a signatures heading, else in
    the last part of the document, else anywhere outside a contacts section (signatures before the annexes)."""
    contacts = {n for u in units if re.search(r"(?i)kontakt", u.heading or "")
                for n in range(u.span.start, u.span.end + 1)}
    contacts |= _minutes_signers(doc) | _witnesses(doc) | _phone_lines(doc) | _labelled_contacts(doc)
    heads = [u.span.start for u in units if u.kind == "heading" and SIGN_HEAD.search(u.text)]
    key = document_key(units)
    every = _rows(doc, 1, len(doc), contacts, key)
    if labelled := _people([(n, cells[1:]) for n, cells in every if len(cells) > 1 and SIGNED_LABEL.match(cells[0])]):
        return labelled  # a facts table's "Undertecknad av | A, titel · B, titel": those, not its other people
    if heads and (said := _signed_in_prose(_section_at(units, heads[-1]))):  # "Undertecknande" / "Överenskommelsen
        return _fuller_titles(said, units)  # föreslås undertecknas av …": the signers, not the report's writers
    if heads and (found := _people(_rows(doc, heads[-1], len(doc), contacts, key))):
        return found
    if prose := _signed_in_prose(units):  # "… undertecknas av X": the names at the end are the writers'
        return _fuller_titles(prose, units)
    found = _people(_rows(doc, max(1, len(doc) - 40), len(doc), contacts, key))
    if found:
        return found
    anywhere = _people(_rows(doc, 1, len(doc), contacts, key))
    # elsewhere, only a block of signatures: two or more people on neighbouring lines
    blocks = [p for p in anywhere if sum(abs(p.span.start - q.span.start) <= 6 for q in anywhere) >= 2]
    return blocks


# a Swedish phone number ("0650-190 00", "08-123 456 78", "070-123 45 67") or the police's "114 14"
PHONE = re.compile(r"(?<![\d-])(?:0\d{1,3}\s?[-–]\s?\d{2,3}(?:\s\d{2,3}){1,2}|114\s14)(?![\d-])")


def _phone_lines(doc: Document) -> set[int]:
    """The lines that give a phone number: a contact list's ("Eva A, kommundirektör, 0650-190 00"), never a
    signature's."""
    return {n for n in range(1, len(doc) + 1) if PHONE.search(doc.raw[n - 1])}


# a line labelled as giving contacts ("Kontaktperson:", "Kontaktpersoner för avtalet:", "Kontakt:"), or the
# officer who drafted the text ("Handläggare:", "Ansvarig handläggare:"): whom to ask, no signatory; set in
# italics or bold too ("*Kontaktperson: Eva A, samordnare.*")
CONTACT_LABEL = re.compile(r"(?i)^\s*[*_]{0,3}(?:kontakt(?:person(?:er(?:na)?)?|uppgifter)?|"
                           r"(?:ansvarig\s+)?handläggare)\b[^:.]{0,40}:")


def _labelled_contacts(doc: Document) -> set[int]:
    """The lines a contact label opens, and its paragraph's further lines ("Kontaktperson för tillägget: Eva A,
    samordnare"): whom to ask, no signatory, wherever it stands."""
    out: set[int] = set()
    for n in range(1, len(doc) + 1):
        if CONTACT_LABEL.match(doc.line(n)):
            k = n
            while k <= len(doc) and not doc.is_blank(k) and (k == n or not CONTACT_LABEL.match(doc.line(k))
                                                             and k not in doc.breaks):
                out.add(k)
                k += 1
    return out


# the minutes' own signing: "Vid protokollet" over the secretary, "Justeras" over the adjusters
MINUTES_SIGNING = re.compile(r"(?i)^\s*(?:vid\s+protokollet|justeras|justerat|justerande|justerare|"
                             r"protokollförare|sekreterare|ordförande\s+vid\s+mötet)\b\s*:?")


# the witnesses' signing under the parties' ("Bevittnas:", "Underskrifterna bevittnas av", "Vittnen:")
WITNESSING = re.compile(r"(?i)^\s*(?:(?:underskrifterna?|namnteckningarna?)\s+)?(?:bevittna(?:s|t|d|de|des)|vittnen?|"
                        r"som\s+vittnen?)\b(?:\s+av)?\s*:?\s*$")


def _minutes_signers(doc: Document) -> set[int]:
    """The lines of the minutes' own signatures ("Vid protokollet" / "Eva A, sekreterare", "Justerare: B"): who
    keeps and adjusts the minutes, no signatory of the agreement."""
    return _signed_under(doc, MINUTES_SIGNING)


def _witnesses(doc: Document) -> set[int]:
    """The lines of the witnesses' signatures ("Bevittnas:" / the signing lines, names and titles): they attest
    the parties' signatures, no signatory of the agreement."""
    return _signed_under(doc, WITNESSING)


def _signed_under(doc: Document, label: re.Pattern) -> set[int]:
    """The lines a signing label opens: the label and the paragraph under it, a blank line or two below."""
    out: set[int] = set()
    for n in range(1, len(doc) + 1):
        if not label.match(doc.line(n)):
            continue
        out.add(n)
        k = n + 1
        while k <= len(doc) and doc.is_blank(k) and k - n <= 2:
            k += 1  # the name under the label, a blank line or two below it
        while k <= len(doc) and not doc.is_blank(k) and not label.match(doc.line(k)) and (k == n + 1 or k not in
                                                                                           doc.breaks):
            out.add(k)
            k += 1
    return out


def _section_at(units: list[Unit], start: int) -> list[Unit]:
    """The units under the heading on line `start`, up to the next heading."""
    out: list[Unit] = []
    for unit in units:
        if unit.span.start > start:
            if unit.kind == "heading":
                break
            out.append(unit)
    return out


def _signed_in_prose(units: list[Unit]) -> list[Item]:
    """People a sentence says sign: "undertecknas av stadsdelsdirektör Eva A och lokalpolisområdeschef Jon B",
    "I går undertecknade stadsdelsdirektör Eva A och lokalpolisområdeschef Jon B avtalet"."""
    out: list[Item] = []
    for unit in units:
        prose = unit.kind == "sentence" or unit.kind == "item" and not unit.text.endswith(":")  # a point of a summary
        said = SIGNED_BY.search(unit.text) if prose else None
        to_sign = SIGNS_AFTER.search(unit.text) if prose else None
        termed = unit.kind == "sentence" and (SIGNED_TERM.fullmatch(unit.heading or "")  # "Undertecknad" over it,
                                              or bool(WHO_SIGNED.search(unit.heading or "")))  # "Vem skrev under?"
        active = prose and SIGNED_ACTIVE.search(unit.text)  # "X och Y undertecknade avtalet"
        if said is None and to_sign is None and not termed and not active:
            continue
        if said and not re.search(r"(?i)\bav$", said.group()):  # "A och B skriver under": the subject signs
            said = None
            active = True
        rest = unit.text[said.end():] if said else unit.text[:to_sign.start()] if to_sign \
            else _title_first_lowered(unit.text)
        if said and not rest.strip(" :"):
            rest = ". ".join(item.text for item in unit.items)  # "Undertecknas av" / "• A, titel" / "• B, titel"
        pairs = [[(m.group("name"), _with_body(m)) for m in rx.finditer(rest) if TITLE_WORD.search(m.group("title"))]
                 for rx in (TITLE_BEFORE_NAME, NAME_BEFORE_TITLE, NAME_THEN_TITLE, TITLE_COMMA_NAME)]
        pairs.append([(m.group("name"), _definite_head_dropped(m.group("title")))
                      for m in CHIEF_COMMA_NAME.finditer(rest)])
        if termed:
            pairs.append(_name_then_she_is(unit, units))
        seen: set[str] = set()  # each signer once, in the first form that reads them; one sentence may use two
        # the reading that finds the most people first ("av ordförande A och av B, lokalpolisområdeschef")
        for name, title in [p for found in sorted(pairs, key=len, reverse=True) for p in found]:
            if name not in seen and not _not_a_person(name):
                seen.add(name)
                out.append(_item("signatories", name, unit.span, title=lemma(title.split()[-1]) if
                                 len(title.split()) == 1 else title[:1].lower() + title[1:]))  # "… för LPO Åby"
        if (he := _subject_who_signed(unit.text, units)) is not None and he[0] not in seen:
            seen.add(he[0])
            out.append(_item("signatories", he[0], unit.span, title=he[1]))
    return out


def _definite_head_dropped(title: str) -> str:
    """"chefen för X" as a title: "chef för X"."""
    head, _, rest = title.partition(" ")
    return f"{head[:-2] if head.endswith(('chefen', 'direktören')) else head} {rest}"


def _name_then_she_is(unit: Unit, units: list[Unit]) -> list[tuple[str, str]]:
    """A sentence that is a name alone, and the next one saying what that person is ("Eva A." / "Hon är
    kommundirektör."): the person and the title."""
    if (name := NAME_ALONE.match(unit.text)) is None:
        return []
    at = next(i for i, u in enumerate(units) if u is unit)
    if at + 1 >= len(units) or (title := SHE_IS.match(units[at + 1].text)) is None:
        return []
    return [(name.group("name"), title.group("title"))]


SIGNED_HE = re.compile(r"(?i)\b(?:som\s+)?(?:han|hon)\s+(?:och|samt)\s+[^.;]{3,120}?\b(?:undertecknade|skrev\s+under|"
                       r"signerade)\b")
OPENS_WITH_PERSON = re.compile(r"^(?P<name>" + _PERSON + r")\s+[a-zåäö]")


def _subject_who_signed(text: str, units: list[Unit]) -> tuple[str, str] | None:
    """"Peter A påminde om att överenskommelsen, som han och B undertecknade, …": "han" is the sentence's subject,
    who signed; his title is the one the document writes beside his name ("Peter A (lokalpolisområdeschef)")."""
    if not SIGNED_HE.search(text) or not (who := OPENS_WITH_PERSON.match(text)):
        return None
    beside = re.compile(re.escape(who.group("name")) + r"\s*(?:\(|,\s+)(?P<title>[a-zåäö]{4,})\b")
    for unit in units:
        if (m := beside.search(unit.text)) and TITLE_WORD.search(m.group("title")):
            return who.group("name"), lemma(m.group("title"))
    return None


BARE_HEAD = {"chef", "direktör"}  # nothing without the body it heads


def _fuller_titles(people: list[Item], units: list[Unit]) -> list[Item]:
    """A signer whose title is a head, bare or with the body `_with_body` kept ("B, som är chef för
    lokalpolisområde Nyby"), takes the one-word title the text gives the same person elsewhere ("säger B,
    lokalpolisområdeschef"); without one, the head keeps its body."""
    for item in people:
        title = item.fields.get("title")
        if title is None or title.value.split()[0] not in BARE_HEAD:
            continue
        head = title.value.split()[0]
        said = re.compile(re.escape(item.name) + r",\s+(?P<title>[a-zåäö]{5,})(?=\s*[.,;]|$)")
        for unit in units:
            if (m := said.search(unit.text)) and TITLE_WORD.search(m.group("title")) \
                    and m.group("title").endswith(head):
                item.fields["title"] = Field(lemma(m.group("title")), title.span)
                break
    return people


def _with_body(m: re.Match) -> str:
    """A signer's title; an office that is nothing without its body keeps it ("chef för lokalpolisområde Nyby"),
    a function whose word says what it is drops its seat ("kommunchef i Nyby kommun")."""
    seat = m.groupdict().get("seat")
    title = m.group("title")
    return f"{title}{seat}" if seat and lemma(title) in ("chef", "direktör", "ordförande") else title


# a committee's genitive before its office ("Kommunstyrelsens ordförande", "Socialnämndens ordförande")
BODY_GENITIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:nämndens|styrelsens|fullmäktiges|utskottets)")


def _title_first_lowered(text: str) -> str:
    """A sentence that starts with a title before a name ("Kommundirektör Eva A och …", "Kommunstyrelsens
    ordförande Eva A skrev under …"), that title as written inside a sentence."""
    words = text.split(maxsplit=2)
    first = words[0] if words else ""
    office = len(words) > 1 and BODY_GENITIVE.fullmatch(first) is not None and TITLE_WORD.search(words[1])
    return text[:1].lower() + text[1:] if (TITLE_WORD.search(first) or office) and first[1:].islower() else text


SIGNED_FOR_NEXT = re.compile(r"(?<=[.;])\s+(?=[Ff]ör\s+[^:.]{2,40}:\s)")  # the next "För X:" on the same line


BOX_DRAWING = set("─━═│║┃┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝")  # a box-drawn table's rules and corners: no text


def _rows(doc: Document, start: int, end: int, skip: set[int],
          known: dict[str, str] | None = None) -> list[tuple[int, list[str]]]:
    """The lines as cells (columns parted by wide spaces, pipes or tabs), short titles in the words of the
    document's key."""
    rows = []
    key = {m.group("short"): m.group("long") for line in doc.reading if (m := SHORT_FORM.fullmatch(line.strip()))}
    key = {**(known or {}), **key}
    for n in range(start, end + 1):
        text = doc.line(n).strip()
        if n in skip or not text or set(text) <= set("_-| ") | BOX_DRAWING:
            continue
        # a box-drawn table's sides ("│ Eva A │ Per B │") part cells as a pipe table's do
        cells = [_under_rule(c).strip(" *_/") for c in re.split(r"\s{3,}|\s*[|│║┃]\s*|\t+", text.strip("|│║┃ "))
                 if c.strip(" *_/")]
        cells = [part for c in cells for part in re.split(r"\s+[·•]\s+", c)]  # "KSO A B · LPOC C D" on a slide
        cells = [p.rstrip(".") if len(parts) > 1 else p for c in cells  # "För kommunen: A, titel. För polisen:
                 for parts in [SIGNED_FOR_NEXT.split(c)] for p in parts]  # B, titel." on one line
        rows.append((n, [_signature_cell(_expanded(c, key)) for c in cells]))
    return rows


def _under_rule(cell: str) -> str:
    """A signature cell's words after its signing line ("För Nyby kommun, Nyby den …, ______, Eva A, titel"): the
    signer; the party and the place above the line are no part of it."""
    parts = re.split(r"_{5,}", cell)
    after = parts[-1].strip(" ,;")
    return after if len(parts) > 1 and re.search(r"[A-Za-zÅÄÖåäö]", after) else cell


def _expanded(cell: str, key: dict[str, str]) -> str:
    """A signature's short title in the words the document's own key gives it ("KSO Eva A", "KSO = kommunstyrelsens
    ordförande" → "kommunstyrelsens ordförande Eva A")."""
    first = cell.split()[0] if cell.split() else ""
    if first.isupper() and len(cell.split()) >= 3 and first in key:
        return key[first] + cell[len(first):]
    alone = cell.split(",")[0].strip()  # a title line of its own: "KD", "LPOC, LPO Nyby"
    return key[alone] + cell[len(alone):] if alone in key and alone.isupper() else cell


def _signature_cell(cell: str) -> str:
    """A cell as "Name, title": without its bullet, "För X:" or a form's label ("Namnförtydligande:", "Undertecknat
    av:") before it, "Name (title)" and "Title Name" turned round."""
    cell = re.sub(r"^[-–—•▪*]\s+", "", cell)  # "– Eva A, kommundirektör": a list of signers under "… av"
    cell = re.sub(r"^[_.…]*\s*,\s*", "", cell)  # "____, Eva A, titel": a signing line over the name in one cell
    cell = re.sub(r"(?i)^(?:för\s+[^:]{3,60}|namnförtydligande|namn|befattning|titel|funktion|tjänst)\s*:\s*", "", cell)
    cell = re.sub(r"^[^:]{3,60}:\s+(?=" + _PERSON + r"\s*,)", "", cell)  # "Planerat 28/11 på stadshuset: Eva A, …"
    cell = re.sub(r"^" + LABEL + r"\s+(?=[A-ZÅÄÖ])", "", cell)  # a form's "Undertecknat av (motpart):  Eva A, …"
    if cell.isupper():
        cell = cell.title()  # "EVA PÅHITTAD" / "KOMMUNDIREKTÖR"
    if re.match(_PERSON + r"\s+[–—/-]\s+\S", cell):
        cell = re.sub(r"\s+[–—/-]\s+", ", ", cell)  # "Eva A – kommundirektör", "Eva A / Kommundirektör / Nyby kommun"
    bare = re.sub(r"\s*\([^()]+\)$", "", cell)  # "vd Eva A (Nybyhem)": the title before the name, whose after it
    if (m := TITLE_FIRST.fullmatch(bare)) and TITLE_WORD.search(m.group("title")) and bare != cell:
        return f"{m.group('name')}, {m.group('title')}"
    if m := re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<title>[^()]+)\)", cell):
        return f"{m.group('name')}, {m.group('title')}"
    if (m := TITLE_FIRST.fullmatch(cell)) and TITLE_WORD.search(m.group("title")):
        return f"{m.group('name')}, {m.group('title')}"
    return cell


def _people(rows: list[tuple[int, list[str]]]) -> list[Item]:
    out: list[Item] = []
    seen = set()
    for k, (n, cells) in enumerate(rows):
        for col, cell in enumerate(cells):
            m = PERSON.match(cell)
            if not m or _not_a_person(m.group("name")) or m.group("name") in seen:
                continue
            title, where = m.group("title"), Span(n, n)
            if not title:
                title, where = _title_near(rows, k, col, len(cells))
            title = _function(title or "")
            if not title:
                continue
            seen.add(m.group("name"))
            words = title.split()
            first = words[0] if len(words) > 1 and re.search(r"[^s]s$|nde$", words[0]) else lemma(words[0])
            out.append(_item("signatories", m.group("name"), where | Span(n, n),
                             title=" ".join([first, *words[1:]]).lower()))
    return out


def _title_near(rows: list[tuple[int, list[str]]], k: int, col: int, width: int) -> tuple[str | None, Span]:
    """The title of the name in rows[k][col]: the next cell when names and titles alternate in the row, else the
    same column one or two rows below (an organisation line between, not another name), else the row above."""
    n, cells = rows[k]
    if col + 1 < width and _is_title(cells[col + 1]) and (width % 2 == 0 and col % 2 == 0 or width == 3):
        return cells[col + 1], Span(n, n)  # "Name | Title" or a table's row "Name | Title | Organisation"
    below = k + 1 < len(rows) and len(rows[k + 1][1]) == width
    for j in ((k + 1, k + 2) if below else ()) + (k - 1,):
        if j == k + 2 and (between := PERSON.match(_cell(rows, k + 1, col, width))) \
                and not _not_a_person(between.group("name")):
            continue  # "UNNA AMAMM" (a signature read as words) / "Eva A" / "Title": the title is the name's between
        if j == k - 1 and _cell(rows, k - 2, col, width) and PERSON.match(_cell(rows, k - 2, col, width)):
            continue  # "Name / Title / Organisation": the title above is the name's above it
        if 0 <= j < len(rows) and len(rows[j][1]) == width and _is_title(rows[j][1][col]):
            return rows[j][1][col], Span(min(n, rows[j][0]), max(n, rows[j][0]))
    return None, Span(n, n)


def _cell(rows: list[tuple[int, list[str]]], k: int, col: int, width: int) -> str:
    """The cell in column `col` of row k when that row has `width` cells, else ""."""
    return rows[k][1][col] if 0 <= k < len(rows) and len(rows[k][1]) == width else ""


def _is_title(cell: str) -> bool:
    head = cell.split(",")[0].split()
    return len(cell.split()) <= 7 and not cell.endswith(".") and any(TITLE_WORD.search(w) for w in head[:2])


def _function(title: str) -> str | None:
    """A signatory's function without the organisation it serves (the convention of the corpus README):
    "Stadsdelsdirektör, Nyby stadsdelsförvaltning" → "Stadsdelsdirektör", "vd för Nybyhem AB" and "Nybyhems vd"
    → "vd", "verksamhetschef för barn- och ungdomspsykiatrin" → "verksamhetschef". An office of a body keeps
    it ("kommunstyrelsens ordförande", "ordförande i socialnämnden")."""
    title = title.strip().split(",")[0].strip()
    if not OFFICE.search(title) and not BARE_FUNCTION.match(title):
        title = OWNER_BEFORE.sub("", title)
        title = re.split(r"\s+(?:för|vid|inom|hos)\s+|\s+i\s+(?=[A-ZÅÄÖ])", title, maxsplit=1)[0].strip()
        if title[:1].islower():  # "vd Nybyhem AB": the organisation's name after the function
            title = re.split(r"\s+(?=[A-ZÅÄÖ])", title, maxsplit=1)[0]
    else:
        title = re.split(r"\s+(?:för|i|vid|inom)\s+(?=[A-ZÅÄÖ])", title, maxsplit=1)[0].strip()
    words = title.split()
    head = words[:4] if re.search(r"-$", words[0] if words else "") else words[:2]  # "hälso- och sjukvårdsdirektör"
    return title if any(TITLE_WORD.search(w) for w in head) else None


def _not_a_person(name: str) -> bool:
    words = name.split()
    return any(re.search(r"(?i)kommun|stad|polis|område|nämnd|förvaltning|region|överenskommelse|bilaga|sida|grupp|"
                         r"råd|forum|nätverk|team", w)
               for w in words) or words[0].casefold() in {"för", "den", "det", "datum", "ort", "stockholm"}


def level(party_names: list[str], text: str, title: str = "") -> str:
    joined = fold(" ".join(party_names))
    if re.search(r"lokalpolisomrade|narpolisomrade|\blpo\b|stadsdel|stadsomrade", joined):
        return "local"
    if re.search(r"\b(?:stadsdel|stadsomrade|stadsdelsomrade)(?:et|en)?\s+[a-z]", fold(title)):
        return "local"  # "Samverkansöverenskommelse för stadsområde Nyby": one part of a city, by the title
    if re.search(r"\bpolisen i (?!region\b|polisregion|polisomrade)", joined):
        return "local"  # "Polisen i Nyby": the police of one place, its local police area
    if re.search(r"polisomrade|polisregion", joined):
        return "central"
    return "local" if re.search(r"(?i)lokalpolisområde", text) else "central"
