"""SAM020, SAM021: reporting chains reach the central steering group; the local organisation reports both ways."""

from __future__ import annotations

from collections import defaultdict

from samverkan.io.i18n import Msg
from samverkan.model.entities import Agreement, GroupKind, Organisation
from samverkan.model.graph import Digraph
from samverkan.rules.base import Example, RunContext, rule
from samverkan.rules.demand import Demand


class ReachDemand(Demand):
    target_kind: GroupKind = "steering"


class DualReportingDemand(Demand):
    from_kinds: list[GroupKind] = ["preparation", "coordinators"]
    local_kind: GroupKind = "steering"
    central_kind: GroupKind = "preparation"


@rule(
    "SAM020",
    reads=("Activity(forum priority_areas) Agreement(parent parties replaces revises) "
           "Group(priority_areas) Organisation ReportingLine Statement"),
    demand=ReachDemand,
    path_is_chain=True,
    title=Msg("Varje grupps rapportkedja når den centrala styrgruppen",
              "Every group's reporting chain reaches the central steering group"),
    severity="error",
    clause="003_6a855a06a73e563a.txt, Beredningsgrupp/Lokal beredningsgrupp, rad 137-139, 165-167",
    description=Msg(
        "Följer 'reports_to' från varje grupp till den centrala styrgruppen i den stadsövergripande överenskommelse "
        "som gäller för gruppens överenskommelse (en bakåtriktad genomgång från styrgruppen för alla grupper på en "
        "gång). Grupper som inte når fram samlas per ställe där kedjan stannar; fyndet visar kedjan och var den "
        "stannar. En cykel i rapporteringen är ett fel med cykeln som väg.",
        "Follows 'reports_to' from every group to the central steering group of the city-wide agreement that "
        "governs the group's agreement (one reverse traversal from the steering group for all groups at once). "
        "Groups that do not reach it are gathered per node where the chain stops; the finding shows the chain and "
        "where it stops. A reporting cycle is an error with the cycle as its path."),
    failing=Example(
        Msg("Den lokala styrgruppen och beredningsgruppen rapporterar inte längre till den centrala beredningsgruppen.",
            "The local steering and preparation groups no longer report to the central preparation group."),
        edits="""
            - {op: remove, id: a-2023/styrgrupp~>c-2023/beredningsgrupp}
            - {op: remove, id: a-2023/beredningsgrupp~>c-2023/beredningsgrupp}
        """,
    ),
)
def reaches_central(ctx: RunContext):
    for demand in ctx.demands("SAM020"):
        reports = ctx.reports
        loops = reports.cycles()
        in_cycle = {n for c in loops for n in c}
        for loop in loops:
            chain = " → ".join(loop)
            yield ctx.finding("SAM020", loop[0], Msg(f"Rapporteringen går i cirkel: {chain}",
                                                     f"Reporting runs in a cycle: {chain}"),
                              Msg("Bryt cirkeln: låt en av grupperna rapportera uppåt till styrgruppen.",
                                  "Break the cycle: let one of the groups report up to the steering group."),
                              demand=demand, path=loop, agreement=_agreement(ctx, loop))
        targets: dict[str, str | None] = {}
        for a in ctx.agreements:
            governing = ctx.governing(a)
            target = ctx.first_group(governing.id if governing else None, demand.target_kind, "central")
            targets[a.id] = target.id if target else None
        # one reverse traversal per central steering group, for all groups at once
        reached = {t: reports.ancestors(t) | {t}
                   for t in sorted({t for t in targets.values() if t})}
        # memoised walks, per target: where a walk stops depends on which nodes reach that target
        stop_of: dict[str, dict[str, str]] = defaultdict(dict)
        next_of: dict[str, dict[str, str]] = defaultdict(dict)
        stranded: dict[tuple[str, str], list[str]] = defaultdict(list)
        groups_only = ({g.id for g in ctx.data.groups} | {a.id for a in ctx.data.activities}).__contains__
        for agreement_id in sorted(targets):
            target = targets[agreement_id]
            groups = ctx.groups_by_agreement.get(agreement_id, [])
            if target is None:
                if groups:
                    yield ctx.finding("SAM020", agreement_id, Msg(
                        f"{agreement_id}: ingen central styrgrupp ({demand.target_kind}) finns att rapportera till, "
                        "så rapportkedjorna kan inte prövas",
                        f"{agreement_id}: there is no central steering group ({demand.target_kind}) to report to, so "
                        "the reporting chains cannot be checked"),
                        Msg("Lägg in den stadsövergripande överenskommelsen med dess styrgrupp.",
                            "Add the city-wide agreement with its steering group."),
                        demand=demand, severity="warning", agreement=agreement_id)
                continue
            for g in groups:
                if g.id in reached[target] or g.id in in_cycle:
                    continue
                stop = _stop(g.id, reports, reached[target], in_cycle, stop_of[target], next_of[target], groups_only)
                if stop is not None:
                    stranded[(stop, target)].append(g.id)
        for (stop, target), groups in sorted(stranded.items()):
            chains = {g: _chain(g, next_of[target]) for g in groups}
            longest = max(sorted(chains), key=lambda g: len(chains[g]))
            path = chains[longest]
            agreement = ctx.data.agreement_of(stop) or ctx.data.agreement_of(longest)
            others = sorted(set(groups) - {stop})
            affected = Msg(f"; det gäller också {', '.join(others)}", f"; this also holds for {', '.join(others)}") \
                if others else Msg("", "")
            bodies = sorted(line.to for line in ctx.reports_from.get(stop, [])
                            if isinstance(ctx.data.get(line.to), Organisation))
            if bodies:
                names = ", ".join(ctx.label(b) for b in bodies)
                where = Msg(f"stannar vid {ctx.label(stop)}, som bara rapporterar till {names}",
                            f"stops at {ctx.label(stop)}, which reports only to {names}")
            elif stop == longest:
                where = Msg("stannar direkt: gruppen rapporterar inte till någon",
                            "stops at once: the group reports to nobody")
            else:
                where = Msg(f"stannar vid {ctx.label(stop)}, som inte rapporterar vidare",
                            f"stops at {ctx.label(stop)}, which reports to nobody")
            chain = " → ".join(path)
            yield ctx.finding("SAM020", stop, Msg(
                f"Rapportkedjan {chain} når inte den centrala styrgruppen {target}; den {where.sv}{affected.sv}",
                f"The reporting chain {chain} does not reach the central steering group {target}; it "
                f"{where.en}{affected.en}"),
                _suggestion(ctx, stop, target),
                demand=demand, agreement=agreement, path=path)


