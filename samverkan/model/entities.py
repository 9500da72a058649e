"""The entities of the governance model (pydantic v2), mirroring W3C ORG and Popolo where they fit.

Every entity has a stable slug id and at least one source reference. Entities reference each other
by id; `samverkan.model.validate` checks those references across the whole data set.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.dataclasses import dataclass

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9\-_./~>]*$",
        max_length=400,  # twice a long slug and then some: derived ids join two
        description="Stable lowercase slug, unique across the data set, e.g. 'norrmalm-2016/chefsamrad'.",
    ),
]

OrganisationKind = Literal[
    "city",
    "police_region",
    "police_area",
    "local_police_area",
    "district_administration",
    "specialist_administration",
    "city_office",
    "company",
    "political_body",
    "external",
]
Party = Literal["city", "police", "other"]
AgreementLevel = Literal["central", "local"]
GroupKind = Literal["steering", "preparation", "working", "forum", "council", "coordinators"]
Capacity = Literal["decision_maker", "rapporteur", "coopted", "member", "invited"]
Chair = Literal["no", "yes", "alternating"]
RaciKind = Literal["accountable", "responsible", "consulted", "informed"]
Necessity = Literal["required", "recommended"]
AnnexKind = Literal[
    "framework_agreement",
    "contacts",
    "situation_picture",
    "action_plan",
    "structure",
    "follow_up_plan",
    "communication_plan",
    "priority_areas",
    "other",
]

PARTY_OF_KIND: dict[str, Party] = {
    "city": "city",
    "district_administration": "city",
    "specialist_administration": "city",
    "city_office": "city",
    "company": "city",
    "political_body": "city",
    "police_region": "police",
    "police_area": "police",
    "local_police_area": "police",
    "external": "other",
}


MAX_YEARS = 100
"""Bounds of the intervals and counts in the data: wide for any real agreement, narrow enough that date
arithmetic on them stays inside the calendar (an unbounded 9000 years crashed it)."""
MAX_PER_YEAR = 10_000


def none_given(description: str | None = None):
    """A list that is empty by default, made by a factory: pydantic deep-copies a default `[]` (copy.deepcopy, in
    Python) for every entity that leaves the field out. The schema shows the default as before."""
    return Field(default_factory=list, json_schema_extra={"default": []}, description=description)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, allow_inf_nan=False)


# Every entity holds one or more, so a slotted dataclass, not a model: 200 bytes less each (3000 agreements: 75 MB).
@dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid", allow_inf_nan=False))
class SourceRef:
    """Where a fact comes from: a seed file name or dnr, a section, a line range, the words."""

    document: str = Field(min_length=1)
    section: str | None = None
    lines: str | None = Field(default=None, pattern=r"^\d+(-\d+)?$", description="'70' or '70-75'")
    quote: str | None = None

    def line_range(self) -> tuple[int, int] | None:
        if not self.lines:
            return None
        start, _, end = self.lines.partition("-")
        return int(start), int(end or start)

    def short(self) -> str:
        parts = [self.document]
        if self.section:
            parts.append(self.section)
        if self.lines:
            parts.append(f"rad {self.lines}")
        return ", ".join(parts)


Sources = Annotated[list[SourceRef], Field(min_length=1)]


class Entity(Strict):
    id: Id
    sources: Sources

    @property
    def source(self) -> SourceRef:
        return self.sources[0]


class Organisation(Entity):
    name: str
    kind: OrganisationKind
    party: Party | None = Field(default=None, description="Defaults from kind.")
    parent: Id | None = None
    short_name: str | None = None
    other_names: list[str] = none_given()
    org_number: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successors: list[Id] = none_given()
    covers: list[Id] = none_given("For a local police area: the SDFs it covers.")
    note: str | None = None

    @model_validator(mode="after")
    def _default_party(self) -> Organisation:
        if self.party is None:
            self.party = PARTY_OF_KIND[self.kind]
        return self

    def exists_on(self, day: dt.date) -> bool:
        from samverkan.model.validity import exists_on

        return exists_on(self, day)


class Person(Entity):
    name: str
    contact: str | None = Field(default=None, description="Personal data: never rendered unless asked.")


class Role(Entity):
    """A post (org:Post): exists whether or not anyone holds it."""

    title: str
    organisation: Id
    holder: Id | None = None
    note: str | None = None


class Annex(Strict):
    number: int | None = Field(default=None, ge=0, le=10_000)
    title: str
    kind: AnnexKind = "other"
    present: bool = True


class Extension(Strict):
    period_years: float | None = Field(default=None, gt=0, le=MAX_YEARS)
    consult_months_before: int | None = Field(default=None, ge=0, le=12 * MAX_YEARS)
    condition: str | None = None
    text: str


class Agreement(Entity):
    title: str
    level: AgreementLevel
    parties: list[Id] = Field(min_length=1)
    parent: Id | None = None
    parent_dnr: str | None = Field(default=None, description="A framework agreement outside the data set.")
    replaces: Id | None = None
    replaces_dnr: str | None = None
    revises: Id | None = Field(
        default=None,
        description="The agreement this one revises: its groups, lines and roles carry over unless this one "
                    "changes them; it ends the revised one's validity from this one's valid_from.")
    on_file: bool = Field(
        default=True,
        description="False: a document says the agreement exists but its text is not in the data set "
                    "(finns, ej inlagd); its content is unknown, so only its existence is checked.")
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    until_further_notice: bool = False
    extension: Extension | None = None
    revision_interval_years: int | None = Field(default=None, gt=0, le=MAX_YEARS)
    signatories: list[Id] = none_given()
    annexes: list[Annex] = none_given()
    dnr: list[str] = none_given()
    goal: str | None = None
    note: str | None = None



class PriorityArea(Entity):
    name: str
    agreement: Id
    corresponds_to: list[Id] = none_given("City-wide priority areas this one serves.")


class Frequency(Strict):
    """Meetings per year with the document's own words kept ('minst två (2) gånger varje halvår')."""

    per_year: float | None = Field(default=None, gt=0, le=MAX_PER_YEAR, description="None: no minimum ('vid behov').")
    text: str
    minimum: bool = False


