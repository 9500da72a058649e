"""`GroupReader`: the reader's state, a group by its mention, the loop over a document's units that hands each
to the reading of its theme, and a sentence read for all its fields."""

from __future__ import annotations

import itertools
import re

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.chairs import ChairReading
from samverkan.extract.meaning.groups.fields import FieldReading
from samverkan.extract.meaning.groups.headings import HeadingReading, run_in_headings
from samverkan.extract.meaning.groups.lists import ListReading
from samverkan.extract.meaning.groups.meetings import MeetingReading, meeting_frequency
from samverkan.extract.meaning.groups.members import GROUP_THEN_COLON, RECURRING, SITS_DOWN_WITH, MemberReading
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import DESCRIPTIVE, OTHER_BODY, mentions, opens_with_group
from samverkan.extract.meaning.groups.naming import NameReading
from samverkan.extract.meaning.groups.outside import OutsideReading, without_other_matters
from samverkan.extract.meaning.groups.reporting import VIEWS_HANDED_ON, ReportReading, report_body
from samverkan.extract.meaning.groups.settling import Settling
from samverkan.extract.meaning.groups.subjects import SubjectReading
from samverkan.extract.meaning.groups.tables import TableReading
from samverkan.extract.meaning.groups.words import (
    ABBREVIATION,
    ALTERNATING,
    LABEL,
    MEETS,
    NOTES_LEAD,
    OUTSIDE_AGREEMENT,
    PREPARES,
    RELATIVE,
    field_of,
    finite,
    lead_of,
    verb_clauses,
)
from samverkan.extract.meaning.phrases import GROUP_WORD, PARTY_GENITIVE, RELATIVE_ASIDE, group_kind
from samverkan.extract.meaning.tense import preterite, tense
from samverkan.extract.meaning.text import SENTENCE_END, Unit, fold

# "… men nätverket är Länsstyrelsens": the group its own word names is another organisation's own, by its name
ANOTHERS_OWN = re.compile(r"(?i)\b(?P<word>nätverk|grupp|råd|forum|team)(?:et|en)\s+är\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+s"
                          r"(?=\s+och\b|\s*[.;,]|\s*$)")
# "… hör till Åbys överenskommelse", "tillhör en annan överenskommelse", "regleras helt i delöverenskommelsen":
# a group of another's agreement
ANOTHERS_AGREEMENT = re.compile(r"(?i)\b(?:hör\s+(?:i\s+stället\s+)?till|tillhör)\s+(?:(?P<other>en\s+annan)|"
                                r"(?!(?-i:Parternas|Kommunens|Stadens|Polisens)\b)(?P<owner>(?-i:[A-ZÅÄÖ])[\wåäö-]*?)s)"
                                r"\s+(?:egen\s+|egna\s+)?(?:[\wåäö-]*överenskommelse|[\wåäö-]*avtal)\b|"
                                r"\bregleras\s+(?:helt\s+|i\s+sin\s+helhet\s+)?(?:i|av|genom)\s+(?P<apart>(?:en|ett)\s+"
                                r"(?:annan|annat|egen|eget|separat)\s+[\wåäö-]*(?:överenskommelse|avtal)|"
                                r"[\wåäö-]*delöverenskommelsen|[\wåäö-]*delavtalet)\b")
# "X informeras om arbetet", "får information om läget": told of the work, which is no part in it
INFORMED_OF = re.compile(r"(?i)\b(?:informeras|underrättas|hålls\s+informerad|får\s+information)\s+om\b")
# "Styrgruppen …, medan arbetsgruppen …": two main clauses, each about its own group
WHILE = re.compile(r"(?i),\s+medan\s+(?=\S)")
# a clause put inside a list ("A och, utan att därigenom bli part, B deltar"); a comma right after "och"/"samt"
# opens an aside that the next comma closes ("A samt, i förekommande fall, B")
INTERJECTED = re.compile(r"(?i)\s*,\s*utan\s+att\s+[^,.;]+,\s*|(?:(?<=\boch)|(?<=\bsamt))\s*,\s*[^,.;]{1,160}?,\s*")
# "… ingår, förutom samordnaren själv, A och B": the one besides them is in it too, first of the list
BESIDES = re.compile(r"(?i)\s*,\s*förutom\s+(?P<who>[^,.;]{3,60}?)(?:\s+själva?)?\s*,\s*")
BEFORE_EACH = re.compile(r"(?i)\b(?:före|inför)\s+(?:varje|vart)\s+(?:möte|sammanträde)\s+(?:i|med)\s+"
                         r"(?P<other>[\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*)*)")
INSTEAD_OF = re.compile(r"(?i)\bi\s+stället\s+för\b")
# "Från och med den 1 augusti träffas gruppen var tredje vecka": a rhythm that starts on a date replaces the one before
FROM_DATE = re.compile(r"(?i)\b(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]{3,}"
                       r"(?:\s+\d{4})?\b")
# "Ungdomsforum, ett samarbete mellan A, B och C", "X är ett samarbete mellan …": what the group is, after its name
COOPERATION = re.compile(r"(?i)\s*(?:,|\s+är)\s+(?:ett|en)\s+(?:[\wåäö-]+\s+)?(?:samarbete|samverkan)\s+mellan\s")
IS_FUNCTION = re.compile(r"(?i)^[^.;]*?\bär\s+(?:[\wåäö]+s\s+)?(?:\w+\s+)?samordningsfunktion(?:en)?\b")
RECOMMENDS = re.compile(r"(?i)\b(?:rekommenderar|rekommenderas|rekommendationen\s+är|"
                        r"föreslog|har\s+föreslagit)\s+(?:[\wåäö-]+\s+){0,3}?att\b")  # "Du föreslog att …": a proposal
# ", och gruppen …": a main clause of its own about the group the sentence is about
GROUP_CLAUSE = re.compile(r",\s+(?:och|men)\s+(?=(?:gruppen|rådet|nätverket|forumet|teamet)\s+\S)")
AND_CLAUSE = re.compile(r",\s+(?:och|men)\s+(?=\S)")  # ", och X …": a main clause if X is a group and a verb follows


# the facts a later sentence may state anew: who chairs, how often it meets, where it reports
RESTATED = ("chair", "frequency_per_year", "reports_to")


