"""The data set: all entities of one governance model, with lookup by id."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from operator import attrgetter

from pydantic import BaseModel, ConfigDict, PrivateAttr

from samverkan.model.entities import (
    ENTITY_TYPES,
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
)

_ID = attrgetter("id")


class DataSet(BaseModel):
    model_config = ConfigDict(extra="forbid", ignored_types=(cached_property,))

    name: str = "dataset"
    organisations: list[Organisation] = []
    people: list[Person] = []
    roles: list[Role] = []
    agreements: list[Agreement] = []
    priority_areas: list[PriorityArea] = []
    groups: list[Group] = []
    activities: list[Activity] = []
    memberships: list[Membership] = []
    responsibilities: list[Responsibility] = []
    reporting_lines: list[ReportingLine] = []
    statements: list[Statement] = []
    situation_pictures: list[SituationPicture] = []
    action_items: list[ActionItem] = []
    promises: list[Promise] = []
    follow_up_items: list[FollowUpItem] = []
    meetings: list[Meeting] = []
    # set by samverkan.model.privacy on the copy it makes, so no later output scans the strings again
    _redacted: bool = PrivateAttr(default=False)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataSet):
            return NotImplemented
        return all(getattr(self, s) == getattr(other, s) for s in ENTITY_TYPES)

    def sections(self):
        """(section name, entity list) pairs in the canonical order."""
        return [(section, getattr(self, section)) for section in ENTITY_TYPES]

    def entities(self):
        for _, items in self.sections():
            yield from items

    @cached_property
    def by_id(self) -> dict[str, Entity]:
        """First entity per id (duplicates are a validation error, not a lookup concern)."""
        index: dict[str, Entity] = {}
        sections = self.sections()
        for _, items in sections:  # at C speed; the last of an id wins, so with one it is built again
            index.update(zip(map(_ID, items), items, strict=True))
        if len(index) < sum(len(items) for _, items in sections):
            index = {}
            for entity in self.entities():
                index.setdefault(entity.id, entity)
        return index

    @cached_property
    def newer_texts(self) -> dict[str, list[Agreement]]:
        """Agreement id → the agreements that replace or revise it, in data order (asked per agreement and day)."""
        index: dict[str, list[Agreement]] = {}
        for a in self.agreements:
            for older in dict.fromkeys((a.replaces, a.revises)):
                if older:
                    index.setdefault(older, []).append(a)
        return index

    @cached_property
    def agreement_positions_by_party(self) -> dict[str, list[int]]:
        """Organisation id → the positions in `agreements` of the agreements it is a party to."""
        index: dict[str, list[int]] = {}
        for i, a in enumerate(self.agreements):
            for party in dict.fromkeys(a.parties):
                index.setdefault(party, []).append(i)
        return index

    @cached_property
    def central_agreements(self) -> list[Agreement]:
        """The city-wide agreements, in data order."""
        return [a for a in self.agreements if a.level == "central"]

    @cached_property
    def groups_by_agreement(self) -> dict[str, list[Group]]:
        """Agreement id → its groups (templates too), in data order."""
        index: dict[str, list[Group]] = {}
        for g in self.groups:
            index.setdefault(g.agreement, []).append(g)
        return index

    @cached_property
    def predecessors_by_successor(self) -> dict[str, list[Organisation]]:
        """Organisation id → the organisations that name it among their successors, in data order."""
        index: dict[str, list[Organisation]] = {}
        for o in self.organisations:
            for successor in dict.fromkeys(o.successors):
                index.setdefault(successor, []).append(o)
        return index

    @cached_property
    def statements_by_subject(self) -> dict[tuple[str, str], list[Statement]]:
        """(subject id, field) → the statements of that field of that entity, in data order."""
        index: dict[tuple[str, str], list[Statement]] = {}
        for s in self.statements:
            index.setdefault((s.subject, s.field), []).append(s)
        return index

    def forget_indexes(self) -> None:
        """Drop the indexes built so far (for a caller about to change the entity lists in place)."""
        for name, value in type(self).__dict__.items():
            if isinstance(value, cached_property):
                self.__dict__.pop(name, None)

    def get(self, entity_id: str | None) -> Entity | None:
        return self.by_id.get(entity_id) if entity_id else None

    def section_of(self, entity: Entity) -> str:
        for section, cls in ENTITY_TYPES.items():
            if type(entity) is cls:
                return section
        raise TypeError(type(entity))

    def copy_deep(self) -> DataSet:
        return DataSet.model_validate(self.model_dump(by_alias=True))

    # --- convenience queries on the model (graph queries live in model.graph) ---

    def groups_of(self, agreement_id: str) -> list[Group]:
        return [g for g in self.groups if g.agreement == agreement_id]

    def activities_of(self, agreement_id: str) -> list[Activity]:
        return [a for a in self.activities if a.agreement == agreement_id]

    def priority_areas_of(self, agreement_id: str) -> list[PriorityArea]:
        return [p for p in self.priority_areas if p.agreement == agreement_id]

    def agreement_of(self, entity_id: str) -> str | None:
        """The agreement an entity belongs to, following memberships and responsibilities to their group."""
        entity = self.get(entity_id)
        if isinstance(entity, Agreement):
            return entity.id
        if isinstance(entity, (Group, Activity, PriorityArea, SituationPicture, ActionItem, FollowUpItem)):
            return entity.agreement
        if isinstance(entity, Promise):
            return entity.agreement
        if isinstance(entity, Meeting):
            return self.agreement_of(entity.group)
        if isinstance(entity, Membership):
            return self.agreement_of(entity.group)
        if isinstance(entity, Responsibility):
            return self.agreement_of(entity.subject)
        if isinstance(entity, ReportingLine):
            return self.agreement_of(entity.from_)
        if isinstance(entity, Statement):
            return self.agreement_of(entity.subject)
        return None

    def organisation_of(self, entity_id: str | None) -> Organisation | None:
        """The organisation a role, person (through the role it holds) or organisation stands for."""
        entity = self.get(entity_id)
        if isinstance(entity, Organisation):
            return entity
        if isinstance(entity, Role):
            org = self.get(entity.organisation)
            return org if isinstance(org, Organisation) else None
        if isinstance(entity, Person):
            for role in self.roles:
                if role.holder == entity.id:
                    return self.organisation_of(role.id)
        return None

    def party_of(self, entity_id: str | None) -> str | None:
        org = self.organisation_of(entity_id)
        return org.party if org else None

    def organisations_on(self, day: dt.date, kind: str | None = None) -> list[Organisation]:
        from samverkan.model.validity import organisations_on

        return organisations_on(self, day, kind)
