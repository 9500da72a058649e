"""Priority areas, wherever the agreement lists them: items or table rows under a heading that speaks of
priorities ("Prioriterade områden", "Fokusområden", "Insatsområden", "Problembild") or after a sentence that
introduces them ("De områden vi särskilt ska arbeta med är:"), numbered subheadings of such a section ("3.1 …"),
a list inside a sentence ("… följande prioriteringar: A, B samt C", "… nämligen A, B och C"), and, when nothing
else names them, the words a list of promises stresses ("Vi ska arbeta mot **trafikbrott** …")."""

from __future__ import annotations

import itertools
import re

from samverkan.extract.document import Document, Span
from samverkan.extract.fields import ELABORATION, without_explanation
from samverkan.extract.frequency import NUMBERS
from samverkan.extract.meaning.phrases import GROUP_WORD
from samverkan.extract.meaning.text import NUMBERED_LABEL, Unit, fold, one_a_line
from samverkan.extract.record import Field, Item

PRIORITY_HEAD = re.compile(r"(?i)priorit|insatsområd|fokusområd|\b(?:områden|frågor)\s+i\s+fokus\b|"
                           r"^(?:vårt\s+|gemensamt\s+)?fokus\b|inriktning|"
                           r"vad\s+(?:vi|parterna|\w+)\s+ska\s+(?:arbeta|fokusera|prioritera)|"
                           # "Det här ska vi åstadkomma", "Vad ska kommunen och polisen jobba med?"
                           r"^(?:vad|det\s+här|detta)\s+ska\s+(?:[\wåäö]+\s+){1,4}?(?:arbeta|jobba|fokusera|"
                           r"prioritera|åstadkomma|uppnå|satsa|göra\s+tillsammans)\b|"
                           r"vad\s+vi\s+prioriterar|utvecklingsområd|målområd|samverkansområd|arbetsområd|"
                           r"gemensamma\s+områden|problembild|problemområd|\bproblem\b|\butmaningar\b|"
                           r"\b(?:jobbar|arbetar)\s+vi\s+(?:extra|särskilt|mest)\b")  # "Det här jobbar vi extra med"
PROMISES = re.compile(r"(?i)lovar|löfte")
NOT_AREA_HEADING = re.compile(r"(?i)grupp|forum|part")
NOT_AREAS = re.compile(r"(?i)grupp|forum|part|åtgärd|aktivitet|ansvar")
# "fokus ligger på", "lägga extra kraft på", "lägger särskild vikt vid"
FOCUS = r"\bfokus\s+(?:ligger|läggs)\s+på|\b(?:lägga|lägger|läggs|ligger)\s+(?:\w+\s+){0,2}?" \
    r"(?:fokus(?:et)?|kraft(?:en)?|tyngd(?:punkt)?(?:en)?|vikt(?:en)?|resurser(?:na)?)\s+(?:på|vid)"
# "rikta sina gemensamma insatser mot", "samla sina insatser kring": the areas follow
DIRECTED = r"\b(?:rikta|samla|koncentrera|inrikta)\w*\s+(?:\w+\s+){0,3}?(?:insatser|arbete\w*|resurser|kraft)" \
    r"\s+(?:på|mot|kring)|" \
    r"\brikta\w*\s+in\s+sig\s+(?:på|mot)|" \
    r"\bparterna\b[^.;:]{0,40}?\bska\s+(?:gemensamt\s+)?(?:motverka|bekämpa|förebygga|minska)\b"  # what the
# parties together shall counter ("varvid parterna under avtalstiden gemensamt ska motverka A, B samt C")
PRIORITY_INTRO = re.compile(r"(?i)\bprioriter\w*|\b(?:in)?riktas\s+(?:på|mot)|" + FOCUS + r"|" + DIRECTED + r"|"
                            r"\blägg\w*\s+(?:\w+\s+){0,2}?(?:kraft|fokus|resurser)\w*\s+där\b|"  # "… kraften där …"
                            r"\b(?:tar|tas)\s+sikte\s+på|\bkoncentreras\s+(?:på|till)|"  # "… tar sikte på"
                            r"\bproblemområden|\bfokusområden|"
                            r"\binsatsområden|\bfokuserar\s+på|\barbetar\s+vi\s+med\b|\bområden\b[^.:]*\b(?:nämligen|arbeta|"
                            r"prioriter|fokus|satsa)|\bsärskilt\s+(?:ska\s+)?(?:arbeta|fokusera|satsa)|"
                            r"\b(?:arbeta|samverka|fokusera|satsa)\w*\s+[^.:]*\binom\s+(?:\w+\s+)?områden|"
                            r"\b(?:i\s+första\s+hand|främst|framför\s+allt|särskilt)\s+(?:ska\s+)?ägna\w*\s+sig\s+åt|"
                            r"\b(?:två|tre|fyra|fem|sex|följande)\s+(?:\w+\s+)?(?:problem|områden|frågor)\b[^.]*:")
# "Den första saken är A"; "Överenskommelsens första prioriterade område är A, B och C" (a list in one area's name)
PRIORITY_PROSE = re.compile(r"(?i)(?:(?P<gender>det|den)\s+(?:första|andra|tredje|fjärde|femte|sista)|"
                            r"ett\s+(?:första|andra|tredje)|"
                            r"(?:[\wåäö]*överenskommelsens|[\wåäö]*avtalets|dess)\s+(?:första|andra|tredje|fjärde|femte|"
                            r"sista)(?:\s+prioriterade)?(?=\s+(?:område|fokusområde|insatsområde)\b))"
                            r"\s+(?:(?:området|område|fokusområde|insatsområde|saken|frågan|punkten|prioriteringen)\s+)?"
                            r"(?:är|gäller|handlar\s+om|avser|rör)\s+"
                            r"(?P<area>[^,.;:]+?(?:(?:,\s+(?!särskilt\b|framför\b|främst\b)[^,.;:\s]+)+\s+(?:och|samt)\s+"
                            r"[^,.;:]+)?)(?=[,.;:]|$)")
