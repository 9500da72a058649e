"""A group's labelled fields ("Deltagare: A, B") and table cells: their labels, columns of values, and one
field read as its cell or line gives it."""

from __future__ import annotations

import re

from samverkan.extract.document import Span
from samverkan.extract.meaning import frequency
from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.groups.names import mentions
from samverkan.extract.meaning.groups.words import (
    CHAIR_MARK,
    COLUMNS,
    FORUM_FOR,
    LABEL,
    field_of,
    finite,
    lower_start,
    said_in_full,
)
from samverkan.extract.meaning.phrases import PERSON, group_kind, member, members, split_list
from samverkan.extract.meaning.text import Unit, fold, lemma

PERSON_NAMED = re.compile(r"(?<=[a-zåäö])\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+$")


def _field_answered(asked: list[str], answer: str) -> str:
    """The field of several a question asks ("Hur ofta träffas X, och vem leder den?") that a fragment answers:
    how often, when it reads as a frequency ("Fyra gånger om året."), else the first asked."""
    if "frequency" in asked and (frequency.per_year(answer) or frequency.counted(answer)) is not None:
        return "frequency"
    return asked[0]


class FieldReading:
    """Reads a group's labelled fields and table cells."""

    def read_answer(self, g: Group, unit: Unit) -> bool:
        """A fragment without a verb under a question that names a field ("Vem leder X?" "Trygghetssamordnaren."):
        the value of that field; whether the unit was one."""
        asked = [w for w, rx in COLUMNS if w != "name" and re.search(rx, fold(unit.heading))]
        if not unit.heading.endswith("?") or not asked or any(finite(w) for w in unit.text.split()):
            return False
        what = _field_answered(asked, unit.text)
        self.read_field(g, what, unit.text.strip(" .!"), unit.span)
        return True

    def read_labelled(self, g: Group, unit: Unit) -> bool:
        """"Deltagare: A, B", "Ordförande ...... C", "Möten: varje månad": the fields a group's heading or line
        introduces, one label or several in a row; whether the unit was such a line."""
        if unit.kind == "sentence" and self.read_answer(g, unit):
            return True  # "Hur ofta träffas ledningsgruppen?" "Fyra gånger om året."
        found = [m for m in self.labels(unit) if field_of(fold(m.group("label"))) not in (None, "name")]
        if (named := LABEL.match(unit.text)) is not None and field_of(fold(named.group("label"))) == "name" \
                and fold(g.name) == fold(unit.heading) and (value := unit.text[named.end():].strip(" .")) \
                and fold(value) != fold(g.name) and any(not x.bare for x in mentions(value, True)):
            # a form's "Namn:  Ledningsgruppen för trygghet" under "Styrgrupp": the group is that name's, no
            # heading's that only stood for it ("Operativ samverkan")
            self.give_name(g, value).named_by_heading = False
            return True
        if (not found or found[0].start() > 0) and (task := LABEL.match(unit.text)) is not None \
                and unit.text[task.end():].split() and finite(unit.text[task.end():].split()[0]):
            # "Uppdrag:  bereder styrgruppens möten": a clause about the group, its subject left out
            before = g.fields.get("members", [])
            self.read_sentence(g, Unit("sentence", unit.text[task.end():], unit.span, unit.heading))
            g.tasked = [m for m in g.fields.get("members", []) if m not in before]
            return True
        if not found or found[0].start() > 0:
            return False
        if unit.span.end > unit.span.start and (column := self.label_column(unit)) is not None:
            for label, value in column:
                self.read_field(g, field_of(fold(label)), value, unit.span, column=True)
            g.set("kind", group_kind(g.name, unit.text), g.span)
            return True
        for m, after in zip(found, [*found[1:], None], strict=True):
            value = unit.text[m.end():after.start() if after else len(unit.text)].strip(" .;")
            what = field_of(fold(m.group("label")))
            if what == "members" and re.fullmatch(r"(?i)sekreterare|föredragande|justerare", m.group("label")) \
                    and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2}\.?", value):
                continue  # "Sekreterare: Eva Ek.": who holds the role, named; her function is told elsewhere
            if what == "members" and (person := LEADING_PERSON.match(value)):  # "Närvarande: Eva Ek   socialchef,
                value = value[person.end():].split(",")[0]  # Åby kommun": her function, not where she works
            value = lower_start(value)  # "Deltagare: Lokalpolisområdeschefen, …": a field's value as a sentence
            if not value and what == "members" and after is None and unit.items:
                self._add_members(g, self._listed_items(g, unit.items), unit.span | unit.items[-1].span)
                continue  # "**Fasta deltagare:**" over a list of them
            if value and what == "members" and fold(m.group("label")).startswith("ovriga") and g.fields.get("chair"):
                chair = g.fields["chair"]  # "Ordförande: A" over "Övriga ledamöter: B, C": A sits in it too
                value = ", ".join([chair] if isinstance(chair, str) else chair) + ", " + value
            if value:
                self.read_field(g, what, value, unit.span)
        g.set("kind", group_kind(g.name, unit.text), g.span)
        return True

    def labels(self, unit: Unit) -> list[re.Match]:
        """The labels of a unit's fields: a word or two before a colon ("Deltagare: …"), or any few words the
        document sets off in bold as a label ("**Den som kallar:** …", "**Vem kan komma:** …")."""
        found = list(LABEL.finditer(unit.text))
        if sum(len(self.doc.line(n)) for n in range(unit.span.start, unit.span.end + 1)) > 2 * len(unit.text) + 200:
            return found  # a sentence of a long line: no line of labels (and not read again for each sentence)
        raw = " ".join(self.doc.line(n) for n in range(unit.span.start, unit.span.end + 1))
        for bold in BOLD_LABEL.finditer(raw):
            words = bold.group("label").strip()
            at = re.compile(r"(?:^|(?<=\s))(?P<label>" + re.escape(words) + r")\s*:\s*")
            if (m := at.search(unit.text)) and not any(f.start() <= m.start() < f.end() for f in found):
                found = [f for f in found if not m.start() <= f.start() < m.end()] + [m]
        return sorted(found, key=lambda m: m.start())

    def label_column(self, unit: Unit) -> list[tuple[str, str]] | None:
        """"Närvarande:   A (ordf.)" with B, C on the lines below, aligned under A: a column of values, one a
        line, each line under the label above it; None if the lines are not laid out so."""
        lines = [self.doc.line(n) for n in range(unit.span.start, unit.span.end + 1)]
        first = LABEL.match(lines[0].strip())
        if first is None:
            return None
        indent = len(lines[0]) - len(lines[0].lstrip()) + len(lines[0].strip()[:first.end()])
        out: list[tuple[str, list[str]]] = [(first.group("label"), [lines[0].strip()[first.end():]])]
        for line in lines[1:]:
            if (label := LABEL.match(line.strip())) is not None and field_of(fold(label.group("label"))) is not None:
                out.append((label.group("label"), [line.strip()[label.end():]]))
            elif len(line) - len(line.lstrip()) == indent and line.strip():
                out[-1][1].append(line.strip())
            else:
                return None
        if any("," in v for _, values in out for v in values):
            return None  # "A, B, C för" wrapped onto the next line: one list, not a column
        return [(label, "\n".join(values)) for label, values in out if len(values) > 1 or len(out) > 1]

    def read_field(self, g: Group, what: str, value: str, span: Span, column: bool = False) -> None:
        """One field of a group as a table cell or a labelled line gives it; in a `column` each line of the value
        is one member."""
        if what is not None:
            value = re.sub(r"\n(?=(?:och|samt|eller)\s)", " ", value) if what == "members" else " ".join(value.split())
            said: list[str] = []
            if what == "members" and not column:  # "A, B och C. Från parterna deltar D." / "A (B deltar vid
                value, said = _said_in_cell(value)  # behov.)": the sentences of a cell are read as sentences
            if what == "members":  # added to those named before, as a labelled line adds them
                for line in value.split("\n"):  # "kommundirektör Lena Låtsasdotter (ordf.)"
                    if (marked := CHAIR_MARK.search(line)) and (who := member(marked.group("who"))):
                        g.set("chair", who, span)
                lines = [_capitals_of_lines(_open_to(MEET_BETWEEN.sub(", ", line))) for line in _cell_lines(value)]
                listed = [m for line in lines for m in ([member(_unnamed_person(line))] if column
                                                        else members(line, prose=False)) if m]
                # "Uppdrag: samlar lokala aktörer" over "Deltagare: A, B": the field says who they are
                merged = [m for m in g.fields.get("members", []) if m not in g.tasked]
                merged += [m for m in listed if m.casefold() not in {e.casefold() for e in merged}]
                g.tasked = []
                g.set("members", merged, span, force=True)  # "Närvarande: …" then "Adjungerad: …"
                for sentence in said:  # after the list, as the cell names them
                    self.read_sentence(g, Unit("sentence", sentence, span, g.name))
            elif what == "chair":
                self._chair_field(g, value, span, column)
            elif what == "frequency":
                freq = frequency.per_year(value) or frequency.counted(value)
                if freq is not None:  # the group's own field says how often it meets, over a sentence in passing
                    g.set("frequency_per_year", freq.value, span, force="frequency_per_year" not in g.answered)
                    g.answered.add("frequency_per_year")
            elif what == "reports" and any(finite(w) for w in value.split()[:4]):
                self._reports(g, value, span)  # "Rapportering: gruppen lämnar en årlig rapport till X"
            elif what == "reports":
                value = WHEN_AFTER.sub("", value)  # "kommunstyrelsen, i samband med årsredovisningen": when, not whom
                # "Redovisning: Till kommunstyrelsen.", "till A och till B": the preposition of each
                names = [self.resolve(re.sub(r"(?i)^till\s+", "", p), g) for p in split_list(value)]
                g.set("reports_to", [n for n in names if n], span)


