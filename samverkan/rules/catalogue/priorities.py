"""SAM050, SAM051: local agreements address the city-wide priority areas; every local area has a forum."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import GroupKind, PriorityArea
from samverkan.model.fields import field_named
from samverkan.rules.base import Example, RunContext, normalise, rule, text_mentions, title_matches
from samverkan.rules.demand import AreaSpec, Demand, Necessity


def area_named(name: str, spec: AreaSpec, keywords: bool = False) -> bool:
    return _named(name, (spec.name, *spec.aliases), tuple(spec.keywords) if keywords else ())


@lru_cache(maxsize=1 << 14)
def _named(name: str, names: tuple[str, ...], keywords: tuple[str, ...]) -> bool:
    """Whether an area's name is one of `names` or mentions one of `keywords`: asked for every area of every
    agreement and spec, of a few distinct names, so remembered."""
    if any(title_matches(candidate, name) or normalise(candidate) == normalise(name) for candidate in names):
        return True
    return text_mentions(name, keywords)


def related(ctx: RunContext, pa: PriorityArea) -> list[PriorityArea]:
    """The area and every area it corresponds to, transitively."""
    seen: dict[str, PriorityArea] = {}
    stack = [pa]
    while stack:
        current = stack.pop()
        if current.id in seen:
            continue
        seen[current.id] = current
        for target in current.corresponds_to:
            found = ctx.data.get(target)
            if isinstance(found, PriorityArea):
                stack.append(found)
    return list(seen.values())


class AreasDemand(Demand):
    areas: list[AreaSpec] = Field(min_length=1)
    necessity: Necessity = "required"


class ForumDemand(Demand):
    forum_kinds: list[GroupKind] = ["forum", "working"]


@rule(
    "SAM050",
    reads="Agreement(parent parties replaces revises) PriorityArea Statement",
    demand=AreasDemand,
    title=Msg("Den lokala överenskommelsen berör de stadsövergripande prioriterade områdena",
              "The local agreement addresses the city-wide priority areas"),
    severity="error",
    clause="002_516b9ddd6da302d4.txt, Ärendet, rad 41-49",
    description=Msg(
        "För varje lokal överenskommelse och varje prioriterat område som profilen kräver: något av överenskommelsens "
        "prioriterade områden heter så (eller ett alias), innehåller ett av profilens nyckelord, eller motsvarar "
        "(corresponds_to, i flera led) ett område som heter så. Saknas: fel om det krävs, varning om det "
        "rekommenderas.",
        "For every local agreement and every priority area the profile requires: one of the agreement's priority "
        "areas has that name (or an alias), contains one of the profile's keywords, or corresponds (corresponds_to, "
        "over several steps) to an area with that name. Missing: error if required, warning if recommended."),
    failing=Example(
        Msg("Den lokala överenskommelsen tar inte upp systemhotande brottslighet.",
            "The local agreement does not address crime that threatens society's systems."),
        edits="""
            - {op: remove, id: a-2023/pa-system, cascade: true}
        """,
    ),
)
def addresses_priorities(ctx: RunContext):
    for demand in ctx.demands("SAM050"):
        for a in ctx.agreements:
            if a.level != "local":
                continue
            areas = [r for pa in ctx.priority_areas_by_agreement.get(a.id, []) for r in related(ctx, pa)]
            governing = ctx.governing(a)
            central = ctx.priority_areas_by_agreement.get(governing.id, []) if governing else []
            for spec in demand.areas:
                if any(area_named(pa.name, spec, keywords=pa.agreement == a.id) for pa in areas):
                    continue
                match = next((pa.id for pa in central if area_named(pa.name, spec)), None)
                severity = "error" if demand.necessity == "required" else "warning"
                yield ctx.finding("SAM050", a.id, Msg(
                    f"{a.id} berör inte det stadsövergripande prioriterade området \"{spec.name}\"",
                    f"{a.id} does not address the city-wide priority area \"{spec.name}\""),
                    Msg(f"Ta upp \"{spec.name}\" i den lokala lägesbilden, åtgärderna och målen, och koppla det lokala "
                        f"området till det stadsövergripande ({field_named('corresponds_to').sv}).",
                        f"Take up \"{spec.name}\" in the local situation picture, actions and goals, and link the "
                        f"local area to the city-wide one ({field_named('corresponds_to').en})."),
                    demand=demand, agreement=a.id, severity=demand.severity or severity,
                    path=[a.id, *([match] if match else [])])


@rule(
    "SAM051",
    reads=("Activity(forum priority_areas) Agreement(parent parties replaces revises) "
           "Group(priority_areas) PriorityArea Statement"),
    demand=ForumDemand,
    title=Msg("Varje lokalt prioriterat område har ett forum med operativt ansvar",
              "Every local priority area has a forum with operative responsibility"),
    severity="error",
    clause="004_f4e994a290e1df75.txt, 6. Samverkansforum, rad 94-98",
    description=Msg(
        "För varje prioriterat område i en lokal överenskommelse: en grupp av slaget forum eller arbetsgrupp "
        "(profilens forum_kinds) tjänar området (priority_areas), eller en aktivitet i ett forum gör det. Saknas: fel.",
        "For every priority area of a local agreement: a group of kind forum or working group (the profile's "
        "forum_kinds) serves the area (priority_areas), or an activity within a forum does. Missing: error."),
    failing=Example(
        Msg("Det lokala området brottsoffer har inget forum som arbetar med det.",
            "The local area victims of crime has no forum working on it."),
        edits="""
            - {op: update, id: a-2023/forum-trygghet, fields: {priority_areas: [a-2023/pa-platser, a-2023/pa-system,
                    a-2023/pa-krim]}}
        """,
    ),
)
def forum_per_area(ctx: RunContext):
    for demand in ctx.demands("SAM051"):
        served: set[str] = set()
        for g in ctx.groups:
            if g.kind in demand.forum_kinds:
                served.update(g.priority_areas)
        for act in ctx.activities:
            if act.forum:
                served.update(act.priority_areas)
        for a in ctx.agreements:
            if a.level != "local":
                continue
            for pa in sorted(ctx.priority_areas_by_agreement.get(a.id, []), key=lambda p: p.id):
                if pa.id in served:
                    continue
                yield ctx.finding("SAM051", pa.id, Msg(
                    f"Det prioriterade området \"{pa.name}\" har inget forum med operativt ansvar",
                    f"The priority area \"{pa.name}\" has no forum with operative responsibility"),
                    Msg(f"Organisera ett samverkansforum för \"{pa.name}\" med ansvarig, deltagare, frekvens och "
                        "uppföljning i åtgärdsplanen, eller ta bort området ur överenskommelsen.",
                        f"Organise a cooperation forum for \"{pa.name}\" with an owner, participants, frequency and "
                        "follow-up in the action plan, or remove the area from the agreement."),
                    demand=demand, agreement=a.id, path=[pa.id, a.id])
