"""What the agreement is and between whom: title, dnr, validity ("gäller från … till …", "tills vidare"),
local or city-wide, the parties, the signatories and the priority areas, in prose, lists or tables."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.dates import find_dates
from samverkan.extract.meaning.text import Unit, fold, heading_text, lemma
from samverkan.extract.record import Field, Item

TITLE_WORDS = re.compile(r"(?i)överenskommelse|avtal|medborgarlöfte|samverkan|handlingsplan")
DNR = re.compile(r"(?i)\b(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*(?P<dnr>[A-ZÅÄÖ]{1,5}\s?\d[\d.\-]*/\d{2,4}|"
                 r"\d[\d.\-]*/\d{2,4})")
DNR_CONT = re.compile(r"^\s*(?:dnr|diarienummer)?\s*:?\s*(?P<dnr>[A-ZÅÄÖ]{1,5}\s?\d[\d.]*/\d{2,4})\s*(?:\(|$)")
VALIDITY = re.compile(r"(?i)\b(?:gäller|gälla|löper|giltig\w*|giltighetstid\w*|avtalsperiod\w*|period\w*)\b")
UNTIL_FURTHER = re.compile(r"(?i)\btills\s?vidare\b")
ORG = re.compile(
    r"(?:Polismyndigheten,?\s+(?:genom\s+)?)?(?P<name>(?:Lokalpolisområde|Polisområde|Polisregion)\s+"
    r"[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|syd|nord|city|väst|öst))?|"
    r"(?:[A-ZÅÄÖ][\wåäö-]+(?:-[A-ZÅÄÖ][\wåäö-]+)*\s+)+(?:stadsdelsnämnd|stadsdelsförvaltning|stadsområdesnämnd|"
    r"stadsområdesförvaltning|kommun|stad|Stad|Kommun|socialnämnd)|"
    r"[A-ZÅÄÖ][\wåäö-]+(?:stadsdelsnämnd|stadsdelsförvaltning|nämnden|förvaltningen)|Polismyndigheten)\b")
PLACE_WORDS = {"nord", "syd", "city", "väst", "öst", "mitt", "centrum", "norr", "söder"}
ORG_NR = re.compile(r"\b(?P<nr>\d{6}-\d{4})\b")
PARTIES_HEAD = re.compile(r"(?i)^(?:avtals)?parter(?:na)?\b|^mellan\b|^överenskommelsens\s+parter")
PARTIES_SENTENCE = re.compile(r"(?i)\b(?:parter(?:na)?(?:\s+i\s+\S+)?\s*(?:är|:)|mellan|tecknas\s+av|ingås\s+av|"
                              r"tecknar|ingår)\b")
PRIORITY_HEAD = re.compile(r"(?i)priorit|insatsområd|fokusområd|inriktning|vad\s+vi\s+ska\s+arbeta|"
                           r"vad\s+vi\s+prioriterar|utvecklingsområd|målområd|samverkansområd|arbetsområd|"
                           r"gemensamma\s+områden|problembild")
PRIORITY_PROSE = re.compile(r"(?i)(?:det\s+(?:första|andra|tredje|fjärde|femte|sista)|ett\s+(?:första|andra|tredje))"
                            r"\s+(?:området\s+)?(?:är|gäller|handlar\s+om|avser|rör)\s+(?P<area>[^,.;]+)")
PRIORITY_LIST = re.compile(r"(?i)\b(?:dessa\s+är|områdena\s+är|prioriteras|prioriterade\s+områden(?:a)?\s+är|"
                           r"fokusområden(?:a)?\s+är|inriktas\s+på|insatsområden(?:a)?\s+är)\s*:?\s*(?P<list>[^.]+)")
PRIORITY_INTRO = re.compile(r"(?i)\bprioriter\w*|\binriktas\s+på|\bproblemområden|\bfokusområden|"
                            r"\binsatsområden|\bfokuserar\s+på|\barbetar\s+vi\s+med\b")
SIGN_HEAD = re.compile(r"(?i)^underskrift|^undertecknande|^signatur|^för\s+parterna")
PERSON = re.compile(r"^(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+"
                    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})(?:\s*,\s*(?P<title>[\wåäö -]+)(?:,.*)?)?$")
TITLE_WORD = re.compile(r"(?i)(?:chef|direktör|samordnare|strateg|polis|ordförande|kommissarie|intendent|handläggare|"
                        r"sekreterare|ansvarig|föreståndare|rektor)\w*$")


def _item(section: str, name: str, span: Span, **fields) -> Item:
    item = Item(section, name, span)
    for key, value in fields.items():
        if value is None:
            continue
        item.fields[key] = Field(value, span)
    return item


def title(doc: Document, units: list[Unit]) -> Item | None:
    for unit in units[:8]:
        text = unit.text.strip(" #*")
        if unit.kind in ("heading", "sentence") and TITLE_WORDS.search(text) and len(text) <= 120 \
                and not text.endswith("."):
            first_line = doc.line(unit.span.start).strip(" #*")
            following = doc.line(unit.span.start + 1).strip() if unit.span.start < len(doc) else ""
            if re.match(r"(?i)och\s", following) and re.search(r"(?i)\bmellan\b", first_line):
                first_line += " " + following  # "… mellan X" / "och Y" on the next line
            name = heading_text(text) if unit.kind == "heading" else first_line
            if not TITLE_WORDS.search(name) or DNR.search(name):
                continue
            if name.isupper():
                name = name.capitalize()
            if unit.kind == "heading" and re.match(r"(?i)och\s", following) and "mellan" in name.casefold():
                name += " " + (following.capitalize().lower() if following.isupper() else following)
            return Item("agreement", name, unit.span)
    return None


def dnr(doc: Document) -> tuple[list[str], Span | None]:
    found, lines = [], []
    for n in range(1, min(len(doc), 40) + 1):
        raw = doc.line(n)
        for m in DNR.finditer(raw):
            value = " ".join(m.group("dnr").split())
            if value not in found:
                found.append(value)
                lines.append(n)
    return found, (Span(min(lines), max(lines)) if lines else None)


def validity(units: list[Unit]) -> tuple[str | None, str | None, Span | None, bool]:
    """(valid from, valid to or None, lines, until further notice)."""
    for unit in units:
        if unit.kind == "heading":
            continue
        text = unit.text
        under_validity = re.search(r"(?i)giltighet|avtalstid|period|tid\b", unit.heading or "")
        if not (VALIDITY.search(text) or under_validity):
            continue
        starts = find_dates(text)
        ends = find_dates(text, end=True)
        until = bool(UNTIL_FURTHER.search(text))
        if not starts:
            continue
        if re.search(r"(?i)undertecknats|undertecknad|signer", text) and not VALIDITY.search(text):
            continue
        valid_from = starts[0][0]
        valid_to = ends[1][0] if len(ends) > 1 and not until else None
        return valid_from, valid_to, unit.span, until
    return None, None, None, False


def parties(units: list[Unit]) -> list[Item]:
    """The agreement's parties, from its parties section or its first units."""
    found: dict[str, Item] = {}
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            continue
        in_section = bool(PARTIES_HEAD.search(unit.heading or ""))
        for name, context in _party_mentions(unit, in_section, early=i < 6):
            _add_party(found, name, context, unit.span)
        if len(found) >= 2 and not in_section and i > 6:
            break
    police = [k for k in found if "polis" in fold(k) and k != "Polismyndigheten"]
    if police and "Polismyndigheten" in found:
        del found["Polismyndigheten"]  # the authority, when the text names its police area
    return list(found.values())