def _suggestion(ctx: RunContext, stop: str, target: str) -> Msg:
    """Where the group that stops the chain should report: a city-wide group straight to the steering group,
    a local one to the city-wide preparation or steering group."""
    stopped = ctx.data.get(stop)
    if getattr(stopped, "level", None) == "central":
        return Msg(f"Låt {ctx.name(stop)} rapportera till den centrala styrgruppen ({target}) och skriv in "
                   "rapporteringen i överenskommelsen.",
                   f"Let {ctx.name(stop)} report to the central steering group ({target}) and write the reporting "
                   "into the agreement.")
    return Msg(f"Låt {ctx.name(stop)} rapportera till den stadsövergripande beredningsgruppen eller styrgruppen "
               f"({target}) och skriv in rapporteringen i överenskommelsen.",
               f"Let {ctx.name(stop)} report to the city-wide preparation or steering group ({target}) and write "
               "the reporting into the agreement.")


def _agreement(ctx: RunContext, nodes: list[str]) -> str | None:
    for n in nodes:
        a = ctx.data.agreement_of(n)
        if a:
            return a
    return None


def _stop(start: str, reports: Digraph, reached: set[str], in_cycle: set[str],
          stop_of: dict[str, str], next_of: dict[str, str], walkable) -> str | None:
    """Where the walk from `start` ends: the last group on it (memoised: all groups together take linear time)."""
    walked = []
    node = start
    stop: str | None = None
    while True:
        if node in stop_of:
            stop = stop_of[node]
            break
        if node in in_cycle:
            stop = None
            break
        walked.append(node)
        nexts = reports.successors(node)
        onward = [n for n in nexts if n not in reached and walkable(n)]
        if not nexts or not onward or node in walked[:-1]:
            stop = node
            break
        next_of[node] = onward[0]
        node = onward[0]
    for n in walked:
        if stop is not None:
            stop_of[n] = stop
    return stop


def _chain(start: str, next_of: dict[str, str]) -> list[str]:
    path = [start]
    while path[-1] in next_of and len(path) <= len(next_of):
        path.append(next_of[path[-1]])
    return path


