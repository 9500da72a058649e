"""The parties of an agreement: the municipality (its districts, committees and administrations), the police
(region, police area, local police area) and others, with their organisation numbers.

Where the agreement has a parties section ("Parter", "Avtalsparter", a table headed "Parter") that is the
answer; else the title block (the lines before the first heading); else a sentence that says who enters into
the agreement ("ingås mellan", "tecknas av"). A chain that names one party from the top down ("Polismyndigheten,
Polisregion Syd, Lokalpolisområde X"; "Göteborgs Stad, Stadsområde Nordost") is that party: its last link.
"""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.agreement import SIGN_HEAD
from samverkan.extract.meaning.phrases import split_list
from samverkan.extract.meaning.text import SENTENCE_END, Unit, document_key, fold, lemma, one_a_line
from samverkan.extract.meaning.title import TITLE_WORDS, YEARS_END
from samverkan.extract.record import Field, Item

_NAME = r"[A-ZÅÄÖ][\wåäö-]+"
_LEVEL = r"(?i:Lokalpolisområde|Närpolisområde|Polisområde|Polisregion)|LPO"
_POLICE = r"(?:" + _LEVEL + r")\s+" + _NAME + r"(?:\s{1,2}(?!\s)(?!(?:" + _LEVEL + r")\b)(?:" + _NAME + \
    r"|syd|nord|city|väst|öst|mitt|län|norra|södra|västra|östra)(?!\s+(?i:stad|kommun)\b))?"  # not the next link
# (nor a letterhead's next column: a name's words stand a space or two apart)
_CITY_UNIT = r"(?i:Stadsområde|Stadsdelsområde|Stadsdelsnämnden\s+i|Stadsdelsförvaltningen|Stadsområdesnämnden\s+i|" \
    r"Stadsområdesförvaltningen)\s+" + _NAME
_CITY = r"(?:" + _NAME + r"(?:-" + _NAME + r")*\s+)+(?:stadsdelsnämnd|stadsdelsförvaltning|stadsområdesnämnd|" \
    r"stadsområdesförvaltning|kommun|stad|Stad|Kommun|socialnämnd)"
_BODY = r"[A-ZÅÄÖ][\wåäö-]+(?:stadsdelsnämnd|stadsdelsförvaltning|nämnden|förvaltningen)" \
    r"(?: (?!(?i:polis|region|lpo|lokalpolis|kommun|stad)\w*)[A-ZÅÄÖ][a-zåäö]+(?!\s+(?i:kommun|stad)\b))?"  # "Social-
# nämnden Nordost": a committee named for its part of a city keeps the name of the part
# a committee or board of a named municipality is that party whole ("Barn- och ungdomsnämnden i Nyby kommun")
_BODY_OF = r"[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[a-zåäö]+)?(?:nämnden|styrelsen|förvaltningen)\s+i\s+" + _CITY
_AUTHORITY = r"Polismyndigheten(?:\s+i\s+" + _NAME + r"\s+län)?"  # before 2015 one per county
# "Polisen i Nyby": the police by its everyday name
_POLICE_HERE = r"Polisen(?:\s+i\s+(?:region\s+)?" + _NAME + r"(?:\s+län)?)?(?!s)"
ORG = re.compile(r"(?P<name>" + "|".join((_POLICE, _CITY_UNIT, _BODY_OF, _CITY, _BODY, _AUTHORITY, _POLICE_HERE))
                 + r")\b"
                 r"(?P<alt>\s*/\s*(?!(?i:polis))[\wåäöÅÄÖ-]+)?")  # "Utbildningsnämnden / utbildningsförvaltningen":
# one party; "Nyby kommun / Polisen …" is two
EXECUTIVE = re.compile(r"(?i)^(?:kommun|stads)styrelsen\s+i\s+")  # it acts for the municipality: "X kommun"
ORG_NR = re.compile(r"\b(?P<nr>\d{6}-\d{4})\b")
# "X, Y och Z har kommit överens om …", "Mellan X och Y har följande överenskommelse träffats"
AGREED = re.compile(r"(?i)\s+har\s+(?:kommit\s+överens|enats|kommit\s+fram\s+till|träffat|ingått|tecknat)\b|"
                    # "X och Y skrev då under överenskommelsen …", "… undertecknade avtalet": who signed it
                    r"\s+(?:då\s+|nu\s+|i\s+dag\s+)?(?:skrev|skriver|undertecknade|tecknade|ingick)\s+"
                    r"(?:(?:då|nu|under|i\s+dag|i\s+\w+(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+)*"
                    # "… ingick i januari 2023 "Samverkansöverenskommelse för …"": the agreement by its quoted name
                    r"(?:\w*(?:överenskommelsen|avtalet|medborgarlöftet)\b|[\"”“«]\w*(?:överenskommelse|avtal|"
                    r"medborgarlöfte))|"
                    # "Den 9 mars ingick X och Y den överenskommelse som …": the verb before its subject
                    r"^(?:den\s+\d{1,2}\s+\w+\s+(?:19|20)\d\d|i\s+\w+\s+(?:19|20)\d\d|(?:19|20)\d\d|då|i\s+dag)\s+"
                    r"(?:ingick|tecknade|undertecknade|slöt)\s+(?-i:[A-ZÅÄÖ])[^.;]{3,160}?\s(?:den|det|en|ett)\s+"
                    r"(?:[a-zåäö]+\s+)?\w*(?:överenskommelse|avtal)|"
                    r"(?<!parterna)(?<!\bvi)\s+är\s+(?:överens|eniga|ense)\s+om\b|"
                    r"^mellan\b[^.]{3,160}?\s+har\s+(?:\w+\s+){0,3}?(?:träffats|ingåtts|slutits|tecknats)\b")
# "Överenskommelsen …, som X och Y ingick i december": the agreement the object of who concluded it
WHICH_THEY_CONCLUDED = re.compile(r"(?i)(?:överenskommelse|avtal)[a-zåäö]{0,8}\b[^.;]{0,120}?,\s+som\s+"
                                  r"(?P<list>[^.;,]{3,80}(?:,\s+[^.;,]{3,60})?),?\s+"
                                  r"(?:ingick|tecknade|slöt|har\s+ingått|har\s+tecknat)\b")
# "undertecknas av" names the signatories, not the parties
# "Överenskommelsen omfattar (även) X och Y": the agreement binds them
COVERS = r"\b(?:\w*överenskommelsen|\w*avtalet)\s+omfattar\s+(?:även\s+|också\s+)?(?=(?-i:[A-ZÅÄÖ]))"
# the verb forms of entering into an agreement ("ingås", "har tecknats", "har upprättats", "träffades")
CONCLUDED = r"(?:ingås|tecknas|sluts|träffas|upprättas|ingåtts|tecknats|slutits|träffats|upprättats|ingången|" \
    r"ingånget|ingicks|tecknades|slöts|träffades|upprättades|" \
    r"tecknad|tecknat|sluten|slutet|träffad|träffat|upprättad|upprättat)"
LISTED_AFTER = re.compile(r"(?i)\b" + CONCLUDED + r"\s+(?:av|mellan)\s+|"
                          r"^mellan\s+|" + COVERS)
LIST_END = re.compile(r"(?i),?\s+(?:som|vilka|vilket|där|för\s+att|i\s+syfte|om\s+att|avseende|gällande|inom|"
                      r"med\s+syfte|utifrån|kring)\b")
