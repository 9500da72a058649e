"""The groups headings name, and lines that act as headings: a definition's dash, a block's labelled name,
a level of the organisation, a body's minutes."""

from __future__ import annotations

import re
from dataclasses import replace

from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import TIME_AFTER, mentions, named_whole
from samverkan.extract.meaning.groups.words import (
    DEFINITION,
    LABEL,
    LEVEL_KINDS,
    NAMED_SHORT,
    common_word,
    field_of,
    finite,
    lower_start,
    parenthesised_members,
)
from samverkan.extract.meaning.phrases import PARTY_GENITIVE, PERSON, group_kind, members
from samverkan.extract.meaning.text import Unit, fold, lemma

COORDINATORS_HEADING = re.compile(r"(?i)samordnar(?:e|na)")
IS_THE_WORD = re.compile(r"^[^.;]{3,80}?\s+är\s+(?:det|den)\s+(?:[a-zåäö-]+\s+){0,2}"
                         r"(?P<word>[a-zåäö-]*(?:gruppen|rådet|forumet|nätverket|teamet))\b")
# "Nivå 1 – strategisk", "Taktisk nivå": a level of the organisation, whose groups are of its kind
LEVEL_HEADING = re.compile(r"(?i)^(?:niv[aå]\s*\d*\s*[–—:.-]?\s*)?(?P<level>strategisk|taktisk|operativ)a?"
                           r"(?:\s+niv[aå]n?)?$")
# a time of day in brackets after a name ("(kl. 09.00–11.00)", "(13.00–15.00, Nyby bibliotek)"): when and where
MEETING_TIME = re.compile(r"\s*\((?:kl\.?\s*)?\d{1,2}[.:]\d{2}[^()]*\)")
HEADING_SHORT = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<short>[A-ZÅÄÖ]{2,6})\)\s*$")


# a question heading that asks who does something ("Vem förbereder styrgruppens möten?"), and an answer that names
# the doer by the verb "göra" standing for the question's ("Det gör beredningsgruppen.")
WHO_DOES = re.compile(r"(?i)^(?:och\s+)?(?:vem|vilka|vilken\s+grupp|vilket\s+organ)\s+"
                      r"(?P<rest>(?P<verb>[a-zåäö]+)\s+[^?]+)\?$")
DOES_IT = re.compile(r"(?i)^(?:det|så)\s+gör\s+(?P<who>[^.;,]+?)\.?$")


# a question heading that asks what stands in some relation to a group ("Under ledningsgruppen?", "Och ovanför
# styrgruppen?"): about another group than the one it names
RELATIVE_QUESTION = re.compile(r"(?i)^(?:och\s+)?(?:under|ovanför|över|bredvid|utöver|förutom|efter)\s+[^?]{3,60}\?$")


PLURAL_WORD = re.compile(r"(?i)[\wåäö-]*(?:grupperna|nätverken|teamen|forumen)")  # "Arbetsgrupperna"


# a heading of a section about an activity ("Beredning", "Återrapportering") or the priorities, never a name
SECTION_WORDS = re.compile(r"(?i)^[a-zåäö]+(?:ning|ering|else)$|^prioriter")
# "TILLÄGG 1", "Bilaga 2", "Ändringar i avsnitt 4": a part of the document or a change to it, no group's name
DOCUMENT_PART = re.compile(r"(?i)^(?:tillägg|bilaga|bilagor|avsnitt|kapitel|appendix|ändring(?:ar)?|protokoll)"
                           r"(?:\s+(?:nr\.?\s*)?\d{1,2}|\s+[A-Z]|\s+(?:av|i|till)\b.*)?$")

# a part of the document that is one group's charter ("UPPDRAGSBESKRIVNING" over the group's name, "Arbetsordning
# för styrgruppen"): its sections (Syfte, Sammansättning, Mötesformer …) are all about that group
CHARTER = re.compile(r"(?i)^(?:uppdragsbeskrivning|arbetsordning|instruktion|reglemente|direktiv)"
                     r"(?:\s+(?:för|till)\s+(?P<name>.+?))?\s*$")


def _role_heading(words: list[str]) -> bool:
    """A heading that is one function, a party's genitive before it or not ("Lokalpolisområdeschefen",
    "Kommunens säkerhetssamordnare", "Områdespoliserna"): a section on a role, no group; not the coordinators
    ("Samordnarna"), who may be one."""
    if len(words) == 2 and PARTY_GENITIVE.match(words[0]):
        words = words[1:]
    word = words[0].casefold()
    return len(words) == 1 and word.isalpha() and bool(PERSON.search(lemma(word))) \
        and not COORDINATORS_HEADING.fullmatch(lemma(word))