# the first of areas counted one a sentence ("Först och främst handlar överenskommelsen om A, …" before "Det andra
# området är B")
FIRST_AREA = re.compile(r"(?i)^(?:först\s+och\s+främst|i\s+första\s+hand|för\s+det\s+första|främst),?\s+"
                        r"(?:handlar|gäller|avser|rör)\s+(?:\w+\s+)?(?:om\s+)?(?P<area>[^,.;:]+)")
# where a list of areas begins inside a sentence
LIST_START = re.compile(r"(?i)(?:\bdessa\s+är|\bprioriteras|\bprioriterade\s+områden(?:a)?\s+är|"
                        r"\b(?:fokus|insats)?områden(?:a)?(?:\s+(?:för|under|i)\s+[\wåäö ]{1,30}?)?\s+är|"
                        # "De fokusområden som parterna valt är A, B och C"
                        r"\b(?:fokus|insats|problem)?områden(?:a)?\s+som\s+(?:parterna|vi|de)\s+(?:har\s+)?"
                        r"(?:valt(?:\s+ut)?|enats\s+om|kommit\s+överens\s+om|prioriterat)\s+är|"
                        r"\b(?:in)?riktas\s+(?:dels\s+)?(?:på|mot)|" + FOCUS + r"|\bnämligen|"
                        r"\b(?:tar|tas)\s+sikte\s+på|\bkoncentreras\s+(?:på|till)|"
                        # "pekar parterna ut A, B och C som …" (not "pekar ut tre områden …, nämligen A": after it)
                        r"\bpeka(?:r|s|de)?\s+(?:\w+\s+){0,2}?ut\b(?!\s+(?:följande|de|två|tre|fyra|fem|sex)\b)|"
                        + DIRECTED + r"|"
                        r"\bprioriterar\s+(?:parterna|vi|kommunen\s+och\s+polisen|de)\b(?:\s+gemensamt)?|"
                        r"\b(?:därutöver|dessutom|också|även)\s+prioriterar\b|"  # "medan X därutöver prioriterar A"
                        r"\bsärskilt\s+(?:ska\s+)?arbeta\s+med|\batt\s+(?:under\s+[\wåäö]+\s+)?prioritera\b|"
                        # "Parterna ska därför under perioden prioritera A, B och C": a modal, adverbs, the verb
                        r"\b(?:ska|skall|kommer\s+att)\s+(?:[\wåäö]+\s+){0,4}?prioritera\b(?!\s+arbetet\b)|"
                        # "… enats om att i första hand ägna sig åt A, åt B och åt C"
                        r"\b(?:i\s+första\s+hand|främst|framför\s+allt|särskilt)\s+(?:ska\s+)?(?:ägna\s+sig|"
                        r"ägnar\s+sig|ägnas)\s+åt|"
                        r"\bprioritera\s+arbetet\s+(?:mot|med|kring)|(?<!\d):(?!\d)|:(?=\s)|"  # not "(2023:196)"
                        r"\b(?:prioriteringar\w*|prioriterade\s+områden\w*)\b[^–—:.]{0,40}?\s[–—](?=\s)|"  # "De tre
                        # prioriteringarna – A, B och C –", "överenskommelsens prioriterade områden – A, B samt C –"
                        r"\b(?:det|de|dessa)\s+(?:gäller|handlar\s+om|är)\s+(?:framför\s+allt|främst|i\s+första\s+hand)\b|"
                        r"^(?:de|det)\s+[\wåäö]+\s+som\s+[^.:]*?\s+är\s+(?:framför\s+allt|främst|i\s+första\s+hand)\b)\s*")
LIST_LEAD = re.compile(r"(?i)^(?:följande|de|tre|fyra|fem|två|sex)\s+(?:\w+\s+)?(?:områden|fokusområden|"
                       r"prioriteringar|frågor|saker|teman)\s*(?::|,?\s*(?:nämligen|det\s+vill\s+säga|dvs\.?)(?=\s))?\s*|"
                       r"^(?:är\s+)?(?:framför\s+allt|främst|i\s+första\s+hand|särskilt)\s+")  # "… är framför allt A"
# the ordinals that count a sentence's areas ("för det första, A, för det andra, B och, för det tredje, C")
ORDINAL_MARK = re.compile(r"(?i),?\s*\bför\s+det\s+(?:första|andra|tredje|fjärde|femte|sjätte)\s*,?\s*")
# the word that repeats before each area ("… kraft på A och på B", "dels mot A, dels mot B")
REPEATED = re.compile(r"(?i)^(?:dels\s+)?(?:på|mot|vid|med|åt)\s+")
# the word of a correlative list before each item ("dels A, dels B och dels C")
DELS = re.compile(r"(?i)(?:\s*,\s*|\s+(?:och|samt)\s+|\s+)dels\s+")
# a sentence after the list that adds one more ("Därtill ska parterna gemensamt öka tryggheten i X")
ONE_MORE = re.compile(r"(?i)^(?:därtill|dessutom|vidare|slutligen)\b[^.]*?\bska\s+(?:\w+\s+){0,3}?"
                      r"(?:öka|minska|motverka|förebygga|stärka|förbättra|bekämpa)\s+(?P<area>[^,.;]+)")
# an item that completes "… avser att": its verb in the infinitive, an adverb before it ("gemensamt motverka")
INFINITIVE = re.compile(r"(?i)^(?:(?:gemensamt|tillsammans|aktivt|särskilt|också|även|vidare)\s+)?"
                        r"[a-zåäö]{2,}a\s+(?=\S)")