# "Parter", "Avtalets parter", "Vilka som har träffat överenskommelsen": who concluded it
PARTIES_HEAD = re.compile(r"(?i)\b(?:avtals|samverkans)?parter(?:na)?\b|^mellan\b|"
                          r"\b(?:träffat|ingått|tecknat|slutit)\s+(?:överenskommelsen|avtalet)\b|"
                          r"^(?:vi|de|vilka)\s+som\s+(?:(?:står|stod)\s+bakom|(?:har\s+)?(?:skrivit|skrev)\s+under|"
                          r"(?:har\s+)?undertecknat)\b|"  # "Vi som står bakom", "Vi som har skrivit under": who made it
                          # "Vilka har skrivit avtalet?": who made it (not "… skrivit under?", who signed it)
                          r"^(?:vem|vilka)\s+(?:har\s+)?(?:skrivit|skrev|ingått|ingick|tecknat|tecknade|står\s+bakom)\s+"
                          r"(?:avtalet|överenskommelsen)\b")
# "Parterna har enats om att prioritera" over a list: what the parties agreed on, no list of who they are
AGREED_ON = re.compile(r"(?i)\bparterna\s+(?:har\s+|ska\s+|skall\s+)?(?:enats|enas|kommit\s+överens|beslutat|valt|"
                       r"bestämt)\s+(?:om|att|ut|sig)\b")
# "Överenskommelsen omfattar följande parter:"
PARTIES_INTRO = re.compile(r"(?i)\bföljande\s+(?:\w+\s+)?parter\b|\bparter(?:na)?(?:\s+är)?\s*:$")
# a form's field naming a party: "Avtalspart (egen):", "Motpart:", "Part 2:"; and its organisation number's
PARTY_LABEL = re.compile(r"(?i)^(?:avtals|samverkans|mot)?part(?:er)?(?:\s*\d)?(?:\s*\([^()]{0,20}\))?\s*:?$")
COLUMN_NAME = re.compile(r"(?i)org(?:anisations)?\.?\s*(?:nr|nummer)|organisationsnummer|företräd(?:s|d|es)\s+av|"
                         r"företrädare|ombud|representant|representeras\s+av|undertecknare|firmatecknare|roll|"
                         r"kontakt(?:person|funktion|uppgifter)?|adress|diarienummer|diarienr|d\.?nr|ärendenummer")
NUMBER_LABEL = re.compile(r"(?i)^(?:org(?:anisations)?\.?\s*(?:nr|nummer)|organisationsnummer)\b[^:]{0,20}:?$")
# "Överenskommelsen är träffad mellan" over a list: the lead-in of the parties, within their section
PARTIES_LEAD_IN = re.compile(r"(?i)\b" + CONCLUDED + r"\s+(?:av|mellan)\s*:?$")
PARTIES_LEAD = re.compile(r"(?i)^(?:avtals|samverkans)?parter(?:na)?\s*(?::|är\b(?!\s+(?:överens|eniga|ense)\b)|"
                          r"i\s+(?:denna|överenskommelsen|den\s+(?:föreslagna|nya)\s+överenskommelsen))|"
                          # "Vi som står bakom överenskommelsen är …", "De som har skrivit under avtalet är …"
                          r"^(?:vi|de)\s+som\s+(?:står\s+bakom|(?:har\s+)?(?:skrivit|skrev)\s+under|"
                          r"(?:har\s+)?undertecknat)(?:\s+(?:den\s+här\s+|denna\s+)?\w*(?:överenskommelse|avtal)\w*)?"
                          r"\s+är\b")
PARTIES_SENTENCE = re.compile(r"(?i)\b(?:undertecknas|" + CONCLUDED + r")\s+(?:av\s+|mellan\s+)|"
                              r"\bparter(?:na)?\s+(?:i\s+\S+\s+)?(?:är|:)(?!\s+(?:överens|eniga|ense)\b)|"
                              r"\bdenna\s+\S*överenskommelse\w*\s+mellan\b|" + COVERS + "|"
                              r"^vi\s*[–—,(]\s*(?=(?-i:[A-ZÅÄÖ]))|"  # "Vi – X kommun och Polisen i X – har …"
                              + AGREED.pattern.removeprefix("(?i)") + "|"
                              + WHICH_THEY_CONCLUDED.pattern.removeprefix("(?i)"))
# ", nedan kallad kommunen", ", nedan gemensamt kallade parterna"
NICKNAME = re.compile(r"(?i),?\s*\((?:nedan|härefter|i\s+det\s+följande)\s[^()]{1,40}\)|"  # "(nedan LPO Nyby)"
                      r",?\s*\(?\b(?:nedan|härefter|i\s+det\s+följande)\s+(?:(?:gemensamt|tillsammans)\s+)?"
                      r"(?:kallad|kallat|kallade|benämnd|benämnt|benämnda|även\s+kallad)?\s*"
                      r"[\"”“'»]?[\wåäöÅÄÖ-]+[\"”“'«]?\)?")
SIGNED_FOR = re.compile(r"(?i)^för\s+(?P<who>[A-ZÅÄÖ].{2,80}?)\s*:?$")
CHAIN = re.compile(r"^\s*(?:,\s*|\(\s*)?(?:genom\s+|,\s*)?$")  # "X, Y", "X genom Y", "X (Y)"
NOT_A_PARTY_BEFORE = re.compile(r"(?i)\b(?:inom|under|(?<!polisen )i|hos|vid|för|till|från)\s+$")  # but "Polisen i X"
# words a capitalised run before "kommun" or "stad" may start with that are no part of the name
LEADING = re.compile(r"^(?:(?:Mellan|För|Med|Och|Samt|Parter\w*|Part|\w*[Aa]vtal\w*|\w*[Öö]verenskommelse\w*|"
                     r"Medborgarlöfte\w*|Samverkan\w*|Giltig\w*|Dnr|Diarienummer)\s+)+(?=\S+\s+\S)")
# the verbs a web page tells its reader what to do with ("Välj kommun nedan", "Sök kommun")
INSTRUCTION = re.compile(r"^(?:Välj|Sök|Hitta|Läs|Se|Besök|Kontakta|Klicka|Ange|Gå)\s")
# "… har en egen överenskommelse med Nyby kommun": the body another has its own agreement with, no party of this one
OWN_DEAL_WITH = re.compile(r"(?i)\b(?:egen|eget|egna|separat|separata)\s+(?:[a-zåäö]+\s+)?"
                           r"(?:[a-zåäö]*överenskommelse[a-zåäö]*|[a-zåäö]*avtal[a-zåäö]*)\s+med\s+$")
BELONGS_TO = re.compile(r"(?i)\b(?:tillhör|ingår\s+i|hör\s+till|(?:en\s+)?del\s+av|lyder\s+under)\s+$")
NOT_IN_SECTION = re.compile(r"(?i)(?:\b(?:inom|under|hos|vid|för|till|från)|(?<!en)\s+i)\s+$")  # "Nämnden i X": X
# "X deltar som part i …", "X omfattas också av överenskommelsen"
AS_PARTY = re.compile(r"(?i)\b(?:som|är|blir|också|även)\s+(?:en\s+)?part(?:er)?\b|"
                      r"\bomfattas\s+(?:också\s+|även\s+)?av\s+(?:denna\s+|den\s+)?\w*(?:överenskommelse|avtal)")
