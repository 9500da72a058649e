"""SAM030, SAM031: each group has the members its profile requires, and members from both parties."""

from __future__ import annotations

from functools import lru_cache, partial

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import Activity, AgreementLevel, Group, GroupKind, Membership
from samverkan.rules.base import Example, Finding, MemberFacts, RunContext, rule, text_mentions, title_matches
from samverkan.rules.demand import Demand, MemberSpec

FULL_CAPACITIES = {"decision_maker", "rapporteur", "member"}
KIND_NAMES = {
    "district_administration": Msg("en stadsdelsförvaltning", "a district administration"),
    "local_police_area": Msg("lokalpolisområdet", "the local police area"),
    "specialist_administration": Msg("en fackförvaltning", "a specialist administration"),
    "company": Msg("ett kommunalt bolag", "a municipal company"),
    "political_body": Msg("en politisk instans", "a political body"),
    "police_area": Msg("ett polisområde", "a police area"),
    "city_office": Msg("stadsledningskontoret", "the city executive office"),
}
PARTY_NAMES = {"city": Msg("staden", "the city"), "police": Msg("polisen", "the police"),
               "other": Msg("annan", "other")}


def member_matches(ctx: RunContext, m: Membership, spec: MemberSpec) -> bool:
    """Whether a member meets a spec (one of the profile's): all of its own constraints, or any one of its
    alternatives."""
    return _matched(ctx.matching_facts(m), spec, _slot(ctx, spec))


def members_matching(ctx: RunContext, members: list[Membership], spec: MemberSpec) -> list[Membership]:
    """The members (of one group) that meet a spec (one of the profile's), in their order."""
    slot = _slot(ctx, spec)
    return [m for m in members if _matched(ctx.matching_facts(m), spec, slot)]


def _slot(ctx: RunContext, spec: MemberSpec) -> int:
    """The spec's slot in the rows of `_MATCHED`."""
    slot = _SLOTS.get(id(spec))
    if slot is None:
        _KEPT.setdefault(id(spec), spec)  # a remembered spec stays alive: its id is never another's
        slot = _SLOTS[id(spec)] = len(_SLOTS)
        _NAMED.append(spec.organisations_named())
    if not _NAMED[slot] <= ctx.spec_organisations:
        raise ValueError("a member spec of another profile: the run's matching facts may leave out what it names")
    return slot


def _matched(facts: MemberFacts, spec: MemberSpec, slot: int) -> bool:
    """Whether a member with these facts meets the spec in `slot`. Asked for every member and spec of every run
    (`impact --rank` runs thousands), so remembered by the facts (`RunContext.matching_facts`), which equal
    members share across runs and districts."""
    row = _MATCHED.get(id(facts))
    if row is None:
        row = _MATCHED[id(facts)] = bytearray(len(_SLOTS))
    elif slot >= len(row):
        row.extend(bytes(slot + 1 - len(row)))
    known = row[slot]
    if not known:
        known = row[slot] = _YES if _matches(spec, facts) else _NO
    return known == _YES


_MATCHED: dict[int, bytearray] = {}
"""id(facts) → per spec (its slot) 0: not asked yet, _NO or _YES. One small row per facts rather than an entry per
(spec, facts)."""
_NO, _YES = 1, 2
_SLOTS: dict[int, int] = {}
"""id(spec) → its slot in the rows of `_MATCHED`."""
_KEPT: dict[int, MemberSpec] = {}
_NAMED: list[frozenset[str]] = []
"""Per slot, the organisations its spec names."""


def _matches(spec: MemberSpec, facts: MemberFacts) -> bool:
    if spec.constrained() and _meets(spec, facts):
        return True
    return any(_matches(alt, facts) for alt in spec.any_of)


def _meets(spec: MemberSpec, facts: MemberFacts) -> bool:
    # A conjunction of pure tests, cheapest and most selective first: most members fail on title.
    titles, party, orgs = facts
    if (spec.titles or spec.title_terms) and not _titles_fit(tuple(spec.titles), tuple(spec.title_terms), titles):
        return False
    if spec.party and party != spec.party:
        return False
    if spec.organisations and not any(org in spec.organisations for org, _kind, _counts in orgs):
        return False
    if spec.organisation_kinds and not any(kind in spec.organisation_kinds for _org, kind, _counts in orgs):
        return False
    return not ((spec.titles or spec.title_terms or spec.organisation_kinds) and orgs and not any(
        counts and (not spec.organisation_kinds or kind in spec.organisation_kinds) for _org, kind, counts in orgs))


@lru_cache(maxsize=1 << 16)
def _titles_fit(wanted: tuple[str, ...], terms: tuple[str, ...], titles: tuple[str, ...]) -> bool:
    """Whether a member's titles meet a spec's titles and title terms: asked for every member and spec, of a few
    hundred distinct titles, so remembered."""
    if wanted and not any(title_matches(t, r) for t in wanted for r in titles):
        return False
    return not terms or any(text_mentions(r, terms) for r in titles)