def _party_mentions(unit: Unit, in_section: bool, early: bool) -> list[tuple[str, str]]:
    """The organisations a unit names as parties, each with the text that follows it."""
    if unit.kind == "row" and in_section:
        first = unit.cells[0] if unit.cells else ""
        m = ORG.search(first)
        return [(m.group("name"), unit.text)] if m else []
    if unit.kind == "item" and in_section or unit.kind == "sentence" and in_section and ORG.match(unit.text):
        return [(m.group("name"), unit.text[m.start():]) for m in ORG.finditer(unit.text)]
    if unit.kind == "sentence" and _names_parties(unit.text, in_section, early):
        return [(m.group("name"), unit.text) for m in ORG.finditer(unit.text)
                if not re.search(r"(?i)\b(?:inom|under|i|hos|vid)\s+$", unit.text[:m.start()])]
    return []


def _names_parties(text: str, in_section: bool, early: bool) -> bool:
    """Whether a sentence names the parties: it says so where parties are expected, or it is an early, short
    'A och B'."""
    if PARTIES_SENTENCE.search(text) and (in_section or early or re.search(r"(?i)\bparter", text)):
        return True
    return bool(early and re.search(r"\s(?:och|–|-)\s", text) and len(text) < 120)


def _add_party(found: dict[str, Item], name: str, context: str, span: Span) -> None:
    """Add a party to `found`, or its organisation number to the party already there."""
    name = " ".join(name.split())
    words = name.split()
    if len(words) >= 3 and words[-1].casefold() not in PLACE_WORDS and _common(words[-1]):
        name = " ".join(words[:-1])  # "Lokalpolisområde Uppsala Gällande": the next line's first word
    if name.endswith("förvaltningen") and " " not in name and not re.search(
            r"(?i)\bsom\s+part|\bpart\s+i\b", context):
        return
    after = context[context.find(name) + len(name):] if name in context else context
    nr = ORG_NR.search(after[:60])
    known = next((k for k in found if fold(k) == fold(name)), None)
    if known is not None:
        if nr and "org_number" not in found[known].fields:
            found[known].fields["org_number"] = Field(nr.group("nr"), span)
        return
    party = "police" if "polis" in fold(name) else "city" if re.search(
        r"(?i)kommun|stad|nämnd|förvaltning", name) else "other"
    if re.fullmatch(r"(?i)stadsdelsnämnden|stadsdelsförvaltningen|nämnden|förvaltningen", name):
        return  # a party named by what it is, not who
    found[name] = _item("parties", name, span, party=party, org_number=nr.group("nr") if nr else None)