# an authority by its one-word name ("Trafikverket", "Kriminalvården")
AGENCY = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:verket|styrelsen|myndigheten|inspektionen|kassan|vården)$")
# "Länsstyrelsen i Nybys län", "… i Åby kommun"
OF_PLACE = re.compile(r"\si\s+[A-ZÅÄÖ][\wåäö-]*s?\s+(?:län|kommun|region)$")
# a common noun in the definite form (and its article and adjective) set before an organisation's proper name
APPOSED = re.compile(r"^(?:(?:det|den)\s+)?(?:[a-zåäö]+[ae]\s+)?[a-zåäö]{3,}(?:et|en)\s+(?=[A-ZÅÄÖ])")
NAME_LINKS = {"i", "och", "för", "av", "på", "&"}
LIST_WORDS = {"genom", "samt", "organisationsnummer", "företrädd", "företrätt", "företrädda"}  # "X genom Y samt Z"
NOT_PARTIES = re.compile(r"(?i)\b(?:är|vara)\s+inte\s+(?:en\s+)?parte?r?\b")
OWN = re.compile(r"(?i)polis|kommun|\bstad|nämnd|förvaltning")  # the two sides by another name ("Polisen i X")
# "Nyby Kommunfastigheter AB", "Kommunalförbundet Räddningstjänsten Nyby": its own legal person
COMPANY = re.compile(r"\bAB\b|(?i:\baktiebolag(?:et)?\b|förbund(?:et)?\b)")
CITY_WORD = re.compile(r"(?i)kommun|\bstad\b|stadsdel|stadsområde|nämnd|förvaltning")  # not "Bostadsbolaget"
AUTHORITY_REGION = re.compile(r"(Polismyndigheten|Polisen)\s*(?:,|genom)?\s*(?:region|Region)\s+[A-ZÅÄÖ][\wåäö]+")
POLICE_DOES = re.compile(r"Polisen\s+(?!och\b|samt\b|i\s+(?:region\s+)?[A-ZÅÄÖ])[a-zåäö]")  # "Polisen ansvarar för …"
BARE_POLICE = {"Polismyndigheten", "Polisen"}  # the authority itself: a police area named for it is the party
# words before a party's name that are none of it ("Även Nybyhem AB är part")
# and the verb after such a word ("Därutöver deltar X som part")
ADVERB = re.compile(r"^(?:Även|Också|Dessutom|Därutöver|Därtill|Vidare|Slutligen)\s+(?:[a-zåäö]+\s+(?=[A-ZÅÄÖ]))?")
PARAGRAPH_NUMBER = re.compile(r"^\d+(?:\.\d+)+\s+")  # "1.3  Nyby Energi AB, organisationsnummer …": an entry
COMMON = re.compile(r"(?i)^(?:stadsdelsnämnden|stadsdelsförvaltningen|nämnden|förvaltningen)$")


def parties(units: list[Unit], doc: Document | None = None) -> list[Item]:
    """The agreement's parties, from its parties section, its title block, a sentence naming them or the
    signatures ("För Nyby kommun"); a side (municipality or police) the first of these leaves out is taken from
    the signatures."""
    signed = _signed_for(units)
    block = _title_block(units, doc.top if doc is not None else 1)
    key = document_key(units)
    for chosen in (_section(units, doc), block, _sentences(units), signed, _sentences(units, True)):
        found = _read(chosen, key)
        if found and chosen is block and _one_side(found) and not _one_side(_read(_sentences(units), key)):
            continue  # a letterhead of one side is the sender's; a sentence names both who concluded it
        if found:
            if chosen is block:  # a letterhead abbreviates; a parties section names them as the agreement does
                _spelled_out(found, units)
            _precise_police(found, [_section_mentions(units, doc), _sentences(units), signed,
                                    _sentences(units, anywhere=True)], units)
            for source in (_sentences(units), signed):  # a side left out: from a sentence naming the parties,
                _other_side(found, _read(source))       # else from the signatures
            _police_in_lower_case(found, chosen, units)
            _lowest_police(found)
            _police_of_signer(found, units)
            _region_as_municipality(found)
            _numbers_stated(found, units)
            _numbers_in_form(found, doc)
            return list(found.values())
    found = _read(_pair(units))
    _numbers_in_form(found, doc)
    return list(found.values())


# a party's organisation number stated right after its name anywhere ("… mellan Nyby kommun, org.nr 212000-0000,"),
# or bare in a field whose label says what it is ("Kommun och org.nr: Nyby kommun, 212000-0000")
STATED_NUMBER = r"\s*[,(]\s*(?:org\.?\s*nr|organisationsnummer)\.?\s*:?\s*(?P<nr>\d{6}-\d{4})\b"
NUMBER_FIELD = re.compile(r"(?i)^[^:]{0,30}\b(?:org\.?\s*nr|organisationsnummer)\.?\s*:")
NUMBER_SAID = r"(?:org\.?\s*nr|organisationsnummer)\.?\s+(?:är\s+)?(?P<nr>\d{6}-\d{4})\b"  # "X:s org.nr är …"
BARE_NUMBER = r"\s*[,(]\s*(?P<nr>\d{6}-\d{4})\b"


def _numbers_stated(found: dict[str, Item], units: list[Unit]) -> None:
    """The organisation number a sentence states beside a party's name, for a party read without one (its
    parties named in a title line, their numbers in the sentence that enters the agreement)."""
    for name, item in found.items():
        if "org_number" in item.fields:
            continue
        pattern = re.compile(re.escape(name) + STATED_NUMBER, re.I)
        bare = re.compile(re.escape(name) + BARE_NUMBER, re.I)
        # "Polismyndighetens organisationsnummer är …": the authority's number is its police area's
        owners = "|".join(re.escape(n) for n in [name, *(("Polismyndigheten", "Polisen") if _police(name) else ())])
        whose = re.compile(r"(?:" + owners + r")(?::s|s)?\s+" + NUMBER_SAID, re.I)
        for unit in units:
            if unit.kind in ("sentence", "item") and (m := pattern.search(unit.text) or whose.search(unit.text) or (
                    NUMBER_FIELD.match(unit.text) and bare.search(unit.text))):
                item.fields["org_number"] = Field(m.group("nr"), unit.span)
                break


# a form's field, its label set off by a colon or a dot leader ("Organisation ...... Nyby kommun"); the label
# opens on a letter, so a line indented deep is scanned once
FORM_FIELD = re.compile(r"^\s*(?P<label>[^.:\s][^.:]{1,39}?)\s*(?:\.{3,}|:)\s*(?P<value>\S.*?)\s*$")
NUMBER_LABEL_WORDS = re.compile(r"(?i)^(?:org(?:anisations)?\.?\s*(?:nr|nummer)|organisationsnummer)$")


def _numbers_in_form(found: dict[str, Item], doc: Document | None) -> None:
    """A form's "Organisationsnummer" field right under the field that names a party ("Organisation ....... Nyby
    kommun" over "Organisationsnummer ... 212000-0000"): that party's number."""
    for n in range(1, len(doc) if doc is not None else 0):
        above, below = FORM_FIELD.match(doc.line(n)), FORM_FIELD.match(doc.line(n + 1))
        if above is None or below is None or not NUMBER_LABEL_WORDS.match(below.group("label")) \
                or not (nr := ORG_NR.fullmatch(below.group("value"))):
            continue
        item = next((i for name, i in found.items() if fold(name) == fold(above.group("value"))), None)
        if item is not None and "org_number" not in item.fields:
            item.fields["org_number"] = Field(nr.group("nr"), Span(n + 1, n + 1))