# "Deltagare: A och B träffar C, D och E": a field's list told as who meets whom, all of them taking part
MEET_BETWEEN = re.compile(r"(?i)(?<=[a-zåäö])\s+(?:träffar|möter|samlar|bjuder\s+in)\s+(?=[a-zåäö])")
# a clause of time after a report's target ("…, i samband med delårsrapport och årsredovisning", "…, efter varje möte")
WHEN_AFTER = re.compile(r"(?i),\s*(?:i\s+samband\s+med|i\s+anslutning\s+till|efter|inför|vid|varje|senast|"
                        r"en\s+gång|två\s+gånger)\b.*$")
LEADING_PERSON = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){1,2}\s{2,}(?=[a-zåäö])")
# a label the document sets in bold, of a few words ("**Den som kallar:**", "**Lämnar underlag till**:")
BOLD_LABEL = re.compile(r"(?:\*\*|__)(?P<label>[A-ZÅÄÖ][\wåäö]*(?:\s[\wåäö]+){0,7}?)(?::(?:\*\*|__)|(?:\*\*|__):)")


OPEN_PHRASE = re.compile(r"(?i)\s(?:för|i|vid|på|inom|av|mot|med|från|och)$|\s\S+(?:ens|ets|ernas|arnas|ornas)$")
ATTRIBUTIVE = re.compile(r"(?i)(?:ande|ende|iska|isk|iga|ig)$")


