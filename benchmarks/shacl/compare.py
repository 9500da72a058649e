"""samverkan's SAM010, SAM020, SAM030 beside the same rules as SHACL shapes run by pySHACL.

Both sides give a set of (rule, check, focus id):
- samverkan: `check(data, profile, as_of, select=[SAM010, SAM020, SAM030])`, each finding classified by
  `check_of` (which sub-check of the rule produced it); the sub-checks that have no shape are left out.
- pySHACL: `validate` of the RDF export (samverkan.store.rdf) against `shapes.shapes_turtle`, each
  validation result mapped to its shape's sam:rule and sam:check and its focus node's id.

What is compared:
- SAM010 "none" (no accountable party: error) and "several" (several without an alternating chair: warning).
  Not compared: a holder with several RACI letters, an organisation as the only accountable party, and the
  bottleneck advice (SAM010's warnings and infos beyond "exactly one").
- SAM020 "cycle", "no-target" and "stranded" (the node where a chain stops short of the central group): all of
  SAM020.
- SAM030: every finding, one per (group, member spec) that no full member meets, whether matched only as
  co-opted/invited/conditional or not at all. SHACL's check is "<demand>#<n>"; samverkan's findings do not
  name their spec, so the per-spec check is compared as a count per group (`sam030_counts`).

`excluded(data, profile)` lists what the SHACL version cannot express as samverkan does; those focus nodes
are taken out of both sides before the comparison (and reported):
- SAM030 titles that match only by a near spelling (rapidfuzz ratio ≥ 90), titles whose normalisation needs
  more than Latin diacritics, a wanted title that occurs twice in one title (samverkan judges the first
  occurrence, SPARQL every one), and members who are people holding posts in several organisations
  (samverkan takes the organisation of the first post in data order; RDF has no order): the groups they sit in.
- SAM020: a walk that branches (a node reporting to several groups: samverkan follows the least id, the
  property path `org:reportsTo*` follows all), or passes through a non-group, and reporting cycles that are not
  simple cycles (samverkan names the node networkx's find_cycle starts from, SHACL the least id of the
  component): the stops reached from those nodes and the nodes of those components.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from samverkan.model.dataset import DataSet
from samverkan.model.entities import Person
from samverkan.rules.base import Finding, normalise, title_matches
from samverkan.rules.demand import MemberSpec
from samverkan.rules.profile import Profile

RULES = ("SAM010", "SAM020", "SAM030")
Key = tuple[str, str, str]  # (rule, check, focus id)


def check_of(f: Finding) -> str | None:
    """Which sub-check of SAM010/SAM020/SAM030 a finding comes from (None: one SHACL does not model)."""
    en = f.message_en
    if f.rule == "SAM010":
        if "has no accountable party" in en:
            return "none"
        if "accountable parties without an alternating-chair rule" in en:
            return "several"
        return None
    if f.rule == "SAM020":
        if en.startswith("Reporting runs in a cycle"):
            return "cycle"
        if "there is no central steering group" in en:
            return "no-target"
        return "stranded"
    if f.rule == "SAM030":
        return None if "ceased on" in en else "member"  # members of a ceased organisation: dates, not shapes
    return None


def samverkan_keys(findings: list[Finding]) -> Counter[Key]:
    out: Counter[Key] = Counter()
    for f in findings:
        c = check_of(f)
        if f.rule in RULES and c is not None:
            out[(f.rule, c, f.subject)] += 1
    return out


def run_samverkan(data: DataSet, profile: Profile, as_of: dt.date, graph=None) -> list[Finding]:
    from samverkan.rules.engine import check

    return check(data, profile, as_of, lang="en", select=list(RULES), graph=graph)


def run_pyshacl(data_graph, shapes_graph):
    """pySHACL's validation: (conforms, results graph). No inference; SHACL-AF for the SPARQL targets."""
    from pyshacl import validate

    conforms, results, _ = validate(data_graph, shacl_graph=shapes_graph, inference="none", advanced=True,
                                    meta_shacl=False, allow_warnings=True)
    return conforms, results


def shacl_keys(results, shapes_graph) -> Counter[Key]:
    from rdflib import RDF, Namespace

    from samverkan.store.rdf import SAM_NS, entity_id

    SH, SAM = Namespace("http://www.w3.org/ns/shacl#"), Namespace(SAM_NS)
    out: Counter[Key] = Counter()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(r, SH.sourceShape)
        if shapes_graph.value(shape, SAM.rule) is None:  # a property shape: its node shape has the rule
            shape = shapes_graph.value(None, SH.property, shape)
        rule, check = str(shapes_graph.value(shape, SAM.rule)), str(shapes_graph.value(shape, SAM.check))
        out[(rule, "member" if rule == "SAM030" else check, entity_id(results.value(r, SH.focusNode)))] += 1
    return out


# --- what SHACL cannot say as samverkan does -------------------------------------------------------------


def _specs(spec: MemberSpec):
    yield spec
    for alt in spec.any_of:
        yield from _specs(alt)