def _pair(units: list[Unit]) -> list[tuple[Unit, bool]]:
    """Without a parties section, a title naming them or a sentence saying who entered into the agreement (a news
    item about it): the first sentence that names the two sides together ("… hur Nyby kommun och lokalpolisområde
    Nyby ska arbeta ihop"), a municipality and a police body with only "och" between them."""
    for unit in units[:30]:
        if unit.kind != "sentence":
            continue
        every = [m for m in ORG.finditer(unit.text) if not NOT_A_PARTY_BEFORE.search(unit.text[:m.start()])]
        chains: list[list[re.Match]] = []  # "Polismyndigheten genom lokalpolisområde X": one party, X
        for m in every:
            if chains and _chained(unit.text, chains[-1][-1], m) and _level(m) > _level(chains[-1][-1]):
                chains[-1].append(m)
            else:
                chains.append([m])
        for a, b in zip(chains, chains[1:], strict=False):
            if re.fullmatch(r"\s+(?:och|samt)\s+", _between(unit.text, a[-1], b[0])) and _side(a[-1]) != _side(b[-1]) \
                    and {a[-1].group("name"), b[-1].group("name")}.isdisjoint(BARE_POLICE):
                return [(Unit("sentence", unit.text[a[0].start():b[-1].end()], unit.span, unit.heading), False)]
        if (found := _with_the_police(unit, chains, units)) is not None:
            return found
    return []


def _with_the_police(unit: Unit, chains: list[list[re.Match]], units: list[Unit]) -> list[tuple[Unit, bool]] | None:
    """"… som Nyby kommun och polisen ska arbeta med": the municipality and, for "polisen", the one police area
    the document names, even only as whose chief signs ("chef för lokalpolisområde Nyby")."""
    for chain in chains:
        m = chain[-1]
        if _side(m) == "city" and re.match(r"\s+(?:och|samt)\s+polisen\b", unit.text[m.end():]):
            areas = {" ".join(p.group("name").split()) for u in units for p in ORG.finditer(u.text)
                     if _police(p.group("name")) and p.group("name") not in BARE_POLICE
                     and not p.group("name").startswith("Polisen")}
            if len(areas) == 1:
                text = f"{m.group('name')} och {areas.pop()}"
                return [(Unit("sentence", text, unit.span, unit.heading), False)]
    return None


def _police_in_lower_case(found: dict[str, Item], chosen: list[tuple[Unit, bool]], units: list[Unit]) -> None:
    """"Nyby kommun och polisen skrev under …": the police by its common noun is the only police area the
    document names."""
    if any(i.fields["party"].value == "police" for i in found.values()) \
            or not any(re.search(r"\bpolisen\b", u.text) for u, _ in chosen if u.kind == "sentence"):
        return
    if len(named := _police_named(units)) == 1:
        _add(found, named[0][0], None, named[0][1])


# who signed, in a sentence: "skrevs under av A och B, som är chef för lokalpolisområde Nyby"
SIGNING = re.compile(r"(?i)\b(?:underteckna\w*|signera\w*|skr(?:ev|evs|iver|ivs)\s+under)\b")
CHIEF_OF = re.compile(r"(?i)\bchef(?:en)?\s+för\s+$")


def _police_of_signer(found: dict[str, Item], units: list[Unit]) -> None:
    """No police party named, only the bare "Polisen" that signed: the police area whose chief a sentence about
    the signing says signed ("… och B, som är chef för lokalpolisområde Nyby") acts for it."""
    if any(i.fields["party"].value == "police" for i in found.values()):
        return
    for unit in units:
        if unit.kind != "sentence" or not SIGNING.search(unit.text):
            continue
        for m in ORG.finditer(unit.text):
            name = " ".join(m.group("name").split())
            if CHIEF_OF.search(unit.text[:m.start()]) and _police(name) and name not in BARE_POLICE:
                _add(found, name[:1].upper() + name[1:], None, unit.span)
                return


def _other_side(found: dict[str, Item], more: dict[str, Item]) -> None:
    """The parties of a side `found` lacks (or names only as the bare authority) from `more`."""
    sides = {i.fields["party"].value for i in found.values()}
    bare = {"police"} if {k for k in found if _police(k)} <= BARE_POLICE else set()
    for name, item in more.items():
        if item.fields["party"].value in ({"city", "police"} - sides) | bare and name not in found:
            if item.fields["party"].value == "police":
                for authority in BARE_POLICE:  # the authority: the police area that acts for it
                    found.pop(authority, None)
            found[name] = item


def _one_side(found: dict[str, Item]) -> bool:
    """Whether the parties read are of one side only (the municipality's or the police's), or none."""
    return not {"city", "police"} <= {i.fields["party"].value for i in found.values()}


def _lowest_police(found: dict[str, Item]) -> None:
    """Police units of several levels, each on a line of its own ("LOKALPOLISOMRÅDE NYBY" over "Polisregion Syd ·
    Polisområde X" in a letterhead): the units above are what the lowest belongs to, the party is the lowest."""
    police = {k: _name_level(k) for k in found if _police(k) and k not in BARE_POLICE}
    lowest = max(police.values(), default=0)
    for k, level in police.items():
        if level < lowest:
            found.pop(k)


def _region_as_municipality(found: dict[str, Item]) -> None:
    """The police's counterpart is a municipality; where the only other side is one region ("Region Gotland",
    which has the municipality's tasks) or one kommunalförbund (which does them for the municipalities that own
    it: "Kunskapsförbundet Nyby"), that body is it."""
    kinds = {i.fields["party"].value for i in found.values()}
    regions = [i for k, i in found.items() if re.match(r"Region\s+[A-ZÅÄÖ]", k) or re.search(r"förbund(?:et)?\b", k)]
    if "police" in kinds and "city" not in kinds and len(regions) == 1:
        regions[0].fields["party"] = Field("city", regions[0].fields["party"].span)


def _section_mentions(units: list[Unit], doc: Document | None) -> list[tuple[Unit, bool]]:
    """The parties section's sentences that name a police area, each read alone ("Polisen företräds av
    lokalpolisområde Nyby" under the heading "Polismyndigheten")."""
    return [(u, False) for u, _ in _section(units, doc) if u.kind == "sentence"
            and any(_police(name) and name not in BARE_POLICE for name, _ in mentions(u.text, False))]


def _precise_police(found: dict[str, Item], sources: list[list[tuple[Unit, bool]]], units: list[Unit]) -> None:
    """The police named by an everyday name ("Polisen i Nyby" in a title) gives way to the police area a
    sentence naming the parties, or the signatures, give ("Polismyndigheten genom Lokalpolisområde Nyby"), or
    else the only one the document names."""
    police = [k for k in found if _police(k)]
    if any(k not in BARE_POLICE and not k.startswith("Polisen ") for k in police):
        for authority in BARE_POLICE & set(police):  # "Polismyndigheten" beside its "lokalpolisområde X": X
            found.pop(authority)
        return
    if not police or not all(k in BARE_POLICE or k.startswith("Polisen ") for k in police):
        return
    for source in sources:
        precise = {k: i for k, i in _read(source).items() if _police(k) and k not in BARE_POLICE
                   and not k.startswith("Polisen ")}
        if precise:
            for k in police:
                found.pop(k)
            found.update(precise)
            return
    if set(police) <= BARE_POLICE and len(named := _police_named(units)) == 1:  # a leaflet's "Polisen"
        for k in police:
            found.pop(k)
        _add(found, named[0][0], None, named[0][1])


def _police_named(units: list[Unit]) -> list[tuple[str, Span]]:
    """Each police body below the authority the document names anywhere as a party could be (not as what one
    belongs to), with where it is first named."""
    named: dict[str, Span] = {}
    for unit in units:
        for m in ORG.finditer(unit.text):
            name = " ".join(m.group("name").split())
            if BELONGS_TO.search(unit.text[:m.start()]) or NOT_A_PARTY_BEFORE.search(unit.text[:m.start()]):
                continue  # "som hör till Polisområde Nord", "chefen för LPO Nyby": where, not who
            if _police(name) and name not in BARE_POLICE and not name.startswith("Polisen ") \
                    and not any(_same_body(name, k) for k in named):
                named[name] = unit.span
    return list(named.items())


