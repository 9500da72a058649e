"""The part of a data set one removal can change the findings of: its scope.

Removing an entity (with cascade) removes what needs it and detaches what refers to it; those entities
belong to a few agreements. The scope is everything the rules read about them: the content of those
agreements and of the texts they revise, replace or answer to, and then whatever all of that refers to
(organisations, roles, people, groups of other agreements), with the few references the rules follow
backwards (who holds a role, which organisations cover or succeed one, which agreements a party signs).
`impact --rank` checks a candidate's scope before and after the removal instead of the whole data set; a
test keeps its ranking equal to checking the whole data set for every candidate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from samverkan.model.changes import cascade, detached_and_cleared, reference_index
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement, Organisation, Person, Role
from samverkan.model.references import REQUIRED, referenced
from samverkan.rules.reads import Reads

Stale = Callable[[str, Reads | None], bool]
"""`Units.stale`: whether what a unit gave elsewhere may not hold here."""

BACKWARD = {(Organisation, "covers"), (Organisation, "successors"), (Agreement, "parties")}
"""References the rules also read from their target's side: (source type, field)."""


@dataclass(frozen=True)
class Removal:
    """A scope after a removal, and what the removal changed there."""

    data: DataSet
    types: frozenset[type]
    """The types of the entities removed."""
    cleared: frozenset[tuple[type, str]]
    """(type, field): references cleared in the entities left."""
    removed: frozenset[str]
    detached: dict[str, frozenset[tuple[type, str]]]
    """Id → the (type, field) references the removal cleared in it."""