VERB_LEAD = re.compile(r"(?i)^att\s+\w+\s+(?=\w)(?!att\s)")  # "att motverka våld …": the noun phrase is the area;
# "att förebygga att barn begår brott" is a clause, kept whole
LEAD_EMPHASIS = re.compile(r"^\s*(?:[-•*–▪●○]|\(?\w{1,4}[.)])?\s*\*\*(?P<lead>[^*]+)\*\*")
EMPHASIS = re.compile(r"\*\*(?P<words>[^*]{3,80})\*\*")
LABELLED = re.compile(r"(?i)^\s*(?:#+\s*)?(?:prioriterat\s+område|insatsområde|fokusområde|målområde|"
                      r"utvecklingsområde|område|(?:prioriterat\s+)?problem(?=\s*\d))\s*\d{0,2}\s*[:–—-]\s*"
                      r"(?P<name>\S[^.:]{2,80}?)\s*$")  # "Problem 2: A": numbered, as in Brå's problem-led model
# ", i Nyby och på landsbygden" at the end of an item: a place set off by a comma says where the area is
WHERE_AFTER = re.compile(r",\s+(?:i|på)\s+[\wåäöÅÄÖ-]+(?:\s+(?:och|samt)\s+(?:i|på)\s+[\wåäöÅÄÖ-]+)?$")
# a line that leads into the list under it, not a heading: "Under avtalstiden riktas arbetet mot", "Vi ska:"
LEAD_IN = re.compile(r"(?i)(?:\b(?:mot|på|att|med|om|för|till|av|är|som|kring)|:)\s*$")
# "Unga och brott. Parterna ska …": a paragraph led by a short name with no verb of its own
PARAGRAPH_LEAD = re.compile(r"^(?P<lead>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,5})\.\s+[A-ZÅÄÖ]")
LEAD_VERB = re.compile(r"(?i)\b(?:är|har|ska|skall|kan|bör|vill|blir|finns|gäller|sker|kommer|måste)\b")
# what a clause goes on to say about an area ("…, där …", "… som är …"); "unga som riskerar …" names whom it is about
ASIDE = re.compile(r"(?i),?\s+(?:där|vilket|eftersom|varvid)\b.*$|\s+som\s+(?:är|var|har|blir|kan|ska|gör)\b.*$")
MD_LEVEL = re.compile(r"#*")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a column of a year ("Mål till 2029", "Utfall 2025")
COUNT_LEAD = re.compile(r"(?i)\b(?:två|tre|fyra|fem|sex|följande)\s+(?:\w+\s+)?"
                        r"(?:saker|delar|punkter|områden|frågor)\s*:$")
ANNOUNCED = re.compile(r"(?i)\bföljande\s+(?P<n>[a-zåäö]+)\s+(?:\w*områden|\w*frågor|\w*inriktningar)\s*[.:]?$|"
                       r"\b(?P<m>två|tre|fyra|fem|sex)\s+(?:\w+\s+)?(?:\w*områden|\w*frågor|\w*inriktningar)\s*:$|"
                       r"\bvalt\s+(?:ut\s+)?(?P<k>två|tre|fyra|fem|sex)\s+(?:\w+\s+)?(?:saker|teman|\w*områden|\w*frågor)"
                       r"\s*[.:]?$")  # "Vi har valt tre saker."
SUB_NUMBER = re.compile(r"^\s*(?:#+\s*)?(?P<top>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+\S")
TOP_NUMBER = re.compile(r"^\s*(?:#+\s*)?(?:§\s*)?(?P<top>\d{1,2})\.?\s+\S")


class _Areas:
    def __init__(self) -> None:
        self.found: dict[str, Item] = {}
        self.last: Item | None = None  # the area added last

    def add(self, name: str, span: Span, prose: bool = False, longest: int = 10) -> None:
        name = re.split(r"\s+(?:→|->|=>|⇒)\s*", " ".join(name.split()))[0].strip(" .,:;*")  # "A → what it means"
        name = re.sub(r"^\(?(?:[a-zA-Z]|\d{1,2})\)\s+", "", name)  # "a) narkotikahandel" inside a sentence
        name = without_explanation(name)  # "Narkotika bland unga – tidig upptäckt, …"
        name = ELABORATION.sub("", name)  # "Stöld, främst av cyklar": what it stresses within the area
        name = re.sub(r"(?i)^(?:och|samt)\s+|\s+(?:och|samt)$", "", name).strip(" ,;")  # "A, samt" / "B."
        name = re.sub(r"(?i)^(?:därefter|sedan|slutligen|till\s+sist|därtill)\s+", "", name)  # "…, därefter X"
        if prose:
            name = ASIDE.sub("", name)
            name = VERB_LEAD.sub("", name)
        # "elever som riskerar att dras in i kriminalitet": a clause saying whom it is about counts apart
        core = re.sub(r"(?i)\s+som\s+\S.*$", "", re.sub(r"(?i)^att\s+\w+\s+(?=att\s)", "", name))  # "att
        # förebygga att …": the clause after the verb counts
        core = _without_bare_relative(core)
        if not name or len(core.split()) > longest or len(name.split()) > longest + 8 or len(name) < 4:
            return
        name = name[0].upper() + name[1:]
        if fold(name) not in {fold(k) for k in self.found}:
            item = Item("priority_areas", name, span)
            item.fields["name"] = Field(name, span)
            self.found[name] = self.last = item


