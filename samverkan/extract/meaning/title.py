"""The agreement's title: the document's own, wherever it puts it. In order: a title a form labels ("Titel: …"),
a block of facts' "Namn", a title a sentence quotes that the document also states as a line of its own (a
protocol extract before the agreement), the name a sentence says the agreement has ("… har fått namnet "X""),
the first line near the top that names an agreement (a cover page's lines joined) or several of them, a title a
sentence gives as its document's name ("Dokumentet heter "…""), unless the web page's own title (without the
site's name) names one, a title its sentences quote ("Vi samverkar genom "Överenskommelse om …"": a description
of the cooperation names none of its own), the first heading. A first line that is about an agreement without
being one ("Uppföljning av medborgarlöftet 2024", "Uppstartsmöte för samverkan mellan …": its agreement word
stands after a preposition) is a report's or a meeting's: the agreement is the one its sentences quote by title."""

from __future__ import annotations

import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.agreement import DNR
from samverkan.extract.meaning.phrases import GROUP_WORD
from samverkan.extract.meaning.text import Unit, fold, heading_text
from samverkan.extract.record import Item
from samverkan.extract.thread import is_mail

TITLE_WORDS = re.compile(r"(?i)överenskommelse|avtal|medborgarlöfte|samverkan|handlingsplan|avsiktsförklaring")
# no title: a letterhead's or running header's columns, a breadcrumb trail ("Start / Trygghet / Samverkan"), a
# form's label ("Dokumenttyp: Överenskommelse"); a tab parts columns as a wide gap does (a Word page header's)
COLUMNS = re.compile(r"\S(?:\s{3,}|[ ]*\t\s*)\S|\b(?i:sida|page)\s+\d|(?:\s[/>›»|]\s.*){2}|"
                     r"^(?!\w*(?:överenskommelse|avtal|samverkan))[\wåäöÅÄÖ]+(?:\s[\wåäö]+)?:\s")
# a line that completes a title by what the agreement is about ("om brottsförebyggande och …"), however long
TOPICAL = re.compile(r"(?:om|för|kring|avseende|rörande)\s.{0,120}$")
# a file's name, with single spaces in it too ("Avtal_rev2_GRANSKNING.docx", "Avtal 2026 rev3 (KP OF).docx",
# "Grupper_2026.csv")
FILE_NAME = re.compile(r"(?i)\S+(?: \S+)*\.(?:docx?|odt|rtf|pdf|txt|md|html?|xlsx?|pptx?|csv|tsv|ods)")
# a line saying where a file came from and when ("Exporterad från listan …", "Utskriven 2026-05-06"): no title
STAMP = re.compile(r"(?i)(?:exporterad|exporterat|utskriven|utskrivet|hämtad|hämtat|genererad|genererat)\s"
                   r"(?:från|ur|den|av|\d)")
ORG_UNIT = re.compile(r"(?i)\b(?:enheten|avdelningen|sektionen|kansliet|staben|kontoret)\s+för\b")  # a body's name
OPEN_END = re.compile(r"(?i)\s(?:i|för|och|mellan|om|med|av|på|till|inom|kring|mot|samt)$|"
                      r"\s(?:och|samt)\s+[a-zåäö]{4,}(?:ande|ende)$")  # the title goes on: "… förebyggande och
# trygghetsskapande" / "arbete": two participles joined, their noun on the next line
YEARS_END = re.compile(r"(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?$")  # a title that ends with its years is whole
LETTERHEAD = re.compile(r"(?i)(?:kommun|stad|polis\w*|\w*förvaltning\w*|\w*nämnd\w*|\w*kontor\w*|region\s+\w+|"
                        r"lokalpolisområde\s+\w+|polisområde\s+\w+|lpo\s+\w+)$|^(?:sida|page)\b")
SECTION_HEADING = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+|§\s*\d+\s+)?(?:bakgrund|inledning|syfte|parter\w*|"
                             r"innehåll\w*|sammanfattning|mål|organisation|underskrifter|bilagor|om\s+\w+)\b")
# the words of one agreement, and of several ("Lokala medborgarlöften i Kalmar län" lists a county's pledges)
ONE = re.compile(r"(?i)(?:överenskommelse|avtal|medborgarlöfte|handlingsplan|avsiktsförklaring)(?:n|t|et)?\b")
SEVERAL = re.compile(r"(?i)(?:överenskommelser|medborgarlöften|handlingsplaner|avsiktsförklaringar)(?:na)?\b")
# a form's label for the title ("Titel: …", "Dokumentnamn    …", "| Rubrik | … |")
LABELLED = re.compile(r"(?i)^(?:titel|rubrik|dokumenttitel|dokumentnamn|dokumentets\s+namn|benämning)\s*(?::\s*|\s{3,})"
                      r"(?P<value>\S.{4,150})$")
# the field of a block of facts that names the agreement ("Namn: …", a table's "| Namn | … |", or "Namn" on its own
# line over the value)
NAME_FIELD = re.compile(r"(?i)(?:(?:avtalets\s+|överenskommelsens\s+|avtals)?namn|"
                        r"(?P<kind>överenskommelse|avtal|avser))"
                        r"\s*(?::(?:\s*\|)?|\s\|)\s*(?P<value>[^\s|][^|]{4,150}?)"
                        r"(?:\s*\((?:version|utkast|förslag)\b[^()]*\))?"  # "… (version 3, 2025-11-18)": which draft
                        r"(?:\s+\|\s.*)?")  # a note in a column of its own after it ("… | Beslutat 2025-10-14")
NAME_FIELD_ALONE = re.compile(r"(?i)(?:avtalets\s+|överenskommelsens\s+|avtals)?namn\s*:?")
# a line about an agreement, not one: its first word for one stands after a preposition
ABOUT = re.compile(r"(?i)^(?!\w*(?:överenskommelse|avtal|medborgarlöfte|samverkan|handlingsplan|avsiktsförklaring))"
                   r"[^\W\d]\w*(?:\s+och\s+[^\W\d]\w*)?"  # "Godkännande och undertecknande av …": two acts
                   r"\s+(?:av|för|om|kring|inom|till|med|inför|över)\s+(?:\w+\s+){0,2}?\w*"
                   r"(?:överenskommelse|avtal|medborgarlöfte|samverkan|handlingsplan|avsiktsförklaring)")
# an amendment's heading over the name of the agreement it changes ("Tilläggsavtal nr 2 till "…"", "Ändringsavtal
# till …", "Tillägg 1 till …"): the amendment is no agreement of its own
AMENDMENT = re.compile(r"(?i)^(?:(?:tilläggs|ändrings)(?:avtal|överenskommelse)|tillägg)\s+(?:(?:nr\.?|nummer)\s*)?"
                       r"\d*\s*till\s+(?:den\s+|det\s+)?[\"”“«]?(?P<title>[A-ZÅÄÖ][^\"”“«»]{8,160}?)[\"”“»]?$")