def _works_named(heading: str) -> bool:
    """A heading of two kinds of work ("Beredning och uppföljning", "Ledning och styrning"), the first a word that
    may also name a body: nouns of doing in lower case after the first, no name."""
    words = heading.strip(" .:").split()
    return len(words) == 3 and words[1].casefold() in ("och", "samt") and words[2].islower() \
        and all(re.fullmatch(r"(?i)[a-zåäö]+ning", w) for w in (words[0], words[2]))


def _common_heading(words: list[str]) -> bool:
    """A heading of an ordinary section ("Uppföljning", "Samverkan och ansvar"): its first word is a common
    lower-case word of the language, or it is a question or a numbered part."""
    first = words[0]
    return first.isalpha() and first[1:].islower() and common_word(first) or words[-1].endswith("?") \
        or not first[:1].isalpha() \
        or bool(SECTION_WORDS.match(" ".join(words)) or DOCUMENT_PART.match(" ".join(words)))


class HeadingReading:
    """Reads the groups headings name, and lines that act as headings."""

    def read_block_name(self, unit: Unit) -> Group | None:
        """A labelled line that names a group ("Forum: Styrgrupp för trygghet", "Grupp: Trafiksamråd") where the
        same label opens two blocks or more under one heading: a block of labelled lines per group, each block's
        group the one its name line names (a heading over one such block names its group: give_name)."""
        if unit.kind != "sentence" or (named := LABEL.match(unit.text)) is None \
                or field_of(label := fold(named.group("label"))) != "name":
            return None
        value = unit.text[named.end():].strip(" .")
        found = [m for m in mentions(value, True) if not m.bare and m.start == 0]
        if not found or len(value.split()) > 6:
            return None
        opened = sum(1 for u in self.units if u.kind in ("sentence", "heading") and u.heading == unit.heading
                     and (x := LABEL.match(u.text)) is not None and fold(x.group("label")) == label)
        if opened < 2:
            return None
        g = self.group(named_whole(found[0], value), unit.span, 3)
        g.set("kind", group_kind(g.name), unit.span)
        return g

    def minutes_item(self, unit: Unit, heading_group: Group | None) -> Group | None:
        """The group of a heading, in minutes of one body ("Styrgruppen för X, konstituerande sammanträde" over
        "§ 2  Val av ordförande") the body's for a "§ n" item that names no group."""
        item = re.match(r"\s*§\s*\d", self.doc.line(unit.span.start))
        if not item and self.minutes_of is None and heading_group is not None \
                and unit.span.start < self.doc.top + 10:
            self.minutes_of = heading_group
        return self.minutes_of if item and heading_group is None else heading_group

    def read_heading(self, unit: Unit) -> Group | None:
        """The group a heading names, with the members its brackets list, if any."""
        if (when := MEETING_TIME.search(unit.text)) is not None:  # "Styrgruppen (kl. 09.00–11.00)": when it meets
            unit = replace(unit, text=unit.text[:when.start()] + unit.text[when.end():])
        name, listed = parenthesised_members(unit.text)  # "Styrgrupp (kommundirektör, polisområdeschef)"
        if (named := LABEL.match(name)) is not None and field_of(fold(named.group("label"))) == "name" \
                and name[named.end():].strip():
            name = name[named.end():]  # "Forum: Styrgrupp för trygghet" set as a heading: the name after its label
        if (initials := INITIALS_FIRST.fullmatch(name)) is not None:
            return self.by_initials(initials.group("short"), initials.group("long"), unit)
        if RELATIVE_QUESTION.match(name):
            return None  # "Under ledningsgruppen?": a question about what is under, before or beside it
        if PLURAL_WORD.fullmatch(name.strip()):
            return None  # "ARBETSGRUPPERNA" over several groups' paragraphs: none of them
        found = [m for m in mentions(name, True) if not m.bare] or _named_after_word(name)
        if found and _works_named(name):
            return None  # "Beredning och uppföljning": the work a section tells of, no body
        known = None if found else self.known_bare(name)  # "Rådet under året": the råd named before
        heading_group = self.group(named_whole(found[0], name), unit.span, 3) if found else known if known \
            else None if LEVEL_HEADING.match(unit.text) else self.heading_name(unit) or self.asked_about(unit.text)
        self.note_level(unit, heading_group)
        if heading_group is not None and found and (short := HEADING_SHORT.match(name)) is not None:
            self.abbreviations.setdefault(short.group("short"), heading_group)  # "Ledningsgruppen för trygghet
            # (LGT)": later sections report to "LGT"
        if heading_group is not None and found and listed:
            heading_group.set("members", members(listed), unit.span)
        if heading_group is not None and found and (short := NAMED_SHORT.search(name)) is not None:
            self.abbreviations.setdefault(short.group(1), heading_group)  # "Gemensam ledningsgrupp (GLG)"
        return heading_group

    def charter_of(self, unit: Unit, heading_group: Group | None) -> Group | None:
        """The group of a heading inside a group's charter: a heading that names no group ("Sammansättning",
        "Ledning och mötesformer") is a section of the charter, about its group; a new part of the document
        ("Bilaga 3") ends the charter."""
        if DOCUMENT_PART.match(unit.text.strip()):
            self.charter, self.charter_next = None, False
            return heading_group
        if (charter := CHARTER.match(unit.text.strip())) is not None:
            self.charter = heading_group if charter.group("name") and heading_group is not None else None
            self.charter_next = self.charter is None  # "UPPDRAGSBESKRIVNING": the group's name is the line under it
            return heading_group
        self.charter_next = False
        return heading_group if heading_group is not None or self.charter is None else self.charter

    def charter_title(self, unit: Unit) -> Group | None:
        """The line under a charter's heading that is only a group's name ("UPPDRAGSBESKRIVNING" / "Arbetsgruppen
        Trygg i Nyby"): the group the charter is about."""
        if not self.charter_next or unit.kind != "sentence":
            return None
        self.charter_next = False
        name = unit.text.strip(" .")
        found = [m for m in mentions(name, True) if not m.bare and m.start == 0 and m.end >= len(name)]
        if not found:
            return None
        self.charter = self.group(named_whole(found[0], name), unit.span, 3)
        return self.charter

    def known_bare(self, heading: str) -> Group | None:
        """The group a heading names by its bare definite word ("Rådet under året", "Gruppen i dag"), when the
        text has named a group of that word before."""
        bare = [m for m in mentions(heading, True) if m.bare and m.start == 0 and not m.name.endswith("s")]  # not
        # "Rådets uppdrag": a section on what it does; nor "Rådet ska" over what it shall do
        if not bare or heading[bare[0].end:].strip() and not TIME_AFTER.match(heading, bare[0].end):
            return None
        return next((g for g in reversed(self.groups.values())
                     if not g.named_by_heading and any(p.endswith(fold(bare[0].head)) for p in g.key.split())), None)

    def by_initials(self, short: str, long: str, unit: Unit) -> Group | None:
        """A heading that gives a group's initials before its name ("LG – Ledningsgrupp Trygga Nyby"): the group
        known by its initials, of the kind its name says."""
        found = [m for m in mentions(long, True) if not m.bare and m.start == 0]
        if not found:
            return None
        g = self.abbreviations.get(short) or self.groups.get(fold(short)) or self.group(found[0], unit.span, 3)
        if g.key != fold(short):
            self.groups.pop(g.key, None)
            g.key = fold(short)
            self.groups[g.key] = g
        for x in self.groups.values():  # reports to it by the name it had ("taktiska gruppen") name it by its initials
            if g.name in x.fields.get("reports_to", []):
                x.fields["reports_to"] = [short if r == g.name else r for r in x.fields["reports_to"]]
        g.name, g.weight, g.spelled = short, 3, long
        g.set("kind", group_kind(long), unit.span, force=True)
        self.abbreviations[short] = g
        return g

    def answered_question(self, unit: Unit) -> Unit | None:
        """An answer that names who does what its question heading asks ("Vem förbereder styrgruppens möten?" /
        "Det gör beredningsgruppen."): the question said with the answer as its subject ("beredningsgruppen
        förbereder styrgruppens möten."), or None."""
        asked, answer = WHO_DOES.match(unit.heading or ""), DOES_IT.match(unit.text)
        if asked is None or answer is None or not finite(asked.group("verb")) \
                or not any(not m.bare and m.start == 0 for m in mentions(answer.group("who"), True)):
            return None
        return replace(unit, text=f"{answer.group('who')} {asked.group('rest')}.")

    def asked_about(self, heading: str) -> Group | None:
        """The group a question heading names by a name without a group word ("Vem leder Trygghetsdialogen?")."""
        if not heading.endswith("?"):
            return None
        return next((g for g in self.groups.values() if re.search(r"\b" + re.escape(fold(g.name)) + r"\b",
                                                                  fold(heading))), None)

    def note_level(self, unit: Unit, heading_group: Group | None) -> None:
        """A heading that names a level of the organisation ("Nivå 2 – taktisk") gives the groups under it, until
        a heading about something else, the level's kind."""
        if (level := LEVEL_HEADING.match(unit.text)) is not None:
            self.level = LEVEL_KINDS[level.group("level").casefold()]
        elif heading_group is None:
            self.level = None
        elif heading_group.level_kind is None:
            heading_group.level_kind = self.level

    def defined(self, unit: Unit) -> tuple[Group, Unit] | None:
        """The group a paragraph opens with as a definition list does ("Fältgruppen – arbetar …"), and the
        words after the dash."""
        m = DEFINITION.match(unit.text)
        name = (m.group("name") or m.group("term")).strip() if m else ""
        if _clause_before_dash(name):
            return None  # "Styrgruppen möts fyra gånger per år – ett möte i Åby, … –": an aside in a sentence
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0] if m else []
        rest = unit.text[m.end():] if m else ""
        if found:
            g = self.group(named_whole(found[0], name), unit.span, 3)
        elif m and m.group("term") and len(name.split()) <= 4 and name[:1].isupper() \
                and not re.match(r"(?i)(?:under|över|i|till|från|inom|hos|vid|på)\s", name) \
                and (kind := [x for x in mentions(" ".join(rest.split()[:5]), True)]):  # not "Under SG: …", a place
            g = self.named(name, unit.span)  # "OSG: en operativ samverkansgrupp för …"
            g.weight = 3
            g.set("kind", group_kind(kind[0].name), unit.span)
        else:
            return None
        if (who := _dashed_apposition(rest)) is not None and (people := members(lower_start(who.group("who")))):
            self._add_members(g, people, unit.span)  # "Samordnarna – A och B – stämmer av …": who they are
            rest = rest[who.end():]
        return g, Unit(unit.kind, rest, unit.span, unit.heading, items=unit.items)

    def heading_name(self, unit: Unit, over_members: bool = False) -> Group | None:
        """A heading with no group word ("EST", "Krogsamverkan City") that may name a group: a candidate,
        dropped later unless sentences under it tell two of its members, chair, meetings and reporting. Over a
        list of its members ("Löpande samordning" / "Deltagare" / "- A") a name of common words is one too."""
        text, short = unit.text, None
        if (named := HEADING_SHORT.match(text)) is not None:  # "Effektiv samordning (EST)": a name, as its short
            text, short = named.group("name"), named.group("short")  # form says
        elif (spelled := _spelled_out(text)) is not None:
            text, short = spelled
        words = text.split()
        if not 1 <= len(words) <= 4 or len(words) == 1 and text.islower() \
                or not short and _common_heading(words) and not COORDINATORS_HEADING.fullmatch(words[-1]) \
                and not over_members:
            return None  # "Lokala samordnare": the people who coordinate, a group if the text bears it out
        if any(w.casefold() in ("och", "samt") for w in words) and not any(w[:1].isupper() for w in words[1:]):
            return None  # "Giltighet och uppföljning": two sections' words, no name
        if len(words) >= 2 and words[-1].casefold() in MODALS:
            return None  # "Stadsdelsnämnden ska" over a list of duties: a clause begun, no name
        if unit.kind == "heading" and _role_heading(words):
            return None  # "Kommunpolisen", "Kommunens säkerhetssamordnare": a section on what one function does (an
            # item over what it is, "• Nattvakten" / "– ett nätverk …", may still name a group)
        key = fold(" ".join(lemma(w) for w in words))
        g = self.groups.get(key) or Group(key, text.strip(" .:"), unit.span, 3, named_by_heading=True)
        self.groups[key] = g
        if short:
            self.abbreviations[short] = g
        elif re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text.strip()):  # "3.1 LG": known by its initials
            self.abbreviations[text.strip()] = g
        return g

    def spelled_out(self, heading_group: Group | None, text: str) -> None:
        """A heading that names a group by its initials ("SSPF Nyby") over a sentence that spells them out ("Gruppen
        för skola, socialtjänst, polis och fritid (SSPF) i Nyby …"): the spelled-out name is the heading's group."""
        if heading_group is None or not heading_group.named_by_heading:
            return
        initials = heading_group.name.split()[0]
        if not re.fullmatch(r"[A-ZÅÄÖ]{2,6}", initials) or (at := text.find(f"({initials})")) < 0:
            return
        spelled = [m for m in mentions(text[:at]) if not m.bare]
        if spelled:
            self.renamed.setdefault(spelled[-1].key, heading_group)
            heading_group.called = heading_group.called or spelled[-1].head  # "Gruppen …" after it is this one

    def heading_is(self, heading: Group | None, named: Group, text: str) -> Group:
        """A heading of a bare kind ("Samverkansforum") whose first sentence says which group it is ("Skolornas
        trygghetsråd är det gemensamma forumet"): one group, by the sentence's name, that what the heading's
        section says is about."""
        said = IS_THE_WORD.match(text)
        if heading is None or heading is named or not said or " " in heading.name or "members" in heading.fields \
                or self.groups.get(heading.key) is not heading or self.groups.get(named.key) is not named \
                or not fold(heading.name).endswith(fold(lemma(said.group("word")))):
            return named
        for k, v in named.fields.items():
            heading.set(k, v, named.spans.get(k, named.span))
        del self.groups[named.key], self.groups[heading.key]
        heading.key, heading.name, heading.weight = named.key, named.name, max(heading.weight, named.weight)
        self.groups[heading.key] = heading
        self.topic = heading
        return heading