class Scopes:
    """The scopes of removals from one data set, its indexes built once."""

    def __init__(self, data: DataSet):
        self.data = data
        self.incoming = reference_index(data.entities())
        self.position = {e.id: (s, i) for s, (_, items) in enumerate(data.sections()) for i, e in enumerate(items)}
        self.agreement_of = {entity.id: data.agreement_of(entity.id) for entity in data.entities()}
        """Id → the agreement it belongs to (`DataSet.agreement_of`), asked for all a removal touches."""
        self.content: dict[str | None, list[str]] = defaultdict(list)
        for entity_id, agreement in self.agreement_of.items():
            self.content[agreement].append(entity_id)
        self.roles_by_holder: dict[str, list[str]] = defaultdict(list)
        for role in data.roles:
            if role.holder:
                self.roles_by_holder[role.holder].append(role.id)
        self.central = [a.id for a in data.central_agreements]
        self._removals: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._texts_closed: dict[frozenset[str], frozenset[str]] = {}
        self._next: dict[str, list[str]] = {}  # id → `_followed`, as the scopes ask
        self._units: dict[Reads | None, dict[str, frozenset[str]]] = defaultdict(dict)
        """reads → id → its unit (`unit`), as asked (several million times in a ranking: no tuple keys)."""
        self._steps: dict[Reads | None, dict[str, tuple[bool, tuple[str, ...]]]] = defaultdict(dict)
        """reads → id → `_step`, as the units ask."""
        self._containing: dict[Reads | None, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        """reads → id → the entities whose unit (`unit`, computed so far) holds it."""
        self.backward: dict[str, list[str]] = defaultdict(list)
        for target, refs in self.incoming.items():
            self.backward[target] = [e.id for e, name, _h in refs if (type(e), name) in BACKWARD]

    def removal(self, entity_id: str) -> tuple[frozenset[str], frozenset[str]]:
        """What a cascading removal of `entity_id` removes, and the entities left that refer to one of those
        (asked by `ids` and `without`: computed once)."""
        found = self._removals.get(entity_id)
        if found is None:
            removed = cascade(self.incoming, entity_id)
            referrers = {e.id for target in removed for e, _f, _h in self.incoming.get(target, [])} - removed
            found = self._removals[entity_id] = (frozenset(removed), frozenset(referrers))
        return found

    def touched(self, entity_id: str) -> frozenset[str]:
        """The entity, what a cascading removal removes with it and what it detaches from it."""
        removed, referrers = self.removal(entity_id)
        return removed | referrers

    def without(self, part: DataSet, entity_id: str) -> Removal:
        """`part` (a scope of `entity_id`, holding all it touches) after the cascading removal of `entity_id`:
        what `apply` makes of it, without re-indexing or re-validating the rest (`part` holds each id once). Raises
        ValidationError when a detached entity becomes invalid."""
        removed, referrers = self.removal(entity_id)
        by_id = dict(part.by_id)
        new, detached = {}, {}
        for i in referrers:
            entity, fields = detached_and_cleared(by_id[i], removed)
            by_id[i] = new[i] = entity
            detached[i] = frozenset((type(entity), field) for field in fields)
        for i in removed:
            del by_id[i]
        changed_sections = {self.position[i][0] for i in removed | referrers}
        sections = {name: [new.get(e.id, e) for e in items if e.id not in removed] if s in changed_sections
                    else items  # the scope's own list, shared: nothing in rank changes it
                    for s, (name, items) in enumerate(part.sections())}
        types = frozenset(type(self.data.get(i)) for i in removed)
        changed = frozenset(field for fields in detached.values() for field in fields)
        return Removal(_indexed(DataSet.model_construct(name=part.name, **sections), by_id), types, changed,
                       removed, detached)

    def outside(self, ids: frozenset[str]) -> Stale:
        """Whether the unit of an id, for a rule that reads `reads`, is not whole in the scope `ids`
        (`Units.stale`: what a unit gives is shared by the scopes that hold it whole)."""
        memo: dict[Reads | None, dict[str, bool]] = defaultdict(dict)

        def stale(entity_id: str, reads: Reads | None) -> bool:
            known = memo[reads]
            found = known.get(entity_id)
            if found is None:
                found = known[entity_id] = not self.unit(entity_id, reads) <= ids
            return found

        return stale

    def changed(self, removal: Removal) -> Stale:
        """Whether `removal` changed the unit of an id for a rule that reads `reads` (`Units.changed`): it removed
        an entity of the unit or cleared a reference the rule follows in one. The units it reached are looked up
        from what it changed (`containing`, the units known so far: a unit is known once asked), not unit by
        unit."""
        hits: dict[Reads | None, list] = {}
        """reads → [its units known then (how many), the units reached, its units (`unit`), the ids changed]"""

        def stale(entity_id: str, reads: Reads | None) -> bool:
            found = hits.get(reads)
            if found is None or found[0] != len(found[2]):
                if found is None:
                    units = self._units[reads]
                    changed = set(removal.removed).union(i for i, fields in removal.detached.items()
                                                         if reads is None or not reads.follows.isdisjoint(fields))
                else:
                    units, changed = found[2], found[3]
                containing = self._containing[reads]
                found = hits[reads] = [len(units), set().union(*(containing.get(i, ()) for i in changed)), units,
                                       changed]
            if entity_id in found[1]:
                return True
            if entity_id in found[2]:
                return False
            reached = not self.unit(entity_id, reads).isdisjoint(found[3])  # a unit not asked before: known now
            if reached:
                found[1].add(entity_id)
            found[0] = len(found[2])
            return reached

        return stale

    def unit(self, entity_id: str, reads: Reads | None = None) -> frozenset[str]:
        """What a rule's part about one entity reads (`RunContext.per_unit`): the entity, the entities that refer
        to it (a group's memberships, responsibilities) and what all of these refer to, with the roles a person
        holds; only entities of the types the rule reads, following the references a removal can clear only when
        the rule follows them (`reads`; None: anything)."""
        found = self._units[reads].get(entity_id)
        if found is None:
            steps = self._steps[reads]
            found = set()
            queue = [entity_id, *(e.id for e, _f, _h in self.incoming.get(entity_id, []))]
            while queue:
                current = queue.pop()
                if current in found:
                    continue
                step = steps.get(current)
                if step is None:
                    step = steps[current] = self._step(current, reads)
                if step[0] or current == entity_id:
                    found.add(current)
                    queue += step[1]
            containing = self._containing[reads]
            for i in found:
                containing[i].append(entity_id)  # lists, not sets: one per id and reads, and each unit once
            found = self._units[reads][entity_id] = frozenset(found)
        return found

    def _step(self, entity_id: str, reads: Reads | None) -> tuple[bool, tuple[str, ...]]:
        """(whether a rule that reads `reads` reads the entity, what a unit takes in with it): what it refers to by
        the references the rule follows, and the roles a person holds."""
        entity = self.data.get(entity_id)
        follows = None if reads is None else reads.follows
        targets = [target for ref, target in referenced(entity)
                   if follows is None or ref.how == REQUIRED or (type(entity), ref.field) in follows]
        if follows is None or (Role, "holder") in follows:
            targets += self.roles_by_holder.get(entity_id, [])
        return reads is None or type(entity) in reads.types, tuple(targets)

    def _texts(self, agreements: set[str]) -> set[str]:
        """The agreements, every text they revise, replace or answer to and the texts replacing them, and the
        city-wide agreements."""
        found, queue = set(), [*agreements, *self.central]
        while queue:
            agreement = self.data.get(queue.pop())
            if not isinstance(agreement, Agreement) or agreement.id in found:
                continue
            found.add(agreement.id)
            queue += [i for i in (agreement.parent, agreement.revises, agreement.replaces) if i]
            queue += [a.id for a in self.data.newer_texts.get(agreement.id, [])]
        return found

    def ids(self, entity_id: str) -> frozenset[str]:
        """The ids in the scope of removing `entity_id`."""
        touched = self.touched(entity_id)
        agreements = frozenset({self.agreement_of[i] for i in touched} - {None})
        if agreements not in self._texts_closed:  # the candidates of one district share it
            self._texts_closed[agreements] = self._closed(
                [i for a in self._texts(agreements) for i in self.content[a]], frozenset())
        return self._closed(list(touched), self._texts_closed[agreements])

    def _closed(self, queue: list[str], found: frozenset[str]) -> frozenset[str]:
        """`found` with the ids in `queue` and whatever they refer to (and the references read backwards)."""
        more: set[str] = set()
        while queue:
            current = queue.pop()
            if current in found or current in more:
                continue
            more.add(current)
            after = self._next.get(current)
            if after is None:
                after = self._next[current] = self._followed(current)
            queue += after
        more = {i for i in more if i in self.position}
        return found | more if more else found  # the same object when nothing is added: its hash is kept

    def _followed(self, entity_id: str) -> list[str]:
        """What a scope takes in with an entity: what it refers to, and the references read backwards."""
        entity = self.data.get(entity_id)
        found = [target for _ref, target in referenced(entity)]
        if isinstance(entity, Person):
            found += self.roles_by_holder.get(entity_id, [])
        elif isinstance(entity, Organisation):
            found += self.backward.get(entity_id, [])
        return found

    def dataset(self, ids: frozenset[str]) -> DataSet:
        """The entities of `ids` as a data set, in the data set's order."""
        whole = self.data.sections()
        sections: dict[str, list] = {name: [] for name, _ in whole}
        by_id = {}
        for entity_id in sorted(ids, key=self.position.__getitem__):
            s, i = self.position[entity_id]
            name, items = whole[s]
            sections[name].append(items[i])
            by_id[entity_id] = items[i]
        return _indexed(DataSet.model_construct(name=self.data.name, **sections), by_id)


def _indexed(data: DataSet, by_id: dict) -> DataSet:
    """`data` with its index by id given rather than built again (`DataSet.by_id`; the order of a dict's keys
    does not matter to a lookup)."""
    data.__dict__["by_id"] = by_id
    return data