# a sentence that quotes another agreement than its document's: one replaced, earlier or ended
FORMER = re.compile(r"(?i)\b(?:ersätt\w*|ersatt\w*|tidigare|förra|föregående|gamla|upphör\w*|upphävs|gällde)\b")
# a sentence that names its own document: the quote follows a word for naming ("Dokumentet heter "…"")
NAMING = re.compile(r"(?i)\b(?:heter|heta|kallas|benämns|betitlas|titeln|namnet|rubriken|benämningen)"
                    r"(?:\s+(?:blir|är))?\s*$")  # "ska heta "X"", "Namnet blir "X""
BOLD = re.compile(r"(?:\*\*|__)(?P<title>[A-ZÅÄÖ][^*_]{8,160}?)(?:\*\*|__)")
# a section's heading that is only the word for the agreement ("Överenskommelsen", "Om avtalet"), no title
SECTION_WORD = re.compile(r"(?i)(?:om\s+|den\s+|vår\s+)?(?:överenskommelsen|avtalet|medborgarlöftet|samverkan)")
# a section's heading that speaks of the agreement by its definite word, named elsewhere ("Överenskommelsen bakom
# forumen", "Avtalet i korthet"); not one that goes on with its topic or parties ("Avtalet om …", "… mellan …")
SECTION_ON_IT = re.compile(r"(?i)(?:överenskommelsen|avtalet|medborgarlöftet)\s+"
                           r"(?!om\b|för\b|mellan\b|kring\b|avseende\b|rörande\b|med\b|\d)\S.*")
# the word for an agreement, definite, right before a quote that names it ("överenskommelsen "X"", "avtalet "X"")
KIND_BEFORE = re.compile(r"(?i)\b[a-zåäö]*(?:överenskommelsen|avtalet|medborgarlöftet)\s*$")
QUOTED = re.compile(r"[\"”“«»'](?P<title>[A-ZÅÄÖ][^\"”“«»']{8,160})[\"”“«»']")
# what parts a web page's title from the site's name ("Medborgarlöfte för X | Polisen", "Trygghet - X kommun")
SITE_SEPARATOR = re.compile(r"\s+(?:\||[–—-]|::|»|›)\s+")
LEAD_WORDS = 3  # a cover page's first title line before the one that names the agreement ("Lokal")
# a line that describes the document rather than names it: a possessive or demonstrative before the word for the
# agreement ("Vår överenskommelse om samverkan – kort och enkelt" under the name "Tryggare Nyby")
DESCRIBED = re.compile(r"(?i)^(?:vår|vårt|våra|er|ert|era|denna|detta|den\s+här|det\s+här)\s")


def title(doc: Document, units: list[Unit]) -> Item | None:
    """The document's own title (see the module's docstring for the order); in an e-mail, the title of the
    document pasted in it under a rule."""
    units = _pasted(doc, units)
    if enclosed := enclosure(doc):  # a cover letter over the agreement it encloses: the agreement's own heading
        units = [u for u in units if u.span.start > enclosed] or units
    found = _labelled(doc) or _name_field(doc) or _quoted_and_stated(doc, units) or given_name(doc, units) \
        or _named_and_listed(doc, units) or _decided(units) \
        or _first_named(doc, units)
    if found is not None and ABOUT.match(found.name):  # a report about an agreement: the one it quotes, states
        # on a line further down (a template's name over the agreement's title) or names in its account
        found = _quoted(units) or _stated_below(doc, units, found) or _named_in_report(units) or found
    if found is not None and (amended := AMENDMENT.match(found.name)) and ONE.search(amended.group("title")):
        found = _amended(doc, found, amended.group("title"))
    if found is None or _collection(found.name):  # a page naming a collection: its own <title> names which one
        found = _page_title(doc) or found
    if found is not None and kind_only(found.name):  # "SAMVERKANSÖVERENSKOMMELSE" / "mellan kommunen och …"
        found = running_name(doc) or _self_named(units) or found
    if found is not None and not ONE.search(found.name) and not quoted(doc, found):  # a line naming only the
        # cooperation or a body of it ("Styrgruppen för samverkan …", "Uppdragsbeskrivningar för
        # samverkansgrupperna"): the agreement is the one its sentences name in apposition, a heading further down
        # names or a sentence sets in bold, if any
        found = _in_apposition(doc) or _agreement_heading(units) or _emphasised(doc, units) or _quoted(units) \
            or _written(units) or found  # or one it quotes ("… tecknade "Överenskommelse om …"" in a follow-up
        # of it) or writes as a name ("skrev under Överenskommelse om … för ett tryggare Nyby")
    # no line names it: the one its sentences name in apposition, quote, set in bold or name as written, a
    # heading further down names, or an account of it names (minutes going through the agreement)
    found = found or _in_apposition(doc) or _quoted(units) or _emphasised(doc, units) or _written(units) \
        or _agreement_heading(units) or _of_minutes(doc, units) or _annexed(_first_heading(units), units) \
        or running_name(doc)  # only the running header over each page names it
    if found is not None and YEARLY_PLAN.fullmatch(found.name):  # "Handlingsplan 2026" … "inom ramen för
        found = _within(doc) or found  # *Samverkansöverenskommelse för X*": the agreement it is made within
    return _without_plan_part(found)


# "Denna överenskommelse om X (nedan kallad överenskommelsen) är träffad mellan …": the first sentence names it
SELF_NAMED = re.compile(r"^(?:Denna|Detta)\s+(?P<title>[a-zåäö]*(?:överenskommelse|avtal)\s+(?:om|för|kring|avseende)\s"
                        r"[^()]{5,160}?)\s*(?:\((?:nedan|härefter|i\s+det\s+följande)\s[^)]*\)|,?\s+(?:är|har)\s+"
                        r"(?:träffad|träffat|träffats|ingången|ingånget|ingåtts|tecknad|tecknat|tecknats)\s)")


def _self_named(units: list[Unit]) -> Item | None:
    """The name the first sentences give the document they open, defining it ("Denna överenskommelse om … (nedan
    kallad överenskommelsen)"), where its heading says only its kind."""
    for unit in units[:8]:
        if unit.kind == "sentence" and (m := SELF_NAMED.match(unit.text)) is not None:
            return Item("agreement", " ".join(m.group("title").split()), unit.span)
    return None


def _without_plan_part(found: Item | None) -> Item | None:
    """A title without the year's plan a dash adds to it: the document holds the agreement and its plan, and the
    agreement keeps its own name."""
    if found is None or (part := PLAN_PART.search(found.name)) is None or not ONE.search(found.name[:part.start()]):
        return found
    return Item("agreement", found.name[:part.start()], found.span)


AMENDMENT_HEAD = re.compile(r"(?i)^\s*(?:(?:tilläggs|ändrings)(?:avtal|överenskommelse)|tillägg)\b")


def amended(doc: Document, item: Item | None) -> bool:
    """Whether the title was read from an amendment's heading: the name of the agreement it changes, under it."""
    return item is not None and any(AMENDMENT_HEAD.match(doc.line(n))
                                    for n in range(max(1, item.span.start - 3), item.span.start + 1))


