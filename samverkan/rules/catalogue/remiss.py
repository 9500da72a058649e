"""SAM080, SAM081: the remiss proposals: a standing group for children and youth; political anchoring."""

from __future__ import annotations

from functools import partial

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import Activity, Agreement, AgreementLevel, Group, GroupKind, Organisation
from samverkan.rules.base import PASSES_AS_IS, Example, RunContext, rule, text_mentions
from samverkan.rules.catalogue.representation import is_full, members_matching, spec_label
from samverkan.rules.demand import Demand, MemberSpec, Necessity

STANDING_TERMS = ("tillsvidare", "tills vidare", "stående", "fast", "löpande")


def _standing(item: Group | Activity) -> bool:
    if isinstance(item, Group):
        return item.standing
    return item.term is None or text_mentions(item.term, STANDING_TERMS)


def _texts(ctx: RunContext, item: Group | Activity):
    """What the data says a group or activity does: its purpose, goal and priority areas (an activity's forum's
    too), never its name; one at a time, since the first that mentions the topic settles it."""
    yield item.purpose
    yield item.goal
    yield from (ctx.name(p) for p in item.priority_areas)
    if isinstance(item, Activity) and item.forum:
        forum = ctx.data.get(item.forum)
        if isinstance(forum, Group):
            yield forum.purpose
            yield from (ctx.name(p) for p in forum.priority_areas)


def _fit(ctx: RunContext, item: Group | Activity, demand: YouthGroupDemand) -> tuple[bool, list]:
    """Whether a group or activity is on topic, and the functions a standing one lacks as regular members:
    (spec, its members in a lesser capacity). It is on topic by what the data says it does (`_texts`), or by
    its participants: every function the demand names."""
    members = ctx.memberships_by_group.get(item.id, [])
    if any(text_mentions(t, demand.topic_terms) for t in _texts(ctx, item) if t):
        if not _standing(item):
            return True, []
        matched = [members_matching(ctx, members, spec) for spec in demand.members]
    else:
        matched = []
        for spec in demand.members:
            found = members_matching(ctx, members, spec)
            if not found:
                return False, []
            matched.append(found)
        if not _standing(item):
            return True, []
    return True, [(spec, found) for spec, found in zip(demand.members, matched, strict=True)
                  if not any(is_full(m) for m in found)]


class YouthGroupDemand(Demand):
    topic_terms: list[str] = Field(min_length=1)
    kinds: list[GroupKind] = ["working", "forum"]
    members: list[MemberSpec] = Field(min_length=1)


class AnchoringDemand(Demand):
    level: AgreementLevel
    kinds: list[GroupKind] = ["steering"]
    necessity: Necessity = "required"


@rule(
    "SAM080",
    reads=("Activity(forum priority_areas) Agreement(parent parties replaces revises) Group(priority_areas) "
           "Membership Organisation Person PriorityArea Role Statement"),
    demand=YouthGroupDemand,
    title=Msg("En fast operativ grupp för barn och unga med polis, socialtjänst, fältarbetare och skola",
              "A standing operative group for children and youth with police, social services, field workers and "
              "school"),
    severity="error",
    clause="001_4881a4aa871a676f.txt, punkt 1, rad 28-35",
    description=Msg(
        "För varje lokal överenskommelse: en stående grupp eller aktivitet (inte tillfällig) om barn och unga "
        "(profilens topic_terms i namn, syfte, mål eller prioriterade områden) med ordinarie medlemmar från var och "
        "en av profilens funktioner (polis, socialtjänst, fältarbetare, skola). Ingen sådan grupp: fel. En funktion "
        "saknas: fel; finns bara inbjuden eller adjungerad: varning.",
        "For every local agreement: a standing (not temporary) group or activity on children and youth (the "
        "profile's topic_terms in its name, purpose, goal or priority areas) with regular members from each of the "
        "profile's functions (police, social services, field workers, school). No such group: error. A function "
        "missing: error; present only invited or co-opted: warning."),
    passing=Example(PASSES_AS_IS, profile='remiss-hl-2019'),
    failing=Example(
        Msg("Forumet för unga är tillfälligt; det finns ingen fast operativ grupp för barn och unga.",
            "The forum for young people is temporary; there is no standing operative group for children and youth."),
        edits="""
            - {op: update, id: a-2023/forum-unga, fields: {standing: false}}
        """,
        profile='remiss-hl-2019',
    ),
)
def youth_group(ctx: RunContext):
    for n, demand in enumerate(ctx.demands("SAM080")):
        for a in ctx.agreements:
            if a.level != "local":
                continue
            fits = {i.id: ctx.per_unit("SAM080", i.id, partial(_fit, ctx, i, demand), (n,))
                    for i in ctx.items_by_agreement.get(a.id, []) if isinstance(i, Activity) or i.kind in demand.kinds}
            candidates = [i for i in ctx.items_by_agreement.get(a.id, []) if fits.get(i.id, (False,))[0]]
            standing = [i for i in candidates if _standing(i)]
            if not standing:
                temporary = ", ".join(sorted(i.id for i in candidates))
                extra = Msg(f"; det finns bara tillfälliga: {temporary}",
                            f"; there are only temporary ones: {temporary}") if candidates else Msg("", "")
                yield ctx.finding("SAM080", a.id, Msg(
                    f"{a.id} har ingen fast lokal arbetsgrupp på operativ nivå kring barn och unga{extra.sv}",
                    f"{a.id} has no standing local operative working group for children and youth{extra.en}"),
                    Msg("Inrätta en stående arbetsgrupp för barn och unga med polis, socialtjänst, fältarbetare och "
                        "skola.",
                        "Set up a standing working group for children and youth with police, social services, field "
                        "workers and school."),
                    demand=demand, agreement=a.id, path=[a.id, *sorted(i.id for i in candidates)])
                continue
            scored = [(len(fits[i.id][1]), i.id, i, fits[i.id][1]) for i in sorted(standing, key=lambda i: i.id)]
            _, _, best, gaps = min(scored, key=lambda x: (x[0], x[1]))
            for spec, matched in gaps:
                label = spec_label(ctx, spec)
                citation = ctx.cite(spec.citation or demand.citation)
                if matched:
                    how = ", ".join(sorted({m.condition or m.capacity for m in matched}))
                    who = ", ".join(sorted(m.member for m in matched))
                    yield ctx.finding("SAM080", best.id, Msg(
                        f"{ctx.label(best.id)}: {label.sv} ingår inte fast utan bara som {how} ({who})",
                        f"{ctx.label(best.id)}: {label.en} is not a standing member, only {how} ({who})"),
                        Msg(f"Gör {label.sv} till fast deltagare i gruppen.",
                            f"Make {label.en} a standing participant of the group."),
                        demand=demand, citation=citation, agreement=a.id, severity="warning",
                        path=[best.id, *sorted(m.member for m in matched)])
                else:
                    yield ctx.finding("SAM080", best.id, Msg(
                        f"{ctx.label(best.id)}: den fasta gruppen för barn och unga saknar {label.sv}",
                        f"{ctx.label(best.id)}: the standing group for children and youth lacks {label.en}"),
                        Msg(f"Lägg till {label.sv} som fast deltagare.", f"Add {label.en} as a standing participant."),
                        demand=demand, citation=citation, agreement=a.id, path=[best.id])