# "EST Nyby (effektiv samordning för trygghet)": a name with initials, and a bracket that spells them out
SPELLED_BRACKET = re.compile(r"^(?P<name>[^()]*?\b(?P<short>[A-ZÅÄÖ]{2,6})\b[^()]*?)\s*"
                             r"\((?P<long>[a-zåäö][a-zåäö -]{3,80})\)\s*$")
SMALL_WORDS = {"för", "och", "i", "mot", "av", "om", "på", "med", "till"}


def _spelled_out(text: str) -> tuple[str, str] | None:
    """A heading's name and its initials, without the bracket that spells them out; None if it has none."""
    m = SPELLED_BRACKET.match(text)
    if m is None:
        return None
    letters = "".join(w[0] for w in m.group("long").split() if w not in SMALL_WORDS)
    return (m.group("name"), m.group("short")) if letters.upper() == m.group("short") else None


INITIALS_FIRST = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s+[–—-]\s+(?P<long>[A-ZÅÄÖa-zåäö][^–—]{2,80})")


MODALS = {"ska", "skall", "kan", "bör", "vill", "måste"}


# the words between a group's name and a second dash: an apposition that says who it is ("A och B – stämmer av …")
DASHED_APPOSITION = re.compile(r"^(?P<who>[^–—.;:()]{3,160}?)\s+[–—]\s+(?=[a-zåäö])")


