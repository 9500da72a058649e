"""Rule primitives: the finding, the rule and its registry, and the run context rules read.

Rule modules import from here; `samverkan.rules.engine` imports the rule modules and runs them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ConfigDict

from samverkan.io.i18n import Msg
from samverkan.model import validity
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    Activity,
    Agreement,
    Entity,
    Group,
    Membership,
    Organisation,
    Person,
    PriorityArea,
    ReportingLine,
    Responsibility,
    Role,
    Statement,
)
from samverkan.model.graph import Digraph, reporting_digraph
from samverkan.model.names import in_words, name_of
from samverkan.rules.reads import Reads
from samverkan.rules.severity import SEVERITIES, Severity  # noqa: F401  (SEVERITIES: re-exported)

if TYPE_CHECKING:
    import networkx as nx

    from samverkan.rules.demand import Citation, Demand
    from samverkan.rules.profile import Profile

T = TypeVar("T")

FINDING_KEYS = ("rule", "severity", "agreement", "subject", "message", "message_sv", "message_en",
                "citation", "path", "suggestion")
"""The keys of a finding in JSON, in this order (DESIGN.md); a public interface."""


class Finding(BaseModel):
    """One finding: what is wrong, where, which clause requires otherwise, and what to do."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    severity: Severity
    agreement: str | None = None
    subject: str
    message: str
    message_sv: str
    message_en: str
    citation: str = ""
    path: list[str] = []
    suggestion: str = ""
    waived: bool = False
    waiver_reason: str | None = None

    def to_json(self) -> dict:
        out = {key: getattr(self, key) for key in FINDING_KEYS}
        out["path"] = list(self.path)
        if self.waived:
            out["waived"] = True
            out["waiver_reason"] = self.waiver_reason
        return out

    def sort_key(self) -> tuple[str, str, str, str]:
        return (self.agreement or "", self.rule, self.subject, self.message_en)


@dataclass(frozen=True)
class Example:
    """An example of a rule: what it shows in words, and the edits (change-set operations, as in
    `samverkan diff --change`) that turn the example world (`samverkan.rules.examples`) into it.
    A test runs every example: a failing one must give the rule's finding, a passing one must not."""

    text: Msg
    edits: str = ""
    """A YAML list of change-set operations, as under `operations:` in a change set."""
    profile: str = "stockholm-2023"
    as_of: str = "2024-01-01"
    waivers: str = ""
    """A YAML list of waivers the example runs with, as under `waivers:` in a --waivers file."""

    def get(self, lang: str) -> str:
        return self.text.get(lang)


PASSES_AS_IS = Msg("exempelvärlden som den är: en central och en lokal överenskommelse som uppfyller profilen.",
                   "the example world as it is: one central and one local agreement that meet the profile.")


@dataclass(frozen=True)
class Rule:
    """A rule of the catalogue, declared once: `check(ctx)` yields findings; its demands come from the profile."""

    code: str
    title: Msg
    severity: Severity
    clause: str
    family: str
    check: Callable[[RunContext], Iterable[Finding]]
    description: Msg
    passing: Example
    failing: Example
    generic: bool = False
    """Runs whatever the profile says (its citation comes from the data, not from a demand)."""
    demand: type | None = None
    """The model of this rule's demands in a profile (a subclass of `samverkan.rules.demand.Demand`)."""
    path_is_chain: bool = False
    """A finding's path is a chain (shown with arrows), not just the ids it involves."""
    reads: Reads | None = None
    """What the rule reads (`samverkan.rules.reads`); None: anything."""


RULES: dict[str, Rule] = {}
"""Every rule by code; filled when `samverkan.rules.catalogue` is imported."""

CODE_PATTERN = r"^[A-Z]{2,5}\d{3}$"


def rule(code: str, *, title: Msg, severity: Severity, clause: str, description: Msg, failing: Example,
         passing: Example | None = None, generic: bool = False, demand: type | None = None,
         path_is_chain: bool = False, reads: str | None = None):
    """Register a check function as rule `code`: the one place a rule is declared."""
    if not re.match(CODE_PATTERN, code):
        raise ValueError(f"rule code {code!r}: two to five capital letters and three digits")

    def register(fn: Callable[[RunContext], Iterable[Finding]]):
        RULES[code] = Rule(code=code, title=title, severity=severity, clause=clause,
                           family=fn.__module__.rsplit(".", 1)[-1], check=fn, description=description,
                           passing=passing or Example(PASSES_AS_IS, profile=failing.profile, as_of=failing.as_of),
                           failing=failing, generic=generic, demand=demand, path_is_chain=path_is_chain,
                           reads=None if reads is None else Reads.parse(reads))
        return fn

    return register