def _capitals_of_lines(line: str) -> str:
    """A cell's items that each open with a capital (its lines, "Fältassistenter<br>Skolkuratorer från X"): the
    capital of a line's start marks no name, so a function's word is lower case again ("skolkuratorer från X")."""
    items = line.split(", ")
    if len(items) < 2 or not all(i[:1].isupper() for i in items):
        return line
    return ", ".join(lower_start(i) if PERSON.search(lemma(i.split()[0].casefold())) and not i.split()[0].isupper()
                     else i for i in items)


def _cell_lines(value: str) -> list[str]:
    """The members of a cell a line each, a member a layout broke over lines made whole again: a line left open by
    a preposition or a genitive ("Samordnare för" / "brottsförebyggande" / "arbete", "Socialtjänstens" /
    "mottagningsenhet") goes on in the lower-case lines under it while they end in an attribute."""
    out: list[str] = []
    open_phrase = False
    for line in value.split("\n"):
        if out and open_phrase and line[:1].islower():
            out[-1] += " " + line
        else:
            out.append(line)
        open_phrase = bool(OPEN_PHRASE.search(" " + out[-1])) or open_phrase and bool(ATTRIBUTIVE.search(line)) \
            and line[:1].islower()
    return out


def _unnamed_person(text: str) -> str:
    """A function without the name of the person holding it ("kultur- och fritidschef Olle Exempelsson (ordf.)" →
    "kultur- och fritidschef"); the brackets' remarks dropped."""
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    m = PERSON_NAMED.search(text)
    return text[:m.start()] if m and any(PERSON.search(lemma(w)) for w in text[:m.start()].split()) else text


def _open_to(value: str) -> str:
    """A members field that says whom the meeting is open to ("Mötet är öppet för A, B och C") lists them."""
    forum = FORUM_FOR.search(value) if said_in_full(value) else None
    return forum.group("list") if forum else value


CELL_SENTENCE = re.compile(r"\s*\((?P<note>[A-ZÅÄÖ][^()]*\.)\)|(?<=[a-zåäö]\.)\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _said_in_cell(value: str) -> tuple[str, list[str]]:
    """A cell of members with sentences in it ("Öppen för A och B. Från parterna deltar C.", "D (E deltar vid
    behov.)"): the list it gives, and the sentences with a verb, each to be read as a sentence about the group."""
    parts = [p for p in CELL_SENTENCE.split(value) if p and p.strip()]
    if len(parts) < 2:
        return value, []
    said = [p.strip() for p in parts[1:] if said_in_full(p.strip())]
    listed = [p.strip().rstrip(".") for p in parts if p.strip() not in said]
    return ". ".join(listed), said