def priority_areas(doc: Document, units: list[Unit]) -> list[Item]:
    areas, prose = _Areas(), _Areas()
    units = _listed_lines(doc, units)
    introduced = {id(item) for k, unit in enumerate(units) if unit.kind == "sentence" and (
        PRIORITY_INTRO.search(unit.text) or _second_lead(units, k)) for item in unit.items}
    nested = _nested_under_intro(units)
    top: tuple[str, bool] | None = None  # the number of the numbered section read, and whether it is of priorities
    depth = 0  # the Markdown level of the priorities heading read, 0 outside one
    header: list[str] = []  # the column names of the table read
    repeats = False  # the table read is a plan of actions for the areas found before it
    section = ""  # the heading over a lead-in line
    listed: Unit | None = None  # the sentence whose list of areas was read last
    announced = 0  # the unnumbered subheadings still to come that a sentence announced ("följande tre områden")
    under = 0  # under an unnumbered heading of priorities, the number its next numbered subheading (an area) has
    outer = _outermost(units)
    before: Unit | None = None  # the sentence read last
    for unit in units:
        heading = unit.heading or ""
        if unit.kind == "heading" and not LEAD_IN.search(unit.text):
            section = unit.text
        if unit.kind != "row":
            header = []
        if unit.kind in ("heading", "sentence"):
            _labelled_areas(doc, unit, areas)
        announced = 0 if id(unit) in introduced else _announced(doc, unit, announced, areas)  # a list follows
        if unit.kind == "heading":
            under = _numbered_under(doc, unit, under, areas)
        if unit.kind == "heading":
            top = _subheading(doc, unit, top, areas)
            depth = _md_subheading(doc, unit, depth, areas)
        elif unit.kind == "item" and (_priority_heading(heading) or id(unit) in introduced | nested
                                      or _lead_in(heading, section)):
            if unit.indent <= outer.get(heading, 0) or id(unit) in nested:  # an item of a list inside an area's
                name = _item_name(doc, unit)  # item is its detail, unless that item leads into it
                areas.add(name, unit.span, longest=PARAGRAPH_WORDS if NUMBERED_PARAGRAPH.match(
                    doc.line(unit.span.start)) or _noun_phrase(name) else 10)
        elif unit.kind == "row" and (unit.header or _column_names(unit.cells) and (
                not header or unit.span.start > 1 and doc.is_blank(unit.span.start - 1))):  # a new table
            header = unit.cells
            repeats = bool(areas.found) and _plan_of(header)  # a plan's problems, the areas listed before it
        elif unit.kind == "row" and (cells := _unnumbered(unit.cells, header)) and cells[0] \
                and _area_column(heading, _unnumbered(header, header)) and not repeats:
            areas.add(cells[0].split("\n")[0], unit.span)
        elif unit.kind == "sentence":
            _labelled_line(doc, unit, prose)
            _stressed(doc, unit, areas)
            _prose(unit, prose, listed, _these_areas(unit, before))
            listed = unit if prose.last is not None and prose.last.span == unit.span else None
            before = unit
    if not areas.found:
        _paragraph_leads(doc, units, areas)
    if not areas.found:  # a list inside a sentence, unless the agreement lists its areas elsewhere
        areas = prose
    if not areas.found:
        _promised(doc, units, areas)
    return list(areas.found.values())


def _without_bare_relative(name: str) -> str:
    """"Buller och den oro det skapar i husen" → "Buller och den oro": a relative clause without "som", its
    subject a pronoun and its verb finite, says what the area brings and counts apart, as one with "som" does."""
    from samverkan.extract.meaning.groups.words import finite

    for m in re.finditer(r"(?i)(?<=[a-zåäö])\s+(?:den|det|de|vi|man)\s+(?P<verb>[a-zåäö]+)\b", name):
        if finite(m.group("verb")):
            return name[:m.start()]
    return name


def _noun_phrase(name: str) -> bool:
    """An item without a verb ("Rån och hot mot unga på väg till och från skolan"): a name however many little
    words it takes, as long as a numbered paragraph's may be; an item with one says more than a name."""
    from samverkan.extract.meaning.groups.words import finite

    words = name.split()  # a verb right after "att" is an infinitive ("i riskzonen för att dras in"): no clause
    return not any(finite(w) for k, w in enumerate(words) if not (k and words[k - 1].casefold() == "att")) \
        and not name.rstrip().endswith(".")


def _nested_under_intro(units: list[Unit]) -> set[int]:
    """The items of a list inside an item that leads into them ("* Tre prioriterade områden:" over "  - A",
    "  - B"): the areas."""
    found: set[int] = set()
    for k, unit in enumerate(units):
        if unit.kind == "item" and unit.text.endswith(":") and PRIORITY_INTRO.search(unit.text):
            for below in units[k + 1:]:
                if below.kind != "item" or below.indent <= unit.indent:
                    break
                found.add(id(below))
    return found


def _second_lead(units: list[Unit], k: int) -> bool:
    """A sentence announcing a count of things over a list ("Det betyder tre saker:"), right after a sentence of
    priorities in the same paragraph ("Vi lägger kraften där den behövs mest."): the list is of the areas."""
    unit, before = units[k], units[k - 1] if k else None
    return bool(COUNT_LEAD.search(unit.text)) and before is not None and before.kind == "sentence" \
        and before.span.end >= unit.span.start - 1 and bool(PRIORITY_INTRO.search(before.text))


def _outermost(units: list[Unit]) -> dict[str, int]:
    """Heading → the indent of its outermost list items (an item indented more is a detail of the one above)."""
    outer: dict[str, int] = {}
    for unit in units:
        if unit.kind == "item":
            outer[unit.heading or ""] = min(outer.get(unit.heading or "", 99), unit.indent)
    return outer


