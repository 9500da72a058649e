"""What a profile's demand is made of: the common fields of every demand and the specs they share.

Each rule's own demand model (its parameters) is declared beside the rule in `samverkan.rules.catalogue`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from samverkan.io.i18n import Msg
from samverkan.model.entities import OrganisationKind, Party
from samverkan.rules.severity import Severity


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(Strict):
    sv: str
    en: str

    def msg(self) -> Msg:
        return Msg(self.sv, self.en)


class Citation(Strict):
    """Where a demand comes from: document (seed file or reference), section, line range, the words."""

    document: str = Field(min_length=1)
    section: str | None = None
    lines: str | None = Field(default=None, pattern=r"^\d+(-\d+)?$")
    quote: str | None = None

    def render(self, lang: str = "sv") -> str:
        parts = [self.document]
        if self.section:
            parts.append(self.section)
        if self.lines:
            parts.append(("lines " if lang == "en" else "rad ") + self.lines)
        return ", ".join(parts)

    def line_range(self) -> tuple[int, int] | None:
        if not self.lines:
            return None
        start, _, end = self.lines.partition("-")
        return int(start), int(end or start)


Necessity = Literal["required", "recommended"]


class MemberSpec(Strict):
    """Who a group must or should contain: every given constraint must hold, any value of a list will do."""

    label: Text | None = None
    titles: list[str] = []
    title_terms: list[str] = Field(default=[], description="Words a title contains (at a word start).")
    organisations: list[str] = []
    organisation_kinds: list[OrganisationKind] = []
    party: Party | None = None
    any_of: list[MemberSpec] = Field(default=[], description="Alternatives: any one of them will do.")
    necessity: Necessity = "required"
    citation: Citation | None = None

    def organisations_named(self) -> frozenset[str]:
        """The organisations it names, its alternatives' too."""
        return frozenset(self.organisations).union(*(alt.organisations_named() for alt in self.any_of))

    def constrained(self) -> bool:
        return bool(self.titles or self.title_terms or self.organisations or self.organisation_kinds or self.party)

    @model_validator(mode="after")
    def _something(self) -> MemberSpec:
        if not (self.constrained() or self.any_of):
            raise ValueError("a member names titles, title_terms, organisations, organisation_kinds, a party or any_of")
        return self


class AreaSpec(Strict):
    """A city-wide priority area: a local area addresses it by name, alias, keyword or corresponds_to."""

    key: str
    name: str
    aliases: list[str] = []
    keywords: list[str] = Field(default=[], description="Words a local area's name contains (at a word start).")


Part = Literal["annex:framework_agreement", "annex:contacts", "annex:situation_picture", "annex:action_plan",
               "annex:structure", "annex:follow_up_plan", "annex:communication_plan", "annex:priority_areas",
               "problems", "causes", "measurable_goals", "documentation", "follow_up", "period", "contacts"]


class PartSpec(Strict):
    part: Part
    label: Text | None = None
    necessity: Necessity = "required"
    citation: Citation | None = None


class Demand(Strict):
    """The common fields of a demand; each rule has its own subclass with its parameters."""

    id: str = ""
    rule: str
    title: Text | None = None
    citation: Citation | None = None
    severity: Severity | None = None
    note: str | None = None

    def cite(self, lang: str = "sv") -> str:
        return self.citation.render(lang) if self.citation else ""


class PlainDemand(Demand):
    """A demand with no parameters: the profile only switches the rule on and cites the clause."""


def organisations_named(demands: Iterable[Demand]) -> frozenset[str]:
    """The organisations the member specs of demands name, their alternatives' too."""
    return frozenset().union(*(spec.organisations_named() for d in demands for _, value in d
                               for spec in (value if isinstance(value, list) else [value])
                               if isinstance(spec, MemberSpec)))