def _amended(doc: Document, heading: Item, name: str) -> Item:
    """The agreement an amendment's heading names, on the line that names it ("TILLÄGGSAVTAL NR 2" / "till
    "Överenskommelse om …""), so that what that line gives with it (its dnr) is read as the agreement's."""
    lines = range(heading.span.start, min(heading.span.end + 3, len(doc)) + 1)
    n = next((n for n in lines if fold(name) in fold(doc.line(n))), heading.span.start)
    return Item("agreement", name, Span(n, n))


MINUTES = re.compile(r"(?i)\b(?:protokoll|minnesanteckningar|mötesanteckningar|sammanträdesdag)\b")


def _of_minutes(doc: Document, units: list[Unit]) -> Item | None:
    """In minutes (a body's name as their heading, "PROTOKOLL" or "Sammanträdesdag" at the top), the agreement
    their account names ("… gick igenom Samverkansöverenskommelse för ett tryggt Nyby, som …")."""
    heading = _first_heading(units)
    top = " ".join(doc.line(n) for n in doc.head(12))
    if heading is not None and not GROUP_WORD.search(heading.name) and not MINUTES.search(top):
        return None
    return _named_in_report(units)


# a heading that names one agreement by its kind and what it is about ("Överenskommelse om samverkan för …")
AGREEMENT_HEADING = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]*)?(?:överenskommelse|Överenskommelse|avtal|Avtal)[a-zåäö]*\s+"
                               r"(?:om|för|mellan|kring)\s+\S.{3,120}$")


def _agreement_heading(units: list[Unit]) -> Item | None:
    """The first heading, anywhere in the document, that names one agreement by its kind and what it is about:
    a page whose own heading names the cooperation ("Trygghet och samverkan med polisen") gives the agreement's
    name in a heading of its part about it. A heading naming an earlier one is not it."""
    for unit in units:
        if unit.kind != "heading":
            continue
        text = heading_text(unit.text.strip(" #*"))
        if AGREEMENT_HEADING.match(text) and not FORMER.search(text) and not text.endswith((".", "?", ":")):
            return Item("agreement", text, unit.span)
    return None


ANNEX_HEADING = re.compile(r"(?i)^bilaga\s+(?:\d{1,2}|[a-h])\b")  # "Bilaga 2 Organisation och ansvar"


def annex(units: list[Unit]) -> bool:
    """Whether the document is an annex on its own: its first heading past the letterhead says so."""
    heading = _first_heading(units)
    return heading is not None and bool(ANNEX_HEADING.match(heading.name))


def _annexed(heading: Item | None, units: list[Unit]) -> Item | None:
    """An annex on its own ("Bilaga 2 Organisation och ansvar") is about the agreement it belongs to: its title is
    the one its sentences name ("Denna bilaga hör till Samverkansöverenskommelse för ett tryggare X 2025–2027")."""
    if heading is None or not ANNEX_HEADING.match(heading.name):
        return heading
    return _named_in_report(units) or heading


def _labelled(doc: Document) -> Item | None:
    """The value of a "Titel:" line in a form-like header."""
    for n in doc.head(25):
        line = re.sub(r"\s*\|\s*", "   ", doc.line(n)).strip(" *_")
        if m := LABELLED.match(line):
            value = m.group("value").strip(" *_|")
            if not value.endswith("."):
                return Item("agreement", value, Span(n, n))
    return None


def _name_field(doc: Document) -> Item | None:
    """The value of a "Namn" field in a block of the agreement's facts (a slide's "Namn: X", a web page's
    definition list "Namn" over "X"), when it names an agreement or the document states it on a line of its own
    too; a person's name after "Namn:" on a signature form is neither."""
    lines = [" ".join(doc.line(n).replace("**", "").strip(" #*_|").split()) for n in range(1, len(doc) + 1)]
    for n, line in enumerate(lines[:120], 1):
        if m := NAME_FIELD.fullmatch(line):
            value, at = m.group("value"), n
            if m.group("kind") and not ONE.search(value):
                continue  # "Överenskommelse: X" names it only when X is one ("Samverkansöverenskommelse för …")
        elif NAME_FIELD_ALONE.fullmatch(line):
            at = next((k for k in range(n + 1, min(n + 3, len(lines)) + 1) if lines[k - 1]), None)
            value = lines[at - 1] if at else None
        else:
            continue
        owned = re.match(r"(?i)(?:avtalets|överenskommelsens)\s|avtalsnamn", line)  # "Avtalets namn", "Avtalsnamn":
        # the agreement's, whatever its words
        if value and (owned or ONE.search(value) or any(k != at and fold(x) == fold(value)
                                                        for k, x in enumerate(lines, 1))):
            return Item("agreement", value, Span(at, at))
    return None


def _quoted_and_stated(doc: Document, units: list[Unit]) -> Item | None:
    """A title a sentence near the top quotes ("Kommunstyrelsen godkänner "Samverkansöverenskommelse mellan …"")
    and the document states on a line of its own: that line. A quoted title the document does not state is
    another document's ("ersätter "Avtal 2021–2023"")."""
    lines = {fold(" ".join(doc.line(n).strip(" #*_").split())): n for n in range(len(doc), 0, -1)
             if doc.line(n).strip()}
    for unit in units[:40]:
        if unit.kind != "sentence":
            continue
        for m in QUOTED.finditer(unit.text):
            quoted = " ".join(m.group("title").split())
            if _quotes_one(unit.text, m) and (n := lines.get(fold(quoted))) is not None and n != unit.span.start:
                return Item("agreement", quoted, Span(n, n))
    return None


# a line of its own that names an agreement by its kind first ("1. Samverkansöverenskommelse om … (förslag)")
LISTED_TITLE = re.compile(r"^(?:\d{1,2}[.)]\s+|[-•*]\s+)?(?P<title>(?:[A-ZÅÄÖ][a-zåäö]*)?(?:överenskommelse|"
                          r"Överenskommelse|avtal|Avtal)\s+(?:om|för|mellan)\s+.{4,120}?)(?:\s*\([^)]*\))?$")


def _named_and_listed(doc: Document, units: list[Unit]) -> Item | None:
    """A title a sentence near the top names as written, capital and all ("Kommunstyrelsen godkänner
    Samverkansöverenskommelse om X enligt bilaga 1"), that a line of its own lists (an annex "1. Samverkans-
    överenskommelse om X (förslag)"): a report about an agreement, whose own heading is the report's."""
    listed = {}
    for n in range(len(doc), 0, -1):
        if m := LISTED_TITLE.match(" ".join(doc.line(n).strip(" #*_").split())):
            listed[m.group("title")] = n
    for unit in units[:40]:
        if unit.kind not in ("sentence", "item"):
            continue
        text = " ".join(unit.text.split())
        for name, n in listed.items():
            if name in text and not unit.span.start <= n <= unit.span.end:
                return Item("agreement", name, Span(n, n))