def _listed_lines(doc: Document, units: list[Unit]) -> list[Unit]:
    """The lines of one area each that follow a sentence introducing them ("… prioriterar parterna:"), as the
    items of its list, up to a blank line (the first of them may have been read as a heading)."""
    out: list[Unit] = []
    intro: Unit | None = None
    end = 0  # the last line of the list read, 0 before its first line
    headed = False  # the intro is a heading of priorities ("4. Prioriterade områden"): only numbered entries follow
    for unit in units:
        if intro is not None and not (headed and unit.kind == "heading") \
                and (item := _numbered_paragraph(doc, unit, end or intro.span.end)) is not None:
            intro.items.append(item)
            out.append(item)
            end = unit.span.end
            continue
        if intro is not None and not headed and unit.kind in ("heading", "sentence") \
                and (not end or unit.span.start == end + 1) \
                and not MD_LEVEL.match(doc.line(unit.span.start).strip()).group() \
                and (lines := one_a_line(Unit("sentence", unit.text, unit.span, unit.heading), doc))[0].kind == "item":
            intro.items += lines
            out += lines
            end = unit.span.end
            continue
        out.append(unit)
        end = 0
        intro = unit if unit.kind == "sentence" and unit.text.endswith(":") and (
            PRIORITY_INTRO.search(unit.text) or _priority_heading(unit.heading or "")) else None
        headed = intro is None and unit.kind == "heading" and _priority_heading(unit.text)
        intro = unit if headed else intro  # "4. Prioriterade områden" / "4.1 Bedrägerier mot äldre." / "4.2 …"
    return out


# a paragraph numbered in decimals ("4.1 Bedrägerier mot äldre."), one short sentence: an entry of the list before
# (an abbreviation's dot inside it, "inkl. försäljning", goes on in lower case)
NUMBERED_PARAGRAPH = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+"
                                r"(?P<text>[A-ZÅÄÖ](?:[^.;:!?]|\.(?=\s+[a-zåäö])){2,200})\.?")
PARAGRAPH_WORDS = 15  # longer, it says more than an area's name (a whole numbered paragraph may name one)


def _numbered_paragraph(doc: Document, unit: Unit, end: int) -> Unit | None:
    """A paragraph right after a list's lead-in (or its last entry), blank lines apart, that is one short sentence
    numbered in decimals: an entry of the list, as an item."""
    if unit.kind not in ("heading", "sentence") or any(doc.line(n).strip() for n in range(end + 1, unit.span.start)):
        return None
    lines = " ".join(doc.line(n).strip() for n in range(unit.span.start, unit.span.end + 1))
    m = NUMBERED_PARAGRAPH.fullmatch(lines)
    if m is None or len(m.group("text").split()) > PARAGRAPH_WORDS:
        return None
    return Unit("item", m.group("text").strip(), unit.span, unit.heading)


def _announced(doc: Document, unit: Unit, announced: int, areas: _Areas) -> int:
    """Unnumbered subheadings a sentence of the priorities section announces ("… med följande tre områden.") are
    areas, as many as it says. Returns how many are still to come."""
    if unit.kind == "sentence" and (_priority_heading(unit.heading or "") or PRIORITY_INTRO.search(unit.text)) \
            and (m := ANNOUNCED.search(unit.text)):  # "Under perioden ligger fokus på tre områden:"
        return NUMBERS.get((m.group("n") or m.group("m") or m.group("k")).casefold(), 0)
    if unit.kind != "heading" or not announced or TOP_NUMBER.match(doc.line(unit.span.start)):
        return 0 if unit.kind == "heading" or unit.kind == "sentence" and PRIORITY_PROSE.search(unit.text) \
            else announced  # "Den första saken är …": the sentences count the areas, no headings do
    if unit.text.rstrip().endswith("?"):
        return 0  # "Vem bestämmer?": a question opens another section, no area
    areas.add(unit.text, unit.span)
    return announced - 1


def _numbered_under(doc: Document, unit: Unit, under: int, areas: _Areas) -> int:
    """Under an unnumbered heading of priorities, subheadings numbered from 1 are areas ("Prioriterade områden" /
    "1. Ungdomsbrottslighet" / "2. …"). Returns the number the next such subheading has, 0 outside one."""
    number = TOP_NUMBER.match(doc.line(unit.span.start))
    if number is None:
        return under if LEAD_IN.search(unit.text) else 1 if _priority_heading(unit.text) else 0
    if under and int(number.group("top")) == under and not NOT_AREA_HEADING.search(unit.text):
        areas.add(unit.text, unit.span)
        return under + 1
    return 0


def _lead_in(heading: str, section: str) -> bool:
    """A line that leads into a list of areas: it says so ("… riktas arbetet mot"), or it stands in a section
    of priorities."""
    return bool(LEAD_IN.search(heading)) and (bool(PRIORITY_INTRO.search(heading)) or _priority_heading(section))


def _paragraph_leads(doc: Document, units: list[Unit], areas: _Areas) -> None:
    """Paragraphs of a priorities section each led by a short name ("Unga och brott. Parterna ska …"): two or
    more such leads are the areas."""
    leads: dict[str, list[tuple[str, Span]]] = {}
    for unit in units:
        after_blank = unit.span.start == 1 or not doc.line(unit.span.start - 1).strip()
        if unit.kind != "sentence" or not after_blank or not _priority_heading(unit.heading or ""):
            continue
        if (m := PARAGRAPH_LEAD.match(doc.line(unit.span.start).strip())) and not LEAD_VERB.search(m.group("lead")) \
                and not re.fullmatch(r"(?i)(?:två|tre|fyra|fem|sex|\d{1,2})\s+\w+", m.group("lead")):  # "Tre saker."
            leads.setdefault(unit.heading, []).append((m.group("lead"), unit.span))
    for found in leads.values():
        if len(found) >= 2:
            for name, span in found:
                areas.add(name, span)