def _set_aside_past(g: Group) -> dict:
    """The facts of g that a sentence in the past tense gave and none has changed since, taken out of its fields
    (value and span), so that a sentence in the present may state them anew."""
    out = {}
    for key, value in list(g.past.items()):
        if g.fields.get(key) == value:
            out[key] = (g.fields.pop(key), g.spans.pop(key, g.span))
        else:
            del g.past[key]  # changed since: no longer the past's
    return out


def _views_of_group(text: str) -> bool:
    """Whether a sentence hands on what a named group brought forth ("Synpunkter från rådet förs vidare till X"):
    about that group, though it is no subject."""
    return (m := VIEWS_HANDED_ON.match(text)) is not None and bool(m.group("source")) \
        and any(x.start == 0 and not x.bare for x in mentions(text[m.start("source"):], True))


# an aside that a fact holds on from the earlier agreement: "som tidigare", ", liksom förut,", "fortsatt"
STILL = re.compile(r"(?i)\s*,?\s*\b(?:(?:som|liksom)\s+(?:tidigare|förut|hittills)|"
                   r"(?:(?<=\bär\s)|(?<=\bingår\s)|(?<=\bdeltar\s)|(?<=\bsitter\s)|(?<=\bmedverkar\s))(?:fortsatt|"
                   r"fortfarande|alltjämt))\b\s*,?(?=\s+(?P<next>[\wåäö-]+))")  # "A ingår fortsatt i gruppen"


def _without_still(text: str) -> str:
    """A sentence without its asides that a fact holds on ("Styrgruppen består, som tidigare, av A", "A är fortsatt
    ordförande"); "som tidigare" before a verb is a relative clause of its own ("den grupp som tidigare hette X")."""
    return STILL.sub(lambda m: m.group(0) if finite(m.group("next")) or preterite(m.group("next")) else "", text)