def signatories(doc: Document, units: list[Unit]) -> list[Item]:
    """Name lines and the title lines under them, in one or two columns, in the last part of the document."""
    start = max(1, len(doc) - 40)
    for unit in units:
        if unit.kind == "heading" and SIGN_HEAD.search(unit.text):
            start = unit.span.start
    rows: list[tuple[int, list[str]]] = []
    for n in range(start, len(doc) + 1):
        text = doc.line(n).strip()
        if not text or set(text) <= set("_-| "):
            continue
        cells = [c.strip(" *_") for c in re.split(r"\s{3,}|\s*\|\s*|\t+", text.strip("| ")) if c.strip(" *_")]
        rows.append((n, cells))
    out: list[Item] = []
    seen = set()
    for k, (n, cells) in enumerate(rows):
        for col, cell in enumerate(cells):
            m = PERSON.match(cell)
            if not m or _not_a_person(m.group("name")):
                continue
            title = m.group("title")
            where = Span(n, n)
            if not title and k + 1 < len(rows) and col < len(rows[k + 1][1]):
                below = rows[k + 1][1][col]
                if TITLE_WORD.search(below.split(",")[0].split()[-1]) and len(below.split()) <= 5:
                    title, where = below, Span(n, rows[k + 1][0])
            if not title or not TITLE_WORD.search(title.split()[-1] if len(title.split()) == 1 else title.split()[0]
                                                  ) and not TITLE_WORD.search(title):
                continue
            name = m.group("name")
            if name in seen:
                continue
            seen.add(name)
            words = title.strip().split()
            out.append(_item("signatories", name, where, title=" ".join([lemma(words[0]), *words[1:]]).lower()))
    return out


def _common(word: str) -> bool:
    from samverkan.extract.vocabulary import dictionary

    return dictionary().get(word.casefold(), 0) >= 3.5


def _not_a_person(name: str) -> bool:
    words = name.split()
    return any(re.search(r"(?i)kommun|stad|polis|område|nämnd|förvaltning|region|överenskommelse|bilaga|sida", w)
               for w in words) or words[0].casefold() in {"för", "den", "det", "datum", "ort", "stockholm"}


def priority_areas(units: list[Unit]) -> list[Item]:
    out: dict[str, Item] = {}

    def add(name: str, span: Span, prose: bool = False) -> None:
        name = " ".join(name.split()).strip(" .,:;*")
        if prose:
            name = re.sub(r"(?i)\s+(?:som|där|vilket|eftersom)\b.*$", "", name)
        if not name or len(name.split()) > 10 or len(name) < 4:
            return
        name = name[0].upper() + name[1:]
        if fold(name) not in {fold(k) for k in out}:
            out[name] = _item("priority_areas", name, span)

    introduced = {id(item) for unit in units if unit.kind == "sentence" and PRIORITY_INTRO.search(unit.text)
                  for item in unit.items}
    for unit in units:
        heading = unit.heading or ""
        if unit.kind == "item" and (PRIORITY_HEAD.search(heading) and not re.search(r"(?i)lovar|löfte", heading)
                                    or id(unit) in introduced):
            add(unit.text.split(":")[0] if len(unit.text.split(":")[0]) > 3 else unit.text, unit.span)
        elif unit.kind == "row" and not unit.header and PRIORITY_HEAD.search(heading) and unit.cells \
                and not re.search(r"(?i)grupp|forum|part", heading):
            add(unit.cells[0].split("\n")[0], unit.span)
        elif unit.kind == "sentence":
            for m in PRIORITY_PROSE.finditer(unit.text):
                add(m.group("area"), unit.span, True)
            if (m := PRIORITY_LIST.search(unit.text)) and (PRIORITY_HEAD.search(heading) or "område" in unit.text):
                parts = area_list(re.sub(r"(?i)^(?:följande|tre|fyra|fem|två)\s+(?:områden|fokusområden)\s*:?",
                                          "", m.group("list")))
                if len(parts) >= 2:
                    for part in parts:
                        add(part, unit.span, True)
    return list(out.values())


def area_list(text: str) -> list[str]:
    """Areas are split at commas and at the last "samt" or "och" only: "kriminella nätverk och nyrekrytering,
    våldsbejakande extremism samt alkohol och narkotika bland unga" has three."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    for conj in (" samt ", " och "):
        if conj in last and (len(parts) or conj == " samt " or last.count(" och ") == 1):
            head, _, tail = last.rpartition(conj) if conj == " och " else last.partition(conj)
            parts += [head, tail]
            break
    else:
        parts.append(last)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def level(party_names: list[str], text: str) -> str:
    joined = fold(" ".join(party_names))
    if "lokalpolisomrade" in joined or re.search(r"stadsdel|stadsomrades?(?:namnd|forvaltning)", joined):
        return "local"
    if re.search(r"polisomrade|polisregion", joined):
        return "central"
    return "local" if re.search(r"(?i)lokalpolisområde", text) else "central"