# a decision on an agreement by its name: "Nämnden godkänner förslaget till överenskommelse "X"", "antar avtalet "X""
DECIDED = re.compile(r"(?i)\b(?:godkänn\w*|anta|antar|antas|fastställ\w*|förslag(?:et)?\s+till)\s+"
                     r"(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*(?:överenskommelse|avtal|medborgarlöfte|avsiktsförklaring)\w*\s+"
                     r"[\"”“«](?P<title>(?-i:[A-ZÅÄÖ])[^\"”“«»]{3,160}?)[\"”»]")


def _decided(units: list[Unit]) -> Item | None:
    """The agreement a decision near the top adopts by its quoted name (a committee's case: "Stadsdelsnämnden
    godkänner förslaget till överenskommelse "X" enligt bilaga 1"); the document's own heading is the case's."""
    for unit in units[:40]:
        if unit.kind not in ("sentence", "item"):
            continue
        for m in DECIDED.finditer(unit.text):
            if not FORMER.search(unit.text[:m.start()]):
                return Item("agreement", " ".join(m.group("title").split()), unit.span)
    return None


def decided(doc: Document, item: Item | None) -> bool:
    """Whether the title was read from a decision adopting the agreement, whose case number is the agreement's."""
    if item is None:
        return False
    text = " ".join(" ".join(doc.line(n) for n in range(item.span.start, item.span.end + 1)).split())
    return any(" ".join(m.group("title").split()) == item.name for m in DECIDED.finditer(text))


def given_name(doc: Document, units: list[Unit]) -> Item | None:
    """The name a sentence gives the agreement: the quote right after a word for naming ("Förslaget har fått
    namnet "X"", "Dokumentet heter "X" och ersätter …"); a document about an agreement (a report on it, a proposal
    to adopt it) names it so. With a word for an earlier one before the quote ("Det förra avtalet hette "Y""),
    it is not it. A decision or a point of a summary gives it too ("– att överenskommelsen ska heta "X"").
    The name may be set in bold instead of quotes; a name without a word for an agreement ("Den heter "Trygga
    X"") counts when the agreement is what is named: the sentence's own word for it, or a pronoun for the one
    the sentence before speaks of."""
    previous = ""
    bold = {n: [" ".join(m.group("title").split()) for m in BOLD.finditer(line)]
            for n in range(1, len(doc) + 1) if "**" in (line := doc.line(n)) or "__" in line}
    for unit in units:
        if unit.kind not in ("sentence", "item"):
            continue
        if NAME_ASKED.search(unit.heading or "") and (ONE.search(unit.heading) or ONE.search(previous)) \
                and (answer := QUOTED.search(unit.text)) and not FORMER.search(unit.text[:answer.start()]):
            return Item("agreement", " ".join(answer.group("title").split()), unit.span)  # "Vad heter avtalet?"
        for at, quoted in _set_off(unit, bold):
            before = unit.text[:at]
            if NAMING.search(before) and not FORMER.search(before) and not quoted.endswith(".") \
                    and (ONE.search(quoted) or _names_the_agreement(before, previous)):
                return Item("agreement", quoted, unit.span)
        previous = unit.text
    return None


def _set_off(unit: Unit, bold: dict[int, list[str]]) -> list[tuple[int, str]]:
    """The names a sentence sets off, in quotes or in bold (the names its lines set in bold, as its text has
    no markup), each with where it starts in the sentence."""
    found = [(m.start(), " ".join(m.group("title").split())) for m in QUOTED.finditer(unit.text)]
    for n in range(unit.span.start, unit.span.end + 1):
        found += [(at, name) for name in bold.get(n, ()) if (at := unit.text.find(name)) >= 0]
    return sorted(found)


# a question heading asking the agreement's name, answered under it ("Vad heter avtalet?" "Det heter "X"")
NAME_ASKED = re.compile(r"(?i)\b(?:vad|hur)\s+(?:heter|kallas|benämns)\s+(?:det|den|\w*avtalet|\w*överenskommelsen)\b"
                        r"[^?]{0,80}\?$|\bvilket\s+namn\b[^?]{0,80}\?$")
# the subject of a naming verb: a word for the agreement ("Överenskommelsen heter") or a pronoun ("Den heter")
# (a pronoun starts its sentence: "i det som kallas X" names something else)
NAMED_SUBJECT = re.compile(r"(?i)(?:(?:^|[\s,])(?P<subject>\w*(?:överenskommelse|avtal|medborgarlöfte)\w*)"
                           r"|^(?:den|det))\s+(?:(?!som\b)\w+\s+){0,4}?(?:heter|heta|kallas|benämns|betitlas)\s*$|"
                           # "Den överenskommelse vi arbetar efter heter": a relative clause without its "som"
                           # "Överenskommelsen, som (har) fått namnet **X**", "en överenskommelse som heter **X**":
                           # a relative clause names its word
                           r"(?:^|[\s,])(?P<owner>\w*(?:överenskommelse|avtal|medborgarlöfte)\w*),?\s+som\s+"
                           r"(?:nu\s+)?(?:(?:har\s+)?(?:fått|fick|getts|gavs)\s+(?:namnet|titeln|benämningen)|"
                           r"heter|kallas|benämns|betitlas)\s*$")


# the agreement given or having got a name ("en ny överenskommelse, som parterna gett namnet "X"")
NAME_GIVEN = re.compile(r"(?i)\w*(?:överenskommelse|avtal|medborgarlöfte)\w*\b[^.]{0,60}?\b"
                        r"(?:gett|gav|givit|getts|fått|fick)\s+(?:den\s+|det\s+)?(?:namnet|titeln|benämningen)\s*$")


def _names_the_agreement(before: str, previous: str) -> bool:
    """Whether a sentence naming something names the agreement: its subject is a word for it, or a pronoun
    after a sentence about one ("… undertecknade en ny samverkansöverenskommelse. Den heter "X""), or the
    agreement is what was given the name."""
    if NAME_GIVEN.search(before[-200:]):  # the name is given right before the quote
        return True
    m = NAMED_SUBJECT.search(before)
    if m is None:
        return False
    return bool(m.group("subject") or m.group("owner") or ONE.search(m.group()) or ONE.search(previous))  # "Det
    # avtal vi följer heter": the pronoun's noun is the word for it


# a definite word for the agreement and its name in bold or quotes ("skrev under överenskommelsen **Trygg X**")
APPOSITION = re.compile(r"(?i)\b\w*(?:överenskommelsen|avtalet|medborgarlöftet)\s+(?:\*\*?|__?|[\"”“«])"
                        r"(?P<title>(?-i:[A-ZÅÄÖ])[^*_\"”“«»\n]{3,100}?)(?:\*\*?|__?|[\"”»])")
