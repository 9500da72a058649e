"""The structural difference between two models: entities added, removed and changed, per agreement.

Like a Terraform plan: `+` add, `-` remove, `~` change in place, with only the changed fields shown and
a summary of how many of each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Entity

Action = Literal["add", "update", "remove"]
MARKER = {"add": "+", "update": "~", "remove": "-"}
REGISTER = ""
"""The group key of entities outside any agreement (organisations, roles, people)."""


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: Any
    after: Any

    def items(self) -> tuple[list, list] | None:
        """For two lists: the items only before and only after (in their order); else None."""
        if not (isinstance(self.before, list) and isinstance(self.after, list)):
            return None
        return ([i for i in self.before if i not in self.after], [i for i in self.after if i not in self.before])


@dataclass(frozen=True)
class EntityChange:
    action: Action
    id: str
    section: str
    agreement: str
    """The agreement the entity belongs to, or REGISTER ('')."""
    label: str
    fields: tuple[FieldChange, ...] = ()
    values: tuple[tuple[str, Any], ...] = ()
    """For an added or removed entity: its fields (without defaults)."""

    @property
    def marker(self) -> str:
        return MARKER[self.action]

    def to_json(self) -> dict:
        out: dict[str, Any] = {"action": self.action, "id": self.id, "section": self.section,
                               "agreement": self.agreement or None, "label": self.label}
        if self.action == "update":
            out["fields"] = [{"name": f.name, "before": f.before, "after": f.after} for f in self.fields]
        else:
            out["values"] = dict(self.values)
        return out


def label_of(entity: Entity) -> str:
    for name in ("name", "title"):
        value = getattr(entity, name, None)
        if isinstance(value, str):
            return value
    return entity.id


def _plain(entity: Entity) -> dict[str, Any]:
    return entity.model_dump(mode="json", by_alias=True)


def _values(entity: Entity) -> tuple[tuple[str, Any], ...]:
    plain = entity.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return tuple((k, v) for k, v in plain.items() if k not in ("id", "sources"))


def diff_models(before: DataSet, after: DataSet) -> list[EntityChange]:
    """Every entity added, removed or changed, sorted by agreement (register first), section order and id."""
    order = {s: i for i, s in enumerate(ENTITY_TYPES)}
    old = {e.id: e for e in before.entities()}
    new = {e.id: e for e in after.entities()}
    changes = []
    for entity_id, entity in new.items():
        section = after.section_of(entity)
        agreement = after.agreement_of(entity_id) or REGISTER
        if entity_id not in old:
            changes.append(EntityChange("add", entity_id, section, agreement, label_of(entity), values=_values(entity)))
            continue
        previous = old[entity_id]
        if previous is entity:  # a change shares what it leaves alone (entities are replaced, never changed)
            continue
        if type(previous) is not type(entity):
            changes.append(EntityChange("remove", entity_id, before.section_of(previous),
                                        before.agreement_of(entity_id) or REGISTER, label_of(previous),
                                        values=_values(previous)))
            changes.append(EntityChange("add", entity_id, section, agreement, label_of(entity), values=_values(entity)))
            continue
        a, b = _plain(previous), _plain(entity)
        fields = tuple(FieldChange(k, a.get(k), b.get(k))
                       for k in sorted(b, key=lambda k: k == "sources") if a.get(k) != b.get(k))
        if fields:
            changes.append(EntityChange("update", entity_id, section, agreement, label_of(entity), fields))
    for entity_id, entity in old.items():
        if entity_id not in new:
            changes.append(EntityChange("remove", entity_id, before.section_of(entity),
                                        before.agreement_of(entity_id) or REGISTER, label_of(entity),
                                        values=_values(entity)))
    return sorted(changes, key=lambda c: (c.agreement, order[c.section], c.id, c.action))


def plan_counts(changes: list[EntityChange]) -> dict[str, int]:
    """{'add': X, 'update': Y, 'remove': Z}: the numbers of a 'Plan:' line."""
    counts = {"add": 0, "update": 0, "remove": 0}
    for change in changes:
        counts[change.action] += 1
    return counts