def _column_names(cells: list[str]) -> bool:
    """A table's first row without a rule under it that names its columns ("Nr | Område | Mål | Ansvarig"):
    three or more short cells of words, no digits but a year the column is of ("Mål till 2029")."""
    return len(cells) >= 3 and all(c and len(c) <= 30 and len(c.split()) <= 3
                                   and not re.search(r"\d", YEAR.sub("", c)) for c in cells)


def _unnumbered(cells: list[str], header: list[str]) -> list[str]:
    """A row's cells without a first column that only numbers the rows ("Nr | Område | Mål", "1 | Narkotika …")."""
    if len(cells) > 1 and header and re.fullmatch(r"(?i)nr\.?|nummer|#|\d{1,2}\.?|[a-h][.)]?", header[0].strip()) \
            and re.fullmatch(r"(?i)nr\.?|nummer|#|\d{1,2}\.?|[a-h][.)]?|", cells[0].strip()):
        return cells[1:]
    return cells


def _area_column(heading: str, header: list[str]) -> bool:
    """Whether a table's first column names areas: its name says so, or the table stands under a heading of
    priorities and its first column is not of groups, parties or actions."""
    first = header[0] if header else ""
    if _priority_heading(first) and not NOT_AREAS.search(first):
        return True
    return _priority_heading(heading) and not NOT_AREA_HEADING.search(heading) and not NOT_AREAS.search(first)


ACTION_COLUMN = re.compile(r"(?i)^(?:åtgärd|åtgärder|aktivitet|aktiviteter|insats|insatser)$")


def _plan_of(header: list[str]) -> bool:
    """Whether a table is a plan of actions (a column "Åtgärd" beside its problems): its rows name the areas the
    text listed before for what is done about them, in short, no areas of their own."""
    return any(ACTION_COLUMN.match(c.strip(" *")) for c in header[1:])


def _priority_heading(heading: str) -> bool:
    return bool(PRIORITY_HEAD.search(heading)) and not PROMISES.search(heading)


def _subheading(doc: Document, unit: Unit, top: tuple[str, bool] | None, areas: _Areas):
    """A numbered heading: "3 Gemensamma prioriteringar" opens a section; "3.1 …" under it is an area."""
    raw = doc.line(unit.span.start)
    if (sub := SUB_NUMBER.match(raw)) and top is not None:
        if sub.group("top") == top[0] and top[1]:
            areas.add(unit.text, unit.span)
        return top
    if found := TOP_NUMBER.match(raw):
        return found.group("top"), _priority_heading(unit.text)
    return top


def _md_subheading(doc: Document, unit: Unit, depth: int, areas: _Areas) -> int:
    """A Markdown heading: "## Prioriterade områden" opens a section; a deeper heading under it ("### …") or a
    bold line over a paragraph ("**Trygghet i centrum**") is an area. Returns the level of the open section, 0 when
    none is open."""
    raw = doc.line(unit.span.start).strip()
    level = len(MD_LEVEL.match(raw).group())
    if depth and (level > depth or not level and re.fullmatch(r"\*\*[^*]+\*\*", raw)):  # or a bold line
        if not NOT_AREA_HEADING.search(unit.text):
            areas.add(unit.text, unit.span)
        return depth
    return level if level and _priority_heading(unit.text) else 0


def _common_word(word: str) -> bool:
    """A word of the language ("Narkotika"), not a name ("Nyby")."""
    from samverkan.extract.vocabulary import dictionary

    return dictionary().get(word.casefold(), 0) >= 3.5


def _item_name(doc: Document, unit: Unit) -> str:
    """A list item's area: its emphasised lead ("**Nyrekrytering** till …"), the words before a colon or a
    dash, or all."""
    if lead := LEAD_EMPHASIS.match(doc.line(unit.span.start)):
        return lead.group("lead")
    if label := NUMBERED_LABEL.match(unit.text):  # "Fokusområde 2: Unga i riskzon": the area after its number
        unit = Unit(unit.kind, label.group("text"), unit.span, unit.heading)
    place, colon, after = unit.text.partition(": ")
    if colon and after and re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]*(?:\s+\(?[A-ZÅÄÖ][\wåäöé-]*\)?)*", place) \
            and (" " in place or not _common_word(place)):
        return after.rstrip(" ,;.")  # "Västra Nyby: Oro kring torget": whose area, named; the area after
    before = re.split(r":(?![a-zåäö])|\s[–—-]\s", unit.text)[0]  # "Trygg skolväg – fler vuxna ute": the area, not
    # its gloss; a colon inside a word is an abbreviation's ("S:t Eriksplan"), no label's
    before = ELABORATION.sub("", before.rstrip(" ,;."))  # "våld i offentlig miljö, särskilt i centrum": the area
    before = WHERE_AFTER.sub("", before)  # "unga i riskzon, i Nyby och på landsbygden": where, no part of it
    name = before if len(before) > 3 else unit.text
    if re.search(r"(?i)\batt$", unit.heading or ""):  # "Parterna avser att" / "- minska klotter i centrum, särskilt
        return ELABORATION.sub("", INFINITIVE.sub("", name.strip(" ,.;")))  # vid X": what it acts on, no detail
    return VERB_LEAD.sub("", name) if name.startswith("att ") else name  # "…: A, B samt att motverka C"


def _stressed(doc: Document, unit: Unit, areas: _Areas) -> None:
    """A sentence about priorities that stresses its areas: "Vi prioriterar **ungdomsbrott** och **trygghet**"."""
    if not (PRIORITY_INTRO.search(unit.text) or _priority_heading(unit.heading or "")):
        return
    raw = " ".join(doc.line(n) for n in range(unit.span.start, unit.span.end + 1))
    for words in EMPHASIS.findall(raw):
        if words.rstrip().endswith(":") or re.search(r"\*\*" + re.escape(words) + r"\*\*\s*:", raw):
            continue  # "**Uppgift:** Analysera …, prioritera …": a label, no area
        if " ".join(words.split()) in unit.text and not GROUP_WORD.search(words) and not _agent(unit.text, words):
            areas.add(words, unit.span)