@rule(
    "SAM021",
    reads=("Activity(forum priority_areas) Agreement(parent parties replaces revises) "
           "Group(priority_areas) Organisation ReportingLine Statement"),
    demand=DualReportingDemand,
    title=Msg("Den lokala organisationen rapporterar till lokal styrgrupp och stadsövergripande beredningsgrupp",
              "The local organisation reports to the local steering group and the city-wide preparation group"),
    severity="error",
    clause="002_516b9ddd6da302d4.txt, Ärendet, rad 51",
    description=Msg(
        "För varje lokal överenskommelse: någon av dess beredande eller samordnande grupper rapporterar till den "
        "lokala styrgruppen, och någon av dess grupper rapporterar till den stadsövergripande beredningsgruppen. "
        "Det som saknas: fel.",
        "For every local agreement: one of its preparation or coordinating groups reports to the local steering "
        "group, and one of its groups reports to the city-wide preparation group. What is missing: error."),
    failing=Example(
        Msg("Den lokala beredningsgruppen rapporterar till den centrala beredningsgruppen men inte till den "
            "lokala styrgruppen.",
            "The local preparation group reports to the central preparation group but not to the local steering "
            "group."),
        edits="""
            - {op: remove, id: a-2023/beredningsgrupp~>a-2023/styrgrupp}
        """,
    ),
)
def dual_reporting(ctx: RunContext):
    for demand in ctx.demands("SAM021"):
        for a in ctx.agreements:
            if a.level != "local":
                continue
            groups = ctx.groups_by_agreement.get(a.id, [])
            if not groups:
                continue
            governing = ctx.governing(a)
            central_prep = ctx.first_group(governing.id if governing else None, demand.central_kind, "central")
            steering = {g.id for g in groups if g.kind == demand.local_kind}
            sources = sorted((g for g in groups if g.kind in demand.from_kinds), key=lambda g: g.id) or \
                sorted(groups, key=lambda g: g.id)  # by id: the order of entities in the files carries no meaning
            local_ok = any(line.to in steering for g in sources for line in ctx.reports_from.get(g.id, []))
            central_ok = central_prep is not None and any(
                line.to == central_prep.id for g in groups for line in ctx.reports_from.get(g.id, []))
            origin = ", ".join(g.id for g in sources)
            if not local_ok:
                to = Msg(", ".join(sorted(steering)), ", ".join(sorted(steering))) if steering else \
                    Msg("(ingen lokal styrgrupp finns)", "(no local steering group exists)")
                yield ctx.finding("SAM021", a.id, Msg(
                    f"{a.id}: den lokala organisationen ({origin}) rapporterar inte till den lokala styrgruppen "
                    f"{to.sv}",
                    f"{a.id}: the local organisation ({origin}) does not report to the local steering group {to.en}"),
                    Msg("Lägg in rapporteringen från den lokala beredningsgruppen till den lokala styrgruppen.",
                        "Add the reporting from the local preparation group to the local steering group."),
                    demand=demand, agreement=a.id, path=[g.id for g in sources] + sorted(steering))
            if not central_ok:
                target = Msg(central_prep.id, central_prep.id) if central_prep else \
                    _central_name(governing, demand.central_kind)
                yield ctx.finding("SAM021", a.id, Msg(
                    f"{a.id}: den lokala organisationen ({origin}) rapporterar inte genomförandet av de lokala "
                    f"åtgärdsplanerna till den stadsövergripande beredningsgruppen {target.sv}",
                    f"{a.id}: the local organisation ({origin}) does not report the implementation of the local "
                    f"action plans to the city-wide preparation group {target.en}"),
                    Msg("Låt den lokala beredningsgruppen (eller samordnarna) rapportera till den stadsövergripande "
                        "beredningsgruppen och skriv in det i den lokala överenskommelsen.",
                        "Let the local preparation group (or the coordinators) report to the city-wide preparation "
                        "group and write it into the local agreement."),
                    demand=demand, agreement=a.id,
                    path=[g.id for g in sources] + ([central_prep.id] if central_prep else []))


def _central_name(governing: Agreement | None, kind: str) -> Msg:
    if governing is None:
        return Msg("(ingen stadsövergripande överenskommelse gäller)", "(no city-wide agreement in force)")
    return Msg(f"(ingen grupp av slaget {kind} i {governing.id})", f"(no group of kind {kind} in {governing.id})")

