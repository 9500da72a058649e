"""model.graph.Digraph (what the reporting rules walk) agrees with networkx on random graphs."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.model.graph import Digraph

edges = st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from("abcdefg")), max_size=15)


@settings(max_examples=300, deadline=None)
@given(edges)
def test_digraph_agrees_with_networkx(pairs):
    mine, theirs = Digraph(pairs), nx.DiGraph(pairs)
    assert sorted(mine.components()) == sorted(sorted(c) for c in nx.strongly_connected_components(theirs))
    for node in theirs:
        assert mine.successors(node) == sorted(theirs.successors(node))
        assert mine.ancestors(node) - {node} == nx.ancestors(theirs, node)
    with_cycle = [c for c in nx.strongly_connected_components(theirs)
                  if len(c) > 1 or theirs.has_edge(next(iter(c)), next(iter(c)))]
    cycles = mine.cycles()
    assert len(cycles) == len(with_cycle)
    for cycle in cycles:
        assert cycle[0] == cycle[-1] and len(set(cycle[:-1])) == len(cycle) - 1
        assert all(theirs.has_edge(u, v) for u, v in zip(cycle, cycle[1:], strict=False))
    assert cycles == Digraph(reversed(pairs)).cycles()  # the same cycles whatever the order of the lines