@rule(
    "SAM081",
    reads="Activity(forum priority_areas) Agreement Group(priority_areas) Organisation ReportingLine Statement",
    demand=AnchoringDemand,
    title=Msg("Politisk förankring: styrgrupperna rapporterar till en politisk instans",
              "Political anchoring: the steering groups report to a political body"),
    severity="error",
    clause="001_4881a4aa871a676f.txt, punkt 3, rad 70-84",
    description=Msg(
        "Varje styrgrupp (profilens slag och nivå) har en rapporteringslinje till en politisk instans (nämnd, "
        "kommunstyrelsen eller dess utskott). Saknas: fel om det krävs, varning om det rekommenderas.",
        "Every steering group (the profile's kinds and level) has a reporting line to a political body (a committee, "
        "the city executive board or one of its sub-committees). Missing: error if required, warning if recommended."),
    passing=Example(PASSES_AS_IS, profile='remiss-hl-2019'),
    failing=Example(
        Msg("Den centrala styrgruppen rapporterar inte till kommunstyrelsen.",
            "The central steering group does not report to the city executive board."),
        edits="""
            - {op: remove, id: c-2023/styrgrupp~>kommunstyrelsen}
        """,
        profile='remiss-hl-2019',
    ),
)
def political_anchoring(ctx: RunContext):
    for demand in ctx.demands("SAM081"):
        for g in ctx.groups:
            if g.level != demand.level or g.kind not in demand.kinds:
                continue
            if any(isinstance(o, Organisation) and o.kind == "political_body"
                   for line in ctx.reports_from.get(g.id, []) for o in [ctx.data.get(line.to)]):
                continue
            body = _body_for(ctx, g)
            to = Msg(f" (t.ex. {body})", f" (e.g. {body})") if body else Msg("", "")
            required = demand.necessity == "required"
            yield ctx.finding("SAM081", g.id, Msg(
                f"{ctx.label(g.id)}, som består av tjänstemän, rapporterar inte till någon politisk instans",
                f"{ctx.label(g.id)}, made up of officials, reports to no political body"),
                Msg(f"Skriv in att gruppen regelbundet återrapporterar till den politiska instansen{to.sv} och "
                    "förankrar beslut av större betydelse i god tid.",
                    f"State that the group reports back regularly to the political body{to.en} and anchors decisions "
                    "of greater importance in good time."),
                demand=demand, severity=demand.severity or ("error" if required else "warning"), path=[g.id])


def _body_for(ctx: RunContext, group: Group) -> str | None:
    agreement = ctx.data.get(group.agreement)
    if not isinstance(agreement, Agreement):
        return None
    if agreement.level == "local":
        for pid in agreement.parties:
            if pid.startswith("sdf-"):
                sdn = ctx.data.get("sdn-" + pid[4:])
                if isinstance(sdn, Organisation):
                    return sdn.id
        return None
    for candidate in ("ks-trygghetsutskott", "kommunstyrelsen"):
        if isinstance(ctx.data.get(candidate), Organisation):
            return candidate
    return None
