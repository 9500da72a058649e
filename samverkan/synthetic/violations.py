"""Known violations, one kind per rule: each changes a clean local agreement so that exactly one finding of
that rule appears about a known subject (it may bring other findings along, e.g. an expired agreement also
leaves its district without one in force).

The changes touch different entities (or add new ones), so several of them in one agreement do not hide each
other. Each injector returns (subject, agreement) as the finding will name them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from samverkan.synthetic.central import Central
from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.local import LocalPlan
from samverkan.synthetic.names import PlaceNames, slug
from samverkan.synthetic.register import CITY
from samverkan.synthetic.roles import Roles

INJECTORS: dict[str, Callable[[Target], tuple[str, str]]] = {}
"""Rule code → the violation injected for it, registered with `@injects`. A rule with none (the waiver rules
need a waivers file) is simply not injected."""


def injects(code: str):
    """Register a function as the known violation of rule `code`."""

    def register(fn: Callable[[Target], tuple[str, str]]):
        INJECTORS[code] = fn
        return fn

    return register


@dataclass
class Target:
    draft: Draft
    plan: LocalPlan
    central: Central
    roles: Roles
    places: PlaceNames
    rng: random.Random


DROPS: dict[str, tuple[str, str, tuple[str, str], str]] = {
    "SAM020": ("the safety council reports to nobody", "lines", ("trygghetsrad", "samordnare"), "trygghetsrad"),
    "SAM030": ("the local steering group lacks the LPO chief (required)", "memberships",
               ("styrgrupp", "lokalpolisomradeschef"), "styrgrupp"),
    "SAM080": ("the youth forum has no field workers", "memberships", ("forum-unga", "faltassistent"), "forum-unga"),
    "SAM081": ("the local steering group does not report to the district committee", "lines", ("styrgrupp", "sdn"),
               "styrgrupp"),
}
"""The violations that remove one entity: rule code → (what it makes, the LocalPlan table and key of the entity
removed, the group the finding is about)."""


def _dropping(code: str, what: str, table: str, key: tuple[str, str], group_key: str):
    def inject(t: Target) -> tuple[str, str]:
        t.draft.drop(getattr(t.plan, table)[key])
        return t.plan.groups[group_key]["id"], t.plan.id

    inject.__doc__ = f"{code}: {what}."
    return inject


for _code, _spec in DROPS.items():
    injects(_code)(_dropping(_code, *_spec))


@injects("SAM001")
def district_without_agreement(t: Target) -> tuple[str, str]:
    """SAM001: a district administration in the register with no local agreement."""
    place = t.places.take()
    sdf = f"sdf-{slug(place)}"
    t.draft.add("organisations", {"id": sdf, "name": f"{place} stadsdelsförvaltning", "kind": "district_administration",
                                  "parent": CITY, "valid_from": "2007-01-01",
                                  "sources": source("syntet-register.txt", "Organisationer", 9000, 1)})
    return sdf, t.central.id


@injects("SAM002")
def expired(t: Target) -> tuple[str, str]:
    """SAM002: the agreement ran out at the end of 2024 and was not extended or replaced."""
    a = t.plan.agreement
    a.pop("until_further_notice", None)
    a["valid_to"] = "2024-12-31"
    a["extension"] = {"period_years": 2, "consult_months_before": 6,
                      "text": "Överenskommelsen kan förlängas med två år i taget efter samråd mellan parterna."}
    return t.plan.id, t.plan.id


@injects("SAM010")
def no_accountable(t: Target) -> tuple[str, str]:
    """SAM010: the forum for safe places has no convener (its 'accountable' is gone)."""
    forum = t.plan.groups["forum-trygghet"]["id"]
    t.draft.drop(t.plan.accountable[forum])
    return forum, t.plan.id


@injects("SAM011")
def person_accountable(t: Target) -> tuple[str, str]:
    """SAM011: an activity's owner is recorded as the person, not the post."""
    act = t.rng.choice(t.plan.activities)["id"]
    resp = t.plan.accountable[act]
    resp["holder"] = t.roles.holder_of(resp["holder"], t.plan.document, 650)
    return act, t.plan.id


@injects("SAM021")
def not_to_central_preparation(t: Target) -> tuple[str, str]:
    """SAM021: no local group reports to the city-wide preparation group (the steering group reports straight to
    the central steering group instead, so the chains still reach it)."""
    t.draft.drop(t.plan.lines[("beredningsgrupp", "central")])
    t.plan.lines[("styrgrupp", "central")]["to"] = t.central.steering
    return t.plan.id, t.plan.id


@injects("SAM031")
def council_without_police(t: Target) -> tuple[str, str]:
    """SAM031: the safety council has no member from the police."""
    for (group, member), m in t.plan.memberships.items():
        if group == "trygghetsrad" and member in ("kommunpolis", "omradespolis"):
            t.draft.drop(m)
    return t.plan.groups["trygghetsrad"]["id"], t.plan.id