class Contact(Strict):
    party: Party
    holder: Id


class Commitment(Strict):
    party: Party
    text: str


class MemberRequirement(Strict):
    """Who a prescribed group must or should contain, as the governing text states it."""

    title: str | None = None
    organisation: Id | None = None
    organisation_kind: OrganisationKind | None = None
    necessity: Necessity = "required"
    note: str | None = None

    @model_validator(mode="after")
    def _something(self) -> MemberRequirement:
        if not (self.title or self.organisation or self.organisation_kind):
            raise ValueError("a requirement names a title, an organisation or an organisation_kind")
        return self


class WorkItem(Entity):
    """What groups and activities share: the fields of an åtgärdsplan entry."""

    name: str
    agreement: Id
    goal: str | None = None
    purpose: str | None = None
    problems: list[str] = none_given()
    term: str | None = None
    frequency: Frequency | None = None
    priority_areas: list[Id] = none_given()
    contacts: list[Contact] = none_given()
    commitments: list[Commitment] = none_given()
    follow_up: list[str] = none_given()
    note: str | None = None


class Group(WorkItem):
    kind: GroupKind
    level: AgreementLevel
    standing: bool = True
    template: bool = Field(
        default=False,
        description="Prescribed by a city-wide agreement for every local agreement, not a group that meets.",
    )
    requirements: list[MemberRequirement] = none_given()


class Activity(WorkItem):
    """An åtgärd: carried out by its owner, usually within a forum."""

    forum: Id | None = None


def _derive(data: object, make) -> object:
    if isinstance(data, dict) and not data.get("id"):
        try:
            return {**data, "id": make(data)}
        except (KeyError, TypeError):
            return data
    return data


class DerivedIdEntity(Entity):
    """An entity that joins others (membership, responsibility, reporting line): without an id of its own,
    its id is derived from what it joins (`derived_id`)."""

    @staticmethod
    def derived_id(data) -> str:
        raise NotImplementedError

    @model_validator(mode="before")
    @classmethod
    def _id(cls, data):
        return _derive(data, cls.derived_id)


class Membership(DerivedIdEntity):
    id: Id = Field(default="", description="Defaults to '<group>~<member>'.")
    group: Id
    member: Id
    capacity: Capacity = "member"
    chair: Chair = "no"
    on_behalf_of: Id | None = None
    condition: str | None = Field(default=None, description="e.g. 'vid behov'")
    note: str | None = None

    @staticmethod
    def derived_id(data) -> str:
        return f"{data['group']}~{data['member']}"


class Responsibility(DerivedIdEntity):
    id: Id = Field(default="", description="Defaults to '<subject>~<kind>~<holder>'.")
    subject: Id
    holder: Id
    kind: RaciKind
    note: str | None = None

    @staticmethod
    def derived_id(data) -> str:
        return f"{data['subject']}~{data['kind']}~{data['holder']}"


class ReportingLine(DerivedIdEntity):
    id: Id = Field(default="", description="Defaults to '<from>~><to>'.")
    from_: Id = Field(alias="from")
    to: Id
    kind: Literal["reports", "informs"] = Field(
        default="reports",
        description="'informs': an information flow (a lägesbild presented to a council), not a line of "
                    "accountability; reporting chains (SAM020/021) do not follow it.")
    what: str | None = None
    frequency: Frequency | None = None

    @staticmethod
    def derived_id(data) -> str:
        return f"{data.get('from', data.get('from_'))}~>{data['to']}"


class Statement(Entity):
    """One statement of a fact by one source; two statements of one fact may disagree (SAM070)."""

    subject: Id
    field: str
    value: str | int | float | bool