def is_full(m: Membership) -> bool:
    return m.capacity in FULL_CAPACITIES and not m.condition


def spec_label(ctx: RunContext, spec: MemberSpec) -> Msg:
    if spec.label:
        return spec.label.msg()
    parts_sv, parts_en = [], []
    if spec.titles or spec.title_terms:
        parts_sv.append(" / ".join(spec.titles or spec.title_terms))
        parts_en.append(" / ".join(spec.titles or spec.title_terms))
    if spec.organisations:
        names = " / ".join(ctx.name(o) for o in spec.organisations)
        parts_sv.append(("från " if spec.titles else "") + names)
        parts_en.append(("from " if spec.titles else "") + names)
    for kind in spec.organisation_kinds:
        name = KIND_NAMES.get(kind, Msg(kind, kind))
        parts_sv.append(("från " if parts_sv else "") + name.sv)
        parts_en.append(("from " if parts_en else "") + name.en)
    if spec.party and not parts_sv:
        parts_sv.append(PARTY_NAMES[spec.party].sv)
        parts_en.append(PARTY_NAMES[spec.party].en)
    if spec.any_of:
        alts = [spec_label(ctx, alt) for alt in spec.any_of]
        parts_sv.append(" eller ".join(a.sv for a in alts))
        parts_en.append(" or ".join(a.en for a in alts))
    return Msg(" ".join(parts_sv), " ".join(parts_en))


class RepresentationDemand(Demand):
    level: AgreementLevel
    kinds: list[GroupKind] = Field(min_length=1)
    members: list[MemberSpec] = Field(min_length=1)


class JointDemand(Demand):
    exempt_kinds: list[GroupKind] = []


