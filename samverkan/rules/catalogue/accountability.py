"""SAM010, SAM011: one accountable party per group and activity (the RACI row and column checks)."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from weakref import WeakKeyDictionary

from pydantic import Field

from samverkan.io.i18n import Msg
from samverkan.model.entities import Activity, Group, GroupKind, Organisation, Person, Role
from samverkan.model.fields import field_named
from samverkan.rules.base import Example, Finding, RunContext, rule
from samverkan.rules.demand import Demand

LETTER = {"accountable": "A", "responsible": "R", "consulted": "C", "informed": "I"}


def subjects(ctx: RunContext, exempt_kinds=(), activities: bool = True) -> list[Group | Activity]:
    items: list[Group | Activity] = [g for g in ctx.groups if g.kind not in exempt_kinds]
    if activities:
        items += ctx.activities
    return sorted(items, key=lambda x: x.id)


_ACCOUNTABLE: WeakKeyDictionary[RunContext, dict[str, tuple]] = WeakKeyDictionary()


def accountable_of(ctx: RunContext, subject_id: str) -> tuple[list[str], list[str], dict[str, set[str]]]:
    """(single accountable holders, alternating chairs, letters per holder) of one group or activity, not to be
    changed: SAM010 and SAM011 ask for every group and activity, so it is found once a run.

    Chairs (`chair: yes`) count as accountable; alternating chairs together count as one party.
    """
    found = _ACCOUNTABLE.get(ctx)
    if found is None:
        found = _ACCOUNTABLE[ctx] = {}
    if subject_id not in found:
        found[subject_id] = _accountable_of(ctx, subject_id)
    return found[subject_id]


def _accountable_of(ctx: RunContext, subject_id: str) -> tuple[list[str], list[str], dict[str, set[str]]]:
    letters: dict[str, set[str]] = defaultdict(set)
    for r in ctx.responsibilities_by_subject.get(subject_id, []):
        letters[r.holder].add(r.kind)
    alternating = sorted({m.member for m in ctx.memberships_by_group.get(subject_id, []) if m.chair == "alternating"})
    for m in ctx.memberships_by_group.get(subject_id, []):
        if m.chair == "yes":
            letters[m.member].add("accountable")
    single = sorted(h for h, ls in letters.items() if "accountable" in ls and h not in alternating)
    return single, alternating, letters


class AccountabilityDemand(Demand):
    exempt_kinds: list[GroupKind] = []
    bottleneck: int = Field(default=6, ge=2)
    activities: bool = True


class FunctionDemand(Demand):
    pass


@rule(
    "SAM010",
    reads=("Activity() Agreement(parent parties replaces revises) Group() Membership Organisation Person "
           "Responsibility Role Statement"),
    demand=AccountabilityDemand,
    title=Msg("Varje grupp och aktivitet har exakt en ansvarig part", "Every group and activity has exactly one "
              "accountable party"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Styrgrupp/Beredningsgrupp, rad 131-132, 142-145",
    description=Msg(
        "Räknar ansvariga (RACI 'accountable': ordförande, sammankallande, aktivitetsansvarig) per grupp och "
        "aktivitet; ett alternerande ordförandeskap räknas som en part. Ingen: fel. Flera utan regel om "
        "alternerande ordförandeskap: varning. Dessutom: en roll med flera bokstäver för samma sak (utom A+R): "
        "varning; bara en hel organisation ansvarig och ingen utförande (R): info; en roll ansvarig för många "
        "grupper och aktiviteter (flaskhals): info. Mallgrupper (template) och grupper utan både medlemmar och "
        "ansvar (SAM090:s) räknas inte.",
        "Counts accountable parties (RACI 'accountable': chair, convener, activity owner) per group and activity; "
        "an alternating chair counts as one party. None: error. Several without an alternating-chair rule: "
        "warning. Also: one role holding several letters for one subject (except A+R): warning; only a whole "
        "organisation accountable and nobody responsible (R): info; one role accountable for many groups and "
        "activities (bottleneck): info. Template groups, and groups with neither members nor responsibilities "
        "(SAM090's), are not counted."),
    failing=Example(
        Msg("Den centrala styrgruppen har ingen ordförande eller sammankallande.",
            "The central steering group has no chair or convener."),
        edits="""
            - {op: update, id: c-2023/styrgrupp~stadsledningskontoret/bitradande-stadsdirektor, fields: {
                  chair: 'no'}}
        """,
    ),
)
def one_accountable(ctx: RunContext):
    for n, demand in enumerate(ctx.demands("SAM010")):
        load: dict[str, list[str]] = defaultdict(list)
        for item in subjects(ctx, demand.exempt_kinds, demand.activities):
            found, holders = ctx.per_unit("SAM010", item.id, partial(_accountable, ctx, demand, item), (n,))
            yield from found
            for holder in holders:
                load[holder].append(item.id)
        for holder, items in sorted(load.items()):
            if len(items) >= demand.bottleneck and isinstance(ctx.data.get(holder), (Role, Person)):
                agreements = {ctx.data.agreement_of(i) for i in items}
                yield ctx.finding("SAM010", holder, Msg(
                    f"{ctx.label(holder)} är ansvarig för {len(items)} grupper och aktiviteter: en möjlig flaskhals",
                    f"{ctx.label(holder)} is accountable for {len(items)} groups and activities: "
                    "a possible bottleneck"),
                    Msg("Fördela ansvaret på fler funktioner eller skjut det nedåt.",
                        "Spread the accountability over more functions or push it down."),
                    demand=demand, severity="info", agreement=agreements.pop() if len(agreements) == 1 else None,
                    path=[holder, *items])


def _accountable(ctx: RunContext, demand: AccountabilityDemand,
                 item: Group | Activity) -> tuple[list[Finding], list[str]]:
    """The findings about one group or activity's accountable parties, and who they are."""
    if not ctx.memberships_by_group.get(item.id) and not ctx.responsibilities_by_subject.get(item.id):
        return [], []  # nothing recorded about the group: SAM090 reports it
    single, alternating, letters = accountable_of(ctx, item.id)
    found = list(_accountable_findings(ctx, demand, item, single, alternating, letters))
    return found, (sorted({*single, *alternating}) if len(alternating) == 1 else single + alternating)