# the same name unmarked, capital first, up to the comma, bracket or relative clause that ends the apposition
# ("samverkansöverenskommelsen Tryggare Nyby, som parterna slöt …")
BARE_APPOSITION = re.compile(r"(?i)\b\w*(?:överenskommelsen|avtalet|medborgarlöftet)\s+"
                             r"(?P<title>(?-i:[A-ZÅÄÖ][\wåäö-]*)(?:\s+[\wåäöÅÄÖ–-]+){1,7}?)(?=\s*[,;(]|\s+som\b)")


# a year's plan under an agreement, by its kind and year alone ("Handlingsplan 2026", "Åtgärdsplan 2025–2026")
YEARLY_PLAN = re.compile(r"(?i)(?:handlings|åtgärds|aktivitets|verksamhets)plan(?:en)?\s+(?:för\s+)?(?:19|20)\d\d"
                         r"(?:\s*[–-]\s*(?:19|20)?\d\d)?")
# "Överenskommelse om samverkan – Handlingsplan 2026": the year's plan the document also holds, after a dash
PLAN_PART = re.compile(r"(?i)\s+[–—-]\s+(?:och\s+)?" + YEARLY_PLAN.pattern.removeprefix("(?i)") + r"\s*$")

# the agreement a plan is made within, set off ("inom ramen för *Samverkansöverenskommelse för X*", "enligt "X"")
WITHIN = re.compile(r"(?i)\b(?:inom\s+ramen\s+för|utifrån|enligt)\s+(?:\*\*?|__?|[\"”“«])"
                    r"(?P<title>(?-i:[A-ZÅÄÖ])[^*_\"”“«»\n]{3,100}?)(?:\*\*?|__?|[\"”»])")


def _within(doc: Document) -> Item | None:
    """The agreement a year's plan says it is made within, by a name that is one ("inom ramen för *X*")."""
    for n in range(1, len(doc) + 1):
        line = doc.line(n)
        text = f"{line} {doc.line(n + 1).strip()}" if n < len(doc) else line
        for m in WITHIN.finditer(text):
            if m.start() < len(line) and ONE.search(m.group("title")) and not YEARLY_PLAN.match(m.group("title")):
                return Item("agreement", " ".join(m.group("title").split()), Span(n, n + (m.end() > len(line))))
    return None


def _in_apposition(doc: Document) -> Item | None:
    """The name a sentence gives the agreement in apposition, set off in bold, italics or quotes, else unmarked
    with a capital up to the comma after it ("samverkansöverenskommelsen Tryggare Nyby, som …"), unless the
    sentence says it is an earlier one ("ersatte avtalet "Trygg 2020"")."""
    for pattern in (APPOSITION, BARE_APPOSITION):
        for n in range(1, len(doc) + 1):
            line = doc.line(n)
            # the name may wrap onto the next line ("överenskommelsen "Tryggare" / "Nyby"")
            text = f"{line} {doc.line(n + 1).strip()}" if n < len(doc) else line
            for m in pattern.finditer(text):
                if m.start() < len(line) and not FORMER.search(text[:m.start()].rsplit(".", 1)[-1]):
                    return Item("agreement", " ".join(m.group("title").split()), Span(n, n + (m.end() > len(line))))
    return None


def _stated_below(doc: Document, units: list[Unit], about: Item) -> Item | None:
    """A line near the top, under one about an agreement ("Mall för lokal samverkansöverenskommelse, version 2"),
    that names one agreement without being about one: the agreement's own title."""
    for unit in units[:8]:
        if unit.span.start <= about.span.end:
            continue
        name = _title_of(doc, unit)
        if name is not None and ONE.search(name) and not ABOUT.match(name) and not _collection(name):
            return Item("agreement", name, unit.span)
    return None


# a report's account of the agreement it follows up, by name ("Under året gällde Samverkansöverenskommelsen för
# ett tryggare Nyby (dnr …)"): the word for the agreement with a capital inside a sentence, a preposition and a
# few words up to the name of a place (and its years)
NAMED_IN_REPORT = re.compile(r"(?<=[a-zåäö,] )(?P<title>[A-ZÅÄÖ][a-zåäö]*(?:överenskommelse|avtal|medborgarlöfte)"
                             r"[a-zåäö]*\s+(?:om|för|mellan|i)\s+(?:[a-zåäö-]+\s+){0,4}?[A-ZÅÄÖ][\wåäö-]*"
                             r"(?:\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)?)")
# in a report told in the past tense, "gällde" is said of the agreement followed up too
FORMER_IN_REPORT = re.compile(r"(?i)\b(?:ersätt\w*|ersatt\w*|tidigare|förra|föregående|gamla|upphör\w*|upphävs)\b")


def _named_in_report(units: list[Unit]) -> Item | None:
    """The agreement a report about one names in a sentence of its account, capital and all, unless the
    sentence says before the name that it is an earlier one."""
    for unit in units:
        if unit.kind == "sentence":
            for m in NAMED_IN_REPORT.finditer(unit.text):
                if not FORMER_IN_REPORT.search(unit.text[:m.start()]):
                    return Item("agreement", " ".join(m.group("title").split()), unit.span)
    return None


def _quoted(units: list[Unit]) -> Item | None:
    """The first title of one agreement a sentence quotes ("Det bygger på "Överenskommelse om …"") that the
    sentence does not say is replaced, earlier or ended."""
    for unit in units:
        if unit.kind == "sentence" and not FORMER.search(unit.text):
            for m in QUOTED.finditer(unit.text):
                quoted = " ".join(m.group("title").split())
                if _quotes_one(unit.text, m) and not quoted.endswith("."):
                    return Item("agreement", quoted, unit.span)
    return None


def _quotes_one(text: str, m: re.Match) -> bool:
    """Whether a quote names an agreement: by its words, or by the word for one right before it ("godkänner
    överenskommelsen "Trygg i Nyby"")."""
    return bool(ONE.search(m.group("title")) or KIND_BEFORE.search(text[:m.start()]))


def _emphasised(doc: Document, units: list[Unit]) -> Item | None:
    """The first title of one agreement a sentence sets in bold ("Grunden är **Lokal samverkansöverenskommelse för
    X**, som …", a web page's `<em>`), unless the sentence says it is replaced, earlier or ended. Each line is read
    once (a sentence of a long line is no reason to read the line again)."""
    sentences = [u for u in units if u.kind == "sentence" and not FORMER.search(u.text)]
    for n in range(1, len(doc) + 1):
        line = doc.line(n)
        for m in BOLD.finditer(line) if "**" in line or "__" in line else ():
            name = " ".join(m.group("title").split())
            if not ONE.search(name) or SECTION_WORD.fullmatch(name) or name.endswith(":"):  # "**Ingår inte i
                # överenskommelsen:**" leads a notice in: a label, no name
                continue
            unit = next((u for u in sentences if u.span.start <= n <= u.span.end and name in u.text), None)
            if unit is not None:
                return Item("agreement", name, unit.span)
    return None