def _spelled_out(found: dict[str, Item], units: list[Unit]) -> None:
    """"LPO Nyby" in a letterhead is the "lokalpolisområde Nyby" the text names in full: the full name."""
    for short in [k for k in found if k.startswith("LPO ")]:
        full = fold("lokalpolisområde " + short[4:])
        named = (name for u in units if u.kind == "sentence" for name, _ in mentions(u.text, False))
        if (name := next((n for n in named if fold(n) == full), None)) is not None:
            item = found.pop(short)
            item.name = name
            found[name] = item


# a parties entry that names its party by a short form ("1.1 EK, org.nr …, företrädd av KS")
SHORT_ENTRY = re.compile(r"^(?P<number>\d+(?:\.\d+)*\.?\s+)?(?P<short>[A-ZÅÄÖ]{2,6})(?=\s*[,(]|\s+org|\s*$)")


def _read(chosen: list[tuple[Unit, bool]], key: dict[str, str] | None = None) -> dict[str, Item]:
    """The parties the units name; an entry of a parties section that names one by a short form names it in the
    words the document's key gives ("EK" → "Nyby kommun")."""
    chosen = _merged_down(chosen)
    found: dict[str, Item] = {}
    aside: set[int] = set()  # the items of a sentence that says things about others ("Andra aktörer är:")
    read_so_far = ""  # the text of the units read, where a party's short form is given
    for unit, strict in chosen:
        if not strict and {i.fields["party"].value for i in found.values()} >= {"city", "police"}:
            break  # outside a parties section, the first mentions that name both sides are the parties
        if strict and found and unit.kind == "sentence" and not _names_parties(unit.text) \
                and not _numbered_entry(unit.text) or id(unit) in aside:
            aside |= {id(item) for item in unit.items}
            continue  # once the section has named the parties, its prose says things about them (or others)
        text = NICKNAME.sub("", _party_cell(unit.cells) if unit.kind == "row" else unit.text)
        if strict and key and (short := SHORT_ENTRY.match(text)) and short.group("short") in key:
            text = (short.group("number") or "") + key[short.group("short")] + text[short.end():]
        if unit.kind == "sentence" and (concluded := WHICH_THEY_CONCLUDED.search(text)):
            text = concluded.group("list")  # "…, som X och Y ingick": the relative clause names them
        named = mentions(text, strict)
        if unit.kind == "row" and named and len(unit.cells) == 2 and PARTY_LABEL.match(unit.cells[0]):
            named += [(o, None) for o in _others_listed(text) if not OWN.search(o)]  # "Parter | A kommun, B AB, …"
        if not named and strict and (other := _other(PARAGRAPH_NUMBER.sub("", text))) \
                and (unit.kind in ("row", "item") or _proper(text)
                     or PARAGRAPH_NUMBER.match(text) and _own_number(text, other)):
            named = [(other, _own_number(text, other))]  # an entry: a name alone, or with its number after it
        elif unit.kind == "sentence" and (lead := PARTIES_LEAD.search(text)):
            named += [(o, None) for o in _others_listed(text[lead.end():])]
        elif not strict and _title_line(unit) and (between := re.search(r"(?i)\bmellan\s+", text)):
            named += [(o, None) for o in _others_listed(text[between.end():]) if not OWN.search(o)]
        elif unit.kind == "sentence" and (listed := _listed_part(text) or strict and _bare_list(text)):
            named += [(o, None) for o in _others_listed(listed) if not OWN.search(o)]
        elif not strict and (line := _names_line(text)):
            named += [(o, None) for o in _others_listed(line) if not OWN.search(o)]  # "X kommun – LPO X – X AB"
        elif unit.kind == "sentence" and (party := AS_PARTY.search(text)) and not named \
                and not re.search(r"(?i)\b(?:inte|ej|aldrig)\b", text[:party.end()]):
            named = [(s, _own_number(text, s)) for s in _subjects(text[:party.start()])]  # "X AB ansluter som part"
        read_so_far += " " + unit.text
        _add_named(found, named, unit, read_so_far)
    return found


def _merged_down(chosen: list[tuple[Unit, bool]]) -> list[tuple[Unit, bool]]:
    """Rows of a parties table under one party's cell merged down ("Polismyndigheten" beside "Polisregion X",
    "Polisområde Y" and "Lokalpolisområde Z", a row each): one row, each column's cells in a list, so that the
    chain is read as one party, its deepest link."""
    out: list[tuple[Unit, bool]] = []
    for unit, strict in chosen:
        above = out[-1][0] if out else None
        if above is not None and unit.kind == above.kind == "row" and unit.cells and above.cells \
                and len(unit.cells) == len(above.cells) and unit.cells[0] and unit.cells[0] == above.cells[0] \
                and unit.span.start <= above.span.end + 3:
            cells = [a if not b or b == a else f"{a}, {b}" if a else b for a, b in zip(above.cells, unit.cells,
                                                                                   strict=True)]
            out[-1] = (Unit("row", " | ".join(cells), above.span | unit.span, above.heading, cells=cells), strict)
            continue
        out.append((unit, strict))
    return out


def _add_named(found: dict[str, Item], named: list[tuple[str, str | None]], unit: Unit, read_so_far: str) -> None:
    """The parties a unit names, each with its number (a table row's, when the name had none beside it); a short
    form of one already read is that one."""
    for name, nr in named:
        if unit.kind == "row" and not nr and (found_nr := ORG_NR.search(unit.text)):
            nr = found_nr.group("nr")
        if not _short_of_found(name, found, read_so_far):
            _add(found, name, nr, unit.span)


def _short_of_found(name: str, found: dict[str, Item], text: str) -> bool:
    """Whether a name is the short form a party already read was given in brackets ("Nyby Fastighets AB (NFAB)" …
    "NFAB är med som part"): that party again, no other."""
    return bool(re.fullmatch(r"[A-ZÅÄÖ]{2,6}", name)) and any(
        re.search(re.escape(k) + r"\s*\(" + re.escape(name) + r"\)", text) for k in found)


def _title_line(unit: Unit) -> bool:
    """A title ("Samverkansavtal mellan X, Y och Z"): a heading or an unfinished line that names an agreement."""
    return unit.kind in ("heading", "sentence") and bool(TITLE_WORDS.search(unit.text)) \
        and not unit.text.endswith(".")


def _names_parties(text: str) -> bool:
    """A sentence that names parties as parties: "Parter är …", "… ingås mellan …", "X deltar som part", a bare
    list of names, or a name with its organisation number."""
    return bool(PARTIES_SENTENCE.search(text) or PARTIES_LEAD.search(text) or PARTIES_INTRO.search(text)
                or ORG_NR.search(text)
                or AS_PARTY.search(text) or _bare_list(text))


def _numbered_entry(text: str) -> bool:
    """A paragraph of the parties section numbered as an entry that opens with a party's name ("2.3
    Polismyndigheten, …, genom lokalpolisområde Åby, som svarar för …"): it names a party, whatever it goes on
    to say of it."""
    return bool((number := PARAGRAPH_NUMBER.match(text)) and ORG.match(text, number.end()))