class GroupReader(ListReading, HeadingReading, TableReading, FieldReading, SubjectReading, NameReading,
                  MemberReading, ChairReading, MeetingReading, ReportReading, OutsideReading, Settling):
    """Reads the groups of a document's units into `groups`, by key."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.groups: dict[str, Group] = {}
        self.topic: Group | None = None
        self.header: list[str] | None = None  # the column names of the table being read
        self.columns: list[Group] = []  # the groups of a table that has one group per column
        self.table_heading = ""
        self.plain: list[str] | None = None  # the column names of a table of other things (activities)
        self.abbreviations: dict[str, Group] = {}  # "LG" for "Ledningsgruppen (LG)"
        self.left_out: set[int] = set()  # the items of a list whose lead puts them outside the agreement
        self.minutes_of: Group | None = None  # the body whose minutes these are: its "§ n" items are about it
        self.told: Group | None = None  # the group the last sentence read was about
        self.level: str | None = None  # the kind of the level whose groups are being described
        self.expansions: dict[str, str] = {}  # the document's own key to its short forms ("rapp. = rapporterar till")
        self.instances: dict[int, tuple[Group, list[str], Span]] = {}  # one group per place ("LSG Nyby", …)
        self.last_row: Group | None = None  # the group of the last row of a table read
        self.months = False  # the table being read is a year's wheel: a row a group, a column a month
        self.key: dict[str, str] | None = None  # the document's key to its short forms ("KP  kommunpolis")
        self.legend: dict[str, str] | None = None  # a participation matrix's marks ("O = ordförande") → their roles
        self.each: tuple[list[Group], Unit] | None = None  # the groups the last sentence was read for each of
        self.people: dict[str, int] | None = None  # a table of people's columns: function, groups they sit in, remark
        self.coordinated_by: list[str] = []  # "Det dagliga arbetet samordnas av A och B": the next "samordnarna"
        self.said_before = ""  # the sentence before the one being read ("A och B ansvarar …. De bildar X.")
        self.paragraph: list[Unit] = []  # the sentences of the paragraph being read, up to the one being read
        self.after_lone = False  # the unit being read follows a paragraph of one sentence in the same section
        self.member_lines: set[int] = set()  # the units read as one member a line under a group's heading
        self.renamed: dict[str, Group] = {}  # the word a group was introduced by, for the name it was then given
        self.named_before: dict[str, Mention] = {}  # the names met in any role ("ersätts av Platsgruppen Norr")
        self.nest: tuple[Group, int] | None = None  # the group whose item the items indented under it tell of
        self.nest_read: set[int] = set()  # the items under a group's item read already, with the label over them
        self.outside_section = ""  # the heading of a section that a sentence put outside the agreement
        self.parties: list[str] = []  # the agreement's parties, read before its groups
        self.charter: Group | None = None  # the group whose charter the part being read is ("Uppdragsbeskrivning")
        self.charter_next = False  # a charter's heading named no group: the line under it names it
        self.roster: tuple[Group, int, str, tuple[int | None, int | None, int | None]] | None = None  # the group
        # whose table of members is being read, the column of its functions, the table's heading and its role,
        # organisation and chair-mark columns
        self.cell_notes: set[int] = set()  # the lines of notes under a table read with the cells they mark
        self.chair_terms: tuple[Group, int, str] | None = None  # the group whose table of chairs by year is being
        # read, the column of its chairs and the table's heading

    def group(self, m: Mention, span: Span, weight: int) -> Group:
        named = next((g for g in self.groups.values() if g.named_by_heading and m.key.startswith((g.key + "-",
                                                                                                 g.key + " "))), None)
        if named is not None:
            return named  # "EST-mötet" under the heading "EST": the heading's group
        found = self.groups.get(m.key)
        if found is None and m.key in self.renamed:
            return self.renamed[m.key]  # the name it was given stays
        alias = found is None
        if found is None:
            shorter = [g for g in self.groups.values() if m.key.startswith(g.key + " ")
                       and (g.weight < 3 or " " not in g.name and m.name[:1].isupper())
                       or g.weight == 1 and g.key == fold(m.head) and g.key in m.key.split()[1:]]  # "styrgruppen"
            # in passing, then "Den lokala styrgruppen för trygghet leder …": one group
            if len(shorter) == 1:  # "Styrgruppen" met first, "styrgruppen för samverkan" later: one group
                found = shorter[0]
                del self.groups[found.key]
                found.key, found.name = m.key, m.name
                self.groups[m.key] = found
                return found
        found = found or self._alias(m) or self._heading_word_for(m) or self._heading_with_place(m)
        if found is not None and found.excluded and alias and m.key == m.head:  # "Styrgruppen" after "en central
            # styrgrupp" put outside: by its word alone, the agreement's own group of that word, or a new one
            found = next((x for x in reversed(list(self.groups.values())) if not x.excluded and x.has_word(m.head)),
                         None)
        if found is None:
            m = self._fuller_before(m)
            found = Group(m.key, m.name, span, weight, of_people=m.of_people)
            self.groups[m.key] = found
            if fold(m.head) not in fold(m.name).replace(" ", "") and GROUP_WORD.fullmatch(m.head):
                found.spelled, found.apposed = m.head, True  # "samverkansgruppen Trygga Nyby": its word's kind
                found.set("kind", group_kind(m.head), span)
        elif alias and len(m.name) <= len(found.name) and not (
                weight > found.weight and found.name.split()[0].casefold() in DESCRIPTIVE):
            pass  # "styrgruppen" for "Styrgruppen för lokal samverkan" keeps the fuller name, "Centrumgruppen" as
            # the subject names "en särskild centrumgrupp" met before
        elif weight > found.weight or weight == found.weight and len(m.name) > len(found.name) and weight < 3:
            found.name, found.weight = m.name, weight
        return found

    def _fuller_before(self, m: Mention) -> Mention:
        """A group first told of by its word alone ("Platsgruppen leds av …") that a sentence before named in full
        in another role ("… ersätts av Platsgruppen Norr–Söder"): the one name met before that goes on from it."""
        if " " in m.name or not m.name[:1].isupper():
            return m
        fuller = [x for x in self.named_before.values() if x.key.startswith(m.key + " ")
                  and fold(x.name.split()[0]) == fold(m.name)]
        return fuller[0] if len(fuller) == 1 else m

    def _heading_with_place(self, m: Mention) -> Group | None:
        """The heading's group, named by its word alone ("Trygghetsråd"), that a sentence under it names with a
        place's genitive before ("Nybys trygghetsråd är …"): that group, by the heading's name."""
        t, words = self.topic, m.name.split()
        if t is None or t.weight < 3 or len(words) != len(t.name.split()) + 1 or not words[0][:1].isupper() \
                or not words[0].endswith("s") or PARTY_GENITIVE.match(words[0]) \
                or fold(" ".join(words[1:])) != fold(t.name) or self.groups.get(t.key) is not t:
            return None
        return t

    def _heading_word_for(self, m: Mention) -> Group | None:
        """The heading's group, named by one word for what it does ("Beredning"), that a sentence under it names
        by a compound of that word ("… inrätta en beredningsgrupp"): that group, by the compound."""
        t = self.topic
        if t is None or t.weight < 3 or " " in t.key or " " in m.key or m.key == t.key \
                or not m.key.startswith(t.key) or "members" in t.fields or self.groups.get(t.key) is not t:
            return None
        del self.groups[t.key]
        t.key, t.name = m.key, m.name
        self.groups[m.key] = t
        return t

    def _alias(self, m: Mention) -> Group | None:
        """"den taktiska gruppen" for "Taktisk samverkansgrupp"; "styrgruppen" for "Styrgrupp för samverkan"."""
        parts = m.key.split()
        for g in self._agreement_first():
            gparts = g.key.split()
            if m.bare:
                continue
            if parts == gparts[:len(parts)] or (2 <= len(parts) <= len(gparts) and parts[:-1] == gparts[:len(parts) - 1]
                                                and gparts[len(parts) - 1].endswith(parts[-1])):
                return g
            if len(parts) == 1 and any(p == parts[0] for p in gparts) and gparts.index(parts[0]) <= 1:
                return g
            if len(parts) >= 2 and parts == gparts[1:] and g.name[:1].isupper() and g.name.split()[0].endswith("s"):
                return g  # "brottsförebyggande rådet" for "Nybys brottsförebyggande råd": without the place
        initials = m.name.split("-")[0] if "-" in m.name else ""
        if len(initials) >= 2 and initials.isupper():  # "SSPF-gruppen" for "SSPF Nyby"
            named = [g for g in self.groups.values() if g.name.split()[0] == initials and g.key != m.key]
            if len(named) == 1:
                return named[0]
        if len(parts) == 1 and m.name.casefold().endswith(("en", "et")):
            # "Beredningen" after "Trygghetsberedningen": the definite last part of one group's compound
            ending = [g for g in self.groups.values()
                      if any(p.endswith(parts[0]) and len(p) > len(parts[0]) + 2 for p in g.key.split())]
            if len(ending) == 1:
                return ending[0]
            # "Arbetsgruppen" after "en arbetsgrupp för skolfrågorna, Skolsamverkan X": the group it was renamed to
            renamed = {id(g): g for old, g in self.renamed.items() if old.split()[0] == parts[0]
                       and self.groups.get(g.key) is g}
            if len(renamed) == 1:
                return next(iter(renamed.values()))
        return None

    def _agreement_first(self) -> list[Group]:
        """The groups, those of the agreement before those the text put outside it: "ledningsgruppen" after both
        "Polisområdets ledningsgrupp" (outside) and "Ledningsgruppen för trygghet" is the agreement's."""
        return sorted(self.groups.values(), key=lambda g: g.excluded)

    def _same(self, m: Mention, g: Group) -> bool:
        """Whether a mention names this group ("ett trygghetsforum" under the heading "Trygghetsforum")."""
        return m.key == g.key or self._alias(m) is g

    def by_bare(self, head: str, besides: frozenset[str] = frozenset()) -> Group | None:
        """The group a bare group word ("Gruppen", "Rådet") stands for: the topic, else the last group of that word;
        not one the same sentence names (`besides`: "Gruppen rapporterar till samordningsgruppen")."""
        if self.topic is not None and self.topic.has_word(head) and self.topic.key not in besides \
                or self.topic and not head:  # "Gruppen" for "Ledningsgrupp Trygg X"
            return self.topic
        if self.topic is not None and head == "grupp" and not GROUP_WORD.search(fold(self.topic.name)) \
                and self.topic.key not in besides:
            return self.topic  # "Gruppen" for "SSPF Nyby", whose name has no group word: any group is a grupp
        if besides and self.topic is not None and self.topic.named_by_heading and self.topic.key not in besides:
            return self.topic  # "Gruppen rapporterar till samordningsgruppen" under the heading "Skolsamverkan X"
        # the agreement's own groups first: "Gruppen" in a later section is not one the text put outside it
        for g in sorted(reversed(list(self.groups.values())), key=lambda g: g.excluded):
            if g.has_word(head) and not g.named_by_heading and g.key not in besides:
                return g
        return self.topic

    # --- reading ---------------------------------------------------------------------------------

    def read(self, units: list[Unit]) -> None:
        heading_group: Group | None = None
        previous: Unit | None = None
        self.header = None
        units = run_in_headings(without_other_matters(self.doc, _described_rows(units)))
        self.units = units
        self.read_keys(units)
        introduced = {id(item) for unit in units for item in unit.items}
        noted = {id(item) for unit in units if NOTES_LEAD.match(lead_of(unit.text)) for item in unit.items}
        self.nest = None
        self.told_item: Unit | None = None  # the last item under no group's heading read as a sentence about one
        for k, unit in enumerate(units):
            if unit.span.start in self.cell_notes or self.read_nest(units, k, introduced):
                continue  # "* sammankallande" under a table is read with the cell it marks
            if unit.kind == "heading" or self.charter_title(unit) is not None:  # "UPPDRAGSBESKRIVNING" / "Arbets-
                # gruppen Trygg i Nyby": the line under a charter's heading names its group, as a heading would
                heading_group = self.charter if unit.kind != "heading" else \
                    self.charter_of(unit, self.minutes_item(unit, self.read_heading(unit)))
                previous = None  # a sentence under a new heading goes on from no sentence before
                self.topic = heading_group  # a section about no group ends the one before
                self.header = self.plain = None
                continue
            if self.read_row_or_dates(heading_group, unit):
                continue
            if self.read_line_of_fields(unit):
                previous = unit
                continue
            if unit.kind == "sentence" and (defined := self.defined(unit)) is not None:
                heading_group, unit = defined  # "Styrgrupp – ansvarar för …": a heading in all but layout
                self.topic, previous = heading_group, None
            if unit.kind == "sentence" and previous is None and (said := self.answered_question(unit)) is not None:
                self.read_prose(said, None, None)  # "Vem förbereder X?" / "Det gör beredningsgruppen.": the
                heading_group = self.topic = self.told or heading_group  # section is the answer's group's
                previous = unit
                continue
            if unit.kind == "item" and (self.read_described_item(unit) or self.read_entry(unit)):
                continue  # "Skola–polis – … Samlas varje månad (rektorer, fältassistenter)."; "Beredningen –
                # samordnare (ordf.), kommunpolis; 10 ggr/år; rapp. Ledningsgruppen"
            if unit.kind in ("item", "sentence") and self.read_keyed(unit):
                previous = unit  # "- Ledningsgruppen: kommundirektören" under "Vem leder?"
                continue
            if unit.kind == "item" and id(unit) not in introduced and self.read_node(unit):
                continue  # "├── Samordningsgrupp (trygghetssamordnare, kommunpolis)": a branch of a chart
            if unit.kind == "item" and (opens_with_group(unit.text) or id(unit) in noted and heading_group):
                # "1. Ledningsgruppen, där A och B ingår."; "Anmärkningar:" / "- Gruppen träffas varje vecka.": a
                # note on the heading's group, a sentence about it
                previous = self.read_group_item(unit, heading_group, previous)
                continue
            if unit.kind == "item" and id(unit) in introduced:
                continue  # read with the sentence that introduces the list
            if (block := self.read_block_name(unit)) is not None:
                heading_group = self.topic = block  # "Forum: Styrgrupp för trygghet" over "Deltagare: …": the
                previous = unit  # labelled lines after it are that group's
                continue
            adjacent = previous is not None and unit.span.start <= previous.span.end + 1
            labelled = heading_group or (self.topic if adjacent else None)
            if labelled is not None and self.read_labelled(labelled, unit):
                previous = unit
                continue
            previous = self.read_plain(unit, heading_group, previous)
        self.read_commitments(units)
        self.read_role_entries(units)
        self.read_instances(units)
        self.drop_unconfirmed()
        self.settle_members()
        self.settle_kinds()
        self.settle_plurals()
        self.settle_reports()
        self.settle_meetings()
        self.settle_chairs()
        self.spread_instances()

    def read_group_item(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> Unit:
        """A list item that opens with a group, sentence by sentence; after "Group: …" the item is the group's, so
        its sentences that name no group as their subject are about it ("Samordnarparet: A och B. Vi ses varje
        måndag.")."""
        told = None
        for part in SENTENCE_END.split(unit.text):
            sentence = Unit("sentence", part, unit.span, unit.heading)
            if told is not None and not any(m.subject and not m.bare for m in mentions(part)):
                self.read_sentence(told, sentence)
            else:
                self.read_prose(sentence, heading_group, previous)
            previous = unit
            if told is None and re.match(r"[^.:;]{3,60}:\s", unit.text):
                told = self.told
        return unit

    def read_plain(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> Unit | None:
        """An item or sentence no other reading took: the fields it gives; the unit the next goes on from."""
        if unit.kind == "item" and heading_group is None and self.item_told_of(unit, previous):
            for part in SENTENCE_END.split(unit.text):  # "a) Från 2026 träffas LSG …" under no group: a sentence
                self.read_prose(Unit("sentence", part, unit.span, unit.heading), None, previous)
                previous = unit
            self.told_item = unit
            return unit
        if unit.kind == "item":
            self.read_item(heading_group, unit)
            return previous
        if not self.read_bare_list(heading_group, unit, previous):
            self.read_prose(unit, heading_group, previous)
        return unit

    def item_told_of(self, unit: Unit, previous: Unit | None) -> bool:
        """Whether an item under no group's heading is a sentence about a group, whole: one it names as its subject
        ("a) Från 2026 träffas LSG var sjätte vecka"), or with a verb right under such an item ("b) Samordnaren
        övertar ordförandeskapet")."""
        if not unit.text[:1].isupper() or not any(finite(w) for w in unit.text.split()[1:]):
            return False  # "– utse en samordnare, som …" under "Kommunen åtar sig att": the lead-in's clause
        if previous is not None and previous is self.told_item and previous.span.end + 1 == unit.span.start:
            return True
        short = ABBREVIATION.match(unit.text) or self._inverted_short(unit.text)
        return short is not None and short.group(1) in self.abbreviations \
            or any(m.subject and not m.bare for m in mentions(unit.text)) or _views_of_group(unit.text) \
            or self.shortened(unit.text) is not None

    def _known_group(self, words: str) -> Group | None:
        """The group of the agreement that words name, if the reader knows it."""
        words = words.strip()
        found = [m for m in mentions(words, True)
                 if m.start == 0 or re.fullmatch(r"(?i)(?:den|det|de)(?:\s+[a-zåäö]+[ae])?\s+", words[:m.start])]
        if not found:  # "i kvällssamverkan varannan fredag", "leda den kvällssamverkan som …": a name without a
            bare = fold(re.sub(r"(?i)^(?:den|det)\s+", "", words))                 # group word, as it goes on
            return next((g for g in self.groups.values() if " " not in g.name and g.weight >= 2
                         and re.match(re.escape(fold(g.name)) + r"\b", bare)), None)
        return self.groups.get(found[0].key) or self._alias(found[0])  # "den gemensamma X"

    def read_prose(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> None:
        """A sentence: the fields it gives the group it is about."""
        if (numbered := re.match(r"(?:§\s*\d+|\d+(?:\.\d+)+)\s+", unit.text)) is not None:  # "§ 3  Styrgruppen
            # lämnar …": minutes; "4.3  Styrgruppen ska …": a numbered paragraph, its number no part of the sentence
            unit = Unit(unit.kind, unit.text[numbered.end():], unit.span, unit.heading, items=unit.items)
        self.called_here(unit)
        # "Rapportförfattarna rekommenderar att A adjungeras till TG": advice, no fact of the agreement
        self.after_lone = self._after_lone(unit, previous)
        self.paragraph = [*self._same_paragraph(unit), unit]
        if RECOMMENDS.search(unit.text) or self.read_those_outside(unit) or self.read_none_of_this(unit) \
                or self.read_section_outside(unit) or self.read_anothers_section(unit) \
                or _of_another_agreement(unit.text) \
                or self.read_wider_agreements(unit) \
                or self.read_parts(unit, heading_group, previous):
            return
        self.spelled_out(heading_group, unit.text)
        if heading_group is not None and heading_group.named_by_heading and not heading_group.name.isupper() \
                and (fuller := re.search(
                r"(?i)\b" + re.escape(heading_group.name) + r"(?P<more>\s+(?:för|mot)\s+[a-zåäö]+)\b", unit.text)):
            heading_group.name += fuller.group("more")  # "Effektiv samordning (EST)" … "… för trygghet"
        unit = _taking_part_fronted(unit)
        lead, colon, clause = unit.text.partition(": ")
        if colon and clause[:1].isupper() and not LABEL.match(unit.text) and not GROUP_THEN_COLON.search(unit.text) \
                and not (ALTERNATING.search(lead) and re.search(r"(?i)ordförande|\bleder\b", lead)):  # not "KD och
            # LPOC är ordförande vartannat år: KD under jämna år …", whose turns the clause after the colon only details
            # "… enligt följande: A rapporterar …"; not "… av ett samordnarpar: A och B", which lists its people
            unit = Unit(unit.kind, clause, unit.span, unit.heading, items=unit.items)
        if self.read_each(unit):
            return
        several = self.coordinated(unit.text)
        if len(several) >= 2:  # "EST och Krogsamverkan City rapporterar till …": the same for each
            for g in several:
                self.read_sentence(g, unit)
            relative = next((m for m in mentions(unit.text) if not m.bare and RELATIVE.match(unit.text, m.end)), None)
            if relative is not None:  # "… till ledningsgruppen, som i sin tur rapporterar till …"
                self.read_sentence(self.group(relative, unit.span, 1), Unit(unit.kind, unit.text[relative.end:],
                                                                           unit.span, unit.heading))
            return
        self.stands_for(unit.text)
        if self.read_they_called(unit) or self.read_views_handed_on(unit) or self.read_own_handed(unit) \
                or self.read_named(unit, heading_group):
            return
        unit = self.called(unit, heading_group)
        topic, start = self.topic_of(unit, heading_group, previous)
        self.short_forms(unit.text)
        if topic is not None:
            topic = self.rename(topic, unit.text)
            topic = self.heading_is(heading_group, topic, unit.text)
        self.note_coordinators(topic, unit)
        topic = self.formed_by_them(unit, topic)
        self.said_before = unit.text
        self.told = topic
        if topic is not None and start and (prepared := PREPARES.search(unit.text[:start])) is not None \
                and (owner := prepared.group("passive") or prepared.group("inverted")) \
                and (name := self.resolve(owner, topic)) and name != topic.name:
            topic.prepares = True  # "Styrgruppens möten förbereds av X, i vilken …": X, told of after, prepares them
            topic.report_to(name, unit.span)
        if topic is not None:
            self.read_sentence(topic, unit if not start else Unit(unit.kind, unit.text[start:], unit.span,
                                                                   unit.heading, items=unit.items))

    def _after_lone(self, unit: Unit, previous: Unit | None) -> bool:
        """Whether `unit` opens a paragraph right after a paragraph of one sentence under the same heading: in a text
        written a sentence a paragraph (easy-to-read Swedish, a web page's short `<p>`s) the people it names next
        are the same group's."""
        return previous is not None and self.paragraph == [previous] and not self._same_paragraph(unit) \
            and all(u.span.start == u.span.end and u.text[:1].isupper() for u in (previous, unit)) \
            and previous.text.rstrip().endswith((".", "!", "?"))  # whole sentences, not a PDF's lines spaced apart

    def _same_paragraph(self, unit: Unit) -> list[Unit]:
        """The sentences read before `unit` in its paragraph (no blank line between)."""
        last = self.paragraph[-1] if self.paragraph else None
        return self.paragraph if last is not None and unit.span.start <= last.span.end + 1 else []

        # sköts av en liten grupp som kallas X": X coordinates, whatever else it does

    def read_item(self, g: Group | None, unit: Unit) -> None:
        """An item under a group's heading: a member ("- kommundirektör (ordförande)") or a clause about the group
        ("- Återrapporterar till styrgruppen")."""
        if g is not None and _none_such(g, unit.text):
            g.excluded = True  # "BEREDNINGSGRUPP" / "☒ Ingen beredningsgrupp": the section tells of no group
            return
        if g is not None and not self.read_member_line(g, unit):
            self.read_sentence(g, unit)

    def read_parts(self, unit: Unit, heading_group: Group | None, previous: Unit | None) -> bool:
        """A sentence of two main clauses ("…, medan …"), each about its own group, or a slide's fragments about
        its heading's group ("1 ggr/termin · leds av skolchef"); whether the unit was one."""
        if len(parts := WHILE.split(unit.text)) > 1 or len(parts := _main_clauses(unit.text)) > 1:
            self.told = None
            for k, part in enumerate(parts):
                clause = Unit(unit.kind, part, unit.span, unit.heading, items=unit.items)
                named = mentions(part)
                if k and (that := self._that_one(parts[k - 1], part, unit)) is not None:
                    self.read_sentence(that, clause)  # "… ordförande i polisens X; den gruppen …": X
                    continue
                if k and self.told is not None and not any(not m.bare or m.start < 15 for m in named):
                    self.read_sentence(self.told, clause)  # "…; ordförandeskapet skiftar …, gruppen möts …": the
                    continue  # clause names no group of its own, so goes on about the one before ("…, och rådet
                    # rapporterar …" opens with a word for a group, which says which)
                self.read_prose(clause, heading_group, previous)
            return True
        if len(parts := _relative_chain(unit.text)) > 1:  # "… en samverkansgrupp, där …, vilken leds av …"
            for part in parts:
                self.read_prose(Unit(unit.kind, part, unit.span, unit.heading, items=unit.items), heading_group,
                                previous)
            return True
        if heading_group is not None and len(parts := re.split(r"\s+·\s+", unit.text)) > 1:
            for part in parts:
                self.read_sentence(heading_group, Unit("item", part, unit.span, unit.heading))
            return True
        return False

    def _that_one(self, before: str, clause: str, unit: Unit) -> Group | None:
        """The group a clause opening with "den gruppen" (a demonstrative and a group word) points back to: the
        last one the clause before named by a name with that word; None if it named none."""
        found = mentions(clause, True)
        if not found or not found[0].bare or not re.fullmatch(r"(?i)(?:den|det|denna|detta)\s+",
                                                             clause[:found[0].start]):
            return None
        named = [m for m in mentions(before) if not m.bare and fold(m.head).endswith(fold(found[0].head))]
        return self.group(named[-1], unit.span, 1) if named else None

    def read_sentence(self, g: Group, unit: Unit) -> None:
        """What a sentence says of g; a fact told in the present replaces one told in the past ("träffades varannan
        vecka" … "träffas från 2026 var tredje vecka"): how it worked before gives way to how it works now; so
        within a sentence whose semicolon parts a clause in the past from one in the present."""
        if len(clauses := _told_apart(unit.text)) > 1:
            for clause in clauses:
                self.read_sentence(g, Unit(unit.kind, clause, unit.span, unit.heading, items=unit.items))
            return
        told = tense(unit.text, finite)
        earlier = _set_aside_past(g) if told == "present" else {}
        before = {k: g.fields.get(k) for k in RESTATED}
        self._read_sentence(g, unit)
        for key, (value, span) in earlier.items():
            if key not in g.fields:  # the present sentence says nothing of it: the past fact stands
                g.fields[key], g.spans[key] = value, span
            else:
                del g.past[key]
        if told == "past":
            g.past.update({k: g.fields[k] for k in RESTATED if k in g.fields and g.fields[k] != before[k]})

    def _read_sentence(self, g: Group, unit: Unit) -> None:
        text, span = unit.text, unit.span
        if "present" not in g.tenses and (told := tense(text, finite)) is not None:
            g.tenses.add(told)  # once a sentence in the present tells of it, it is a group of the agreement
        g.met_in = g.met_in or g.named_by_heading and bool(re.search(
            r"(?i)\b(?:möts|träffas|samlas|samverkar|samarbetar)\s[^.;]*?\bi\s+" + re.escape(g.name) + r"\b", text))
        text = _without_still(text)  # "består som tidigare av A", "är fortsatt ordförande": as it is now
        self._chair(g, text, span)  # first: "leds av A och består i övrigt av B" makes A a member too
        self._is_its_people(g, text, span)
        self._members(g, INTERJECTED.sub(" ", RELATIVE_ASIDE.sub("", BESIDES.sub(r" \g<who>, ", text))), unit)  # "A,
        # som också är ordförande, B
        # och C", "A och, utan att bli part, B": one list
        # "var fjärde vecka; är underställd X": a fragment; "Varje tisdag går gruppen igenom …": what it does then
        verbless = len(text.split()) <= 6 and not any(finite(w) for w in text.split()) and "→" not in text  # a
        # slide's "1 ggr/mån"; not a report's "SG → KS (2 ggr/år)"
        called = self._called_to(g, text)
        if MEETS.search(text) or unit.kind == "item" or RECURRING.match(text) or SITS_DOWN_WITH.search(text) \
                or verbless:
            freq = meeting_frequency(text)
            if freq is not None:  # "var sjätte vecka i stället för en gång i månaden": the rhythm changed, anew
                anew = bool(INSTEAD_OF.search(text) or FROM_DATE.search(text))
                (called or g).set("frequency_per_year", freq.value, span, force=anew)
        if g.fields.get("frequency_per_year") == 12 and (paused := frequency.paused_months(text)):
            g.set("frequency_per_year", 12 - paused, span, force=True)  # "… en gång i månaden. I juli har gruppen
            # uppehåll."
        self._reports(g, text, span)
        self._relative_reports(g, text, span)
        self._receives(g, text, span)
        named = g.name if GROUP_WORD.search(fold(g.name)) or not g.spelled else g.spelled
        kind = group_kind(named, self._own_part(g, text))
        # "Den är öppen för …", "Gruppen ger underlag till LG": what it does, where its name said nothing
        g.set("kind", kind, g.span, force=kind in ("forum", "preparation") and g.fields.get("kind") == "working"
              and group_kind(named) == "working" and not g.apposed)
        g.prepares = g.prepares or kind == "preparation"
        g.grouped = g.grouped or bool(CALLED_GROUP.search(text))
        g.function = g.function or bool(IS_FUNCTION.match(text)) and self._about(g, text)
        g.cooperation = g.cooperation or _said_cooperation(g, text)
        if (before := BEFORE_EACH.search(text)) and MEETS.search(text[:before.start()]):
            g.meets_before = before.group("other")
        if INFORMED_OF.search(verb_clauses(text)[0]) and self._about(g, text):
            g.informed = True
        if OUTSIDE_AGREEMENT.search(verb_clauses(text)[0]) and self._about(g, text) \
                or self._outside_in_later_clause(g, text) \
                or any(g.has_word(m.group("word")) for m in ANOTHERS_OWN.finditer(text)) \
                or self._of_anothers_agreement(g, text):
            g.excluded = True  # not "…; medborgarlöftet ingår inte i denna …"

    def _of_anothers_agreement(self, g: Group, text: str) -> bool:
        """"Den gruppen hör till Åbys överenskommelse", "tillhör en annan överenskommelse", "regleras helt i
        delöverenskommelsen": a group of another's agreement, when the owner is the one its name says ("Åbys
        EST-grupp"), not a group of this one that a word alone made it resolve to."""
        m = ANOTHERS_AGREEMENT.search(text)
        if m is None or not self._about(g, text):
            return False
        if m.group("apart"):  # ruled apart: the group named before it, not one "Grupperna" resolved to
            return fold(g.name) in fold(text[:m.start()])
        return bool(m.group("other")) or fold(m.group("owner")) in fold(g.name)

    def resolve(self, words: str, asking: Group) -> str | None:
        words = re.sub(r"(?i)^(?:den|det|de|respektive|varje|vardera)\s+|^ledningen\s+(?:för|i)\s+", "",
                       words.strip(" .,"))  # "för respektive kommunstyrelse": each one's
        if words in self.abbreviations:
            return self.abbreviations[words].name
        if fold(words) in {"denna", "detta", "dessa", "den", "dem"}:
            others = [g for g in self.groups.values() if g is not asking]
            return others[-1].name if others else None
        named = next((g for g in self.groups.values() if len(g.name.split()) > 1 and g.name[:1].isupper()
                      and fold(words).endswith(" " + fold(g.name))), None)
        if named is not None:
            return named.name  # "samordningsgruppen Trygg i Nyby": the group by its word and its name
        found = mentions(words)
        if found and (PARTY_GENITIVE.match(words.split()[0]) or OTHER_BODY.match(words)):
            return words  # "polisområdets ledningsgrupp", "Polisområde Syds ledningsgrupp": another body's group
        if found:
            m = found[0]
            g = self.groups.get(m.key) or self._alias(m) or self._renamed(m.key)
            if g is not None and g.excluded and m.key == m.head:  # "Under ledningsgruppen finns …": by its word
                # alone, the agreement's own group of that word, not a body the text put outside it
                g = next((x for x in reversed(list(self.groups.values())) if x is not asking
                          and x.has_word(m.head) and not x.excluded), g)
            if g is None and m.bare:
                g = next((x for x in reversed(list(self.groups.values())) if x is not asking
                          and x.has_word(m.head)), None)
            if g is not None:
                return g.name
        body = report_body(words)  # "kommunstyrelsen i var och en av de tre kommunerna": a body, however long
        return None if len(words.split()) > 6 and body == words else body

    def _renamed(self, key: str) -> Group | None:
        """The group a word for its kind introduced before it was given a name ("en styrgrupp, Åby Trygg," …
        "styrgruppens möten"), while it is the one so named."""
        g = self.renamed.get(key)
        return g if g is not None and self.groups.get(g.key) is g else None


# "Gruppen möts …", "… ingår inte i gruppen": the group spoken of, by the bare word (not "till taktiska gruppen")
CALLED_GROUP = re.compile(r"^Gruppen\b|\b[Ii]\s+gruppen\b")
SEMICOLON = re.compile(r"(?<=[a-zåäö]);\s+(?=[a-zåäöA-ZÅÄÖ])")  # "…; dess möten …", "…; Räddningstjänsten X bjuds in …"
CLAUSE_WORDS = 8


RELATIVE_NEXT = re.compile(r",\s+(?P<pronoun>vilken|vilket|vilka|vars)\s+(?=\S)")
CHAIN_WORDS = 40


# a lead of taking part with no subject, its subjects listed after the colon ("Adjungeras vid behov: A och B")
TAKING_PART_LEAD = re.compile(r"(?i)^(?:(?:kan|får|ska)\s+(?:också\s+|även\s+)?(?:bjudas\s+in|adjungeras|kallas\s+in|"
                              r"delta|medverka)|bjuds\s+in|adjungeras|kallas\s+in|deltar|medverkar)"
                              r"(?:\s+(?:också|även|vid\s+behov|när\s+det\s+behövs))*$")


def _taking_part_fronted(unit: Unit) -> Unit:
    """"Kan bjudas in vid behov: A och B" says "A och B kan bjudas in vid behov": the sentence in that order."""
    lead, colon, listed = unit.text.partition(": ")
    if not colon or not TAKING_PART_LEAD.match(lead.strip()) or not listed.strip(" ."):
        return unit
    return Unit(unit.kind, f"{listed.strip().rstrip('.')} {lead.strip().lower()}.", unit.span, unit.heading,
                items=unit.items)


def _relative_chain(sentence: str) -> list[str]:
    """A long sentence whose relative clauses go on about the groups named before them ("Arbetet bedrivs i en
    samverkansgrupp, där A deltar, vilken leds av B och lyfter frågor till samordnarna, vilka bjuder in C till
    Trygghetsmötet X, vars synpunkter …"): each clause a sentence about its antecedent, the last group named before
    it that agrees with the pronoun ("vilka" the plural, "vilken"/"vilket" the singular; "vars" any)."""
    if len(sentence.split()) < CHAIN_WORDS:
        return [sentence]
    parts, start, about = [], 0, None
    for m in RELATIVE_NEXT.finditer(sentence):
        named = [x for x in mentions(sentence[start:m.start()], True) if not x.bare]
        agreeing = [x for x in named if (m.group("pronoun") == "vilka") == bool(re.search(r"(?:na|erna)$", x.name))
                    or m.group("pronoun") == "vars"]
        if agreeing:
            parts.append(_about(about, sentence[start:m.start()]))
            about, start = (m.group("pronoun"), agreeing[-1].name), m.end()
    return [*parts, _about(about, sentence[start:])] if parts else [sentence]


def _about(about: tuple[str, str] | None, clause: str) -> str:
    """A relative clause as a sentence about its antecedent: "vilken leds av A" → "X leds av A"; "vars synpunkter
    går till Y" → "synpunkter från X går till Y"."""
    if about is None:
        return clause
    pronoun, antecedent = about
    if pronoun == "vars":
        head, _, rest = clause.partition(" ")
        return f"{head} från {antecedent} {rest}"
    return f"{antecedent} {clause}"


def _main_clauses(sentence: str) -> list[str]:
    """A long sentence whose semicolon parts two main clauses, each about a group ("Styrgruppen … till
    kommunstyrelsen; dess möten förbereds av A och B, som utgör samordnarna"): each read as a sentence of its own.
    A list's semicolons (after a colon, or parts of a few words) part nothing."""
    if len(parts := GROUP_CLAUSE.split(sentence, maxsplit=1)) == 2 and all(finite(p.split()[1]) for p in parts[1:]):
        return parts  # "A kallar till mötena, och gruppen förbereder …": a clause of the group's own after it
    # "…, och samordnarna återrapporterar till X": a group of its own (a sentence has a few such joints at most)
    for joint in itertools.islice(AND_CLAUSE.finditer(sentence), 6):
        rest = sentence[joint.end():]
        named = [m for m in mentions(rest[:80], True) if m.start == 0 and not m.bare]
        if named and rest[named[0].end:].split() and finite(rest[named[0].end:].split()[0]):
            return [sentence[:joint.start()], rest]
        if _own_group_clause(sentence[:joint.start()], rest):
            return [sentence[:joint.start()], rest]
    parts = SEMICOLON.split(sentence)
    if len(parts) < 2 or ":" in sentence or any(len(p.split()) < CLAUSE_WORDS or not mentions(p) for p in parts):
        return [sentence]
    return parts


def _told_apart(sentence: str) -> list[str]:
    """A sentence's clauses, when a semicolon parts one told in the past from one told in the present ("Till 2025
    leddes rådet av A; nu leder B det"); else the sentence whole."""
    parts = SEMICOLON.split(sentence)
    tenses = {tense(p, finite) for p in parts}
    return parts if len(parts) > 1 and {"past", "present"} <= tenses else [sentence]


# "…, som har en egen överenskommelse med polisen och en egen ledningsgrupp": another body's agreement and groups
OWN_AGREEMENT = re.compile(r"(?i)\b(?:en|ett|sin|sitt)\s+eg(?:en|et)\s+(?:[\wåäö]+\s+)?(?:[\wåäö]*överenskommelse|"
                           r"[\wåäö]*avtal)\b")
OWN_BEFORE = re.compile(r"(?i)\b(?:en|ett|sin|sitt|sina|egna)\s+eg(?:en|et|na)\s+(?:[\wåäö]+a\s+)?$|\begna\s+$")


def _of_another_agreement(text: str) -> bool:
    """A sentence on a body with an agreement of its own whose every group it names is that body's own ("en egen
    ledningsgrupp"): no group of this agreement."""
    named = mentions(text)
    return bool(OWN_AGREEMENT.search(text)) and bool(named) \
        and all(OWN_BEFORE.search(text[:m.start]) for m in named)


PART_TAKING = re.compile(r"(?i)deltar|ingår|sitter|medverkar")


def _own_group_clause(before: str, rest: str) -> bool:
    """", och A deltar regelbundet i Trygghetsforum X" after a clause about another group: a subject of a few words,
    its verb of taking part, then a group by its proper name that the clause before did not name; a clause about
    that group."""
    words = rest.split()
    verb = next((k for k, w in enumerate(words[:6]) if finite(w)), None)
    if not verb or mentions(" ".join(words[:verb])) or not PART_TAKING.fullmatch(words[verb]):
        return False
    own = {m.key for m in mentions(rest, True) if not m.bare and m.name[:1].isupper()}
    other = {m.key for m in mentions(before, True) if not m.bare}
    return bool(own) and bool(other) and not own & other


def _described_rows(units: list[Unit]) -> list[Unit]:
    """A two-column table of groups and their descriptions in prose ("| Forum | Beskrivning |" over "| Styrgrupp |
    Här fattas besluten. Gruppen träffas … |"): each row a heading of its own, its sentences the paragraph under
    it, as a text with a heading for each group writes it; the heading above the table takes over after it."""
    out: list[Unit] = []
    header: Unit | None = None
    for unit in units:
        if unit.kind == "row" and unit.header:
            cells = [fold(c) for c in unit.cells]
            header = unit if len(cells) == 2 and field_of(cells[0]) == "name" and cells[1] \
                and field_of(cells[1]) is None else None
            if header is None:
                out.append(unit)
            continue
        if header is None or unit.kind != "row" or unit.heading != header.heading:
            if header is not None and unit.kind != "heading":
                out.append(Unit("heading", header.heading, header.span, header.heading))
            header = None
            out.append(unit)
            continue
        name, prose = (unit.cells + ["", ""])[:2]
        parts = [p.strip() for p in SENTENCE_END.split(prose) if p.strip()]
        if len(unit.cells) != 2 or not name or len(name.split()) > 6 or not parts or not parts[0].endswith(".") \
                or len(prose.split()) < 6:
            out.append(unit)
            continue
        out.append(Unit("heading", name, unit.span, name))
        out += [Unit("sentence", part, unit.span, name) for part in parts]
    return out


NONE_SUCH = re.compile(r"(?i)(?:ingen|inget)\s+(?P<what>(?:sådan|sådant|[\wåäö-]+)(?:\s+[\wåäö-]+)?)\s*\.?")


def _none_such(g: Group, text: str) -> bool:
    """Whether a line under a group's heading says there is none of it ("Ingen beredningsgrupp", "Ingen sådan
    grupp"): the group's last word, or "sådan"."""
    said = NONE_SUCH.fullmatch(text.strip())
    if said is None or not g.name.split():
        return False
    what = fold(said.group("what")).split()
    return what[0] in ("sadan", "sadant") or what[-1] == fold(g.name).split()[-1]


def _said_cooperation(g: Group, text: str) -> bool:
    """Whether the sentence says, right after the group's name, that it is a cooperation between bodies."""
    m = COOPERATION.search(text)
    return m is not None and fold(text[:m.start()]).endswith(fold(g.name))