# "… har skrivit under Samverkansöverenskommelse Nyby 2025–2028.": a title written as a name inside a sentence,
# capital and all, with the place or the years that say which one
WRITTEN = re.compile(r"(?<=[a-zåäö,] )(?P<title>[A-ZÅÄÖ][a-zåäö]*(?:överenskommelse|Överenskommelse|avtal|Avtal|"
                     r"medborgarlöfte|Medborgarlöfte)(?:[a-zåäö]*)(?:\s+(?:[A-ZÅÄÖ][\wåäö-]*|om|för|mellan|i|och|"
                     r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)){1,10})")


# "… skrev under Överenskommelse om lokal samverkan för ett tryggare Nyby.": a capital kind word inside a sentence
# and the topic it goes on with, to the end of its clause
WRITTEN_TOPIC = re.compile(r"(?<=[a-zåäö,] )(?P<title>(?:[A-ZÅÄÖ][a-zåäö]*(?:överenskommelse|avtal|medborgarlöfte)|"
                           r"Överenskommelse|Avtal|Medborgarlöfte)[a-zåäö]*\s+(?:om|för|kring)\s[^.,;:()\"”“«»]+)")
# the last word of a name so written: the place or the years that say which one
WHICH_ONE = re.compile(r"^.*(?:\s[A-ZÅÄÖ][\wåäö-]*|(?:19|20)\d\d)")


def _written(units: list[Unit]) -> Item | None:
    """The first title of one agreement a sentence names as written ("har skrivit under Samverkansöverenskommelse
    Nyby 2025–2028", "skrev under Överenskommelse om samverkan för ett tryggare Nyby"), not one it says is replaced,
    earlier or ended."""
    for unit in units:
        if unit.kind == "sentence" and not FORMER.search(unit.text):
            for m in WRITTEN.finditer(unit.text):
                name = re.sub(r"\s+(?:om|för|mellan|i|och)$", "", m.group("title"))
                if re.search(r"(?:19|20)\d\d|\s[A-ZÅÄÖ]", name):
                    return Item("agreement", name, unit.span)
            if (name := _written_with_topic(unit.text)) is not None:
                return Item("agreement", name, unit.span)
    return None


def _written_with_topic(text: str) -> str | None:
    """A name a sentence writes with its topic in lower case, up to the place or years that end it."""
    for m in WRITTEN_TOPIC.finditer(text):
        if (which := WHICH_ONE.match(" ".join(m.group("title").split()))) is not None:
            return which.group(0)
    return None


def quoted(doc: Document, item: Item | None) -> bool:
    """Whether the title was read from a sentence quoting it ("Det bygger på "Överenskommelse om …"", or setting it
    in italics or bold) or naming it in a report's account, not from a line of its own."""
    if item is None:
        return False
    text = " ".join(" ".join(doc.line(n) for n in range(item.span.start, item.span.end + 1)).split())
    set_off = any(f"{q}{item.name}" in text for q in "*_") and len(text.strip(" *_#")) > len(item.name) + 10
    return set_off or any(f"{q}{item.name}" in text for q in "\"”“«»'") \
        or any(" ".join(m.group("title").split()) == item.name for pattern in (NAMED_IN_REPORT, BARE_APPOSITION)
               for m in pattern.finditer(text))


def _page_title(doc: Document) -> Item | None:
    """A web page's title without the site's name after its last separator, when it names an agreement."""
    page = " ".join((getattr(doc, "page_title", None) or "").split())
    parts = SITE_SEPARATOR.split(page)
    name = page[:page.rfind(parts[-1])].rstrip(" |–—-:»›") if len(parts) > 1 and not ONE.search(parts[-1]) else page
    return Item("agreement", name, Span(1, 1)) if name and ONE.search(name) and not _collection(name) else None


PASTE_RULE = re.compile(r"\s*[-=_*]{10,}\s*")  # "----------": where a mail's own words end and a document begins


# the line that opens an agreement enclosed with a cover letter ("Bilaga till missiv KS 2026-0058") or attached to
# a paragraph of minutes ("Bilaga 1 till KS § 19/2026", "Bilaga till protokoll § 4")
ENCLOSED = re.compile(r"(?i)^\s*bilaga\s+(?:\d{1,2}\s+)?till\s+(?:missiv|missivet|följebrev|följebrevet|skrivelse|"
                      r"skrivelsen|brev|brevet|tjänsteskrivelse|tjänsteskrivelsen|"
                      r"(?:protokoll(?:et)?\s+|[A-ZÅÄÖ]{2,5}\s+)?§\s*\d)")


def enclosure(doc: Document) -> int:
    """The line that opens the agreement a cover letter encloses, 0 when the document is no such letter."""
    return next((n for n, line in enumerate(doc.reading, 1) if ENCLOSED.match(line)), 0)


def _pasted(doc: Document, units: list[Unit]) -> list[Unit]:
    """The units of a document pasted into an e-mail under a rule ("Avtalet är inklistrat nedan" / "------" /
    "ÖVERENSKOMMELSE OM …"), not the mail's greeting and signature; any other document's units as they are."""
    if not is_mail(doc.raw):
        return units
    rule = next((n for n, line in enumerate(doc.raw, 1) if n not in doc.noise and PASTE_RULE.fullmatch(line)), None)
    below = [u for u in units if rule is not None and u.span.start > rule]
    return below or units


def _collection(name: str) -> bool:
    """A heading that names several agreements and no single one ("Lokala medborgarlöften i Kalmar län")."""
    return bool(SEVERAL.search(name)) and not ONE.search(SEVERAL.sub("", name))


def _lead(doc: Document, unit: Unit) -> tuple[str, int] | None:
    """The short line a lower-case title line completes on a cover page ("Lokal" over "samverkansöverenskommelse
    för ett tryggare Nyby"), and how many lines above it stands."""
    if unit.kind not in ("heading", "sentence") or not re.match(r"[#*\s]*[a-zåäö]", doc.line(unit.span.start)):
        return None
    for back in (1, 2):
        above = doc.line(unit.span.start - back).strip(" #*") if unit.span.start - back >= 1 else ""
        if above:
            short = len(above.split()) <= LEAD_WORDS and re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ -]*", above)
            return (above, back) if short and not TITLE_WORDS.search(above) and not LETTERHEAD.search(above) \
                and not above.isupper() else None
    return None


def _first_named(doc: Document, units: list[Unit]) -> Item | None:
    """The first line near the top that names an agreement, or several ("Medborgarlöften 2024"), with the lines
    that go on with it (and a short line above that it completes: "Lokal" / "samverkansöverenskommelse för …")."""
    for i, unit in enumerate(units[:8]):
        lead = _lead(doc, unit)
        if (name := _title_of(doc, unit, lead)) is not None:
            if DESCRIBED.match(name):  # a subtitle: the name is the heading right above it, if any
                above = _first_heading(units[:i]) if i else None
                if above is not None and unit.span.start - above.span.end <= 2:
                    return above
                continue
            if (named := _named_above(doc, units[i - 1] if i else None, unit, name)) is not None:
                return named
            fuller = _fuller(doc, unit, units[i + 1]) if kind_only(name) and i + 1 < len(units) else None
            if not ONE.search(name) and re.search(r"(?i)\s(?:i|genom)\s+samverkan$", name):  # "Nyby kommun och
                # polisen i samverkan", a tagline over "Samverkansöverenskommelse för …"
                fuller = fuller or next((Item("agreement", x, u.span) for u in units[i + 1:i + 3]
                                         if (x := _title_of(doc, u)) is not None and ONE.search(x)), None)
            return fuller or Item("agreement", name, Span(unit.span.start - (lead[1] if lead else 0), unit.span.end))
    return None


