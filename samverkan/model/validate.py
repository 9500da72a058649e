"""Validation across the whole data set: unique ids, references that resolve, dates, parents.

Field-level validation (types, unknown fields, positive frequencies) is pydantic's; this module
checks what only the whole data set can tell. Each problem names the entity and field it is about,
so a loader can point at the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    Activity,
    Agreement,
    Entity,
    Group,
    Organisation,
    Person,
    PriorityArea,
    Role,
)

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
    """The closest candidate id, if it is close enough to be a likely typo."""
    from rapidfuzz import process  # only a data set with a problem needs it

    match = process.extractOne(wrong, candidates, score_cutoff=70)
    return match[0] if match else None


class _Checker:
    def __init__(self, data: DataSet, unresolved_ok: set[str], references: bool = True):
        self.data = data
        self.unresolved_ok = unresolved_ok
        self.references = references
        self.problems: list[Problem] = []
        self.ids_by_type: dict[type, list[str]] = {}
        for entity in data.entities():
            self.ids_by_type.setdefault(type(entity), []).append(entity.id)

    def ref(self, entity: Entity, field: str, value: str | None, *types: type) -> None:
        if value is None or not self.references:
            return
        target = self.data.get(value)
        if (target is not None and isinstance(target, types)) or (target is None and value in self.unresolved_ok):
            return
        wanted = " / ".join(t.__name__ for t in types)
        candidates = [i for t in types for i in self.ids_by_type.get(t, [])]
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
        close = suggest(value, candidates)
        hint = (
            Msg(f"menade du '{close}'?", f"did you mean '{close}'?")
            if close
            else Msg(f"lägg till {wanted} '{value}' eller rätta id:t", f"add {wanted} '{value}' or fix the id")
        )
        self.problems.append(Problem(entity, field, message, hint))

    def run(self) -> list[Problem]:
        self.unique_ids()
        d = self.data
        for o in d.organisations:
            self.ref(o, "parent", o.parent, Organisation)
            for s in o.successors:
                self.ref(o, "successors", s, Organisation)
            for c in o.covers:
                self.ref(o, "covers", c, Organisation)
            self.dates(o, o.valid_from, o.valid_to)
            self.parent_kind(o)
        for r in d.roles:
            self.ref(r, "organisation", r.organisation, Organisation)
            self.ref(r, "holder", r.holder, Person)
        for a in d.agreements:
            for p in a.parties:
                self.ref(a, "parties", p, Organisation)
            self.ref(a, "parent", a.parent, Agreement)
            self.ref(a, "replaces", a.replaces, Agreement)
            for s in a.signatories:
                self.ref(a, "signatories", s, Role, Person)
            self.dates(a, a.valid_from, a.valid_to)
        for p in d.priority_areas:
            self.ref(p, "agreement", p.agreement, Agreement)
            for c in p.corresponds_to:
                self.ref(p, "corresponds_to", c, PriorityArea)
        for item in [*d.groups, *d.activities]:
            self.ref(item, "agreement", item.agreement, Agreement)
            for p in item.priority_areas:
                self.ref(item, "priority_areas", p, PriorityArea)
            for c in item.contacts:
                self.ref(item, "contacts", c.holder, Role, Organisation, Person)
            if isinstance(item, Activity):
                self.ref(item, "forum", item.forum, Group)
            if isinstance(item, Group):
                for req in item.requirements:
                    self.ref(item, "requirements", req.organisation, Organisation)
        for m in d.memberships:
            self.ref(m, "group", m.group, Group, Activity)
            self.ref(m, "member", m.member, Role, Organisation, Person)
            self.ref(m, "on_behalf_of", m.on_behalf_of, Organisation)
        for r in d.responsibilities:
            self.ref(r, "subject", r.subject, Group, Activity)
            self.ref(r, "holder", r.holder, Role, Organisation, Person)
        for line in d.reporting_lines:
            self.ref(line, "from", line.from_, Group, Activity)
            self.ref(line, "to", line.to, Group, Organisation)
        for s in d.statements:
            self.ref(s, "subject", s.subject, Entity)
        self.follow_up()
        return self.problems

    def follow_up(self) -> None:
        d = self.data
        for sp in d.situation_pictures:
            self.ref(sp, "agreement", sp.agreement, Agreement)
            for area in sp.areas:
                self.ref(sp, "areas", area, PriorityArea)
        for item in d.action_items:
            self.ref(item, "agreement", item.agreement, Agreement)
            self.ref(item, "area", item.area, PriorityArea)
            self.ref(item, "work_item", item.work_item, Group, Activity)
            self.ref(item, "owner", item.owner, Role, Organisation, Person)
        for p in d.promises:
            self.ref(p, "police_area", p.police_area, Organisation)
            self.ref(p, "district", p.district, Organisation)
            self.ref(p, "agreement", p.agreement, Agreement)
            self.dates(p, p.period_from, p.period_to, "period_to")
        for f in d.follow_up_items:
            self.ref(f, "agreement", f.agreement, Agreement)
            for r in f.responsible:
                self.ref(f, "responsible", r, Role, Organisation, Person, Group)
        for m in d.meetings:
            self.ref(m, "group", m.group, Group)

    def unique_ids(self) -> None:
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

    def dates(self, entity: Entity, start, end, field: str = "valid_to") -> None:
        if start and end and start > end:
            first = "period_from" if field == "period_to" else "valid_from"
            self.problems.append(
                Problem(
                    entity,
                    field,
                    Msg(f"{field} {end} ligger före {first} {start}",
                        f"{field} {end} is before {first} {start}"),
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