@rule(
    "SAM030",
    reads="Activity() Agreement(parent parties replaces revises) Group() Membership Organisation Person Role Statement",
    demand=RepresentationDemand,
    title=Msg("Gruppen har de funktioner och organisationer profilen kräver",
              "The group has the roles and organisations its profile requires"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Styrgrupp/Lokal styrgrupp/Lokal beredningsgrupp, rad 126-131, 152-158, 162-165",
    description=Msg(
        "Jämför varje grupps medlemmar med profilens krav för grupper av samma slag och nivå. Roller matchas på "
        "normaliserad titel (skiftläge, diakritiska tecken och stavningsvarianter spelar ingen roll), organisationer "
        "på id, slag eller 'on_behalf_of'. Saknas en som krävs: fel; en som rekommenderas: varning. Finns den bara "
        "adjungerad, inbjuden eller 'vid behov': en nivå lägre.",
        "Compares each group's members with the profile's demands for groups of its kind and level. Roles match on "
        "normalised title (case, diacritics and spelling variants do not matter), organisations on id, kind or "
        "'on_behalf_of'. A required one missing: error; a recommended one: warning. Present only co-opted, invited or "
        "'as needed': one level lower."),
    failing=Example(
        Msg("Stadsdelsdirektören sitter inte i den lokala styrgruppen.",
            "The district director is not a member of the local steering group."),
        edits="""
            - {op: remove, id: a-2023/styrgrupp~sdf-a/stadsdelsdirektor}
        """,
    ),
)
def representation(ctx: RunContext):
    for demand in ctx.demands("SAM030")[:1]:
        yield from _ceased_members(ctx, demand)
    for n, demand in enumerate(ctx.demands("SAM030")):
        labels = tuple(spec_label(ctx, spec) for spec in demand.members)  # they name organisations of no group
        for g in ctx.groups:
            if g.level == demand.level and g.kind in demand.kinds:
                yield from ctx.per_unit("SAM030", g.id, partial(_lacking, ctx, demand, g, labels), (n, labels))


def _lacking(ctx: RunContext, demand: RepresentationDemand, g: Group, labels: tuple[Msg, ...]) -> list[Finding]:
    """The members a group lacks, or has only in a lesser capacity."""
    found: list[Finding] = []
    members = ctx.memberships_by_group.get(g.id, [])
    if not members:
        return found  # nothing recorded to compare with: SAM090 reports the group
    for spec, label in zip(demand.members, labels, strict=True):
        matched = members_matching(ctx, members, spec)
        if any(is_full(m) for m in matched):
            continue
        required = spec.necessity == "required"
        citation = ctx.cite(spec.citation or demand.citation)
        if matched:
            who = ", ".join(sorted(m.member for m in matched))
            how = ", ".join(sorted({m.condition or m.capacity for m in matched}))
            found.append(ctx.finding("SAM030", g.id, Msg(
                f"{ctx.label(g.id)}: {label.sv} ({'krävs' if required else 'rekommenderas'}) finns bara "
                f"som {how}: {who}",
                f"{ctx.label(g.id)}: {label.en} ({'required' if required else 'recommended'}) is only "
                f"present as {how}: {who}"),
                Msg(f"Gör {label.sv} till ordinarie ledamot i {g.name}.",
                    f"Make {label.en} a regular member of {g.name}."),
                demand=demand, citation=citation, severity="warning" if required else "info",
                path=[g.id, *sorted(m.member for m in matched)]))
            continue
        found.append(ctx.finding("SAM030", g.id, Msg(
            f"{ctx.label(g.id)} saknar {label.sv} ({'krävs' if required else 'rekommenderas'})",
            f"{ctx.label(g.id)} lacks {label.en} ({'required' if required else 'recommended'})"),
            Msg(f"Lägg till {label.sv} i {g.name}" + ("." if required else ", eller motivera varför inte."),
                f"Add {label.en} to {g.name}" + ("." if required else ", or explain why not.")),
            demand=demand, citation=citation, severity="error" if required else "warning", path=[g.id]))
    return found


def _ceased_members(ctx: RunContext, demand):
    """Members who sit for an organisation that has ceased at the audit date: one finding per agreement and
    organisation, naming the members and the successor."""
    from samverkan.model import validity

    if not ctx.ceased:
        return
    gone: dict[tuple[str, str], set[str]] = {}
    for g in ctx.groups:
        for org_id, member in ctx.per_unit("SAM030", g.id, partial(_sitting_for_ceased, ctx, g), ("ceased",)):
            gone.setdefault((ctx.carried.get(g.agreement, g.agreement), org_id), set()).add(member)
    for (agreement, org_id), members in sorted(gone.items()):
        org = ctx.data.get(org_id)
        succ = ", ".join(o.id for o in validity.successors_on(ctx.data, org_id, ctx.as_of))
        then = Msg(f"; efterträdare: {succ}", f"; successor: {succ}") if succ else Msg("", "")
        who = ", ".join(sorted(members))
        yield ctx.finding("SAM030", agreement, Msg(
            f"{agreement}: {len(members)} medlemmar i grupperna företräder {ctx.label(org_id)}, som upphörde "
            f"{org.valid_to}{then.sv}: {who}",
            f"{agreement}: {len(members)} group members sit for {ctx.label(org_id)}, which ceased on "
            f"{org.valid_to}{then.en}: {who}"),
            Msg("Ersätt medlemmarna med funktioner hos efterträdaren, eller teckna om överenskommelsen.",
                "Replace the members by functions of the successor, or re-sign the agreement."),
            demand=demand, agreement=agreement, severity="warning", path=[agreement, org_id, *sorted(members)])


def _sitting_for_ceased(ctx: RunContext, g: Group) -> list[tuple[str, str]]:
    """(organisation, member) for a group's members who sit for an organisation that has ceased."""
    ceased = ctx.ceased
    return [(org.id, m.member) for m in ctx.memberships_by_group.get(g.id, [])
            for org in ctx.organisations_of_member(m) if org.id in ceased]


@rule(
    "SAM031",
    reads="Activity() Agreement(parent parties replaces revises) Group() Membership Organisation Person Role Statement",
    demand=JointDemand,
    title=Msg("Varje gemensam grupp har medlemmar från båda parter", "Every joint group has members from both parties"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Lokal arbetsgrupp, rad 175-178",
    description=Msg(
        "Varje grupp (och aktivitet med deltagare) i en överenskommelse ska ha minst en medlem från staden och en "
        "från polisen (part enligt medlemmens organisation eller 'on_behalf_of'). Grupper utan medlemmar tas av "
        "SAM090.",
        "Every group (and activity with participants) of an agreement has at least one member from the city and one "
        "from the police (party from the member's organisation or 'on_behalf_of'). Groups without members are "
        "SAM090's."),
    failing=Example(
        Msg("Kommunpolisen lämnar trygghetsforumet; bara staden är kvar.",
            "The community police officer leaves the safety forum; only the city is left."),
        edits="""
            - {op: remove, id: a-2023/forum-trygghet~lpo-a/kommunpolis}
        """,
    ),
)
def both_parties(ctx: RunContext):
    for n, demand in enumerate(ctx.demands("SAM031")):
        items = [g for g in ctx.groups if g.kind not in demand.exempt_kinds] + \
            [a for a in ctx.activities if ctx.memberships_by_group.get(a.id)]
        for item in sorted(items, key=lambda x: x.id):
            yield from ctx.per_unit("SAM031", item.id, partial(_one_sided, ctx, demand, item), (n,))


def _one_sided(ctx: RunContext, demand: JointDemand, item: Group | Activity) -> list[Finding]:
    """A finding per party a group or activity has no member from."""
    members = ctx.memberships_by_group.get(item.id, [])
    parties = {ctx.party_of_membership(m) for m in members}
    return [ctx.finding("SAM031", item.id, Msg(
        f"{ctx.label(item.id)} har ingen medlem från {PARTY_NAMES[party].sv} ({len(members)} medlemmar)",
        f"{ctx.label(item.id)} has no member from {PARTY_NAMES[party].en} ({len(members)} members)"),
        Msg(f"Lägg till en funktion från {PARTY_NAMES[party].sv} med ansvar för det gruppen gör.",
            f"Add a function from {PARTY_NAMES[party].en} responsible for what the group does."),
        demand=demand, path=[item.id]) for party in ("city", "police") if members and party not in parties]