# --- text matching ----------------------------------------------------------------------------------

_QUALIFIERS = {"bitradande", "stallforetradande", "tf", "vice", "ersattare"}


@lru_cache(maxsize=1 << 16)
def normalise(text: str | None) -> str:
    """Lowercase, no diacritics or punctuation, single spaces: 'Lokalpolisområdets chef' → 'lokalpolisomradets chef'."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


_title_cache: dict[tuple[str, str], bool] = {}


def title_matches(wanted: str, actual: str) -> bool:
    """Whether a role title is the wanted one: equal, the wanted words inside it, or a near spelling.

    'kommunpolis' matches 'Kommunpolis för Lokalpolisområde Norrmalm' and 'lokalpolisområdeschef' matches
    'Lokalpolisområdets chef'; 'stadsdirektör' does not match 'biträdande stadsdirektör'.
    """
    key = (wanted, actual)
    if key not in _title_cache:
        _title_cache[key] = _title_matches(normalise(wanted), normalise(actual))
    return _title_cache[key]


def _title_matches(t: str, r: str) -> bool:
    if not t or not r:
        return False
    if t == r:
        return True
    found = re.search(rf"(?:^|\s){re.escape(t)}(?:\s|$)", r)
    if found:
        before = r[: found.start()].split()
        return not (before and before[-1] in _QUALIFIERS)
    if r.split()[0] in _QUALIFIERS and t.split()[0] not in _QUALIFIERS:
        return False
    if 200 * (Counter(t) & Counter(r)).total() < 90 * (len(t) + len(r)):
        return False  # the ratio below, 200 · common subsequence / both lengths, cannot reach 90 on the letters
    from rapidfuzz import fuzz

    return fuzz.ratio(t, r) >= 90


def text_mentions(text: str | None, terms: Iterable[str]) -> bool:
    """Whether a text contains any of the terms (normalised; a term matches at a word start)."""
    pattern = _terms_pattern(tuple(terms))
    return bool(pattern and pattern.search(normalise(text)))


@lru_cache(maxsize=1024)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    words = [re.escape(normalise(t)) for t in terms if normalise(t)]
    return re.compile(r"(?:^|\s)(?:" + "|".join(words) + ")") if words else None


# --- the run context --------------------------------------------------------------------------------


_NOTHING = object()

MemberFacts = tuple[tuple[str, ...], str | None, tuple[tuple[str | None, str, bool], ...]]
"""What matching a member to a profile's spec reads (`RunContext.member_facts`)."""
_FACTS: dict[MemberFacts, MemberFacts] = {}


def intern_facts(facts: MemberFacts) -> MemberFacts:
    """One object for equal facts, alive for the process: what is remembered by their id stays true."""
    return _FACTS.setdefault(facts, facts)


@dataclass
class Units:
    """What the rules' parts per unit gave (`RunContext.per_unit`), shared by runs over parts of one data set and
    over those parts after a change: `impact --rank` checks each removal's scope before and after."""

    remembered: dict[tuple, object]
    stale: Callable[[str, Reads | None], bool]
    """Whether the unit of an id, for a rule that reads `reads`, is not whole in this data set: what `remembered`
    holds of it may not hold here."""
    record: bool = False
    """Remember what a unit gives: in `remembered` if it is whole here, else in `own`."""
    own: dict[tuple, object] | None = None
    """What the units not whole in this data set gave in a run over it before a change (their parts read here
    only what is here): given back unless the change reached the unit."""
    changed: Callable[[str, Reads | None], bool] | None = None
    """Whether a change since then reached the unit of an id (None: no change); a reached unit is computed anew."""
    seats: dict[tuple, tuple[MemberFacts, frozenset[str]]] | None = None
    """A seat (member, on behalf of, agreement) → its facts and the ids they were read from (`RunContext.member_facts`),
    found by runs without a change over the data set or a part of it (a part holds what a seat reads)."""
    touched: frozenset[str] = frozenset()
    """The ids the change removed or detached: a seat's facts read from one of them are found anew (a person who
    lost a role read its id)."""

    def memory(self, unit: str, reads: Reads | None) -> dict[tuple, object] | None:
        """Where what the unit of an id gives is kept for a rule that reads `reads`; None: computed anew."""
        if self.changed is not None and self.changed(unit, reads):
            return None
        return self.own if self.stale(unit, reads) else self.remembered


