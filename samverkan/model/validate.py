"""Validation across the whole data set: unique ids, references that resolve, dates, parents.

Field-level validation (types, unknown fields, positive frequencies) is pydantic's; this module
checks what only the whole data set can tell. Each problem names the entity and field it is about,
so a loader can point at the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import chain, repeat
from operator import attrgetter

from samverkan.io.i18n import Msg
from samverkan.io.suggest import suggest as closest
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    Agreement,
    Entity,
    Organisation,
    Person,
    Promise,
)
from samverkan.model.references import ITEMS, LIST, OPTIONAL, REQUIRED, references_of, targets_in
from samverkan.model.validity import before

ALLOWED_PARENT_KINDS: dict[str, set[str]] = {
    "city": set(),
    "police_region": set(),
    "police_area": {"police_region"},
    "local_police_area": {"police_area", "police_region"},
    "district_administration": {"city"},
    "specialist_administration": {"city"},
    "city_office": {"city", "political_body"},
    "company": {"city", "company"},
    "political_body": {"city", "political_body"},
    "external": {"external"},
}


@dataclass(frozen=True)
class Problem:
    """One validation problem, tied to an entity (or None for the data set) and one of its fields."""

    entity: Entity | None
    field: str | None
    message: Msg
    suggestion: Msg | None = None


def suggest(wrong: str, candidates: list[str]) -> str | None:
    """The closest candidate id, if it is close enough to be a likely typo; never a person's id (`person/…`,
    which spells a name: a message must not reveal who is in the data set)."""
    return closest(wrong, [c for c in candidates if not is_person_id(c)])


def is_person_id(entity_id: str) -> bool:
    return entity_id.startswith("person/")


def shown_id(entity_id: str) -> str:
    """An id as a message shows it: a person's id (it spells a name) only as `person/…`."""
    return "person/…" if is_person_id(entity_id) else entity_id


_ONE = (REQUIRED, OPTIONAL)
_DATED = frozenset({Organisation, Agreement, Promise})
"""The entity types with dates (and, an organisation, a parent) to check besides their references."""


