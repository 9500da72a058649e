"""The governance graph: a networkx MultiDiGraph derived from the model, and the queries rules need.

Nodes are entity ids with `type` (organisation, role, person, agreement, priority_area, group,
activity), `kind` (the organisation or group kind), `label` and `party`. Edges are keyed by their
relation, one of RELATIONS. The model stays the source of truth; the graph is rebuilt from it.

`Digraph` is one relation as plain adjacency with the reachability queries (ancestors, cycles); the
rules walk reporting chains on it, so `samverkan check` never imports networkx (its import alone is
a third of a cold start's budget).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from samverkan.model.dataset import DataSet

if TYPE_CHECKING:
    import networkx as nx

RELATIONS = (
    "member_of",
    "holds",
    "part_of",
    "reports_to",
    "informs",
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
    """The typed graph of a data set: a node per entity that is a thing, an edge per relation between two."""
    import networkx as nx

    g = nx.MultiDiGraph(name=data.name)
    _add_nodes(g, data)

    def edge(u: str, v: str, relation: str, **attrs) -> None:
        # Edges that stand for an entity (membership, responsibility, reporting line) are keyed by its id,
        # so two reporting lines between the same groups stay two edges.
        g.add_edge(u, v, key=attrs.get("id", relation), relation=relation, **attrs)

    _add_structure_edges(edge, data)
    _add_governance_edges(edge, data)
    return g


def _add_nodes(g: nx.MultiDiGraph, data: DataSet) -> None:
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


def _add_structure_edges(edge, data: DataSet) -> None:
    """What belongs to what: organisations, roles, agreements, priority areas, groups and activities."""
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


def _add_governance_edges(edge, data: DataSet) -> None:
    """Who sits where, who answers for what, who reports to whom."""
    for m in data.memberships:
        edge(m.member, m.group, "member_of", id=m.id, capacity=m.capacity, chair=m.chair,
             on_behalf_of=m.on_behalf_of)
    for r in data.responsibilities:
        edge(r.holder, r.subject, RACI_RELATION[r.kind], id=r.id)
    for line in data.reporting_lines:
        edge(line.from_, line.to, "informs" if line.kind == "informs" else "reports_to", id=line.id, what=line.what)


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
    route use `Digraph.ancestors` instead.
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


class Digraph:
    """A simple directed graph as adjacency sets, with the queries the rules need."""

    def __init__(self, edges: Iterable[tuple[str, str]]):
        self._succ: dict[str, set[str]] = defaultdict(set)
        self._pred: dict[str, set[str]] = defaultdict(set)
        for u, v in edges:
            self._succ[u].add(v)
            self._pred[v].add(u)
        self._nodes = set(self._succ) | set(self._pred)

    def __contains__(self, node: str) -> bool:
        return node in self._nodes

    def successors(self, node: str) -> list[str]:
        return sorted(self._succ.get(node, ()))

    def has_edge(self, u: str, v: str) -> bool:
        return v in self._succ.get(u, ())

    def ancestors(self, target: str) -> set[str]:
        """Every node with a path to `target` (one reverse traversal), `target` excluded unless on a cycle."""
        seen: set[str] = set()
        stack = [target]
        while stack:
            for u in self._pred.get(stack.pop(), ()):
                if u not in seen:
                    seen.add(u)
                    stack.append(u)
        return seen

    def components(self) -> list[list[str]]:
        """The strongly connected components, each sorted (Tarjan's algorithm, iterative)."""
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        on_stack: set[str] = set()
        stack: list[str] = []
        found: list[list[str]] = []
        for root in sorted(self._nodes):
            if root in index:
                continue
            work = [(root, iter(self.successors(root)))]
            index[root] = low[root] = len(index)
            stack.append(root)
            on_stack.add(root)
            while work:
                node, children = work[-1]
                child = next(children, None)
                if child is not None:
                    if child not in index:
                        index[child] = low[child] = len(index)
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(self.successors(child))))
                    elif child in on_stack:
                        low[node] = min(low[node], index[child])
                    continue
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    found.append(sorted(component))
        return found

    def cycles(self) -> list[list[str]]:
        """One cycle per strongly connected component that has one, as a closed path ([a, b, a]): the first
        found walking sorted successors from the component's least node."""
        found = []
        for component in self.components():
            members = set(component)
            if len(component) == 1:
                if self.has_edge(component[0], component[0]):
                    found.append([component[0], component[0]])
                continue
            path = [component[0]]
            on_path = {component[0]: 0}
            visited: set[str] = set()
            tried: list[list[str]] = [[n for n in self.successors(component[0]) if n in members]]
            while path:
                nexts = tried[-1]
                if not nexts:
                    done = path.pop()
                    visited.add(done)
                    del on_path[done]
                    tried.pop()
                    continue
                child = nexts.pop(0)
                if child in on_path:
                    found.append([*path[on_path[child]:], child])
                    break
                if child in visited:
                    continue
                on_path[child] = len(path)
                path.append(child)
                tried.append([n for n in self.successors(child) if n in members])
        return sorted(found)


def reporting_digraph(data: DataSet) -> Digraph:
    """The reports_to relation straight from the model (the same edges `build_graph` draws)."""
    return Digraph((line.from_, line.to) for line in data.reporting_lines if line.kind == "reports")
