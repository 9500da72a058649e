"""Change sets: operations on the model (add, remove, update, set_profile) and their inverse.

`apply(data, changeset)` returns a new data set (and the profile the change set asks for); the input is
never mutated. `inverse(data, changeset)` gives the change set that undoes it, so that applying both in
turn gives back an equal model. Problems are reported per operation (index and path inside it), so a
loader can point at the file and line of the change set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    DERIVED_IDS,
    ENTITY_TYPES,
    Entity,
    Meeting,
    Membership,
    ReportingLine,
    Responsibility,
)
from samverkan.model.references import ITEMS, LIST, OPTIONAL, REQUIRED, references_of, targets_in
from samverkan.model.validate import shown_id, suggest, validate

Section = Literal[tuple(ENTITY_TYPES)]  # type: ignore[valid-type]
Lines = Annotated[str, Field(pattern=r"^\d+(-\d+)?$", description="'70' or '70-84' in the cited document")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChangeSource(_Strict):
    """The document a change set comes from (a remiss response, a revision)."""

    document: str = Field(min_length=1)
    dnr: str | None = None
    date: dt.date | None = None


class _Op(_Strict):
    """What every operation may carry: where in the source it comes from, and a note."""

    lines: Lines | None = None
    quote: str | None = None
    document: str | None = Field(default=None, description="Another document than the change set's source.")
    note: str | None = None

    def cite(self, source: ChangeSource | None = None, lang: str = "sv") -> str:
        document = self.document or (source.document if source else "")
        lines = (("lines " if lang == "en" else "rad ") + self.lines) if self.lines else ""
        return ", ".join(p for p in (document, lines) if p)


class AddOp(_Op):
    op: Literal["add"] = "add"
    section: Section
    entity: dict[str, Any]
    before: str | None = Field(default=None, description="Insert before this entity of the section (else at the end).")


class RemoveOp(_Op):
    op: Literal["remove"] = "remove"
    id: str
    cascade: bool = Field(default=False, description="Also remove or detach what refers to the entity.")


class UpdateOp(_Op):
    op: Literal["update"] = "update"
    id: str
    fields: dict[str, Any] = Field(min_length=1, description="New values; null resets a field to its default.")


class SetProfileOp(_Op):
    op: Literal["set_profile"] = "set_profile"
    name: str = Field(min_length=1)


Operation = Annotated[AddOp | RemoveOp | UpdateOp | SetProfileOp, Field(discriminator="op")]
OP_TYPES: dict[str, type[_Op]] = {"add": AddOp, "remove": RemoveOp, "update": UpdateOp, "set_profile": SetProfileOp}


class ChangeSet(_Strict):
    """A titled list of operations with the source it comes from.

    `base_profile` and `as_of` say how the change set is meant to be read (the profile of the model it
    changes, the date to check at); a command line option overrides them. `base_without` names entities
    that did not exist yet when the change was proposed (see `base_of`).
    """

    title: str = Field(min_length=1)
    source: ChangeSource
    description: str | None = None
    base_profile: str | None = None
    as_of: dt.date | None = None
    base_without: list[str] = Field(default=[], description=(
        "Ids removed (with cascade) before the operations: the change set is written against the data set "
        "as it stood before these existed."))
    operations: list[Operation] = []

    @property
    def profile(self) -> str | None:
        """The profile the change set sets (the last set_profile), or None."""
        names = [op.name for op in self.operations if isinstance(op, SetProfileOp)]
        return names[-1] if names else None


# --- problems ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeProblem:
    """A problem with one operation: its index, the path inside it, what is wrong and what to do.

    `error` and `entity_type` are set when pydantic rejected an entity (the loader turns those into one
    located problem per error); `path` then leads to the mapping the entity's fields sit in.
    """

    operation: int | None
    path: tuple[str | int, ...]
    message: Msg
    suggestion: Msg | None = None
    error: ValidationError | None = None
    entity_type: type[Entity] | None = None


class ChangeError(Exception):
    def __init__(self, problems: list[ChangeProblem]):
        self.problems = problems
        super().__init__("\n".join(
            f"operation {p.operation}: {p.message.en}" + (f" ({p.suggestion.en})" if p.suggestion else "")
            for p in problems
        ))


# --- references between entities -----------------------------------------------------------------

DERIVED_FROM: dict[type, set[str]] = {
    Membership: {"group", "member"},
    Responsibility: {"subject", "kind", "holder"},
    ReportingLine: {"from", "from_", "to"},
    Meeting: {"group", "date"},
}


def reference_index(entities) -> dict[str, list[tuple[Entity, str, str]]]:
    """Target id → (entity, field, how) for every reference to it, in one pass."""
    index: dict[str, list[tuple[Entity, str, str]]] = {}
    for entity in entities:
        for ref in references_of(type(entity)):
            for target in dict.fromkeys(targets_in(entity, ref)):
                index.setdefault(target, []).append((entity, ref.field, ref.how))
    return index


def references(data_or_entities, targets: set[str]) -> list[tuple[Entity, str, str]]:
    """(entity, field, how) for every reference from an entity to one of `targets`."""
    entities = data_or_entities.entities() if isinstance(data_or_entities, DataSet) else data_or_entities
    index = reference_index(entities)
    found = {(id(e), f): (e, f, h) for target in targets for e, f, h in index.get(target, [])}
    return list(found.values())


def cascade(index: dict[str, list[tuple[Entity, str, str]]], entity_id: str) -> set[str]:
    """What a cascading removal of `entity_id` removes: it and whatever requires a removed entity, transitively
    (`index` from `reference_index`)."""
    removed, queue = {entity_id}, [entity_id]
    while queue:
        for entity, _field, how in index.get(queue.pop(), []):
            if how == REQUIRED and entity.id not in removed:
                removed.add(entity.id)
                queue.append(entity.id)
    return removed


def detach(entity: Entity, removed: set[str]) -> Entity:
    """`entity` as a cascading removal of `removed` leaves it: its references to them dropped. Raises
    ValidationError when that makes it invalid (an agreement without parties)."""
    return _rebuild(entity, _detach(entity, removed))


def cleared(entity: Entity, removed: set[str]) -> set[str]:
    """The fields of `entity` that a cascading removal of `removed` clears (or shortens)."""
    return set(_dropped(entity, removed))


def detached_and_cleared(entity: Entity, removed: set[str]) -> tuple[Entity, set[str]]:
    """`detach` and `cleared` of `entity` at once, the rest of it shared rather than validated again (dropping
    references changes nothing else; an optional reference's default is None). Raises ValidationError, as `detach`
    does, when a list that may not be empty is emptied."""
    dropped = _dropped(entity, removed)
    if any(how != OPTIONAL and not value and _not_empty(type(entity), name) for name, (how, value) in dropped.items()):
        return detach(entity, removed), set(dropped)  # raises
    return entity.model_copy(update={name: value for name, (_how, value) in dropped.items()}), set(dropped)


@cache
def _not_empty(cls: type, field_name: str) -> bool:
    """Whether a list field of `cls` may not be empty (an agreement's parties)."""
    return any(getattr(m, "min_length", 0) for m in cls.model_fields[field_name].metadata)


def _alias(field_name: str) -> str:
    return "from" if field_name == "from_" else field_name


def _dropped(entity: Entity, removed: set[str]) -> dict[str, tuple[str, Any]]:
    """Field → (how it refers, its new value) for the fields of `entity` that refer to removed entities (which are
    not required)."""
    values: dict[str, tuple[str, Any]] = {}
    for _cls, field_name, how, item_key, _ in references_of(type(entity)):
        if how == REQUIRED:
            continue
        value = getattr(entity, field_name)
        if how == OPTIONAL and value in removed:
            values[field_name] = (how, None)
        elif how == LIST and set(value) & removed:
            values[field_name] = (how, [v for v in value if v not in removed])
        elif how == ITEMS and any(getattr(i, item_key) in removed for i in value):
            values[field_name] = (how, [i for i in value if getattr(i, item_key) not in removed])
    return values


def _detach(entity: Entity, removed: set[str]) -> dict[str, Any]:
    """The new values of the fields of `entity` that refer to removed entities (which are not required), as
    JSON by alias."""
    return {_alias(name): [i.model_dump(mode="json", exclude_defaults=True) for i in value] if how == ITEMS else value
            for name, (how, value) in _dropped(entity, removed).items()}


# --- applying ------------------------------------------------------------------------------------


def entity_json(entity: Entity) -> dict[str, Any]:
    """An entity as plain JSON-able data without defaults (what an `add` operation holds)."""
    plain = entity.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if type(entity) in DERIVED_IDS and plain.get("id") == type(entity).derived_id(plain):
        del plain["id"]
    return plain


def field_values(entity: Entity, names) -> dict[str, Any]:
    """The JSON values of some fields of an entity (by alias), None for a field at its default None."""
    dumped = entity.model_dump(mode="json", by_alias=True)
    return {name: dumped.get(name) for name in names}


def changed_fields(old: Entity, new: Entity) -> list[str]:
    """The fields (by alias, in model order) whose values differ between two versions of an entity."""
    a = old.model_dump(mode="json", by_alias=True)
    b = new.model_dump(mode="json", by_alias=True)
    return [k for k in a if a[k] != b.get(k)]


def _followers(items: list, removed: set[str]) -> list[str | None]:
    """For each item, the id of the first item after it that stays (None: none), in one pass from the end
    (a slice per removed item made removing 16,000 roles quadratic)."""
    out: list[str | None] = [None] * len(items)
    after = None
    for i in range(len(items) - 1, -1, -1):
        out[i] = after
        if items[i].id not in removed:
            after = items[i].id
    return out


@dataclass
class _Effects:
    """What one operation did, enough to undo it."""

    added: list[str] = field(default_factory=list)
    removed: list[tuple[str, Entity, str | None]] = field(default_factory=list)  # section, entity, next survivor
    updated: list[tuple[Entity, Entity]] = field(default_factory=list)  # old, new


class _Work:
    """The sections of the model being changed: fresh lists, entities replaced, never mutated."""

    def __init__(self, data: DataSet):
        self.name = data.name
        self.sections: dict[str, list[Entity]] = {s: list(items) for s, items in data.sections()}

    def entities(self):
        for items in self.sections.values():
            yield from items

    def find(self, entity_id: str) -> tuple[str, int] | None:
        for section, items in self.sections.items():
            for i, entity in enumerate(items):
                if entity.id == entity_id:
                    return section, i
        return None

    def get(self, entity_id: str) -> Entity | None:
        where = self.find(entity_id)
        return self.sections[where[0]][where[1]] if where else None

    def ids(self) -> list[str]:
        return [e.id for e in self.entities()]

    def replace(self, old: Entity, new: Entity) -> None:
        items = self.sections[_section_of(old)]
        items[next(i for i, e in enumerate(items) if e is old)] = new

    def dataset(self) -> DataSet:
        return DataSet(name=self.name, **self.sections)


def _section_of(entity: Entity) -> str:
    return next(s for s, cls in ENTITY_TYPES.items() if type(entity) is cls)


def _rebuild(entity: Entity, values: dict[str, Any]) -> Entity:
    """A new version of `entity` with some fields set; None resets a field to its default."""
    merged = entity.model_dump(by_alias=True)
    for key, value in values.items():
        key = "from" if key == "from_" else key
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return type(entity).model_validate(merged)


def _unknown(entity_id: str, work: _Work, what: Msg) -> tuple[Msg, Msg]:
    people = {p.id for p in work.sections.get("people", [])}
    close = suggest(entity_id, [i for i in work.ids() if i not in people])  # never suggest who is in the data
    shown = shown_id(entity_id)
    message = Msg(f"okänt id '{shown}' ({what.sv})", f"unknown id '{shown}' ({what.en})")
    hint = (Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close
            else Msg("ange id:t på en entitet i datamängden", "give the id of an entity in the data set"))
    return message, hint


class _Runner:
    def __init__(self, data: DataSet):
        self.work = _Work(data)
        self.problems: list[ChangeProblem] = []
        self.failed: set[str] = set()
        self.touched: dict[str, tuple[int, tuple[str, ...]]] = {}  # entity id → (operation, path to its fields)
        self.effects: list[_Effects] = []
        self.profile: str | None = None
        self.data: DataSet | None = None

    def problem(self, index: int, path: tuple, message: Msg, suggestion: Msg | None = None, **extra) -> None:
        self.problems.append(ChangeProblem(index, path, message, suggestion, **extra))

    def run(self, changeset: ChangeSet) -> None:
        for index, op in enumerate(changeset.operations):
            effects = _Effects()
            if isinstance(op, AddOp):
                self.add(index, op, effects)
            elif isinstance(op, RemoveOp):
                self.remove(index, op, effects)
            elif isinstance(op, UpdateOp):
                self.update(index, op, effects)
            elif isinstance(op, SetProfileOp):
                self.profile = op.name
            self.effects.append(effects)

    def add(self, index: int, op: AddOp, effects: _Effects) -> None:
        cls = ENTITY_TYPES[op.section]
        try:
            entity = cls.model_validate(op.entity)
        except ValidationError as exc:
            if isinstance(op.entity.get("id"), str):
                self.failed.add(op.entity["id"])
            self.problem(index, ("entity",), Msg(f"ogiltig {cls.__name__}", f"invalid {cls.__name__}"),
                         error=exc, entity_type=cls)
            return
        if self.work.get(entity.id) is not None:
            self.problem(index, ("entity", "id") if "id" in op.entity else ("entity",),
                         Msg(f"id '{entity.id}' finns redan", f"id '{entity.id}' is already used"),
                         Msg("använd update för att ändra den, eller ge ett nytt id",
                             "use update to change it, or give a new id"))
            return
        items = self.work.sections[op.section]
        position = len(items)
        if op.before is not None:
            position = next((i for i, e in enumerate(items) if e.id == op.before), -1)
            if position < 0:
                close = suggest(op.before, [e.id for e in items])
                self.problem(index, ("before",),
                             Msg(f"'{op.before}' finns inte i avsnittet {op.section}",
                                 f"'{op.before}' is not in section {op.section}"),
                             Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                             Msg("ta bort 'before' för att lägga till sist", "drop 'before' to add at the end"))
                return
        items.insert(position, entity)
        effects.added.append(entity.id)
        self.touched[entity.id] = (index, ("entity",))

    def remove(self, index: int, op: RemoveOp, effects: _Effects) -> None:
        target = self.work.get(op.id)
        if target is None:
            if op.id not in self.failed:
                message, hint = _unknown(op.id, self.work, Msg("att ta bort", "to remove"))
                self.problem(index, ("id",), message, hint)
            return
        refs = reference_index(self.work.entities())
        removed = cascade(refs, op.id)
        detached = {e.id: e for target in sorted(removed) for e, _f, _h in refs.get(target, [])
                    if e.id not in removed}
        detached = [e for e in self.work.entities() if e.id in detached]
        if not op.cascade and (len(removed) > 1 or detached):
            others = sorted((removed - {op.id}) | {e.id for e in detached})
            shown = ", ".join(others[:5]) + (f" (+{len(others) - 5})" if len(others) > 5 else "")
            self.problem(index, ("id",),
                         Msg(f"'{op.id}' används av andra entiteter: {shown}",
                             f"'{op.id}' is referred to by other entities: {shown}"),
                         Msg("lägg till 'cascade: true' för att ta bort eller koppla loss dem också, "
                             "eller ändra dem först",
                             "add 'cascade: true' to remove or detach them too, or change them first"))
            return
        updates = []
        for entity in detached:
            try:
                updates.append((entity, detach(entity, removed)))
            except ValidationError as exc:
                reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                self.problem(index, ("id",),
                             Msg(f"att ta bort '{op.id}' gör '{entity.id}' ogiltig ({reason})",
                                 f"removing '{op.id}' makes '{entity.id}' invalid ({reason})"),
                             Msg(f"ändra eller ta bort '{entity.id}' först", f"change or remove '{entity.id}' first"))
                return
        for section, items in self.work.sections.items():
            survivors = [e for e in items if e.id not in removed]
            if len(survivors) == len(items):
                continue
            for entity, follower in zip(items, _followers(items, removed), strict=True):
                if entity.id in removed:
                    effects.removed.append((section, entity, follower))
                    self.touched.pop(entity.id, None)
            self.work.sections[section] = survivors
        for old, new in updates:
            self.work.replace(old, new)
            effects.updated.append((old, new))
            self.touched.setdefault(new.id, (index, ("id",)))

    def update(self, index: int, op: UpdateOp, effects: _Effects) -> None:
        entity = self.work.get(op.id)
        if entity is None:
            if op.id not in self.failed:
                message, hint = _unknown(op.id, self.work, Msg("att ändra", "to update"))
                self.problem(index, ("id",), message, hint)
            return
        cls = type(entity)
        if "id" in op.fields:
            self.problem(index, ("fields", "id"), Msg("id kan inte ändras", "the id cannot be changed"),
                         Msg("ta bort entiteten och lägg till en ny (remove + add)",
                             "remove the entity and add a new one (remove + add)"))
            return
        derived = sorted(set(op.fields) & DERIVED_FROM.get(cls, set()))
        if derived:
            self.problem(index, ("fields", derived[0]),
                         Msg(f"'{derived[0]}' ingår i id:t för en {cls.__name__}",
                             f"'{derived[0]}' is part of the id of a {cls.__name__}"),
                         Msg("ta bort den och lägg till en ny (remove + add)",
                             "remove it and add a new one (remove + add)"))
            return
        try:
            new = _rebuild(entity, op.fields)
        except ValidationError as exc:
            self.problem(index, ("fields",), Msg(f"ogiltig {cls.__name__}", f"invalid {cls.__name__}"),
                         error=exc, entity_type=cls)
            return
        self.work.replace(entity, new)
        effects.updated.append((entity, new))
        self.touched[new.id] = (index, ("fields",))

    def result(self) -> DataSet:
        data = self.work.dataset()
        for problem in validate(data, unresolved_ok=self.failed):
            entity_id = problem.entity.id if problem.entity else None
            index, path = self.touched.get(entity_id, (None, ()))
            if path in (("fields",), ("entity",)) and problem.field:
                path = (*path, problem.field)  # the loader falls back to the mapping when the field is not in it
            where = Msg(f"{entity_id}: ", f"{entity_id}: ") if index is None and entity_id else Msg("", "")
            self.problems.append(ChangeProblem(
                index, path, Msg(where.sv + problem.message.sv, where.en + problem.message.en), problem.suggestion))
        return data


def _run(data: DataSet, changeset: ChangeSet) -> _Runner:
    runner = _Runner(data)
    runner.run(changeset)
    runner.data = runner.result()
    if runner.problems:
        raise ChangeError(runner.problems)
    return runner


def apply(data: DataSet, changeset: ChangeSet) -> tuple[DataSet, str | None]:
    """The model after the change set, and the profile it sets (or None). Raises ChangeError.

    The input data set and its entities are never changed; unchanged entities are shared with it.
    """
    runner = _run(data, changeset)
    return runner.data, runner.profile


def inverse(data: DataSet, changeset: ChangeSet, profile: str | None = None) -> ChangeSet:
    """The change set that undoes `changeset` applied to `data`. Raises ChangeError like apply.

    A set_profile is undone with `profile` (the profile the model was read with) when given.
    """
    runner = _run(data, changeset)
    ops: list[AddOp | RemoveOp | UpdateOp | SetProfileOp] = []
    for effects in reversed(runner.effects):
        for entity_id in reversed(effects.added):
            ops.append(RemoveOp(id=entity_id))
        for section, entity, follower in effects.removed:
            ops.append(AddOp(section=section, entity=entity_json(entity), before=follower))
        for old, new in effects.updated:
            names = changed_fields(old, new)
            if names:
                ops.append(UpdateOp(id=old.id, fields=field_values(old, names)))
    if runner.profile is not None and profile is not None:
        ops.append(SetProfileOp(name=profile))
    return ChangeSet(title=f"Ångra: {changeset.title}", source=changeset.source, base_profile=runner.profile,
                     as_of=changeset.as_of, operations=ops)


def base_of(data: DataSet, changeset: ChangeSet) -> DataSet:
    """The model a change set is written against: `data` without its `base_without` entities (cascaded).

    Raises ChangeError whose operation indexes are positions in `base_without`.
    """
    if not changeset.base_without:
        return data
    prelude = ChangeSet(title=changeset.title, source=changeset.source,
                        operations=[RemoveOp(id=i, cascade=True) for i in changeset.base_without])
    return apply(data, prelude)[0]
