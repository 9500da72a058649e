"""Groups read from list items: items indented under a group's name, entries in fragments, chart nodes,
reporting chains, the document's keys to its short forms, one group per place."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from samverkan.extract.meaning.groups.model import Group
from samverkan.extract.meaning.groups.names import mentions, named_whole
from samverkan.extract.meaning.groups.words import (
    DEFINITION,
    LABEL,
    MEETS,
    OUTSIDE_HEADING,
    field_of,
    finite,
    parenthesised_members,
)
from samverkan.extract.meaning.phrases import GROUP_WORD, group_kind, members, split_list
from samverkan.extract.meaning.text import SENTENCE_END, Unit, fold, lemma

# "I varje kommun arbetar ett lokalt team …: A Nyby, A Åby och A Öby": one group per place, listed by name
EACH_PLACE = re.compile(r"(?i)\b(?:i|för|inom)\s+varje\s+(?:kommun|stadsdel|kommundel|stadsområde|område|ort|"
                        r"lokalpolisområde)\b(?P<group>[^:]{0,120}):\s*(?P<list>[^:]{3,200})$")
# "(ordf. = ordförande, rapp. = rapporterar till)": a key to the short forms the text goes on to use
EXPANSION = re.compile(r"(?:^|(?<=[(,;]\s)|(?<=[(,;]))(?P<short>[a-zåäö]{2,8}\.)\s*=\s*(?P<long>[a-zåäö][a-zåäö ]*?)\s*"
                       r"(?=[,;)]|$)")
# "Styrgrupp: …", "OLG – …", a two-column list's "Styrgruppen      tre gånger per år"
KEYED = re.compile(r"^(?P<name>[^:.–—]{3,60}?)(?::|\s+[–—-]|(?=\s{3}))\s+(?P<value>\S.*)$")
# a key to the document's short forms that names a group ("OLG = operativ ledningsgrupp")
SHORT_FORM_GROUP = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})\s*=\s*(?P<long>[a-zåäö][a-zåäö ]{2,60})")
# a line of a key set in columns ("RSG   Regionala styrgruppen"), or with a tab or a colon
KEY_COLUMNS = re.compile(r"(?P<short>[A-ZÅÄÖ]{2,6})(?:[ \t]{2,}|\t|\s*[:=|]\s+)(?P<long>[A-Za-zÅÄÖåäö][a-zåäö ]{2,60})")
# a description's closing brackets that list its people ("… och rapporterar till X (A, B, C).")
TRAILING_MEMBERS = re.compile(r"\s*\((?P<list>[^()]{3,300}?,[^()]{2,300}?)\)\s*\.?\s*$")


# a fragment that says what a group is before what more it says of it: "stadsdelens brottsförebyggande råd, öppet
# för A och B"; "ett nätverk"
APPOSED_KIND = re.compile(r"^(?P<what>(?:en|ett|[a-zåäö-]+s)\s+(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+)"
                          r"\s*(?:,\s*(?P<rest>.+))?$")


def _items_under(units: list[Unit], k: int) -> list[Unit]:
    """The items indented under item k, down to the next item no deeper than it."""
    return list(itertools.takewhile(lambda u: u.kind == "item" and u.indent > units[k].indent, units[k + 1:]))


def _sublabel(units: list[Unit], k: int) -> str | None:
    """The label of an item that is only a label over items of its own ("Ledamöter:", "Deltagare", "Noteringar"):
    a word or three without a verb or a group's name; None for any other item."""
    label = units[k].text.strip("*_ ").removesuffix(":").strip("*_ ")
    if not _items_under(units, k) or not 1 <= len(label.split()) <= 3 or re.search(r"[.,;:!?]", label) \
            or finite(label.split()[0]) or any(not m.bare for m in mentions(label, True)):
        return None
    return label


def _members_below(units: list[Unit], k: int) -> bool:
    """Whether one of the items right under item k is a label over its members ("Deltagare" / "  - A")."""
    under = _items_under(units, k)
    level = min((u.indent for u in under), default=0)
    return any(u.indent == level and (label := _sublabel(units, j)) is not None and field_of(fold(label)) == "members"
               for j, u in enumerate(units[k + 1:k + 1 + len(under)], k + 1))