class RunContext:
    """What one run of the rules reads: the data set, its graph (built once), the profile and the date."""

    def __init__(self, data: DataSet, profile: Profile, as_of: dt.date, lang: str = "sv",
                 graph: nx.MultiDiGraph | None = None, words: bool = True, units: Units | None = None):
        self.data = data
        self.units = units
        self.words = words  # False: messages keep the ids the rules put in them
        self.profile = profile
        self.as_of = as_of
        self.lang = lang
        self._graph = graph
        self._member_orgs: dict[tuple[str, str | None], list[Organisation]] = {}
        self._member_party: dict[tuple[str, str | None], str | None] = {}
        self._member_facts: dict[str, MemberFacts] = {}
        self._facts_by_seat: dict[tuple[str, str | None, str | None], MemberFacts] = {}
        self._matching_facts: dict[str, MemberFacts] = {}
        self._matching_of: dict[int, MemberFacts] = {}
        self._org_of: dict[str | None, Organisation | None] = {}
        self._parties_of_kind: dict[tuple[str | None, str], list[str]] = {}
        self._memories: dict[Reads | None, dict[str, dict | None]] = {}
        """reads → unit → `Units.memory`, as `per_unit` asks."""

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        if self._graph is not None:
            return self._graph
        from samverkan.model.graph import build_graph

        return build_graph(self.data)

    @cached_property
    def reports(self) -> Digraph:
        """The reports_to relation the reporting rules walk, straight from the model (the edges `build_graph`
        draws), so a check needs no networkx graph."""
        return reporting_digraph(self.data)

    # --- demands and findings ---

    def demands(self, code: str) -> list[Demand]:
        return self.profile.demands_for(code)

    def cite(self, citation: Citation | None) -> str:
        return citation.render(self.lang) if citation else ""

    def cite_source(self, entity: Entity | None, prefer: Iterable[str] = ()) -> str:
        """The data's own source of an entity (a section whose name contains one of `prefer` first)."""
        if entity is None:
            return ""
        ref = entity.sources[0]
        wanted = [normalise(p) for p in prefer]
        for source in entity.sources:
            if any(w in normalise(source.section) for w in wanted):
                ref = source
                break
        parts = [ref.document]
        if ref.section:
            parts.append(ref.section)
        if ref.lines:
            parts.append(("lines " if self.lang == "en" else "rad ") + ref.lines)
        return ", ".join(parts)

    def finding(self, code: str, subject: str, message: Msg, suggestion: Msg, *,
                demand: Demand | None = None, citation: str | None = None, agreement: str | None | bool = True,
                path: Iterable[str] = (), severity: str | None = None) -> Finding:
        """A finding of rule `code`; the citation defaults to the demand's, the agreement to the subject's."""
        if agreement is True:
            agreement = self.data.agreement_of(subject)
        if severity is None:
            severity = (demand.severity if demand is not None and demand.severity else None) or RULES[code].severity
        if citation is None:
            citation = self.cite(demand.citation if demand is not None else None)
        within = agreement or None
        suggested = suggestion.get(self.lang)
        if self.words:
            message = Msg(in_words(self.data, message.sv, within=within, lang="sv"),
                          in_words(self.data, message.en, within=within, lang="en"))
            suggested = in_words(self.data, suggested, within=within, lang=self.lang)
        return Finding(
            rule=code, severity=severity, agreement=within, subject=subject,
            message=message.get(self.lang), message_sv=message.sv, message_en=message.en,
            citation=citation, path=list(path), suggestion=suggested,
        )

    def per_unit(self, code: str, unit: str, compute: Callable[[], T], key: tuple = ()) -> T:
        """`compute()`: a part of rule `code` that reads only the unit of the entity `unit` (the entity, the
        entities that refer to it, such as a group's memberships, and what all of these refer to by the references
        the rule reads, with the roles a person holds) and what `key` holds. With `units`, a unit that is not
        stale gives what it gave before, without computing; `tests/test_rule_units.py` holds the parts to it."""
        units = self.units
        if units is None:
            return compute()
        reads = RULES[code].reads
        memories = self._memories.get(reads)
        if memories is None:
            memories = self._memories[reads] = {}
        memory = memories.get(unit, _NOTHING)
        if memory is _NOTHING:  # asked by several rules and parts of a run: found once
            memory = memories[unit] = units.memory(unit, reads)
        if memory is None:
            return compute()
        at = (code, unit, *key)
        value = memory.get(at, _NOTHING)
        if value is _NOTHING:
            value = compute()
            if units.record:
                memory[at] = value
        return value  # type: ignore[return-value]

    # --- lookups over the model, built once per run ---

    def name(self, entity_id: str | None) -> str:
        """What people call the entity (samverkan.model.names): its name, never its id when it has one."""
        return name_of(self.data, entity_id)

    def label(self, entity_id: str | None) -> str:
        """The entity in a message: its name; ids left in a message are put in words by `finding`."""
        return name_of(self.data, entity_id)

    @cached_property
    def memberships_by_group(self) -> dict[str, list[Membership]]:
        index: dict[str, list[Membership]] = defaultdict(list)
        for m in self.data.memberships:
            index[m.group].append(m)
        return index

    @cached_property
    def responsibilities_by_subject(self) -> dict[str, list[Responsibility]]:
        index: dict[str, list[Responsibility]] = defaultdict(list)
        for r in self.data.responsibilities:
            index[r.subject].append(r)
        return index

    @cached_property
    def reports_from(self) -> dict[str, list[ReportingLine]]:
        index: dict[str, list[ReportingLine]] = defaultdict(list)
        for line in self.data.reporting_lines:
            index[line.from_].append(line)
        return index

    @cached_property
    def agreements_by_party(self) -> dict[str, list[Agreement]]:
        index: dict[str, list[Agreement]] = defaultdict(list)
        for a in self.data.agreements:
            for p in a.parties:
                index[p].append(a)
        return index

    def superseded(self, agreement: Agreement) -> Agreement | None:
        """The agreement that has replaced or revised this one by the audit date, if any."""
        return validity.replaced_by(self.data, agreement, self.as_of)

    def in_force(self, agreement: Agreement) -> bool:
        return validity.in_force(self.data, agreement, self.as_of)

    def end_of(self, agreement: Agreement) -> dt.date | None:
        return validity.end_of(self.data, agreement)

    @cached_property
    def current_agreements(self) -> list[Agreement]:
        """Agreements whose text is on file and that are not replaced by the audit date (including those not
        yet in force)."""
        return sorted((a for a in self.data.agreements if a.on_file and self.superseded(a) is None),
                      key=lambda a: a.id)

    @cached_property
    def agreements(self) -> list[Agreement]:
        """The agreements the structural rules look at: started by the audit date and not replaced by then.

        An expired agreement nobody replaced stays in: it is what the district still has.
        """
        return [a for a in self.current_agreements if validity.started(a, self.as_of)]

    @cached_property
    def carried(self) -> dict[str, str]:
        """Agreement id → the current agreement whose structure it is part of (itself, or a revision of it)."""
        out: dict[str, str] = {}
        for a in self.agreements:
            for older in validity.lineage(self.data, a):
                out.setdefault(older.id, a.id)
        return out

    @cached_property
    def agreement_ids(self) -> set[str]:
        """The agreements in scope and the ones they revise (a revision carries over their structure)."""
        return set(self.carried)

    @cached_property
    def groups(self) -> list[Group]:
        """Groups that meet (not templates) of the agreements in scope."""
        return [g for g in self.data.groups if not g.template and g.agreement in self.agreement_ids]

    @cached_property
    def activities(self) -> list[Activity]:
        return [a for a in self.data.activities if a.agreement in self.agreement_ids]

    @cached_property
    def groups_by_agreement(self) -> dict[str, list[Group]]:
        """Groups by the agreement in scope they belong to (a revised agreement's groups under its revision)."""
        index: dict[str, list[Group]] = defaultdict(list)
        for g in self.groups:
            index[self.carried.get(g.agreement, g.agreement)].append(g)
        return index

    @cached_property
    def items_by_agreement(self) -> dict[str, list[Group | Activity]]:
        """Groups (not templates) and activities of every agreement, superseded ones too."""
        index: dict[str, list[Group | Activity]] = defaultdict(list)
        for g in self.data.groups:
            if not g.template:
                index[g.agreement].append(g)
        for a in self.data.activities:
            index[a.agreement].append(a)
        return index

    @cached_property
    def priority_areas_by_agreement(self) -> dict[str, list[PriorityArea]]:
        index: dict[str, list[PriorityArea]] = defaultdict(list)
        for pa in self.data.priority_areas:
            index[pa.agreement].append(pa)
        return index

    @cached_property
    def statements_by_subject(self) -> dict[str, list[Statement]]:
        index: dict[str, list[Statement]] = defaultdict(list)
        for s in self.data.statements:
            index[s.subject].append(s)
        return index

    @cached_property
    def covering(self) -> dict[str, list[Organisation]]:
        """Organisation id → the local police areas whose 'covers' lists it."""
        index: dict[str, list[Organisation]] = defaultdict(list)
        for o in self.data.organisations:
            for c in o.covers:
                index[c].append(o)
        return index

    @cached_property
    def ceased(self) -> frozenset[str]:
        """The organisations that had ended before the audit date (`validity.ceased_by`)."""
        return frozenset(o.id for o in self.data.organisations if validity.ceased_by(o, self.as_of))

    @cached_property
    def predecessors(self) -> dict[str, list[Organisation]]:
        index: dict[str, list[Organisation]] = defaultdict(list)
        for o in self.data.organisations:
            for s in o.successors:
                index[s].append(o)
        return index

    def level_of(self, agreement_id: str) -> str | None:
        a = self.data.get(agreement_id)
        return a.level if isinstance(a, Agreement) else None

    @cached_property
    def central_in_force(self) -> Agreement | None:
        """The city-wide agreement in force at the audit date (validity.governing_central)."""
        return validity.governing_central(self.data, self.as_of)

    def governing(self, agreement: Agreement) -> Agreement | None:
        """The city-wide agreement a local one answers to: its parent in the data set if still current (or the
        revision that carries it on), else the one in force."""
        if agreement.level == "central":
            return agreement
        parent = self.data.get(agreement.parent)
        if isinstance(parent, Agreement):
            newer = self.superseded(parent)
            if newer is None:
                return parent
            if newer.revises == parent.id:
                return newer
        return self.central_in_force

    def first_group(self, agreement_id: str | None, kind: str, level: str | None = None) -> Group | None:
        """The first group of a kind in an agreement, looking through the texts it revises (newest first)."""
        agreement = self.data.get(agreement_id)
        if not isinstance(agreement, Agreement):
            return None
        for text in validity.lineage(self.data, agreement):
            found = [g for g in self.data.groups_by_agreement.get(text.id, []) if not g.template
                     and g.kind == kind and (level is None or g.level == level)]
            if found:
                return min(found, key=lambda g: g.id)
        return None

    # --- members: who they are, which party, which titles ---

    def organisation_of(self, entity_id: str | None) -> Organisation | None:
        """Like DataSet.organisation_of, with an index for people (through the roles they hold); asked for every
        member by several rules, so remembered per id."""
        found = self._org_of.get(entity_id, _NOTHING)
        if found is _NOTHING:
            found = self._org_of[entity_id] = self._organisation_of(entity_id)
        return found  # type: ignore[return-value]

    def _organisation_of(self, entity_id: str | None) -> Organisation | None:
        entity = self.data.get(entity_id)
        if isinstance(entity, Person):
            roles = self._roles_by_holder.get(entity.id, [])
            return self.organisation_of(roles[0].id) if roles else None
        return self.data.organisation_of(entity_id)

    def party_of(self, entity_id: str | None) -> str | None:
        org = self.organisation_of(entity_id)
        return org.party if org else None

    def organisations_of_member(self, membership: Membership) -> list[Organisation]:
        """The organisations a member stands for (its own, and the one it sits on behalf of); asked for every
        membership by several rules, so computed once per member and organisation it sits for (a function sits in
        several groups)."""
        key = (membership.member, membership.on_behalf_of)
        found = self._member_orgs.get(key)
        if found is None:
            found = self._member_orgs[key] = self._organisations_of_member(membership)
        return found

    def parties_of_kind(self, group_id: str, kind: str) -> list[str]:
        """The parties of a group's agreement that are organisations of a kind."""
        return self._parties_of_kind_in(self.data.agreement_of(group_id), kind)

    def _parties_of_kind_in(self, agreement_id: str | None, kind: str) -> list[str]:
        # asked for every member and demand, so computed once per agreement and kind
        key = (agreement_id, kind)
        found = self._parties_of_kind.get(key)
        if found is None:
            agreement = self.data.get(agreement_id)
            found = self._parties_of_kind[key] = [
                p for p in getattr(agreement, "parties", []) if getattr(self.data.get(p), "kind", None) == kind]
        return found

    def member_facts(self, membership: Membership) -> MemberFacts:
        """What matching a member to a profile's spec reads of it: its titles, its party and, for each
        organisation it stands for, (id, kind, whether it counts for the group's agreement: an organisation of a
        kind that is a party of the agreement counts only if it is that party; Norrmalm's stadsdelsdirektör does
        not sit for Södermalm). Equal facts are one object in every run: a match is remembered by it."""
        found = self._member_facts.get(membership.id)
        if found is None:
            # all the facts read: a function sits in several groups of its agreement
            key = (membership.member, membership.on_behalf_of, self.data.agreement_of(membership.group))
            found = self._facts_by_seat.get(key)
            if found is None:
                found = self._facts_by_seat[key] = self._seat_facts(membership, key)
            self._member_facts[membership.id] = found
        return found

    def _seat_facts(self, membership: Membership, seat: tuple) -> MemberFacts:
        """A seat's facts, given back from `units` when the change since touched none of the ids they were read from
        (`impact --rank` asks them again for every group it recomputes)."""
        units = self.units
        seats = units.seats if units is not None else None
        if seats is None:
            return self._member_facts_of(membership, seat[2])
        kept = seats.get(seat)
        if kept is not None and kept[1].isdisjoint(units.touched):
            return kept[0]
        facts = self._member_facts_of(membership, seat[2])
        if units.changed is None:
            seats[seat] = (facts, self._seat_read(membership, seat[2]))
        return facts

    def _seat_read(self, membership: Membership, agreement_id: str | None) -> frozenset[str]:
        """The ids `_member_facts_of` reads: the member, whom it sits for, the roles a person holds, the
        organisations it stands for, the agreement and its parties."""
        agreement = self.data.get(agreement_id)
        return frozenset((membership.member, membership.on_behalf_of, agreement_id, *getattr(agreement, "parties", ()),
                          *(r.id for r in self.roles_held(membership.member)),
                          *(o.id for o in self.organisations_of_member(membership)))) - {None}

    @cached_property
    def spec_organisations(self) -> frozenset[str]:
        """The organisations the profile's member specs name: the only ones matching a member reads by id."""
        return self.profile.organisations_named

    def matching_facts(self, membership: Membership) -> MemberFacts:
        """`member_facts` as the profile's member specs read them: an organisation none of them names is None,
        so the members of every district with the same titles, party and kinds of organisation share one object
        (a match is remembered by it)."""
        found = self._matching_facts.get(membership.id)
        if found is None:
            facts = self.member_facts(membership)
            # by the id of interned facts, alive for the process: per run, since the names depend on the profile
            found = self._matching_of.get(id(facts))
            if found is None:
                named = self.spec_organisations
                titles, party, orgs = facts
                found = self._matching_of[id(facts)] = intern_facts((titles, party, tuple(
                    (org if org in named else None, kind, counts) for org, kind, counts in orgs)))
            self._matching_facts[membership.id] = found
        return found

    def _member_facts_of(self, membership: Membership, agreement_id: str | None) -> MemberFacts:
        orgs = []
        for org in self.organisations_of_member(membership):
            same_kind = self._parties_of_kind_in(agreement_id, org.kind)
            orgs.append((org.id, org.kind, not same_kind or org.id in same_kind))
        return intern_facts((tuple(self.titles_of(membership.member)), self.party_of_membership(membership),
                             tuple(orgs)))

    def _organisations_of_member(self, membership: Membership) -> list[Organisation]:
        orgs = []
        org = self.organisation_of(membership.member)
        if org is not None:
            orgs.append(org)
        behalf = self.data.get(membership.on_behalf_of)
        if isinstance(behalf, Organisation) and behalf not in orgs:
            orgs.append(behalf)
        return orgs

    @cached_property
    def _roles_by_holder(self) -> dict[str, list[Role]]:
        index: dict[str, list[Role]] = defaultdict(list)
        for r in self.data.roles:
            if r.holder:
                index[r.holder].append(r)
        return index

    def roles_held(self, person_id: str) -> list[Role]:
        """The roles a person holds."""
        return self._roles_by_holder.get(person_id, [])

    def titles_of(self, member_id: str) -> list[str]:
        entity = self.data.get(member_id)
        if isinstance(entity, Role):
            return [entity.title]
        if isinstance(entity, Person):
            return [r.title for r in self._roles_by_holder.get(entity.id, [])]
        return []

    def party_of_membership(self, membership: Membership) -> str | None:
        key = (membership.member, membership.on_behalf_of)  # as `organisations_of_member`
        party = self._member_party.get(key, _NOTHING)
        if party is _NOTHING:
            behalf = self.data.get(membership.on_behalf_of)
            party = behalf.party if isinstance(behalf, Organisation) else self.party_of(membership.member)
            self._member_party[key] = party
        return party  # type: ignore[return-value]