def _signed_for(units: list[Unit]) -> list[tuple[Unit, bool]]:
    """The bodies the signatures are made for ("För Nyby kommun", "För Polismyndigheten, LPO Nyby"), each as a
    unit of its own, from the last part of the document."""
    out = []
    last = max((u.span.end for u in units), default=0)
    for unit in units:
        if unit.span.start < last - 30 and not SIGN_HEAD.search(unit.heading or ""):
            continue
        for cell in unit.cells or re.split(r"\s{3,}|\t+|\s+\|\s+", unit.text):  # a web page's cells joined by "|"
            if signed := SIGNED_FOR.match(cell.strip(" *_|")):
                out.append((Unit("item", signed.group("who"), unit.span, unit.heading), True))
    return out


def _party_cell(cells: list[str]) -> str:
    """The cell of a parties table that names the party: the first, unless only a later one names a municipal
    or police body ("Polisen | Polismyndigheten, LPO Nyby") or another by its proper name ("Bolaget | Nybyhem AB")."""
    def named(cell: str) -> bool:  # a body by its name: not the bare "Polisen" of a column of roles
        return any(m.group("name") not in BARE_POLICE for m in ORG.finditer(cell))

    if not cells or named(cells[0]):
        return cells[0] if cells else ""
    return next((c for c in cells[1:] if named(c)), None) or next((c for c in cells if _other(c)), cells[0])


def _section(units: list[Unit], doc: Document | None = None) -> list[tuple[Unit, bool]]:
    """The units of the parties section: under a parties heading (subheadings that name a party too, "2.1 Nyby
    kommun"), rows of a table headed "Parter" or "Part", sentences (or a fact list's items) that start "Parter:" or
    "Parterna är", and the items of a sentence that introduces them ("Överenskommelsen omfattar följande parter:")."""
    out, table, section, listed = [], False, False, set()
    for unit in (u for whole in units for u in _one_a_line(whole, doc)):
        if unit.kind == "sentence" and unit.text.endswith(":") and PARTIES_INTRO.search(unit.text):
            listed |= {id(item) for item in unit.items}
        if unit.kind == "heading":
            # a party as a subheading of the section; after one, another by its proper name ("Nybyhem AB")
            sub = section and (ORG.search(unit.text) or out and out[-1][0].kind == "heading" and _proper(unit.text))
            section = bool(PARTIES_HEAD.search(_bare(unit.text))) and not AGREED_ON.search(unit.text) \
                or section and bool(sub or PARTIES_LEAD_IN.search(unit.text) or _side_label(unit.text))
            if sub:
                out.append((unit, True))
        elif unit.kind == "row" and unit.cells and (unit.header or _column_names(unit.cells)) \
                and (PARTIES_HEAD.search(unit.cells[0]) or fold(unit.cells[0]).strip() == "part"):
            table = not any(CONTACT_COLUMN.search(fold(c)) for c in unit.cells)  # a table headed "Parter | Ombud";
            # not "Part | Namn | E-post", the parties' contact persons
        elif unit.kind == "row" and (table or PARTIES_HEAD.search(_bare(unit.heading))) and unit.cells:
            out.append((unit, True))
        elif unit.kind == "row" and unit.cells and PARTY_LABEL.match(unit.cells[0]):
            out.append((unit, True))  # a form: "Motpart: | Polismyndigheten, …, lokalpolisområde Nyby"
        elif unit.kind == "row" and unit.cells and NUMBER_LABEL.match(unit.cells[0]) and out \
                and out[-1][0].kind == "row" and PARTY_LABEL.match(out[-1][0].cells[0]):
            party = out[-1][0]  # "Org.nr (motpart): | 202100-0076" under it: that party's number
            out[-1] = (Unit("row", party.text + " | " + unit.text, party.span | unit.span, party.heading,
                            cells=party.cells + unit.cells), True)
        elif section or unit.kind in ("sentence", "item") and PARTIES_LEAD.search(unit.text) or id(unit) in listed:
            out.append((unit, True))
        if unit.kind != "row":
            table = False
    return out


# a column of a table of contact persons: how to reach each ("E-post", "Telefon", "Mejl")
CONTACT_COLUMN = re.compile(r"^(?:e-?post|e-?mail|mejl|mail|telefon|tel|mobil|telefonnummer)\b")


def _column_names(cells: list[str]) -> bool:
    """A row of a table's column names that no flag marked ("Part | Organisationsnummer | Företräds av")."""
    return len(cells) > 1 and all(COLUMN_NAME.fullmatch(c.strip(" *:")) for c in cells[1:])


def _side_label(text: str) -> bool:
    """A label over a party's name in a list of the parties ("Kommunen", "Polisen", "Bostadsbolaget" each over the
    body's name): one noun in its definite form, no name of its own."""
    word = text.strip(" #*_:")
    base = lemma(word)
    return word.isalpha() and word[1:].islower() and word.casefold() in {base + "en", base + "et", base + "t"}


def _one_a_line(unit: Unit, doc: Document | None) -> list[Unit]:
    """Lines of one name each, read as a list (not "Parter: X och Y" on one line)."""
    if doc is None or PARTIES_LEAD.search(unit.text):
        return [unit]
    return one_a_line(unit, doc)


def _bare(heading: str) -> str:
    """A heading without its number ("§ 1 Avtalsparter", "2.1 Parter")."""
    return re.sub(r"^(?:§\s*)?\d+(?:\.\d+)*\.?\s+", "", heading or "")


def _title_block(units: list[Unit], top: int) -> list[tuple[Unit, bool]]:
    """The units up to the first heading after the title (a letterhead's headings before it, and a line of the
    parties' names under it, do not end the block), within 15 lines of the top, that name parties as "X och Y",
    "X, Y", "X – Y"."""
    out, headings, titled = [], 0, False
    for unit in units:
        if unit.kind == "heading" and titled and _names_line(unit.text):
            unit = Unit("sentence", _names_line(unit.text), unit.span, unit.heading)  # "NYBY KOMMUN OCH LPO NYBY"
        if unit.kind == "heading" and titled and len(unit.text.split()) <= 4 and YEARS_END.search(unit.text.strip()):
            continue  # "MEDBORGARLÖFTE" / "NYBY 2026–2027": the title's second line
        headings += unit.kind == "heading"
        if unit.kind == "heading" and (titled or headings > 1 and not TITLE_WORDS.search(unit.text)) \
                or unit.span.start > top + 14:
            break
        titled = titled or unit.kind != "row" and bool(TITLE_WORDS.search(unit.text))  # not a letterhead's cell
        if (label := FORM_LABEL.match(unit.text)) and not re.search(r"(?i)part|mellan", label.group()):
            continue  # a minute's "Närvarande: A, kommundirektör, Nyby kommun" names where people work
        if len(unit.text) < 120 and re.search(r"\s(?:och|&|samt)\s|,", unit.text) or ORG.match(unit.text):
            out.append((unit, False))
    return out


FORM_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäö]*(?:\s[\wåäö]+){0,3}:\s")  # "Närvarande: …", "Plats och tid: …"


def _names_line(text: str) -> str | None:
    """A line that is nothing but the names of bodies ("Nyby kommun – Polisen i Nyby", "NYBY KOMMUN OCH
    LOKALPOLISOMRÅDE NYBY"), as a list of them in the case names are written."""
    if text.isupper():
        text = " ".join(w.lower() if w.lower() in NAME_LINKS | {"kommun", "stad"} else w.capitalize()
                        for w in text.split())
    text = re.sub(r"\s+[–—-]\s+", ", ", text)
    parts = split_list(text)
    named = [p for p in parts if ORG.fullmatch(p) or _other(p)]
    return text if named and len(named) == len(parts) and any(ORG.fullmatch(p) for p in parts) else None