def _accountable_findings(ctx: RunContext, demand: AccountabilityDemand, item: Group | Activity,
                          single: list[str], alternating: list[str], letters: dict[str, set[str]]):
    what = _what(item)
    name = ctx.label(item.id)
    if len(alternating) == 1:  # an alternation needs someone to alternate with: the one holder counts alone
        yield ctx.finding("SAM010", item.id, Msg(
            f"{what.sv} {name}: ordförandeskapet sägs alternera men bara {ctx.label(alternating[0])} "
            "innehar det",
            f"{what.en} {name}: the chair is said to alternate but only {ctx.label(alternating[0])} "
            "holds it"),
            Msg("Ange vilka som turas om (minst två funktioner, en från varje part), eller gör det till en "
                "ordförande.",
                "Name who takes turns (at least two functions, one from each party), or make it one chair."),
            demand=demand, severity="warning", path=[item.id, *alternating])
        single, alternating = sorted({*single, *alternating}), []
    count = len(single) + (1 if alternating else 0)
    yield from _outside_parties(ctx, demand, item, single + alternating, what, name)
    responsible = sorted(h for h, ls in letters.items() if "responsible" in ls)
    if count == 0:
        members = ctx.memberships_by_group.get(item.id, [])
        has = Msg(f"; {len(members)} medlemmar men ingen ordförande, sammankallande eller ansvarig är utsedd",
                  f"; {len(members)} members but no chair, convener or owner is named") if members else \
            Msg("; ingen ordförande, sammankallande eller ansvarig är utsedd",
                "; no chair, convener or owner is named")
        if responsible:
            has = Msg(f"; utförande (R): {', '.join(responsible)}, men ingen ansvarig (A)",
                      f"; responsible (R): {', '.join(responsible)}, but no accountable (A)")
        yield ctx.finding("SAM010", item.id, Msg(f"{what.sv} {name} saknar ansvarig part{has.sv}",
                                                 f"{what.en} {name} has no accountable party{has.en}"),
                          Msg("Utse en sammankallande/ordförande (en funktion) eller ett alternerande "
                              "ordförandeskap och skriv in det i överenskommelsen.",
                              "Appoint one convener/chair (a function) or an alternating chair and write "
                              "it into the agreement."),
                          demand=demand, path=[item.id])
    elif count > 1:
        holders = ", ".join(ctx.label(h) for h in single)
        yield ctx.finding("SAM010", item.id, Msg(
            f"{what.sv} {name} har {count} ansvariga utan regel om alternerande ordförandeskap: {holders}",
            f"{what.en} {name} has {count} accountable parties without an alternating-chair rule: {holders}"),
            Msg("Utse en av dem till sammankallande, eller skriv in att ordförandeskapet alternerar.",
                "Make one of them the convener, or state that the chair alternates."),
            demand=demand, severity="warning", path=[item.id, *single])
    for holder, ls in sorted(letters.items()):
        if len(ls) > 1 and ls != {"accountable", "responsible"}:
            codes = "+".join(sorted(LETTER[k] for k in ls))
            yield ctx.finding("SAM010", item.id, Msg(
                f"{ctx.label(holder)} har flera roller ({codes}) för {what.sv} {name}",
                f"{ctx.label(holder)} holds several letters ({codes}) for {what.en} {name}"),
                Msg("Ge varje funktion en roll per grupp eller aktivitet (A och R får sammanfalla).",
                    "Give each function one letter per group or activity (A and R may coincide)."),
                demand=demand, severity="warning", path=[item.id, holder])
    if count >= 1 and not responsible and not alternating and single and all(
            isinstance(ctx.data.get(h), Organisation) for h in single):
        yield ctx.finding("SAM010", item.id, Msg(
            f"{what.sv} {name}: ansvarig är hela {', '.join(ctx.label(h) for h in single)} och ingen "
            "funktion är utförande (R)",
            f"{what.en} {name}: the accountable party is all of {', '.join(ctx.label(h) for h in single)} "
            "and no function is responsible (R)"),
            Msg("Ange vilken funktion som utför arbetet (t.ex. kontaktpersonen).",
                "Name the function that carries out the work (e.g. the contact person)."),
            demand=demand, severity="info", path=[item.id, *single])


