"""The one table of references: which field of which entity points at which kinds of entity, and how.

`model.validate` resolves every reference from it; `model.changes` uses it to cascade or detach what refers to
a removed entity. A new field that refers to another entity is a new row here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from samverkan.model.entities import (
    ActionItem,
    Activity,
    Agreement,
    Entity,
    FollowUpItem,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
    PriorityArea,
    Promise,
    ReportingLine,
    Responsibility,
    Role,
    SituationPicture,
    Statement,
    WorkItem,
)

REQUIRED, OPTIONAL, LIST, ITEMS = "required", "optional", "list", "items"
"""How an entity refers to another: a required field (the referrer goes with it), an optional field
(cleared), a list of ids (the id is dropped) or a list of objects (the object naming it is dropped)."""


class Reference(NamedTuple):
    source: type
    field: str
    how: str
    item_key: str | None
    targets: tuple[type, ...]

    @property
    def label(self) -> str:
        """The field's name in the data files ('from' for `from_`)."""
        return "from" if self.field == "from_" else self.field


FUNCTION = (Role, Organisation, Person)
"""Who can hold something: a role, an organisation or (discouraged, SAM011) a named person."""

REFERENCES: tuple[Reference, ...] = (
    Reference(Organisation, "parent", OPTIONAL, None, (Organisation,)),
    Reference(Organisation, "successors", LIST, None, (Organisation,)),
    Reference(Organisation, "covers", LIST, None, (Organisation,)),
    Reference(Role, "organisation", REQUIRED, None, (Organisation,)),
    Reference(Role, "holder", OPTIONAL, None, (Person,)),
    Reference(Agreement, "parties", LIST, None, (Organisation,)),
    Reference(Agreement, "parent", OPTIONAL, None, (Agreement,)),
    Reference(Agreement, "replaces", OPTIONAL, None, (Agreement,)),
    Reference(Agreement, "revises", OPTIONAL, None, (Agreement,)),
    Reference(Agreement, "signatories", LIST, None, (Role, Person)),
    Reference(PriorityArea, "agreement", REQUIRED, None, (Agreement,)),
    Reference(PriorityArea, "corresponds_to", LIST, None, (PriorityArea,)),
    Reference(WorkItem, "agreement", REQUIRED, None, (Agreement,)),
    Reference(WorkItem, "priority_areas", LIST, None, (PriorityArea,)),
    Reference(WorkItem, "contacts", ITEMS, "holder", FUNCTION),
    Reference(Activity, "forum", OPTIONAL, None, (Group,)),
    Reference(Group, "requirements", ITEMS, "organisation", (Organisation,)),
    Reference(Membership, "group", REQUIRED, None, (Group, Activity)),
    Reference(Membership, "member", REQUIRED, None, FUNCTION),
    Reference(Membership, "on_behalf_of", OPTIONAL, None, (Organisation,)),
    Reference(Responsibility, "subject", REQUIRED, None, (Group, Activity)),
    Reference(Responsibility, "holder", REQUIRED, None, FUNCTION),
    Reference(ReportingLine, "from_", REQUIRED, None, (Group, Activity)),
    Reference(ReportingLine, "to", REQUIRED, None, (Group, Organisation)),
    Reference(Statement, "subject", REQUIRED, None, (Entity,)),
    Reference(SituationPicture, "agreement", REQUIRED, None, (Agreement,)),
    Reference(SituationPicture, "areas", LIST, None, (PriorityArea,)),
    Reference(ActionItem, "agreement", REQUIRED, None, (Agreement,)),
    Reference(ActionItem, "area", OPTIONAL, None, (PriorityArea,)),
    Reference(ActionItem, "work_item", OPTIONAL, None, (Group, Activity)),
    Reference(ActionItem, "owner", OPTIONAL, None, FUNCTION),
    Reference(Promise, "police_area", REQUIRED, None, (Organisation,)),
    Reference(Promise, "district", REQUIRED, None, (Organisation,)),
    Reference(Promise, "agreement", OPTIONAL, None, (Agreement,)),
    Reference(FollowUpItem, "agreement", REQUIRED, None, (Agreement,)),
    Reference(FollowUpItem, "responsible", LIST, None, (*FUNCTION, Group)),
    Reference(Meeting, "group", REQUIRED, None, (Group,)),
)


def targets_in(entity: Entity, ref: Reference) -> list[str]:
    """The ids one field of an entity refers to (none, one or several)."""
    value = getattr(entity, ref.field)
    if ref.how in (REQUIRED, OPTIONAL):
        return [value] if value else []
    if ref.how == LIST:
        return list(value)
    return [getattr(item, ref.item_key) for item in value if getattr(item, ref.item_key)]


_BY_TYPE: dict[type, tuple[Reference, ...]] = {}


def references_of(entity_type: type) -> tuple[Reference, ...]:
    """The references of an entity type (its own and those of the classes it extends), in table order."""
    if entity_type not in _BY_TYPE:
        _BY_TYPE[entity_type] = tuple(r for r in REFERENCES if issubclass(entity_type, r.source))
    return _BY_TYPE[entity_type]


def clearable(entity_type: type) -> set[str]:
    """The fields of an entity type that a cascading removal clears rather than removing the entity with
    its target (optional fields, lists of ids, lists of objects)."""
    return {r.field for r in references_of(entity_type) if r.how != REQUIRED}


def referenced(entity: Entity) -> Iterator[tuple[Reference, str]]:
    """Every (reference, target id) of an entity."""
    for ref in references_of(type(entity)):
        for target in targets_in(entity, ref):
            yield ref, target