def _sentences(units: list[Unit], anywhere: bool = False) -> list[tuple[Unit, bool]]:
    """Sentences that name the parties, in the first part of the document or among its first sentences (a
    cover page and a table of contents may come first); `anywhere`: in an appendix too, or in a report on
    the agreement that says so late ("Den har träffats mellan X och Y")."""
    first = set(map(id, [u for u in units if u.kind == "sentence"][:8]))
    near = [u for k, u in enumerate(units) if anywhere or k < max(12, len(units) // 3) or id(u) in first]
    said = [part for u in near for part in ([u] if u.kind == "sentence" else _item_sentences(u))]
    return [(u, False) for u in said if PARTIES_SENTENCE.search(u.text) or _introduces(u.text)]


def _item_sentences(unit: Unit) -> list[Unit]:
    """The sentences of a list item of several ("* Namnet blir … . Parter är X och Y."): a point of a summary
    says what a paragraph would."""
    parts = SENTENCE_END.split(unit.text) if unit.kind == "item" else []
    return [Unit("sentence", p, unit.span, unit.heading) for p in parts] if len(parts) > 1 else []


def _introduces(text: str) -> bool:
    """A sentence that gives the parties the short names the agreement calls them by ("Nyby kommun (nedan
    kommunen) och Polismyndigheten genom lokalpolisområde Nyby (nedan polisen) har …") introduces them."""
    return len(re.findall(r"(?i)\bnedan\s+(?:kallad\s+|benämnd\s+)?(?:kommunen|polisen|staden|parterna)\b", text)) >= 2


def mentions(text: str, strict: bool) -> list[tuple[str, str | None]]:
    """(name, organisation number) of each party a text names; a chain from the top down is its last link."""
    if NOT_PARTIES.search(text):
        return []
    before = NOT_IN_SECTION if strict else NOT_A_PARTY_BEFORE
    every = list(ORG.finditer(text))
    context = [m for m in every if before.search(text[:m.start()])  # "… i Polisområde Nord": where, no party
               or OWN_DEAL_WITH.search(text[:m.start()])]
    matches = [m for m in every if m not in context and not _aside(text, m)
               and not BELONGS_TO.search(text[:m.start()]) and not POLICE_DOES.match(text[m.start():])
               and not _continues(text, context, m)]
    out: list[tuple[str, str | None]] = []
    carried: str | None = None  # a chain's organisation number, written beside a link above its last
    for i, m in enumerate(matches):
        following = matches[i + 1] if i + 1 < len(matches) else None
        previous = matches[i - 1] if i else None
        upto = following.start() if following else len(text)
        found = ORG_NR.search(text[m.end(): min(upto, m.end() + 80)])
        nr = found.group("nr") if found else None
        if following and _chained(text, m, following) and _level(following) > _level(m):
            carried = carried or nr
            continue  # "Polismyndigheten, Polisregion Öst, Lokalpolisområde X": X
        if previous and _chained(text, previous, m) and _level(previous) > _level(m):
            if nr and out and out[-1][1] is None and previous.end() <= m.start():
                out[-1] = (out[-1][0], nr)  # "Nyby stadsdelsnämnd, Nyby stad (org.nr …)": the district's
            continue  # "LPO X, Polisområde Y": X
        nr, carried = nr or carried, None
        name = EXECUTIVE.sub("", LEADING.sub("", m.group("name"))) + (m.group("alt") or "")
        if INSTRUCTION.match(name):
            continue  # a web page's instruction ("Välj kommun nedan"), no name
        if not strict and name.endswith("förvaltningen") and " " not in name:
            continue  # an administration mentioned in passing, not a party
        out.append((" ".join(name.split()), nr))
    return out


def _continues(text: str, context: list[re.Match], m: re.Match) -> bool:
    """A higher link chained to a place named as context ("LPO X i Polisområde Nord, Polisregion Stockholm"):
    context too."""
    return any(_chained(text, c, m) and _level(c) > _level(m) for c in context if c.end() <= m.start())


def _aside(text: str, m: re.Match) -> bool:
    """A name in a relative or negated clause ("…, som även ansvarar för Ekerö kommun", "Region X omfattas
    inte") is said about a party, not one; a relative clause that concludes the agreement ("en överenskommelse
    som ingåtts mellan X och Y") names its parties."""
    start = max(text.rfind(c, 0, m.start()) for c in ",;:(") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ",;:()") if i >= 0]
    clause = text[start: min(ends) if ends else len(text)]
    relative = re.search(r"(?i)\bsom\b(?P<rest>.*)", text[start:m.start()])
    return bool(re.search(r"(?i)\b(?:inte|ej)\b", clause)
                or relative and not re.search(r"(?i)\b" + CONCLUDED + r"\s+(?:av|mellan)\s|"
                                              r"\b(?:skrivit|skrev)\s+under\s+är\s|\bundertecknat\s+är\s|"
                                              r"\b(?:står|stod)\s+bakom\s+(?:\w+\s+)?är\s",
                                              relative.group("rest"))  # "Vi som har skrivit under är X och Y"
                and not RELATIVE_CONCLUDES.match(text, m.end()))


# the verb that ends a relative clause whose subjects entered into the agreement ("…, som X och Y har ingått",
# "…, som X och Y slöt i december")
RELATIVE_CONCLUDES = re.compile(r"(?i)[^.;:]*?\s(?:(?:har|hade)\s+(?:\w+\s+)?(?:ingått|träffat|tecknat|slutit|"
                                r"undertecknat|skrivit\s+under)|ingick|slöt|tecknade|undertecknade)\b")


def _other(text: str) -> str | None:
    """An item of a parties list that names no municipality or police body: an organisation by its proper name
    ("AB Familjebostäder", "Region Exempel"), as written up to a comma, parenthesis or organisation number."""
    text = re.sub(r"^[\wåäöÅÄÖ]+(?:\s[\wåäö]+)?:\s+(?=[A-ZÅÄÖ])", "", text.strip(" -•*"))  # "Bolaget: Nybyhem AB"
    text = APPOSED.sub("", text)  # "(det kommunala) bostadsbolaget Nybyhem AB": the name after its common noun
    name = re.split(r"\s*[,(]|\s+(?:org\.?\s*nr|organisationsnummer)\b", text, maxsplit=1)[0]
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.isupper() for w in words[:1]):
        return None
    if not any(w.strip(".&-").isalpha() for w in words):
        return None  # a code ("Diarienummer: KS/2025:61"), not a name: a name has a word of letters
    if len(words) == 1 and (_common(words[0]) and not AGENCY.search(words[0])
                            or not words[0][1:].islower() and not words[0].isupper()):
        return None
    if _named_noun(name):
        return name
    if _common(words[-1]) and words[-1][:1].islower() and not OF_PLACE.search(name) \
            or re.search(r"(?i)(?:ören|aren|chefen)$", name):
        return None  # a function ("Stadsdelsdirektören"), not an organisation
    lower = [w for w in OF_PLACE.sub(" i X", name).split() if w[:1].islower() and w not in NAME_LINKS]
    return None if lower else name  # a name's words are capitalised ("AB Bostäder i Borås"), a clause's are not


