"""Groups the text puts outside the agreement: those a sentence, a section or a list says are no part of it."""

from __future__ import annotations

import re

from samverkan.extract.document import Document
from samverkan.extract.meaning.groups.model import Group, Mention
from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.groups.words import (
    OUTSIDE_AGREEMENT,
    OUTSIDE_HEADING,
    finite,
    until_verb,
    verb_clauses,
)
from samverkan.extract.meaning.text import Unit, fold

# "De är inte en del av …" before the section tells of them: a pronoun for what comes
# (or a word for the arrangement the section describes: "Strukturen regleras … och är inte en del av …")
FORWARD_PRONOUN = re.compile(r"(?i)^(?:de|dessa|strukturen|organisationen|ordningen)\s+(?:är|utgör|regleras)\b")
# "… har en övergripande överenskommelse …": another agreement, wider than a local one, introduced as new
WIDER_AGREEMENT = re.compile(r"(?i)\b(?:har|finns|gäller)\s+(?:också\s+|även\s+|redan\s+)?(?:en|ett)\s+"
                             r"(?:[\wåäö-]+\s+)?(?:[\wåäö]*övergripande|centrala?|regionala?|stadsgemensamma?)\s+"
                             r"[\wåäö-]*(?:överenskommelse|avtal)\b")
# "Åby kommun har en överenskommelse med …": a municipality with an agreement of its own, told of for comparison
ANOTHERS = re.compile(r"^(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad))\s+har\s+(?:också\s+|även\s+)?(?:en|ett)\s+"
                      r"(?:[\wåäö-]+\s+)?[\wåäö-]*(?:överenskommelse|avtal)\b")
AND_JOINT = re.compile(r"(?i)\s(?:och|men)\s+(?=\S)")
# "Den styrs av …", "Det leds av …": what governs the agreement the sentence before named
GOVERNS_IT = re.compile(r"(?i)^(?:den|det)\s+(?:styrs|leds|följs\s+upp)\s+(?:\w+\s+)?av\s")
# "Inget av detta …", "Ingen av dem …": all the paragraph has said
NONE_OF_THIS = re.compile(r"(?i)^(?:inget|ingen|inga)\s+av\s+(?:detta|dessa|dem|det\s+ovan)\s+(?:styrs|regleras|"
                         r"omfattas|berörs|ingår|hör|tillhör)\b")
# a plural demonstrative over bodies just named ("Dessa organ", "De båda grupperna", "Dessa forum")
THESE_BODIES = re.compile(r"(?i)^(?:dessa|de(?:\s+båda|\s+två)?|båda|bägge)\s+(?:[a-zåäö]+\s+)?(?:organ|grupper\w*|"
                          r"forum\w*|råden|nätverken|instanser\w*)\b|"
                          # "De är inte grupper enligt …": the predicate says they are bodies
                          r"^(?:de|dessa)\s+(?:är|utgör)\s+(?:inte|ej)\s+(?:några\s+)?(?:grupper|organ|forum|nätverk)\b")
# "§ 25  Folkhälsorådets sammansättning" over "Dnr KS 2026/33" (or on its line): an ärende of a protocol, its own case
MATTER = re.compile(r"^\s*§\s*\d+\b")
MATTER_DNR = re.compile(r"(?i)\bdnr\b|\bdiarienummer\b")
AGREEMENT_WORD = re.compile(r"(?i)överenskommelse|avtal")
THAT_ONE = re.compile(r"(?i)(?:(?:det|den|detta|denna)\s+)?")  # "det nätverket": the one just named


def matters(doc: Document) -> list[tuple[int, int]]:
    """The line ranges of a protocol's ärenden: each "§ n" that gives a diarienummer of its own (on its line or
    the next), up to the next such §."""
    starts = [n for n in range(1, len(doc) + 1) if MATTER.match(doc.line(n))
              and any(MATTER_DNR.search(doc.line(k)) for k in range(n, min(n + 1, len(doc)) + 1))]
    ends = [n - 1 for n in starts[1:]] + [len(doc)]
    return list(zip(starts, ends, strict=True)) if starts else []


def without_other_matters(doc: Document, units: list[Unit]) -> list[Unit]:
    """A protocol of ärenden, each § a case with its own diarienummer, tells of the agreement in the § that names
    it; the others are other cases ("§ 25 Folkhälsorådets sammansättning"), whose bodies are none of its groups.
    The units without those of the other cases."""
    cases = matters(doc)
    about = [any(AGREEMENT_WORD.search(u.text) for u in units if a <= u.span.start <= b) for a, b in cases]
    if len(cases) < 2 or all(about) or not any(about):
        return units
    other = [case for case, named in zip(cases, about, strict=True) if not named]
    return [u for u in units if not any(a <= u.span.start <= b for a, b in other)]