def _outside_parties(ctx: RunContext, demand, item: Group | Activity, holders: list[str], what: Msg, name: str):
    """An accountable holder must belong to a party of the item's agreement or sit on behalf of one."""
    agreement = ctx.data.get(item.agreement)
    parties = set(getattr(agreement, "parties", []))
    if not parties:
        return
    behalf = {m.member: m.on_behalf_of for m in ctx.memberships_by_group.get(item.id, []) if m.on_behalf_of}
    for holder in holders:
        orgs = [o for o in (ctx.organisation_of(holder), ctx.data.get(behalf.get(holder))) if o is not None]
        if not orgs or any(acts_for_party(ctx, o, parties) for o in orgs if isinstance(o, Organisation)):
            continue
        named_with = getattr(ctx.data.get(holder), "organisation", None)  # a role's name carries its organisation
        extra = [ctx.label(o.id) for o in orgs if o.id != named_with]
        owner = f" ({', '.join(extra)})" if extra else ""
        names = ", ".join(ctx.label(p) for p in sorted(parties))
        yield ctx.finding("SAM010", item.id, Msg(
            f"{what.sv} {name}: den ansvariga {ctx.label(holder)}{owner} tillhör ingen av överenskommelsens "
            f"parter ({names}) och företräder ingen av dem",
            f"{what.en} {name}: the accountable {ctx.label(holder)}{owner} belongs to none of the agreement's "
            f"parties ({names}) and acts for none of them"),
            Msg("Gör en funktion hos en av parterna ansvarig, eller ange för vilken part den ansvariga agerar "
                f"({field_named('on_behalf_of').sv}).",
                "Make a function of one of the parties accountable, or state which party the accountable acts "
                f"for ({field_named('on_behalf_of').en})."),
            demand=demand, path=[item.id, holder, *(o.id for o in orgs)])