def _named_above(doc: Document, above: Unit | None, unit: Unit, name: str) -> Item | None:
    """The name a heading gives right above a line saying only the kind of document and its years or its parties
    ("TRYGGARE NYBY" / "Samverkansöverenskommelse 2026–2028", "Samverkansöverenskommelse mellan Nyby kommun och
    polisen", both: "… mellan Nyby kommun och polisen 2026–2028"): the kind is its subtitle, the heading the title."""
    kind = YEARS_END.sub("", name).strip(" –-,")
    kind = re.sub(r"(?i)\s+mellan\s+\S.*$", "", kind)
    if above is None or above.kind != "heading" or kind == name or unit.span.start - above.span.end not in (1, 2) \
            or not kind_only(kind.strip(" –-,")):
        return None
    text = heading_text(above.text.strip(" #*"))
    if len(text.split()) < 2 or TITLE_WORDS.search(text) or LETTERHEAD.search(text) or SECTION_HEADING.match(text) \
            or COLUMNS.search(text) or text.endswith((".", "?", ":")):
        return None
    return Item("agreement", _sentence_case(text, doc) if text.isupper() else text, above.span)


PAGE_NUMBER = re.compile(r"(?i)^(?:sida|page|s\.)\s*\d+|^\d+\s*(?:\(\d+\)|av\s+\d+)?$")


def running_name(doc: Document) -> Item | None:
    """The name a running page header gives the document, in the column beside its dnr and page number ("Dnr KS
    2025/1204    Nyby tryggt året runt 2026–2028    Sida 2 av 3"), on every page that has it: where the document
    heads itself only by its kind, the header says which agreement it is."""
    names: dict[str, list[int]] = {}
    for n in sorted(doc.noise):
        for column in re.split(r"\s{3,}|\s+\|\s+", doc.raw[n - 1].strip()):
            if PAGE_NUMBER.match(column) or DNR.search(column) or LETTERHEAD.search(column) \
                    or re.search(r"[:/]|\d\.\d", column) \
                    or not (YEARS_END.search(column) or ONE.search(column)) or not re.search(r"[a-zåäö]{3}", column) \
                    or kind_only(YEARS_END.sub("", column).strip(" –-,")):  # "Samverkansöverenskommelse 2023–2026"
                continue  # a label, a number ("LPO Nyby: A015.194/2016") or no more than the heading names
            names.setdefault(column, []).append(n)
    repeated = [(lines[0], name) for name, lines in names.items() if len(lines) >= 2]
    return Item("agreement", min(repeated)[1], Span(min(repeated)[0], min(repeated)[0])) if repeated else None


GENERIC_TOPIC = re.compile(r"(?i)\s+(?:om|för)\s+(?:samverkan|samarbete)$")


def kind_only(name: str) -> bool:
    """A title line that only says what kind of document this is ("GEMENSAM SAMVERKANSÖVERENSKOMMELSE"): a few
    words ending in the word for an agreement, without a preposition, a name or a year to say which one."""
    words = GENERIC_TOPIC.sub("", name).split()  # "ÖVERENSKOMMELSE OM SAMVERKAN" says no more than its kind
    return len(words) <= 3 and bool(ONE.search(words[-1])) and not re.search(r"\d", name) \
        and not any(OPEN_END.search(" " + w) for w in words)


def _fuller(doc: Document, kind: Unit, unit: Unit) -> Item | None:
    """The title that stands right under a line saying only the kind of document ("GEMENSAM
    SAMVERKANSÖVERENSKOMMELSE" / "" / "Nyby mot brott – överenskommelse om samverkan mellan …")."""
    if unit.span.start - kind.span.end > 2:
        return None
    if (name := _title_of(doc, unit)) is not None and ONE.search(name):
        return Item("agreement", name, unit.span)
    which = unit.text.strip(" #*")
    if _names_which(which, unit, doc):  # "ÖVERENSKOMMELSE OM SAMVERKAN" / "Skola och polis – tryggt på gymnasiet"
        return Item("agreement", which, unit.span)
    if _name_under_kind(doc, unit):  # "REGIONAL ÖVERENSKOMMELSE" / "Tidiga insatser för barn i Nyby"
        return Item("agreement", doc.line(unit.span.start).strip(" #*"), Span(unit.span.start, unit.span.start))
    if unit.kind == "heading" and len(which.split()) <= 4 and YEARS_END.search(which) and not COLUMNS.search(which):
        # "MEDBORGARLÖFTE" / "NYBY 2026–2027": the line under the kind says which one; the two are the title
        # where the document also states them as one (a running header or footer "Medborgarlöfte Nyby 2026–2027")
        whole = f"{doc.line(kind.span.start).strip(' #*')} {which}"
        stated = next((line.strip() for n in range(unit.span.end + 1, len(doc) + 1)
                       if fold(" ".join((line := doc.line(n)).split())).startswith(fold(whole))), None)
        if stated is not None:
            return Item("agreement", " ".join(stated.split()[:len(whole.split())]),
                        Span(kind.span.start, unit.span.end))
    return _kind_over_name(doc, kind, unit)


# a name under a kind line, with what follows it ("Trygga Nyby – polis och kommun i samverkan")
NAME_OVER_TAGLINE = re.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){1,3})(?:\s+[–—-]\s+\S.*)?$")


def _kind_over_name(doc: Document, kind: Unit, unit: Unit) -> Item | None:
    """A kind line over a line that opens with a name of capitalised words ("SAMVERKANSÖVERENSKOMMELSE" / "Trygga
    Nyby – polis och kommun i samverkan"): the kind and that line, whole, are the title."""
    which = unit.text.strip(" #*")
    if unit.kind not in ("heading", "sentence") or COLUMNS.search(which) or LETTERHEAD.search(which) \
            or not NAME_OVER_TAGLINE.match(which) or which.isupper():
        return None
    kind_text = doc.line(kind.span.start).strip(" #*")
    kind_text = kind_text[:1] + kind_text[1:].lower() if kind_text.isupper() else kind_text
    return Item("agreement", f"{kind_text} {' '.join(which.split())}", Span(kind.span.start, unit.span.end))


