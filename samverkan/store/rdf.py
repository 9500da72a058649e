"""RDF export: a data set as an rdflib Graph in the W3C Organization Ontology (ORG), and as Turtle.

ORG (`http://www.w3.org/ns/org#`) is used where it fits; what it lacks is in our own vocabulary `sam:`.

| model              | RDF                                                                                   |
|--------------------|---------------------------------------------------------------------------------------|
| Organisation       | org:Organization; skos:prefLabel, org:classification (kind:…), org:subOrganizationOf    |
| Person             | foaf:Person; foaf:name (the contact is personal data and never exported)              |
| Role (a post)      | org:Post; skos:prefLabel (title), org:postIn, org:heldBy                              |
| Agreement          | org:OrganizationalCollaboration and sam:Agreement; org:hasMember (parties), sam:level |
| Group              | org:OrganizationalUnit; org:classification (kind:…), org:subOrganizationOf agreement  |
| Activity           | sam:Activity; sam:agreement, sam:forum                                                 |
| Membership         | org:Membership; org:member (an agent: the person, the organisation, or for a post its  |
|                    | holder, else its organisation), `agent org:memberOf group`, org:organization, org:role |
|                    | (capacity and chair: role:…, typed org:Role), sam:seat (the post, person or org as     |
|                    | written); a chair: `seat sam:chairOf group` and `person org:headOf group` when a       |
|                    | person holds it; `sam:alternatingChairOf` for an alternating chair                     |
| ReportingLine      | `from org:reportsTo to`, and a sam:ReportingLine with its id, what and source         |
| Responsibility     | sam:Responsibility; sam:subject, sam:holder, sam:raci ("accountable", ...), and       |
|                    | `holder sam:accountableFor subject` (responsibleFor, consultedOn, informedOf)         |
| PriorityArea, Statement | sam:PriorityArea; sam:Statement (sam:about, sam:field, sam:value)               |

Every entity has `dcterms:identifier` (its id) and `dcterms:source` → a sam:Source per source reference
(`<entity>#source-1`, …; no blank nodes, so the output is deterministic). Entity IRIs are
`https://samverkan.example/id/<id>` with the characters an IRI cannot hold percent-encoded; the base is
a placeholder (`.example` is reserved) that nobody dereferences. Capacities and chairs are org:Role
individuals (`role:member`, `role:chair`, `role:alternating_chair`, ...); organisation and group kinds are
skos:Concepts (`kind:district_administration`, `kind:steering`, ...); party, level and RACI letters are
plain literals. Dates are xsd:date.

`to_turtle` sorts nothing itself: rdflib's Turtle serializer orders subjects and predicates, and without
blank nodes the same data give the same bytes (tests/test_shacl.py checks it across hash seeds).
rdflib is imported when a function is called, not when the module is (store/rdf_graph.py imports it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from samverkan.model.dataset import DataSet

if TYPE_CHECKING:
    from rdflib import Graph

BASE = "https://samverkan.example/"
ID = BASE + "id/"
SAM_NS = BASE + "ns#"
KIND_NS = BASE + "ns/kind#"
ROLE_NS = BASE + "ns/role#"
ORG_NS = "http://www.w3.org/ns/org#"
RACI = {"accountable": "accountableFor", "responsible": "responsibleFor", "consulted": "consultedOn",
        "informed": "informedOf"}

PREFIXES = {"org": ORG_NS, "sam": SAM_NS, "kind": KIND_NS, "role": ROLE_NS, "id": ID,
            "skos": "http://www.w3.org/2004/02/skos/core#", "foaf": "http://xmlns.com/foaf/0.1/",
            "dcterms": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def iri(entity_id: str) -> str:
    """The IRI of an entity id (only '>' of our id alphabet needs encoding)."""
    return ID + quote(entity_id, safe="/-_.~")


def entity_id(node) -> str | None:
    """The entity id of an IRI made by `iri`, None for any other node."""
    text = str(node)
    return unquote(text[len(ID):]) if text.startswith(ID) else None


def to_graph(data: DataSet) -> Graph:
    """The data set as an rdflib Graph in W3C ORG (the table above; the triples are written by rdf_graph)."""
    from samverkan.store.rdf_graph import build

    return build(data)


def to_turtle(data: DataSet) -> str:
    """The data set as Turtle: the same data give the same bytes."""
    return to_graph(data).serialize(format="turtle")
