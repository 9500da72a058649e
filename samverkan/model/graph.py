"""The governance graph: a networkx MultiDiGraph derived from the model, and the queries rules need.

Nodes are entity ids with `type` (organisation, role, person, agreement, priority_area, group,
activity), `kind` (the organisation or group kind), `label` and `party`. Edges are keyed by their
relation, one of RELATIONS. The model stays the source of truth; the graph is rebuilt from it.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from samverkan.model.dataset import DataSet

RELATIONS = (
    "member_of",
    "holds",
    "part_of",
    "reports_to",
    "accountable_for",
    "responsible_for",
    "consulted_on",
    "informed_of",
    "addresses",
    "party_to",
    "sub_organisation_of",
    "signed_by",
    "succeeded_by",
    "covers",
)
RACI_RELATION = {
    "accountable": "accountable_for",
    "responsible": "responsible_for",
    "consulted": "consulted_on",
    "informed": "informed_of",
}


def build_graph(data: DataSet) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name=data.name)

    def edge(u: str, v: str, relation: str, **attrs) -> None:
        # Edges that stand for an entity (membership, responsibility, reporting line) are keyed by its id,
        # so two reporting lines between the same groups stay two edges.
        g.add_edge(u, v, key=attrs.get("id", relation), relation=relation, **attrs)

    for o in data.organisations:
        g.add_node(o.id, type="organisation", kind=o.kind, label=o.name, party=o.party)
    for p in data.people:
        g.add_node(p.id, type="person", kind="person", label=p.name, party=None)
    for r in data.roles:
        g.add_node(r.id, type="role", kind="role", label=r.title, party=data.party_of(r.id))
    for a in data.agreements:
        g.add_node(a.id, type="agreement", kind=a.level, label=a.title, party=None)
    for p in data.priority_areas:
        g.add_node(p.id, type="priority_area", kind="priority_area", label=p.name, party=None, agreement=p.agreement)
    for gr in data.groups:
        g.add_node(gr.id, type="group", kind=gr.kind, label=gr.name, party=None, agreement=gr.agreement,
                   level=gr.level, template=gr.template, standing=gr.standing)
    for ac in data.activities:
        g.add_node(ac.id, type="activity", kind="activity", label=ac.name, party=None, agreement=ac.agreement)

    for o in data.organisations:
        if o.parent:
            edge(o.id, o.parent, "sub_organisation_of")
        for s in o.successors:
            edge(o.id, s, "succeeded_by")
        for c in o.covers:
            edge(o.id, c, "covers")
    for r in data.roles:
        edge(r.id, r.organisation, "part_of")
        if r.holder:
            edge(r.holder, r.id, "holds")
    for a in data.agreements:
        for p in a.parties:
            edge(p, a.id, "party_to")
        for s in a.signatories:
            edge(a.id, s, "signed_by")
        if a.parent:
            edge(a.id, a.parent, "part_of")
    for p in data.priority_areas:
        edge(p.id, p.agreement, "part_of")
    for item in [*data.groups, *data.activities]:
        container = getattr(item, "forum", None) or item.agreement
        edge(item.id, container, "part_of")
        for p in item.priority_areas:
            edge(item.id, p, "addresses")
    for m in data.memberships:
        edge(m.member, m.group, "member_of", id=m.id, capacity=m.capacity, chair=m.chair,
             on_behalf_of=m.on_behalf_of)
    for r in data.responsibilities:
        edge(r.holder, r.subject, RACI_RELATION[r.kind], id=r.id)
    for line in data.reporting_lines:
        edge(line.from_, line.to, "reports_to", id=line.id, what=line.what)
    return g


def edges_of(g: nx.MultiDiGraph, relation: str):
    """(u, v, attrs) for every edge of one relation."""
    return ((u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == relation)


def members_of(g: nx.MultiDiGraph, group: str, party: str | None = None) -> list[str]:
    """Member node ids of a group or activity, optionally only those of one party."""
    members = sorted(
        u for u, _, d in g.in_edges(group, data=True) if d["relation"] == "member_of"
    )
    if party is None:
        return members
    return [m for m in members if g.nodes[m].get("party") == party]


def groups_of(g: nx.MultiDiGraph, agreement: str) -> list[str]:
    return sorted(n for n, d in g.nodes(data=True) if d.get("type") == "group" and d.get("agreement") == agreement)


def holders_of(g: nx.MultiDiGraph, subject: str, relation: str = "accountable_for") -> list[str]:
    return sorted(u for u, _, d in g.in_edges(subject, data=True) if d["relation"] == relation)


@dataclass(frozen=True)
class Chain:
    """A reporting chain from a group: the nodes walked and why the walk stopped."""

    path: tuple[str, ...]
    stop: str  # "reached", "dead_end", "cycle", "branch"

    @property
    def last(self) -> str:
        return self.path[-1]


def reporting_chain(g: nx.MultiDiGraph, start: str, target: str | None = None) -> Chain:
    """Follow reports_to from `start` until `target`, a node with no report, or a cycle.

    Where a node reports to several, the first in sorted order is followed; callers that need every
    route use `reaching` instead.
    """
    path = [start]
    seen = {start}
    node = start
    while True:
        if node == target:
            return Chain(tuple(path), "reached")
        nexts = sorted(v for _, v, d in g.out_edges(node, data=True) if d["relation"] == "reports_to")
        if not nexts:
            return Chain(tuple(path), "dead_end")
        if target is not None and target in nexts:
            node = target
        else:
            node = nexts[0]
        path.append(node)
        if node in seen:
            return Chain(tuple(path), "cycle")
        seen.add(node)


def reaching(g: nx.MultiDiGraph, target: str) -> set[str]:
    """Every node whose reporting chain reaches `target`: one reverse traversal for all groups."""
    reports = nx.DiGraph((u, v) for u, v, _ in edges_of(g, "reports_to"))
    if target not in reports:
        return {target}
    return nx.ancestors(reports, target) | {target}


def reporting_cycles(g: nx.MultiDiGraph) -> list[list[str]]:
    reports = nx.DiGraph((u, v) for u, v, _ in edges_of(g, "reports_to"))
    return sorted(sorted(c) for c in nx.simple_cycles(reports))