@injects("SAM040")
def steering_meets_once(t: Target) -> tuple[str, str]:
    """SAM040: the local steering group meets once a year (the profile asks for two)."""
    group = t.plan.groups["styrgrupp"]
    group["frequency"] = {"per_year": 1, "text": "en gång per år"}
    return group["id"], t.plan.id


@injects("SAM050")
def area_missing(t: Target) -> tuple[str, str]:
    """SAM050: one city-wide area is not addressed: its local area becomes a purely local one."""
    key = t.rng.choice(["unga", "platser", "system", "brottsoffer", "krim"])
    area = t.plan.areas[key]
    area.pop("corresponds_to", None)
    area["name"] = f"Lokalt fokusområde i {t.plan.district.place}"
    return t.plan.id, t.plan.id


@injects("SAM051")
def area_without_forum(t: Target) -> tuple[str, str]:
    """SAM051: a further local priority area that no forum or activity serves."""
    area = t.draft.add("priority_areas", {
        "id": f"{t.plan.id}/pa-trafiksakerhet", "name": f"Trafiksäkerhet vid {t.plan.district.place} station",
        "agreement": t.plan.id, "sources": source(t.plan.document, "Bilaga 3, lägesbild", 110, 4)})
    return area["id"], t.plan.id


@injects("SAM060")
def annex_not_attached(t: Target) -> tuple[str, str]:
    """SAM060: the situation picture is listed as an annex but not attached."""
    for annex in t.plan.agreement["annexes"]:
        if annex["kind"] == "situation_picture":
            annex["present"] = False
    return t.plan.id, t.plan.id


@injects("SAM061")
def unsigned_by_police(t: Target) -> tuple[str, str]:
    """SAM061: only the district director signed."""
    a = t.plan.agreement
    a["signatories"] = [s for s in a["signatories"] if s != t.plan.roles["lokalpolisomradeschef"]]
    return t.plan.id, t.plan.id


@injects("SAM070")
def contradiction(t: Target) -> tuple[str, str]:
    """SAM070: the action plan and the structure annex state the youth forum's frequency differently."""
    forum = t.plan.groups["forum-unga"]["id"]
    for where, value, lines in (("atgardsplan", 6, 610), ("struktur", 4, 140)):
        t.draft.add("statements", {"id": f"{forum}/frequency/{where}", "subject": forum,
                                   "field": "frequency.per_year", "value": value,
                                   "sources": source(t.plan.document, where, lines, 1)})
    return forum, t.plan.id


@injects("SAM090")
def empty_group(t: Target) -> tuple[str, str]:
    """SAM090: a temporary working group with no members recorded."""
    group = t.draft.add("groups", {
        "id": f"{t.plan.id}/arbetsgrupp-tillfallig", "name": "Tillfällig arbetsgrupp", "agreement": t.plan.id,
        "kind": "working", "level": "local", "standing": False,
        "sources": source(t.plan.document, "Bilaga 5, samverkansstruktur", 200, 4)})
    t.draft.add("reporting_lines", {"from": group["id"], "to": t.plan.groups["beredningsgrupp"]["id"],
                                    "sources": source(t.plan.document, "Bilaga 5, samverkansstruktur", 204, 1)})
    return group["id"], t.plan.id


@injects("SAM100")
def stale_situation_picture(t: Target) -> tuple[str, str]:
    """SAM100: the agreement asks for a half-yearly lägesbild; the one on file is from its start in 2024."""
    t.draft.add("follow_up_items", {
        "id": f"{t.plan.id}/uppfoljning-lagesbild", "agreement": t.plan.id, "name": "Uppdatering av lägesbilden",
        "subject": "situation_picture", "frequency": {"per_year": 2, "text": "minst en gång varje halvår",
                                                      "minimum": True},
        "sources": source(t.plan.document, "9. Uppdateringar", 160, 2)})
    return t.plan.follow_up["lagesbild"]["id"], t.plan.id


@injects("SAM101")
def measure_without_owner(t: Target) -> tuple[str, str]:
    """SAM101: the first measure of the action plan has no owner."""
    item = t.plan.follow_up["atgard-0"]
    item.pop("owner")
    return item["id"], t.plan.id


@injects("SAM102")
def promise_not_followed_up(t: Target) -> tuple[str, str]:
    """SAM102: the year's citizen promise ended and was never followed up."""
    promise = t.plan.follow_up["medborgarlofte"]
    promise.pop("followed_up")
    promise["status"] = "ongoing"
    return promise["id"], t.plan.id


@injects("SAM103")
def preparation_met_once(t: Target) -> tuple[str, str]:
    """SAM103: the preparation group (six times a year) has one meeting on file for 2024."""
    group = t.plan.groups["beredningsgrupp"]
    t.draft.add("meetings", {"group": group["id"], "date": "2024-12-02",
                             "sources": source(t.plan.document, "Protokoll, beredningsgrupp", 1, 2)})
    return group["id"], t.plan.id