class _Checker:
    def __init__(self, data: DataSet, unresolved_ok: set[str], references: bool = True):
        self.data = data
        self.unresolved_ok = unresolved_ok
        self.references = references
        self.problems: list[Problem] = []

    @cached_property
    def ids_by_type(self) -> dict[type, list[str]]:
        """Every id by entity type: the candidates of a "did you mean" (asked only when a reference fails)."""
        index: dict[type, list[str]] = {}
        for entity in self.data.entities():
            index.setdefault(type(entity), []).append(entity.id)
        return index

    def ref(self, entity: Entity, field: str, value: str | None, *types: type) -> None:
        if value is None or not self.references:
            return
        target = self.data.get(value)
        if (target is not None and isinstance(target, types)) or (target is None and value in self.unresolved_ok):
            return
        wanted = " / ".join(t.__name__ for t in types)
        candidates = [i for t in types if t is not Person for i in self.ids_by_type.get(t, [])]
        close = suggest(value, candidates)
        value = shown_id(value)
        if target is not None:
            message = Msg(
                f"'{value}' i fältet {field} är en {type(target).__name__}, väntade {wanted}",
                f"'{value}' in field {field} is a {type(target).__name__}, expected {wanted}",
            )
        else:
            message = Msg(
                f"okänt id '{value}' i fältet {field} (väntade {wanted})",
                f"unknown id '{value}' in field {field} (expected {wanted})",
            )
        hint = (
            Msg(f"menade du '{close}'?", f"did you mean '{close}'?")
            if close
            else Msg(f"lägg till {wanted} '{value}' eller rätta id:t", f"add {wanted} '{value}' or fix the id")
        )
        self.problems.append(Problem(entity, field, message, hint))

    def run(self) -> list[Problem]:
        self.unique_ids()
        by_id = self.data.by_id
        references = self.references and not self.all_resolve()
        for _, items in self.data.sections():
            if not references and _DATED.isdisjoint(map(type, items)):
                continue
            for entity in items:
                kind = type(entity)
                if references:
                    for ref in references_of(kind):
                        if ref.how in _ONE:  # the common case inline (one dict lookup); `ref` builds the problem
                            target = getattr(entity, ref.field)
                            if target and not isinstance(by_id.get(target), ref.targets):
                                self.ref(entity, ref.label, target, *ref.targets)
                            continue
                        for target in targets_in(entity, ref):
                            if not isinstance(by_id.get(target), ref.targets):
                                self.ref(entity, ref.label, target, *ref.targets)
                if kind in _DATED:
                    self.dated(entity)
        return self.problems

    def all_resolve(self) -> bool:
        """Whether every reference resolves to an entity of a type it may name, tested a field of a section at a
        time at C speed (no Python frame per entity); only when one does not is every entity walked, to report
        each in the data's order."""
        get = self.data.by_id.get
        for _, items in self.data.sections():
            kinds = set(map(type, items))
            for kind in kinds:
                of_kind = items if len(kinds) == 1 else [e for e in items if type(e) is kind]
                for ref in references_of(kind):
                    values = map(attrgetter(ref.field), of_kind)
                    if ref.how == LIST:
                        values = chain.from_iterable(values)  # every item, an empty one too, must resolve
                    else:
                        if ref.how == ITEMS:
                            values = map(attrgetter(ref.item_key), chain.from_iterable(values))
                        values = filter(None, values)  # an empty field or item names nothing
                    if not all(map(isinstance, map(get, values), repeat(ref.targets))):
                        return False
        return True

    def dated(self, entity: Entity) -> None:
        if isinstance(entity, (Organisation, Agreement)):
            self.dates(entity, entity.valid_from, entity.valid_to)
        if isinstance(entity, Promise):
            self.dates(entity, entity.period_from, entity.period_to, "period")
        if isinstance(entity, Organisation):
            self.parent_kind(entity)

    def unique_ids(self) -> None:
        if len(self.data.by_id) == sum(len(items) for _, items in self.data.sections()):
            return  # every id once: nothing to report
        seen: dict[str, Entity] = {}
        for entity in self.data.entities():
            first = seen.setdefault(entity.id, entity)
            if first is not entity:
                self.problems.append(
                    Problem(
                        entity,
                        "id",
                        Msg(f"id '{entity.id}' finns redan", f"id '{entity.id}' is already used"),
                        Msg("ge varje entitet ett eget id", "give every entity an id of its own"),
                    )
                )

    def dates(self, entity: Entity, start, end, prefix: str = "valid") -> None:
        """An end before its start: 'valid_to' before 'valid_from' (or 'period_to' before 'period_from')."""
        if before(end, start):
            first, last = ("valid_from", "valid_to") if prefix == "valid" else (f"{prefix}_from", f"{prefix}_to")
            self.problems.append(
                Problem(
                    entity,
                    last,
                    Msg(f"{last} {end} ligger före {first} {start}",
                        f"{last} {end} is before {first} {start}"),
                    Msg("byt plats på datumen eller rätta dem", "swap or correct the dates"),
                )
            )

    def parent_kind(self, org: Organisation) -> None:
        parent = self.data.get(org.parent)
        if not isinstance(parent, Organisation):
            return
        allowed = ALLOWED_PARENT_KINDS[org.kind]
        if parent.kind not in allowed:
            options = ", ".join(sorted(allowed)) or "ingen / none"
            self.problems.append(
                Problem(
                    org,
                    "parent",
                    Msg(
                        f"en {org.kind} kan inte ligga under en {parent.kind} ('{parent.id}')",
                        f"a {org.kind} cannot sit under a {parent.kind} ('{parent.id}')",
                    ),
                    Msg(f"välj en överordnad av slaget: {options}", f"choose a parent of kind: {options}"),
                )
            )


def validate(data: DataSet, unresolved_ok: set[str] | frozenset[str] = frozenset(), *,
             references: bool = True) -> list[Problem]:
    """All problems of the data set as a whole; an empty list means it holds together.

    `unresolved_ok` holds ids of entities a loader already reported as invalid, so that references
    to them do not repeat the same problem; `references=False` checks no references at all (a loader
    that could not read a whole file).
    """
    return _Checker(data, set(unresolved_ok), references).run()