def _clause_before_dash(name: str) -> bool:
    """Whether the words before a dash are a clause, a group's name and a verb of its own ("Styrgruppen möts fyra
    gånger per år"), not a term that the dash defines."""
    found = [x for x in mentions(name, True) if x.start == 0]
    return bool(found) and any(finite(w) for w in name[found[0].end:].split() if w[:1].islower())


def _dashed_apposition(rest: str) -> re.Match | None:
    """After a group's name and its dash, people set off by a second dash, with no verb among them."""
    m = DASHED_APPOSITION.match(rest)
    return m if m and not any(finite(w) for w in m.group("who").split()) else None


def _named_after_word(heading: str) -> list[Mention]:
    """A heading that is a bare group word and the words that name it ("Nätverk skola–polis", "Team unga"): the
    group named whole, or nothing."""
    found = mentions(heading, True)[:1]
    if not found or not found[0].bare or found[0].start or not heading[found[0].end:].strip()[:1].islower():
        return []
    whole = named_whole(found[0], heading)
    after = heading[found[0].end:].split()
    if whole is found[0] or any(finite(w) for w in after):
        return []
    return [replace(whole, bare=False)]


def run_in_headings(units: list[Unit]) -> list[Unit]:
    """A paragraph's lead that is a group's name alone ("Trygghetsgruppen Åby. Här deltar …") is a heading run into
    its paragraph, whose sentences are that group's; the paragraph after it, unless another such, is the section's
    again (its heading said anew)."""
    out: list[Unit] = []
    section: Unit | None = None  # the heading over the run-in paragraph being read
    for unit in units:
        if section is not None and unit.kind != "heading" and not _run_in(unit) \
                and unit.span.start > out[-1].span.end + 1:
            out.append(section)  # a blank line ends the run-in paragraph: the section goes on
        if section is not None and (unit.kind == "heading" or unit.span.start > out[-1].span.end + 1):
            section = None
        if _run_in(unit):
            section = next((u for u in reversed(out) if u.kind == "heading" and u.text == unit.heading), None)
            unit = Unit("heading", unit.text.strip().rstrip("."), unit.span, unit.heading)
        out.append(unit)
    return out


def _run_in(unit: Unit) -> bool:
    name = unit.text.strip()
    if unit.kind != "sentence" or not name.endswith(".") or len(name.split()) > 5 \
            or any(finite(w) for w in name.split()):
        return False
    name = name.rstrip(".")
    return any(not x.bare and x.start == 0 and x.end == len(name) for x in mentions(name, True))
