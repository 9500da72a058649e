"""SAM090: groups without members; roles and outside organisations that take part nowhere."""

from __future__ import annotations

from itertools import chain

from samverkan.io.i18n import Msg
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.demand import PlainDemand


def used_ids(ctx: RunContext) -> set[str]:
    """Every id that takes part in something: members, holders, contacts, signatories, parties, reporting."""
    d = ctx.data
    used = {m.member for m in d.memberships}
    used.update(m.on_behalf_of for m in d.memberships if m.on_behalf_of)
    used.update(r.holder for r in d.responsibilities)
    used.update(c.holder for item in chain(d.groups, d.activities) for c in item.contacts)
    used.update(req.organisation for g in d.groups for req in g.requirements if req.organisation)
    used.update(s for a in d.agreements for s in a.signatories)
    used.update(p for a in d.agreements for p in a.parties)
    used.update(line.to for line in d.reporting_lines)
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
    members = ctx.memberships_by_group
    for g in sorted((g for g in ctx.groups if not members.get(g.id)), key=lambda g: g.id):
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
    idle, roles_in_use_by_org = [], set()
    for r in ctx.data.roles:
        if r.id in used or (r.holder and r.holder in used):
            roles_in_use_by_org.add(r.organisation)
        else:
            idle.append(r)
    for r in sorted(idle, key=lambda r: r.id):
        yield ctx.finding("SAM090", r.id, Msg(
            f"Rollen {ctx.label(r.id)} deltar inte i någon grupp eller aktivitet och har inget ansvar",
            f"The role {ctx.label(r.id)} takes part in no group or activity and holds no responsibility"),
            Msg("Koppla rollen till den grupp eller aktivitet där den verkar, eller ta bort den.",
                "Link the role to the group or activity where it acts, or remove it."),
            citation=ctx.cite_source(r), severity="info", agreement=None, path=[r.id])
    outside = [o for o in ctx.data.organisations if o.kind == "external"]
    for o in sorted(outside, key=lambda o: o.id):
        if o.id in used or o.id in roles_in_use_by_org:
            continue
        yield ctx.finding("SAM090", o.id, Msg(
            f"Organisationen {ctx.label(o.id)} deltar inte i någon grupp eller aktivitet",
            f"The organisation {ctx.label(o.id)} takes part in no group or activity"),
            Msg("Lägg in var organisationen deltar, eller ta bort den ur datamängden.",
                "Record where the organisation takes part, or remove it from the data set."),
            citation=ctx.cite_source(o), severity="info", agreement=None, path=[o.id])