def _agent(text: str, words: str) -> bool:
    """Whether stressed words open the sentence as the subject of an active verb ("**Polisen** ansvarar för …"):
    who acts, no area; "**Narkotika** prioriteras" and "**A** är …" may still name one."""
    from samverkan.extract.meaning.groups.words import finite

    words = " ".join(words.split())
    if not text.startswith(words):
        return False
    verb = text[len(words):].split()[:1]
    return bool(verb) and finite(verb[0]) and not verb[0].endswith("s") and verb[0].casefold() not in ("är", "blir")


# "I Nyby är dessa tre: A, B och C": the areas the sentence before spoke of, listed after a colon
THESE = re.compile(r"(?i)\bdessa(?:\s+(?:två|tre|fyra|fem|sex))?\s*:\s")


def _these_areas(unit: Unit, before: Unit | None) -> bool:
    """Whether a sentence lists "dessa" areas that the sentence right before it introduced."""
    return before is not None and before.span.end >= unit.span.start - 1 and bool(THESE.search(unit.text)) \
        and bool(PRIORITY_INTRO.search(before.text))


def _prose(unit: Unit, areas: _Areas, listed: Unit | None = None, these: bool = False) -> None:
    for m in PRIORITY_PROSE.finditer(unit.text):  # "Den första är …" (a "sak", a "fråga") under a priorities
        if fold(m.group("gender") or "") != "den" or _priority_heading(unit.heading or ""):  # heading
            areas.add(m.group("area"), unit.span, True)
    if (first := FIRST_AREA.match(unit.text)) and _priority_heading(unit.heading or ""):
        areas.add(first.group("area"), unit.span, True)
    if listed is not None and (more := ONE_MORE.match(unit.text)):
        areas.add(more.group("area"), unit.span, True)
        return
    if not (PRIORITY_INTRO.search(unit.text) or _priority_heading(unit.heading or "") or these):
        return
    if len(counted := ORDINAL_MARK.split(unit.text)) >= 3:  # "…, för det första, A, för det andra, B och, …"
        for part in counted[1:]:  # the counting words bound each: a longer name is still one
            areas.add(re.sub(r"(?i)[\s,.;]+(?:och|samt)?[\s,.;]*$", "", part), unit.span, True, longest=15)
        return
    if len(parts := DELS.split(unit.text)) >= 3:  # "… åt dels A, dels åt B och dels åt C": each after "dels",
        for part in parts[1:]:  # as written
            areas.add(REPEATED.sub("", _list_text(part)), unit.span)
        return
    read = False
    for clause in WHILE.split(unit.text):  # "… på A och på B, medan X därutöver prioriterar C och Y D"
        read = _clause_list(clause, unit.span, areas, alone=read) or read


def _clause_list(clause: str, span: Span, areas: _Areas, alone: bool) -> bool:
    """The areas a clause lists after the words that lead into them; `alone`: one area is a list (a clause after
    "medan" that adds to the one before)."""
    gapped = GAPPED_SUBJECT.match(clause)
    for m in LIST_START.finditer(clause):
        rest = clause[m.end():]
        if m.group().rstrip()[-1:] in "–—":  # a list set off by dashes ends at the second
            rest = re.split(r"\s[–—]\s", rest)[0]
        if not rest.strip() or ":" in rest[:40] and m.group().strip() != ":":
            continue  # "… ska prioriteras under perioden: A, B och C": the list starts after the colon
        if gapped and len(split := GAP.split(_list_text(LIST_LEAD.sub("", rest)))) > 1:
            parts = [p.strip(" .,") for p in split]  # "X prioriterar A och Y B": Y's own area, the verb left out
        else:
            parts = _counted(rest) or area_list(LIST_LEAD.sub("", rest))
        if len(parts) >= 2 or alone and parts:
            named = "område" in m.group().casefold()  # "De fokusområden som … är A, B och C": the sentence says
            for part in parts:                       # these are areas, a longer one too
                areas.add(REPEATED.sub("", part), span, True, longest=12 if named else 10)
            return True
    return False


WHILE = re.compile(r"(?i),\s+medan\s+")
# a clause whose subject is a name ("Haninge prioriterar …"), and the next such name after "och" in its list
GAPPED_SUBJECT = re.compile(r"^(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:[a-zåäö]+\s+){0,2}?prioriterar\b")
GAP = re.compile(r"\s+och\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?=[a-zåäö])")


def _labelled_areas(doc: Document, unit: Unit, areas: _Areas) -> None:
    """Lines labelled as areas ("Område 1: A"), the first of a paragraph or any after it: labelled lines written
    one under the other, with no blank line between them, are each an area."""
    if not LABELLED.match(doc.line(unit.span.start)):
        return
    for n in range(unit.span.start, unit.span.end + 1):
        if label := LABELLED.match(doc.line(n)):
            areas.add(label.group("name"), Span(n, n))


def _labelled_line(doc: Document, unit: Unit, areas: _Areas) -> None:
    """A form's line whose label names the priorities, and the lines that go on with it ("Fokus ......... (1) A
    (2) B" / "    (3) C"): its counted or listed areas."""
    lines = [(n, doc.line(n).strip()) for n in range(unit.span.start, unit.span.end + 1)]
    for i, (n, line) in enumerate(lines):
        label = PRIORITY_LABEL.match(line)
        if label is None or not PRIORITY_HEAD.search(label.group("label")):
            continue
        more = itertools.takewhile(lambda x: x[1] and not PRIORITY_LABEL.match(x[1]), lines[i + 1:])
        text = " ".join([line[label.end():], *(x[1] for x in more)])
        parts = _counted(text) or area_list(text)
        for part in parts if len(parts) >= 2 else []:
            areas.add(part, Span(n, n), True)