def excluded(data: DataSet, profile: Profile, as_of: dt.date) -> dict[str, set[str]]:
    """Focus ids per rule that the comparison leaves out, for the reasons in the module's docstring."""
    from benchmarks.shacl.shapes import python_normalise, python_title_match

    wanted = sorted({t for d in profile.demands_for("SAM030") for s in d.members for x in _specs(s)
                     for t in x.titles})
    unclear_titles = set()
    for role in data.roles:
        actual = role.title
        if python_normalise(actual) != normalise(actual):
            unclear_titles.add(role.id)
            continue
        for w in wanted:
            twice = len(re.findall(rf"(?:^| )(?={re.escape(normalise(w))}(?: |$))", normalise(actual))) > 1
            if twice or title_matches(w, actual) != python_title_match(w, normalise(actual)):
                unclear_titles.add(role.id)
    orgs_of_person: dict[str, set[str]] = {}
    for role in data.roles:
        if role.holder:
            orgs_of_person.setdefault(role.holder, set()).add(role.organisation)
    unclear_members = set(unclear_titles)
    unclear_members |= {r.holder for r in data.roles if r.id in unclear_titles and r.holder}
    unclear_members |= {p for p, orgs in orgs_of_person.items() if len(orgs) > 1
                        and isinstance(data.get(p), Person)}
    sam030 = {m.group for m in data.memberships if m.member in unclear_members}

    import networkx as nx

    from samverkan.rules.base import RunContext

    ctx = RunContext(data, profile, as_of)
    in_scope = {g.id for g in ctx.groups}
    reports = nx.DiGraph((line.from_, line.to) for line in data.reporting_lines if line.kind == "reports")
    walkable = {x.id for x in [*data.groups, *data.activities]}
    sam020: set[str] = set()
    for node in reports:
        onward = sorted(s for s in reports.successors(node) if s in walkable)
        for other in onward[1:]:  # samverkan follows onward[0] only
            sam020 |= (nx.descendants(reports, other) | {other}) - in_scope
        if node not in walkable and reports.in_degree(node) and list(reports.successors(node)):
            sam020 |= nx.descendants(reports, node)
    for component in nx.strongly_connected_components(reports):
        sub = reports.subgraph(component)
        if len(component) > 1 and sub.number_of_edges() > len(component):
            sam020 |= set(component)
    for demand in profile.demands_for("SAM020"):
        targets = set()
        for a in ctx.agreements:
            governing = ctx.governing(a)
            target = ctx.first_group(governing.id if governing else None, demand.target_kind, "central")
            if ctx.groups_by_agreement.get(a.id):
                targets.add(target.id if target else None)
        central = {g.id for g in ctx.groups if g.kind == demand.target_kind and g.level == "central"
                   and ctx.level_of(g.agreement) == "central"}
        if not (targets == central or (targets <= {None} and not central)):
            sam020.add(ALL)
    return {"SAM030": sam030, "SAM020": sam020}


ALL = "*"
"""In `excluded`: the whole rule is out of the comparison."""


def _restrict(keys: Counter[Key], out: dict[str, set[str]]) -> Counter[Key]:
    return Counter({k: n for k, n in keys.items() if not {k[2], ALL} & out.get(k[0], set())})


@dataclass
class Comparison:
    samverkan: Counter[Key]
    shacl: Counter[Key]
    excluded: dict[str, set[str]] = field(default_factory=dict)

    @property
    def only_samverkan(self) -> set[Key]:
        return set(self.samverkan) - set(self.shacl)

    @property
    def only_shacl(self) -> set[Key]:
        return set(self.shacl) - set(self.samverkan)

    @property
    def count_differences(self) -> dict[Key, tuple[int, int]]:
        """SAM030: findings per group on each side, where they differ (one per member spec that fails)."""
        return {k: (self.samverkan[k], self.shacl[k]) for k in set(self.samverkan) & set(self.shacl)
                if k[0] == "SAM030" and self.samverkan[k] != self.shacl[k]}

    @property
    def equal(self) -> bool:
        return not (self.only_samverkan or self.only_shacl or self.count_differences)

    def per_rule(self) -> dict[str, int]:
        return {rule: sum(n for k, n in self.samverkan.items() if k[0] == rule) for rule in RULES}

    def explain(self) -> str:
        lines = [f"only samverkan: {sorted(self.only_samverkan)}", f"only SHACL: {sorted(self.only_shacl)}",
                 f"SAM030 counts (samverkan, SHACL): {self.count_differences}"]
        return "\n".join(lines)


def compare(data: DataSet, profile: Profile | str, as_of: dt.date, *, data_graph=None,
            shapes=None) -> Comparison:
    """Run both sides on one data set and compare their findings (restricted as `excluded` says)."""
    from benchmarks.shacl.shapes import shapes_graph
    from samverkan.rules.engine import load_profile
    from samverkan.store.rdf import to_graph

    if not isinstance(profile, Profile):
        profile = load_profile(profile)
    ours = samverkan_keys(run_samverkan(data, profile, as_of))
    shapes = shapes if shapes is not None else shapes_graph(profile, as_of)
    _, results = run_pyshacl(data_graph if data_graph is not None else to_graph(data), shapes)
    theirs = shacl_keys(results, shapes)
    out = excluded(data, profile, as_of)
    return Comparison(_restrict(ours, out), _restrict(theirs, out), out)