class OutsideReading:
    """Reads the groups the text puts outside the agreement."""

    def _told_of(self, m: Mention) -> bool:
        """Whether a mention names a group the agreement has told of already (its members or chair): "Frågor som
        samverkansrådet beslutar om …" in a section on a party's own meetings refers to it, puts it nowhere."""
        g = self.groups.get(m.key) or self._alias(m)
        return g is not None and not g.excluded and any(k in g.fields for k in ("members", "chair"))

    def leads_to_those_outside(self, unit: Unit) -> bool:
        """"Andra sammanhang som inte är grupper i överenskommelsen:" over a list: each item names a body the
        agreement leaves out, and the list gives no group members; whether the unit was such a lead."""
        if unit.kind != "sentence" or not unit.items or not unit.text.rstrip().endswith(":") \
                or not (OUTSIDE_AGREEMENT.search(unit.text) or OUTSIDE_HEADING.search(unit.text)):
            return False
        self.left_out.update(id(item) for item in unit.items)
        return True

    def read_those_outside(self, unit: Unit) -> bool:
        """"… leds av en central styrgrupp och bereds av samordningsgruppen. Dessa organ omfattas inte av denna
        överenskommelse.": the groups the sentence before named are all outside; whether the unit said so."""
        if not self.said_before or not THESE_BODIES.match(unit.text) \
                or not OUTSIDE_AGREEMENT.search(verb_clauses(unit.text)[0]):
            return False
        self._exclude_named(self.said_before, unit)
        return True

    def _exclude_named(self, text: str, unit: Unit) -> None:
        """The groups `text` names by name (not a bare word) are outside the agreement; `unit` said so."""
        for m in mentions(text):
            if not m.bare:
                self.group(m, unit.span, 1).excluded = True
        self.said_before = unit.text

    def read_section_outside(self, unit: Unit) -> bool:
        """"Det finns flera forum där … De är inte en del av denna överenskommelse, men de beskrivs här": a pronoun
        for what the section goes on to describe, no group named before it; the rest of the section is outside the
        agreement. Whether the unit said so."""
        if not FORWARD_PRONOUN.match(unit.text) or not OUTSIDE_AGREEMENT.search(unit.text) \
                or any(not m.bare for m in mentions(self.said_before)) or not unit.heading:
            return False
        self.outside_section = unit.heading
        return True

    def read_anothers_section(self, unit: Unit) -> bool:
        """"Åby kommun har en överenskommelse med lokalpolisområde Åby … Där finns en styrgrupp …" in a section of
        its own: a municipality that is no party, with its own agreement; the rest of the section is outside this
        one. Whether the unit said so."""
        m = ANOTHERS.match(unit.text)
        if m is None or not unit.heading or not self.parties \
                or any(fold(p) == fold(m.group("who")) for p in self.parties):
            return False
        self.outside_section = unit.heading
        return True

    def read_wider_agreements(self, unit: Unit) -> bool:
        """"X och Y har en övergripande överenskommelse för hela staden. Den styrs av en central styrgrupp …": the
        groups that govern a wider agreement the sentence before introduced are that agreement's, outside this
        one; whether the unit said so."""
        before = self.paragraph[-2].text if len(self.paragraph) >= 2 else ""
        if not GOVERNS_IT.match(unit.text) or not WIDER_AGREEMENT.search(before):
            return False
        self._exclude_named(unit.text, unit)
        return True

    def read_none_of_this(self, unit: Unit) -> bool:
        """"… Polisregionens ledningsgrupp leder …. Inget av detta styrs av den här överenskommelsen.": each group
        the paragraph's sentences before made their subject is outside, but not one of the agreement's groups told
        of already that a shorter name only resembles ("polisens interna ledningsgrupp" after "Ledningsgruppen för
        trygghet" was given its members); whether the unit said so."""
        if not NONE_OF_THIS.match(unit.text):
            return False
        for before in self.paragraph[:-1]:
            for m in mentions(before.text):
                if not m.bare and m.subject and (m.key in self.groups or not self._told_of(m)):
                    self.group(m, unit.span, 1).excluded = True
        return True

    def _outside_in_later_clause(self, g: Group, text: str) -> bool:
        """"Vägledning har hämtats från X; de råd som beskrivs där utgör inte någon del av denna överenskommelse",
        "…; nätverket är inte en del av …": a later clause that names the group as its subject, or opens with its
        own word, puts it outside."""
        return any(OUTSIDE_AGREEMENT.search(c) and (_opens_with_its_word(g, c) or any(
            self._same(m, g) for m in mentions(until_verb(c), True))) for c in verb_clauses(text)[1:]) \
            or any(OUTSIDE_AGREEMENT.search(c) and _opens_with_its_word(g, c) for c in _joined_clauses(text))


def _joined_clauses(text: str) -> list[str]:
    """The clauses "och"/"men" join without a comma, each with its own subject and verb ("…, men något beslut finns
    inte och rådet är inte en del av överenskommelsen"): the words after each joint that go on to a verb."""
    return [text[m.end():] for m in AND_JOINT.finditer(text) if finite((text[m.end():].split() + ["", ""])[1])]


def _opens_with_its_word(g: Group, clause: str) -> bool:
    """Whether a clause after ";" has the group's own word as its subject ("…; nätverket är inte …", "…; det
    nätverket styrs inte …")."""
    found = mentions(clause, True)
    return bool(found) and found[0].bare and bool(THAT_ONE.fullmatch(clause[:found[0].start])) \
        and g.has_word(found[0].head)
