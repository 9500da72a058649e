"""The Turtle export uses W3C ORG as it is meant, asked with SPARQL: org:member is an agent (never a post),
org:memberOf and org:headOf follow the memberships and chairs, org:reportsTo the reporting lines, and every
role and kind is typed."""

from __future__ import annotations

import pytest

from samverkan.model.entities import Person, Role
from samverkan.store.rdf import entity_id, to_turtle
from tests.conftest import DATA

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sam: <https://samverkan.example/ns#>
"""


def _small_with_a_person_in_the_chair():
    from tests.exchange_data import small_dataset

    data = small_dataset()
    data.memberships[0].chair = "yes"  # sdf-norrmalm/direktor, a post Anna holds
    return data


@pytest.fixture(scope="module", params=["real", "small"])
def loaded(request):
    from rdflib import Graph

    from samverkan.store.yaml_io import load_dataset

    data = load_dataset(DATA)[0] if request.param == "real" else _small_with_a_person_in_the_chair()
    return data, Graph().parse(data=to_turtle(data), format="turtle")


def ask(g, query: str) -> set[tuple]:
    return {tuple(entity_id(v) if v is not None else None for v in row) for row in g.query(PREFIXES + query)}


def agent_of(data, seat_id: str) -> str:
    seat = data.get(seat_id)
    if isinstance(seat, Role):
        return seat.holder or seat.organisation
    return seat.id


def test_members_are_agents_never_posts(loaded):
    data, g = loaded
    assert not ask(g, "SELECT ?x WHERE { ?m org:member ?x . ?x a org:Post }")
    assert not ask(g, "SELECT ?x WHERE { ?m org:member ?x . "
                      "FILTER NOT EXISTS { ?x a foaf:Person } FILTER NOT EXISTS { ?x a org:Organization } }")
    assert any(isinstance(data.get(m.member), Role) for m in data.memberships)  # posts were there to mistake
    assert ask(g, "SELECT ?x WHERE { ?m org:member ?x . ?x a foaf:Person }") or data.name != "small"


def test_member_of_and_membership_agree_with_the_model(loaded):
    data, g = loaded
    expected = {(agent_of(data, m.member), m.group) for m in data.memberships}
    assert ask(g, "SELECT ?a ?g WHERE { ?m a org:Membership ; org:member ?a ; org:organization ?g }") == expected
    assert ask(g, "SELECT ?a ?g WHERE { ?a org:memberOf ?g }") == expected
    seats = ask(g, "SELECT ?s ?g WHERE { ?m a org:Membership ; sam:seat ?s ; org:organization ?g }")
    assert seats == {(m.member, m.group) for m in data.memberships}


def test_head_of_is_a_person_who_chairs(loaded):
    data, g = loaded
    expected = {(agent_of(data, m.member), m.group) for m in data.memberships
                if m.chair == "yes" and isinstance(data.get(agent_of(data, m.member)), Person)}
    assert ask(g, "SELECT ?p ?g WHERE { ?p org:headOf ?g . ?p a foaf:Person }") == expected
    assert ask(g, "SELECT ?p ?g WHERE { ?p org:headOf ?g }") == expected
    if data.name == "small":
        assert expected == {("p-anna", "norrmalm-2016/chefsamrad")}


def test_reports_to_follows_the_reporting_lines(loaded):
    data, g = loaded
    assert ask(g, "SELECT ?a ?b WHERE { ?a org:reportsTo ?b }") == {
        (r.from_, r.to) for r in data.reporting_lines if r.kind == "reports"}  # an "informs" line is no report


def test_roles_and_kinds_are_typed(loaded):
    _, g = loaded
    assert not ask(g, "SELECT ?r WHERE { ?m org:role ?r FILTER NOT EXISTS { ?r a org:Role } }")
    assert not ask(g, "SELECT ?k WHERE { ?x org:classification ?k FILTER NOT EXISTS { ?k a skos:Concept } }")
    assert ask(g, "SELECT ?r WHERE { ?r a org:Role }")