class ListReading:
    """Reads groups from list items."""

    def read_nest(self, units: list[Unit], k: int, introduced: set[int]) -> bool:
        """A group's item with items indented under it ("• Styrgrupp" / "  – A, B och C" / "  – fyra möten per
        år"), or one of those items: whether unit k was either."""
        unit = units[k]
        if self.nest is not None and unit.kind == "item" and unit.indent > self.nest[1]:
            if id(unit) not in self.nest_read and not self.read_sublabel(self.nest[0], units, k):
                self.read_nested(self.nest[0], unit)
            return True
        self.nest = None
        if unit.kind == "item" and id(unit) not in introduced and (parent := self.read_parent(units, k)):
            self.nest = (parent, unit.indent)
            return True
        return False

    def read_parent(self, units: list[Unit], k: int) -> Group | None:
        """An item that is only a group's name, with items indented under it that tell of the group in fragments
        ("• Styrgrupp" / "  – A (ordförande), B och C" / "  – redovisar till nämnden"): the group. A name without
        a group word ("• Trygghetsforum Nyby", "• Samordnarna") is a candidate, kept if the fragments bear it out."""
        unit = units[k]
        below = units[k + 1] if k + 1 < len(units) else None
        if below is None or below.kind != "item" or below.indent <= unit.indent or below.unmarked:
            return None
        # "*Samverkansgrupp X*": set in italics; "**SSPF Nyby** (…)": the name in bold before a bracket
        name, listed = parenthesised_members(re.sub(r"\*\*|__", "", unit.text).strip("*_ "))
        if re.search(r"[.,;:!?]", name) or not 1 <= len(name.split()) <= 4 or finite(name.split()[-1]):
            return None
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(named_whole(found[0], name), unit.span, 3)
            g.set("kind", group_kind(g.name), unit.span)
        elif (g := self.heading_name(replace(unit, text=name), _members_below(units, k))) is None:
            return None
        else:
            g.people_told = True  # a name without a group word is a group only if the items say who is in it
        if listed:
            g.set("members", members(listed), unit.span)
        self.topic = self.told = g
        return g

    def read_sublabel(self, g: Group, units: list[Unit], k: int) -> bool:
        """An item under a group's name that is only a label over items of its own ("Ledamöter:" / "Deltagare",
        "Mötesregler", "Noteringar"), as a tree of the organisation sets them: under a label of members its items
        are the members, each with what it says of the chair; under any other the items are read as the group's,
        the label no member. Whether unit k was such a label."""
        if (label := _sublabel(units, k)) is None:
            return False
        if field_of(fold(label)) == "members":
            below = _items_under(units, k)
            self._add_members(g, self._listed_items(g, below), units[k].span | below[-1].span)
            self.nest_read |= {id(u) for u in below}
        return True

    def read_nested(self, g: Group, unit: Unit) -> None:
        """An item indented under a group's name: a member list or a clause about the group, as under its heading;
        one that opens with what the group is ("stadsdelens trygghetsråd, öppet för A och B", "ett nätverk för
        A och B") says its kind where its name does not, and what follows the comma is read on."""
        said = APPOSED_KIND.match(unit.text)
        found = [m for m in mentions(said.group("what"), True) if not m.bare and m.end == len(said.group("what"))] \
            if said else []
        if found and not GROUP_WORD.search(fold(g.name)) and not finite(said.group("what").split()[-1]):
            what = said.group("what")
            g.spelled = g.spelled or what
            g.called = g.called or found[0].head
            g.set("kind", group_kind(what), unit.span, force=True)
            if not said.group("rest"):
                return
            unit = Unit(unit.kind, said.group("rest"), unit.span, unit.heading)
        if LABEL.match(unit.text) and self.read_labelled(g, unit):
            return  # "*Samverkansgrupp X*" / "    - Deltagare: A, B och C": a labelled field of the group
        self.read_item(g, unit)

    def read_line_of_fields(self, unit: Unit) -> bool:
        """A line whose heading says what it is: a group the agreement leaves out ("• Nybys trygghetsråd" under
        "Inte en del av överenskommelsen"), a chain of reporting, or "Styrgrupp – 4 ggr/år" under "Träffas";
        whether the unit was one."""
        if unit.kind in ("item", "sentence") and (OUTSIDE_HEADING.search(unit.heading) or id(unit) in self.left_out
                                                  or unit.heading and unit.heading == self.outside_section):
            for m in [m for m in mentions(unit.text) if not m.bare and not self._told_of(m)][:1]:
                self.group(m, unit.span, 1).excluded = True
            return True
        if self.leads_to_those_outside(unit):
            return True
        return unit.kind == "sentence" and (self.read_chain(unit) or field_of(fold(unit.heading)) not in (None, "name")
                                            and self.read_keyed(unit))

    def read_chain(self, unit: Unit) -> bool:
        """"Områdesteam → OLG → styrgrupp → KS" under a heading of reporting: each reports to the next; whether
        the unit was such a chain."""
        links = [x.strip(" .") for x in re.split(r"\s*(?:→|->|⇒)\s*", unit.text)]
        if field_of(fold(unit.heading)) != "reports" or len(links) < 3 \
                or any(not x or len(x.split()) > 4 for x in links):
            return False
        for low, high in itertools.pairwise(links):
            name = self.resolve(low, None)
            g = self.abbreviations.get(low) or next((x for x in self.groups.values() if x.name == name), None)
            if g is not None:
                target = self.resolve(high, g)
                g.report_to(target, unit.span)
        return True

    def read_keys(self, units: list[Unit]) -> None:
        """The document's keys to its short forms: "rapp. = rapporterar till" for the words of its entries, "OLG =
        operativ ledningsgrupp" (or a key in columns, "RSG   Regionala styrgruppen") for a group known by its
        initials."""
        for unit in units:
            self.expansions |= {m.group("short"): m.group("long") for m in EXPANSION.finditer(unit.text)}
            key = SHORT_FORM_GROUP.fullmatch(unit.text.strip()) or unit.kind in ("item", "row") \
                and KEY_COLUMNS.fullmatch(unit.text.strip())  # in columns: "RSG   Regionala styrgruppen", a row
            # "LG | Ledningsgruppen"
            if key and GROUP_WORD.search(key.group("long")):
                g = self.named(key.group("short"), unit.span)
                g.set("kind", group_kind(key.group("long")), unit.span)
                g.spelled = key.group("long")

    def read_instances(self, units: list[Unit]) -> None:
        """One group per place, named in one list and described once for all ("I varje kommun finns en LSG: LSG
        Nyby, LSG Åby och LSG Öby. En LSG består av …"): each place's group is the group
        described."""
        words = {**{fold(g.name): g for g in self.groups.values() if " " not in g.name}, **{
            fold(k): g for k, g in self.abbreviations.items()}}
        rx = words and re.compile(r"(?:^|(?<=[:,]\s)|(?<=\boch\s)|(?<=\bsamt\s))(?P<kind>" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\s+(?P<place>(?-i:[A-ZÅÄÖ])[\wåäö-]+)"
            r"(?=\s*(?:,|och\b|samt\b|[.;)]|$))", re.IGNORECASE)
        for unit in units:
            if unit.kind not in ("sentence", "item"):
                continue
            self._each_place(unit)
            found = [(words[fold(m.group("kind"))], f"{m.group('kind')} {m.group('place')}", m) for m in
                     rx.finditer(unit.text)] if rx else []
            for g in {id(x[0]): x[0] for x in found}.values():
                named = [name for x, name, _ in found if x is g]
                if len(named) >= 2 and not any(fold(n) in self.groups for n in named):
                    self.instances[id(g)] = (g, named, unit.span)

    def _each_place(self, unit: Unit) -> None:
        """"I varje kommun arbetar ett lokalt team: SSPF Nyby, SSPF Åby och SSPF Öby": the group of the sentence
        (or of its heading) once for each place, named as the list names them (one word and the place each)."""
        m = EACH_PLACE.search(unit.text)
        if m is None:
            return
        named = [" ".join(n.split()) for n in split_list(m.group("list").rstrip(" ."))]
        firsts = {n.split()[0] for n in named if len(n.split()) == 2 and n.split()[1][:1].isupper()}
        if len(named) < 2 or len(firsts) != 1 or sum(len(n.split()) == 2 for n in named) != len(named):
            return
        g = self._known_group(m.group("group")) or self._known_group(re.sub(r"^[\d.§\s]+", "", unit.heading or ""))
        elsewhere = [n for n in named if fold(n) in self.groups  # a place's group told of apart from this list
                     and not unit.span.start <= self.groups[fold(n)].span.start <= unit.span.end]
        if g is not None and g.key not in map(fold, named) and not elsewhere:
            self.instances[id(g)] = (g, named, unit.span)

    def spread_instances(self) -> None:
        for g, named, span in self.instances.values():
            if self.groups.get(g.key) is not g or g.excluded:
                continue
            del self.groups[g.key]
            for name in named:
                self.groups[fold(name)] = replace(g, key=fold(name), name=name, span=g.span | span,
                                                  fields=dict(g.fields), spans=dict(g.spans))

    def read_described_item(self, unit: Unit) -> bool:
        """A list item that names a group before a dash, says in sentences what it does and how often it meets,
        and ends on its people in brackets ("Skolgruppen – följer upp elevärenden. Träffas varje månad (rektorer,
        kuratorer, fältassistenter)."): a group, its sentences about it, the brackets its members; whether it was."""
        m = DEFINITION.match(unit.text)
        if m is None or not m.group("name"):
            return False
        rest = unit.text[m.end():]
        listed = TRAILING_MEMBERS.search(rest)
        if listed is None or not MEETS.search(rest[:listed.start()]):
            return False
        people = members(listed.group("list"))
        if len(people) < 2 or any(len(p.split()) > 6 or re.search(r"\d", p) for p in people):
            return False
        name = m.group("name").strip()
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(named_whole(found[0], name), unit.span, 3)
        elif len(name.split()) <= 3 and name[:1].isupper():
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3, named_by_heading=True)
            self.groups[key] = g
        else:
            return False
        for part in SENTENCE_END.split(rest[:listed.start()] + "."):
            if part.strip(" ."):
                self.read_sentence(g, Unit("sentence", part.strip(), unit.span, unit.heading))
        self._add_members(g, people, unit.span)
        kind = group_kind(g.name, unit.text)  # "ett nätverk … (föreningar, bostadsbolag)": open to those outside
        g.set("kind", kind, unit.span, force=kind != group_kind(g.name))
        self.topic = self.told = g
        return True

    def read_entry(self, unit: Unit) -> bool:
        """A list item that describes a group in fragments after its name ("Hamnsamverkan – kommunpolis,
        hamnkontoret; varje vecka; ordf. växlar mellan A och B; rapp. Beredningen"): each fragment a member list
        or a clause about the group; whether the unit was one."""
        m = DEFINITION.match(unit.text)
        if m is None or not m.group("name"):
            return False
        rest = unit.text[m.end():]
        sentences = SENTENCE_END.split(rest)
        if ";" in rest:
            fragments = re.split(r"\s*;\s*", rest)
        elif len(sentences) > 1 and re.match(r"[a-zåäö][^.]*(?:,|\soch\s)", rest) and not finite(rest.split()[0]):
            fragments = [s.rstrip(".") for s in sentences]  # "Styrgruppen – A, B och C. Beslutar om …"
        else:
            return False
        name = m.group("name").strip()
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if found:
            g = self.group(named_whole(found[0], name), unit.span, 3)
        elif len(name.split()) <= 4 and name[:1].isupper():
            key = fold(" ".join(lemma(w) for w in name.split()))
            g = self.groups.get(key) or Group(key, name, unit.span, 3, named_by_heading=True)
            self.groups[key] = g
        else:
            return False
        for fragment in fragments:
            for short, long in self.expansions.items():
                fragment = re.sub(r"(?<![\wåäö])" + re.escape(short) + r"(?=\s|$)", long, fragment)
            part = Unit("item", re.sub(r"(?i)\bordf\.", "ordförande", fragment), unit.span, unit.heading)
            if not self.read_member_line(g, part):
                self.read_sentence(g, part)
        g.set("kind", group_kind(g.name, unit.text), unit.span)
        return True

    def read_node(self, unit: Unit) -> bool:
        """An item that is only a group's name, with its members in brackets or none: a node of an
        organisation chart or a list of the groups; whether the unit was one."""
        name, listed = parenthesised_members(unit.text)
        found = [x for x in mentions(name, True) if not x.bare and x.start == 0]
        if not found or len(name.split()) > 4 or re.search(r"[.,;:]", name) or finite(name.split()[-1]):
            return False
        g = self.group(named_whole(found[0], name), unit.span, 3)
        g.set("kind", group_kind(g.name), unit.span)
        if listed:
            g.set("members", members(listed), unit.span)
        return True

    def read_keyed(self, unit: Unit) -> bool:
        """"Group: value" under a heading that names the field ("Vem leder?", "Hur ofta ses vi?"): the value is
        that field of the group; whether the unit was such a line."""
        what = field_of(fold(unit.heading))
        m = KEYED.match(unit.text)
        if what in (None, "name") or m is None:
            return False
        found = [x for x in mentions(m.group("name"), True) if not x.bare and x.start == 0]
        if not found and m.group("name").strip() not in self.abbreviations:
            return False
        g = self.group(named_whole(found[0], m.group("name")), unit.span, 2) if found \
            else self.abbreviations[m.group("name").strip()]
        self.read_field(g, what, m.group("value").strip(" ."), unit.span)
        g.set("kind", group_kind(g.name), unit.span)
        self.topic = self.told = g  # "Kommunpolisen håller i mötena." after it is about it
        return True