def acts_for_party(ctx: RunContext, org: Organisation, parties: set[str]) -> bool:
    """Whether an organisation can hold accountability in an agreement between `parties`: it is a party or part
    of one, or it is on a party's side without being a peer of one (the city's specialist administrations and
    companies in a district's agreement), but not an outside organisation nor another district or police area."""
    if within_parties(ctx, org, parties):
        return True
    party_orgs = [o for o in (ctx.data.get(p) for p in parties) if isinstance(o, Organisation)]
    if org.party == "other" or any(o.kind == org.kind for o in party_orgs):
        return False
    return any(o.party == org.party for o in party_orgs)


def within_parties(ctx: RunContext, org: Organisation, parties: set[str]) -> bool:
    """Whether an organisation is a party or part of one (following `parent`)."""
    seen: set[str] = set()
    current: Organisation | None = org
    while current is not None and current.id not in seen:
        if current.id in parties:
            return True
        seen.add(current.id)
        parent = ctx.data.get(current.parent)
        current = parent if isinstance(parent, Organisation) else None
    return False


def _what(item: Group | Activity) -> Msg:
    return Msg("Aktiviteten", "The activity") if isinstance(item, Activity) else Msg("Gruppen", "The group")


@rule(
    "SAM011",
    reads=("Activity() Agreement(parent parties replaces revises) Group() Membership Organisation Person "
           "Responsibility Role Statement"),
    demand=FunctionDemand,
    title=Msg("Den ansvariga är en funktion, inte bara en namngiven person",
              "The accountable party is a function, not only a named person"),
    severity="warning",
    clause="001_4881a4aa871a676f.txt, punkt 1, rad 36-37",
    description=Msg(
        "Ansvaret (accountable eller ordförande) ska ligga på en roll eller organisation så att samarbetet blir "
        "funktions- i stället för personberoende. En person som ansvarig: varning, med den roll personen har.",
        "Accountability (accountable or chair) must rest with a role or organisation so that cooperation depends "
        "on functions rather than persons. A person as the accountable party: warning, naming the role the person "
        "holds."),
    failing=Example(
        Msg("Forumet för unga har en namngiven person som ansvarig i stället för en funktion.",
            "The forum for young people has a named person as accountable instead of a function."),
        edits="""
            - {op: add, section: people, entity: {id: person/anna, name: Anna Exempel, sources: [{document: exempel}]}}
            - {op: update, id: sdf-a/socialsekreterare, fields: {holder: person/anna}}
            - {op: update, id: a-2023/forum-unga~sdf-a/socialsekreterare, fields: {chair: 'no'}}
            - {op: add, section: responsibilities, entity: {subject: a-2023/forum-unga, holder: person/anna,
                  kind: accountable, sources: [{document: exempel}]}}
        """,
    ),
)
def function_not_person(ctx: RunContext):
    for n, demand in enumerate(ctx.demands("SAM011")):
        for item in subjects(ctx):
            yield from ctx.per_unit("SAM011", item.id, partial(_person_accountable, ctx, demand, item), (n,))


def _person_accountable(ctx: RunContext, demand: FunctionDemand, item: Group | Activity) -> list[Finding]:
    """A finding per person accountable for a group or activity (the roles a person holds are in its unit)."""
    found = []
    single, alternating, _ = accountable_of(ctx, item.id)
    for holder in single + alternating:
        if not isinstance(ctx.data.get(holder), Person):
            continue
        roles = sorted(r.id for r in ctx.roles_held(holder))
        hint = Msg(f"Ange rollen {', '.join(roles)} som ansvarig i stället för personen.",
                   f"Make the role {', '.join(roles)} accountable instead of the person.") if roles else \
            Msg("Ange den funktion (roll) personen har som ansvarig.",
                "Make the function (role) the person holds accountable.")
        found.append(ctx.finding("SAM011", item.id, Msg(
            f"{_what(item).sv} {ctx.label(item.id)}: ansvarig är personen {ctx.name(holder)}, inte en funktion",
            f"{_what(item).en} {ctx.label(item.id)}: the accountable party is the person {ctx.name(holder)}, "
            "not a function"), hint, demand=demand, path=[item.id, holder, *roles]))
    return found