# --- follow-up under Lag (2023:196): lägesbild, åtgärdsplan, medborgarlöften, uppföljningsplan, meetings held ---

FollowUpSubject = Literal["structure", "situation_picture", "forums", "action_plan", "communication", "report",
                          "other"]
ActionStatus = Literal["planned", "ongoing", "done", "cancelled"]
PromiseStatus = Literal["planned", "ongoing", "fulfilled", "partly_fulfilled", "not_fulfilled"]


class SituationPicture(Entity):
    """A lägesbild: the joint picture of crime and safety an agreement's measures rest on."""

    title: str
    agreement: Id
    date: dt.date | None = Field(default=None, description="None: undated; it counts from the agreement's start.")
    areas: list[Id] = none_given("The priority areas it identifies.")
    basis: list[str] = none_given("What it is built on, in the document's words.")
    note: str | None = None


class ActionItem(Entity):
    """One measure of an åtgärdsplan: what is done, by whom, how it is measured."""

    agreement: Id
    measure: str
    area: Id | None = Field(default=None, description="The priority area it serves.")
    work_item: Id | None = Field(default=None, description="The group or activity that carries it out.")
    owner: Id | None = Field(default=None, description="The function (role or organisation) answering for it.")
    indicators: list[str] = none_given()
    target: str | None = None
    status: ActionStatus | None = None
    due: dt.date | None = None
    note: str | None = None


class Promise(Entity):
    """A medborgarlöfte: a promise of the local police area and the district to the residents, for a period."""

    promise: str
    police_area: Id
    district: Id
    agreement: Id | None = None
    period_from: dt.date
    period_to: dt.date
    status: PromiseStatus | None = None
    followed_up: dt.date | None = Field(default=None, description="When the promise was followed up, if it was.")
    note: str | None = None


class FollowUpItem(Entity):
    """A line of an uppföljningsplan (or a clause on updating the lägesbild): what is followed up, how often."""

    agreement: Id
    name: str
    subject: FollowUpSubject = "other"
    responsible: list[Id] = none_given()
    method: str | None = None
    frequency: Frequency | None = None
    due_day: str | None = Field(default=None, pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
                                description="A fixed day each year, 'MM-DD' ('senast 31 maj varje år': '05-31').")
    note: str | None = None


class Meeting(DerivedIdEntity):
    """A meeting held (from minutes or a workbook sheet)."""

    id: Id = Field(default="", description="Defaults to '<group>~<date>'.")
    group: Id
    date: dt.date
    note: str | None = None

    @staticmethod
    def derived_id(data) -> str:
        return f"{data['group']}~{data['date']}"


ENTITY_TYPES: dict[str, type[Entity]] = {
    "organisations": Organisation,
    "people": Person,
    "roles": Role,
    "agreements": Agreement,
    "priority_areas": PriorityArea,
    "groups": Group,
    "activities": Activity,
    "memberships": Membership,
    "responsibilities": Responsibility,
    "reporting_lines": ReportingLine,
    "statements": Statement,
    "situation_pictures": SituationPicture,
    "action_items": ActionItem,
    "promises": Promise,
    "follow_up_items": FollowUpItem,
    "meetings": Meeting,
}
"""Section name in a data file → entity type. The order is the order of the data files."""

DERIVED_IDS = {Membership, Responsibility, ReportingLine, Meeting}


_SHARED_FIELDS_SETS: dict[frozenset, set] = {}


def share_fields_set(model: BaseModel) -> BaseModel:
    """The model with its set of fields given made the one shared set of that combination (a set per model: about
    300 bytes each, at national scale 20 MB for the loaded entities, as much again for a redaction's copies).
    Nothing reads the set but `exclude_unset`, and pydantic copies it before changing it (`model_copy`)."""
    fields = model.__pydantic_fields_set__
    object.__setattr__(model, "__pydantic_fields_set__", _SHARED_FIELDS_SETS.setdefault(frozenset(fields), fields))
    return model


def copy_with(model: BaseModel, update: dict) -> BaseModel:
    """`model.model_copy(update=update)` with its set of fields given shared (`share_fields_set`), made directly:
    pydantic's copies the instance dictionary and the set, then updates both (a redaction copies tens of thousands
    of entities). A model with extra or private values takes pydantic's way."""
    if model.__pydantic_extra__ is not None or getattr(model, "__pydantic_private__", None) is not None \
            or model.model_config.get("extra") == "allow":
        return share_fields_set(model.model_copy(update=update))
    cls = type(model)
    copied = cls.__new__(cls)
    setattr_ = object.__setattr__
    setattr_(copied, "__dict__", {**model.__dict__, **update})
    setattr_(copied, "__pydantic_extra__", None)
    fields = model.__pydantic_fields_set__.union(update)
    setattr_(copied, "__pydantic_fields_set__", _SHARED_FIELDS_SETS.setdefault(frozenset(fields), fields))
    setattr_(copied, "__pydantic_private__", None)
    return copied