def _proper(text: str) -> bool:
    """A heading that is a proper name of two or more capitalised words ("Nybyhem AB", "Region Mellanland"), not
    a section's ("Giltighetstid", "Gemensamma åtaganden")."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in NAME_LINKS for w in words) and bool(_other(text))


def _named_noun(name: str) -> bool:
    """A name whose head noun is written in lower case: after a place's genitive ("Lunds universitet",
    "Storstockholms brandförsvar"), or in the definite form after a capitalised word and before its place
    ("Svenska kyrkan i Nyby", not "Gemensamma åtaganden")."""
    if m := re.fullmatch(r"(?P<place>[A-ZÅÄÖ][\wåäö]+)s\s+[a-zåäö]{4,}", name):
        return not re.search(r"(?:en|et|an|na)$", m.group("place"))  # not a definite noun's ("Kommunens …")
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]{3,}(?:en|et|an)\s+i\s+[A-ZÅÄÖ][\wåäö-]+", name)) \
        and not OWN.search(name) and not re.search(r"(?:ören|aren|chefen)\b", name)


def _subjects(text: str) -> list[str]:
    """The organisations a clause opens with, by their proper names ("Region Nyby deltar …" → "Region Nyby",
    "Nybyhem AB och Lunds universitet är också parter" → both): the clause without its verb, all names."""
    text = re.sub(r",?\s*(?:org\.?\s*nr|organisationsnummer)\.?:?\s*\d{6}-\d{4},?|\([^)]*\)", "", text)
    words = ADVERB.sub("", text.strip()).split()
    for cut in range(4):  # the verb and the words with it ("ansluter", "är", "deltar också")
        if cut and not words[-cut][:1].islower() or cut >= len(words):
            break
        named = [_other(part) for part in split_list(" ".join(words[:len(words) - cut]))]
        if named and all(named):
            return [n for n in named if n]
    return []


def _own_number(text: str, name: str) -> str | None:
    """The organisation number written right after a name ("Nybyhem AB, organisationsnummer 556000-0000")."""
    at = text.find(name) + len(name)
    nr = ORG_NR.search(text[at:at + 40])
    return nr.group("nr") if nr else None


def _others_listed(text: str) -> list[str]:
    """The organisations of a list of parties ("Parter är A kommun, Lokalpolisområde B och AB C.") that are
    neither the municipality's nor the police's."""
    out = []
    text = AUTHORITY_REGION.sub(r"\1", text)  # "Polismyndigheten, Region Väst": the police's region, no other party
    for part in split_list(re.sub(r"\([^)]*\)", "", text).split(". ")[0]):
        part = re.sub(r"(?i)^(?:och\s+)?å\s+(?:ena|andra)\s+sidan\s+", "", part)  # "mellan å ena sidan X och å andra …"
        if not ORG.search(part) and not re.match(r"(?i)(?:genom|som|org|nedan)\b", part) and (other := _other(part)):
            out.append(other)
    return out


def _listed_part(text: str) -> str | None:
    """The list of parties a sentence gives: after "tecknas av", "ingås mellan", "Mellan", up to "har …"; or
    before "har kommit överens"."""
    if after := LISTED_AFTER.search(text):
        listed = re.split(r"\s+har\s+", text[after.end():], maxsplit=1)[0]
    elif concluded := WHICH_THEY_CONCLUDED.search(text):
        return concluded.group("list")  # "… (dnr …), som X och Y ingick i december 2024"
    elif agreed := AGREED.search(text):
        listed = text[:agreed.start()]
    else:
        return None
    return LIST_END.split(listed, maxsplit=1)[0]  # not what the list goes on to say about them


def _bare_list(text: str) -> str | None:
    """A sentence of a parties section that is nothing but names ("Nyby kommun, Nybyhem AB och Polismyndigheten,
    Lokalpolisområde Nyby.")."""
    parts = split_list(AUTHORITY_REGION.sub(r"\1", re.sub(r"\([^)]*\)", "", text)))
    named = [p for p in parts if ORG.search(p) and not _says(p) or p == "Polismyndigheten" or _other(p)]
    return text if len(parts) >= 2 and len(named) == len(parts) else None


def _says(part: str) -> bool:
    """A part of a list that says something beside its name ("Lokalpolisområde Nyby omfattar även Åby"): a
    lower-case word that is no link of a name nor of a list of parties."""
    rest = NICKNAME.sub("", ORG.sub("", part))
    return any(w not in LIST_WORDS for w in re.findall(r"\b[a-zåäö]{4,}\b", rest))


def _chained(text: str, a: re.Match, b: re.Match) -> bool:
    """Two names of one side that follow each other as links of one chain ("Polisregion Öst, Polisområde Y")."""
    return bool(CHAIN.match(_between(text, a, b))) and _side(a) == _side(b)


def _between(text: str, a: re.Match, b: re.Match) -> str:
    """The words between two mentions, without a parenthesis or an aside between dashes ("X – nedan "stan" – och
    Y")."""
    return re.sub(r"\([^)]*\)|(?:^|\s)[–—]\s[^–—]*\s[–—](?=\s)", "", text[a.end():b.start()])


def _side(m: re.Match) -> str:
    return "police" if _police(m.group("name")) else "city"


def _police(name: str) -> bool:
    """A police body: "Polismyndigheten", "Polisområde X", "LPO X"."""
    return bool(re.search(r"polis|^lpo\b", fold(name)))


def _level(m: re.Match) -> int:
    """How far down its organisation a name is: the authority 0, region 1, police area 2, local area 3; the
    municipality 0, its districts and committees 1."""
    return _name_level(m.group("name"))


def _name_level(name: str) -> int:
    """`_level` of a name."""
    name = fold(name)
    for depth, word in ((3, "lokalpolisomrade"), (3, "narpolisomrade"), (3, "lpo "), (2, "polisomrade"),
                        (1, "polisregion")):
        if name.startswith(word):
            return depth
    if "polis" in name:
        return 0
    return 0 if re.search(r"(?:kommun|stad)$", name) else 1


# the side of a place that a two-word place name opens with ("Västra Göteborg", "Södra Sandby")
SIDE_OF_PLACE = re.compile(r"Norra|Södra|Östra|Västra|Övre|Nedre|Stora|Lilla|Mellersta")


def _add(found: dict[str, Item], name: str, nr: str | None, span: Span) -> None:
    """Add a party to `found`, or its organisation number to the party already there."""
    words = name.split()
    if len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper() and not words[-1].isupper() \
            and _common(words[-1]) and ORG.fullmatch(" ".join(words[:-1])) and not SIDE_OF_PLACE.fullmatch(words[-2]):
        name = " ".join(words[:-1])  # "Lokalpolisområde Uppsala Gällande": the next line's first word
    if COMMON.fullmatch(name):
        return  # a party named by what it is, not who
    known = next((k for k in found if _same_body(k, name)), None)
    if known is not None:
        if nr and "org_number" not in found[known].fields:
            found[known].fields["org_number"] = Field(nr, span)
        return
    if name in BARE_POLICE and any(_police(k) for k in found):
        return
    for bare in BARE_POLICE & set(found):
        if _police(name) and (authority := found.pop(bare)):  # the authority: its police area
            nr = nr or authority.get("org_number")
    party = "police" if _police(name) else "city" if CITY_WORD.search(name) and not COMPANY.search(name) \
        else "other"
    item = Item("parties", name, span)
    item.fields["party"] = Field(party, span)
    if nr:
        item.fields["org_number"] = Field(nr, span)
    found[name] = item


def _same_body(a: str, b: str) -> bool:
    """The same party: the same name, or a committee and its administration ("Nyby stadsdelsnämnd", "Nyby
    stadsdelsförvaltning")."""
    def body(name: str) -> str:
        return re.sub(r"(?:namnd|forvaltning)(?:en)?$", "", re.sub(r"^lpo\b", "lokalpolisomrade", fold(name)))
    return body(a) == body(b)


def _common(word: str) -> bool:
    from samverkan.extract.vocabulary import dictionary

    return dictionary().get(word.casefold(), 0) >= 3.5
