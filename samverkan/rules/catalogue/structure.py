"""SAM090: groups without members; roles and outside organisations that take part nowhere."""

from __future__ import annotations

from samverkan.io.i18n import Msg
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.demand import PlainDemand


def used_ids(ctx: RunContext) -> set[str]:
    """Every id that takes part in something: members, holders, contacts, signatories, parties, reporting."""
    used: set[str] = set()
    d = ctx.data
    for m in d.memberships:
        used.add(m.member)
        if m.on_behalf_of:
            used.add(m.on_behalf_of)
    for r in d.responsibilities:
        used.add(r.holder)
    for item in [*d.groups, *d.activities]:
        used.update(c.holder for c in item.contacts)
        used.update(req.organisation for req in getattr(item, "requirements", []) if req.organisation)
    for a in d.agreements:
        used.update(a.signatories)
        used.update(a.parties)
    for line in d.reporting_lines:
        used.add(line.to)
    return used


@rule(
    "SAM090",
    reads="Activity Agreement Group Membership Organisation Person ReportingLine Responsibility Role Statement",
    demand=PlainDemand,
    title=Msg("Inga tomma grupper, inga funktioner som inte deltar någonstans",
              "No groups without members, no functions that take part nowhere"),
    severity="warning",
    clause="(gruppens eller rollens egen källa / the group's or role's own source)",
    description=Msg(
        "Grupper (inte mallar) utan medlemmar: varning. Roller som inte är medlem, ansvarig, kontakt eller "
        "undertecknare någonstans, och utomstående organisationer (kind: external) som inte deltar i något: info. "
        "Registrets förvaltningar och polisområden räknas inte: att de inte deltar är SAM001:s sak.",
        "Groups (not templates) without members: warning. Roles that are nowhere a member, holder, contact or "
        "signatory, and outside organisations (kind: external) that take part in nothing: info. The register's "
        "administrations and police areas are not counted: their absence is SAM001's concern."),
    failing=Example(
        Msg("En arbetsgrupp utan medlemmar läggs till i den lokala överenskommelsen.",
            "A working group without members is added to the local agreement."),
        edits="""
            - {op: add, section: groups, entity: {id: a-2023/tom, name: Tom arbetsgrupp, agreement: a-2023,
                  kind: working, level: local, sources: [{document: exempel}]}}
        """,
    ),
    generic=True,
)
def unused(ctx: RunContext):
    for g in sorted(ctx.groups, key=lambda g: g.id):
        if ctx.memberships_by_group.get(g.id):
            continue
        yield ctx.finding("SAM090", g.id, Msg(f"{ctx.label(g.id)} har inga medlemmar, så dess sammansättning och "
                                              "ordförande kan inte prövas",
                                              f"{ctx.label(g.id)} has no members, so its composition and chair "
                                              "cannot be checked"),
                          Msg("Lägg in gruppens medlemmar (memberships) enligt överenskommelsen, eller ta bort "
                              "gruppen.",
                              "Add the group's members (memberships) as the agreement states them, or remove the "
                              "group."),
                          citation=ctx.cite_source(g), severity="warning", path=[g.id])
    used = used_ids(ctx)
    roles_in_use_by_org = {r.organisation for r in ctx.data.roles if r.id in used or (r.holder and r.holder in used)}
    for r in sorted(ctx.data.roles, key=lambda r: r.id):
        if r.id in used or (r.holder and r.holder in used):
            continue
        yield ctx.finding("SAM090", r.id, Msg(
            f"Rollen {ctx.label(r.id)} deltar inte i någon grupp eller aktivitet och har inget ansvar",
            f"The role {ctx.label(r.id)} takes part in no group or activity and holds no responsibility"),
            Msg("Koppla rollen till den grupp eller aktivitet där den verkar, eller ta bort den.",
                "Link the role to the group or activity where it acts, or remove it."),
            citation=ctx.cite_source(r), severity="info", agreement=None, path=[r.id])
    for o in sorted(ctx.data.organisations, key=lambda o: o.id):
        if o.kind != "external" or o.id in used or o.id in roles_in_use_by_org:
            continue
        yield ctx.finding("SAM090", o.id, Msg(
            f"Organisationen {ctx.label(o.id)} deltar inte i någon grupp eller aktivitet",
            f"The organisation {ctx.label(o.id)} takes part in no group or activity"),
            Msg("Lägg in var organisationen deltar, eller ta bort den ur datamängden.",
                "Record where the organisation takes part, or remove it from the data set."),
            citation=ctx.cite_source(o), severity="info", agreement=None, path=[o.id])