def _name_under_kind(doc: Document, unit: Unit) -> bool:
    """A line right under the kind of document that names what the agreement is about without a word for one,
    over a line that says what kind and between whom ("Överenskommelse mellan …"): the agreement's name."""
    which, following = doc.line(unit.span.start).strip(" #*"), _next_line(doc, unit.span.start)
    return unit.kind in ("heading", "sentence") and 3 <= len(which.split()) <= 14 \
        and which[:1].isupper() and not which.isupper() and not which.endswith((".", "?", ":")) \
        and not (SECTION_HEADING.match(which) or LETTERHEAD.search(which) or COLUMNS.search(which)
                 or ONE.search(which) or re.match(r"(?i)mellan\b", which)) \
        and bool(re.match(r"(?i)(?:\w+\s+){0,2}?\w*(?:överenskommelse|avtal)\w*\s+(?:mellan|för)\b", following))


def _names_which(text: str, unit: Unit, doc: Document) -> bool:
    """A cover page's name under the line of its kind: a heading of a few words, capitalised, neither a section's
    heading, a body's name, a line of columns nor the parties ("mellan X och Y"), with a period or blank after it."""
    words = YEARS_END.sub("", text).split()  # "Sigtuna 2025": a place and a year say only where and when
    below = doc.line(unit.span.end + 1).strip() if unit.span.end < len(doc) else ""
    return unit.kind == "heading" and 2 <= len(words) <= 8 and text[:1].isupper() and not text.isupper() \
        and not SECTION_HEADING.match(text) and not LETTERHEAD.search(text) and not COLUMNS.search(text) \
        and not re.search(r"(?i)\bmellan\b|[.:?]$", text) and not TITLE_WORDS.search(text) \
        and (not below or bool(re.search(r"\d{4}", below)))


def _title_of(doc: Document, unit: Unit, lead: tuple[str, int] | None = None) -> str | None:
    """The title a unit gives: not a line of columns (a letterhead, a running header with its page), not a body's
    own name ("Enheten för trygghet och samverkan"), not a line that only goes on with the one above."""
    text = unit.text.strip(" #*")
    first_line = doc.line(unit.span.start).strip(" #*")
    if lead:  # the lines of the cover page's title, whole
        first_line = text = f"{lead[0]} {text if unit.span.end - unit.span.start < 3 else first_line}"
    length = len(text if unit.kind == "heading" else first_line)  # a title block's lines run into one unit
    if unit.kind not in ("heading", "sentence") or not TITLE_WORDS.search(text) or length > 120 \
            or text.endswith((".", "?")) or COLUMNS.search(first_line) or ORG_UNIT.search(first_line) \
            or FILE_NAME.fullmatch(first_line) or STAMP.match(first_line) \
            or not first_line[:1].isupper():
        return None
    following = _next_line(doc, unit.span.start)
    # a lower-case line under a title in capitals that already names which one ("… FÖR ÅBY OCH NYBY") is a
    # subtitle of another type, no part of the title
    subtitle = first_line.isupper() and not OPEN_END.search(first_line) and not following.isupper() \
        and any(w[:1].isupper() for w in _sentence_case(first_line, doc).split()[1:])
    as_written = following  # in capitals too, as the line it goes on from
    if following.isupper() and first_line.isupper():  # "LOKAL ÖVERENSKOMMELSE" / "MELLAN NYBY KOMMUN OCH …"
        following = following[0].lower() + _sentence_case(following, doc)[1:]
    if re.match(r"(?i)och\s", following) and re.search(r"(?i)\bmellan\b", first_line) \
            or OPEN_END.search(first_line) and len(following) < 80:
        joined = as_written if first_line.isupper() and as_written.isupper() else following
        first_line += " " + joined  # "… mellan X" / "och Y", "… trygghet i" / "Nyby" on the next line
        if unit.kind == "heading" and OPEN_END.search(heading_text(text)):
            text += " " + joined  # a heading left open ("… om samverkan mellan" / "Nyby kommun och Polisen")
    # a title of two lines standing apart, its second a topic ("Överenskommelse om samverkan mellan X och Y" /
    # "för ett tryggare Z"): read as a sentence, one title all the same
    block = unit.kind == "sentence" and unit.span.end == unit.span.start + 1 and bool(following) \
        and text == f"{first_line} {following}" and bool(TOPICAL.match(following)) and len(text) <= 160
    if block:
        first_line = text
    name = heading_text(text) if unit.kind == "heading" else first_line
    if not TITLE_WORDS.search(name) or DNR.search(name) or SECTION_WORD.fullmatch(name) \
            or unit.kind == "heading" and SECTION_ON_IT.fullmatch(name):
        return None
    if name.isupper():
        name = _sentence_case(name, doc)
    if unit.kind == "heading" and re.match(r"(?i)och\s", following) and "mellan" in name.casefold() \
            or re.match(r"[a-zåäö]", following) and (len(following) < 80 or TOPICAL.match(following)) \
            and not following.endswith(".") and unit.kind == "heading" \
            and (TOPICAL.match(following) or not YEARS_END.search(name) and not subtitle) \
            and not PARTIES_LINE.match(following):  # "om …", "för ett tryggare …" join; "mellan X och Y" does not
        if not fold(name).endswith(fold(following)):  # not taken in above already
            name += " " + (following.lower() if following.isupper() else following)  # the title goes on
    return name


PARTIES_LINE = re.compile(r"(?i)^(?:mellan|med)\s")  # a line naming the parties is no part of the title


def _next_line(doc: Document, n: int) -> str:
    """The line after line n; past one blank line, a lower-case line that is no list of parties ("SAMVERKANSAVTAL"
    / "" / "om trygghet i Nyby" is one title; "mellan Nyby kommun och …" under it names the parties)."""
    following = doc.line(n + 1).strip(" #*") if n < len(doc) else ""
    if not following and n + 1 < len(doc) and re.match(r"(?!mellan\b)[a-zåäö]", after := doc.line(n + 2).strip(" #*")):
        return after
    return following


def _first_heading(units: list[Unit]) -> Item | None:
    """A title without a word for an agreement ("Tryggare tillsammans i Nyby"): the first heading of two or
    more words that is neither a letterhead (a body, a date, a number) nor a section of its own."""
    for unit in units[:6]:
        text = heading_text(unit.text.strip(" #*"))
        if unit.kind != "heading" or len(text.split()) < 2 or len(text) > 100 or LETTERHEAD.search(text) \
                or SECTION_HEADING.match(text) or re.search(r"\d{4}-\d\d|\d/\d|[?:]$", text):
            continue
        return Item("agreement", text, unit.span)
    return None


def _sentence_case(text: str, doc: Document) -> str:
    """An upper-case title in sentence case, names kept as the document writes them elsewhere ("ÖVERENSKOMMELSE
    OM TRYGGA SKOLOR I GÄVLE" → "Överenskommelse om trygga skolor i Gävle")."""
    names = set(re.findall(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäö]+", " ".join(doc.reading)))
    words = text.lower().split()
    return " ".join([words[0].capitalize()] + [w.capitalize() if w.capitalize() in names else w for w in words[1:]])