def _promised(doc: Document, units: list[Unit], areas: _Areas) -> None:
    """Promises that stress what they are about: the stressed words are the areas."""
    for unit in units:
        if unit.kind == "item" and PROMISES.search(unit.heading or ""):
            found = EMPHASIS.findall(" ".join(doc.line(n) for n in range(unit.span.start, unit.span.end + 1)))
            if len(found) == 1:
                areas.add(found[0], unit.span)


def _counted(text: str) -> list[str]:
    """The items of a list that counts them ("mot, för det första, A, för det andra, B och, för det tredje, C"):
    the counting words part it, whatever the items' own commas and "och"; [] when it does not count."""
    parts = COUNTED.split(text.split(". ")[0])
    if len(parts) < 3:
        parts = ENUMERATED.split(text.split(". ")[0])  # "(1) A (2) B (3) C": marks inside a line
    if len(parts) < 3:
        return []
    items = [re.sub(r"(?i)^[\s,]+|[\s,]+(?:och|samt)?[\s,]*$", "", part).rstrip(" .") for part in parts[1:]]
    return [item for item in items if item]


COUNTED = re.compile(r"(?i)\bför\s+det\s+(?:första|andra|tredje|fjärde|femte|sjätte|sista)\b\s*,?")
ENUMERATED = re.compile(r"(?:^|(?<=\s))\(?(?:\d{1,2}|[a-h])\)\s+")
# "Fokus ......... (1) A (2) B", "Prioriteringar: A, B och C": a line whose label names the priorities
PRIORITY_LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+){0,2}?)\s*(?:\.{2,}|:)\s+(?=\S)")


def _list_text(text: str) -> str:
    """The words of a list in a sentence: up to the sentence's or clause's end, without what it stresses within
    an area (", särskilt …") or an aside ("…, där A, B och C möts")."""
    clauses = text.split(". ")[0].split("; ")
    if len(clauses) > 1 and re.match(r"(?i)(?:och|samt)\s", clauses[-1]):  # "A, särskilt x och y; B; samt C":
        # semicolons part the items, which have commas of their own
        text = ", ".join(ELABORATION.sub("", clause) for clause in clauses)
    else:
        text = ELABORATION.sub("", clauses[0])
    text = AS_AREAS.sub("", text)  # "… A, B och C som de tre fokusområdena": what the list is, after it
    return re.sub(r"(?i),\s+(?:där|vilket|vilka|eftersom|medan|då)\b.*$", "", text)


AS_AREAS = re.compile(r"(?i)\s+(?:som|till)\s+(?:(?:de|sina|våra|överenskommelsens|\w+s)\s+)?(?:\w+\s+){0,2}?"
                      r"(?:\w*områden\w*|prioriteringar\w*|\w*frågor(?:na)?)\b.*$")


PREPOSITION = {"i", "på", "vid", "kring", "mot", "av", "för", "om", "bland", "inom", "med", "till", "från", "hos"}


def _last_and(last: str) -> tuple[str, str, str]:
    """The list's last item split at its last "och" that does not join two names ("A och otrygghet i Åby och Nyby"
    → "A", "otrygghet i Åby och Nyby": places inside one area) nor a last noun to one a preposition governs ("A och
    skadegörelse på skolor och idrottsplatser"), or at its last "och" when each joins two."""
    words = last.split(" ")
    cuts = [k for k in range(1, len(words) - 1) if words[k] == "och"
            and not (words[k - 1][:1].isupper() and words[k + 1][:1].isupper())]
    if len(cuts) > 1 and cuts[-1] == len(words) - 2 and cuts[-1] >= 2 and words[cuts[-1] - 2] in PREPOSITION:
        cuts.pop()  # "på skolor och idrottsplatser": one phrase, its two nouns under one preposition
    if not cuts:
        return last.rpartition(" och ")
    return " ".join(words[:cuts[-1]]), " och ", " ".join(words[cuts[-1] + 1:])


# a part of a list that says more of the area before it: what it stresses within it or a relative clause; "framför
# allt" is often written as one word
QUALIFIER = re.compile(r"(?i)(?:mest|särskilt|framför\s*allt|främst|bland\s+annat|i\s+synnerhet|speciellt|"
                       r"som|vilket|vilka|där)\s")


def area_list(text: str) -> list[str]:
    """Areas are split at commas and at the last "samt" or "och" only: "kriminella nätverk och nyrekrytering,
    våldsbejakande extremism samt alkohol och narkotika bland unga" has three."""
    text = _list_text(text)
    parts = [p.strip() for p in text.split(",") if p.strip() and not QUALIFIER.match(p.strip())]  # "A, mest i X,
    if not parts:                                                                                # B, som …"
        return []
    last = parts.pop()
    if re.match(r"(?i)(?:och|samt)\s", last) and parts:
        parts.append(re.sub(r"(?i)^(?:och|samt)\s+(?:så\s+)?", "", last))  # "A, B, och C", spoken "…, och så C"
        return [p.strip(" .") for p in parts if p.strip(" .")]
    for conj in (" samt ", " och "):
        if conj in last and (len(parts) or conj == " samt " or last.count(" och ") == 1):
            head, _, tail = _last_and(last) if conj == " och " else last.partition(conj)
            parts += [head, tail]
            break
    else:
        parts.append(last)
    return [p.strip(" .") for p in parts if p.strip(" .")]
