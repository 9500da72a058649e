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
rdflib is imported when a function is called, not when the module is.
"""

from __future__ import annotations

import datetime as dt
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
    from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, FOAF, ORG, SKOS

    SAM, KIND, ROLE = Namespace(SAM_NS), Namespace(KIND_NS), Namespace(ROLE_NS)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    add = g.add
    nodes: dict[str, URIRef] = {}

    def node(i: str) -> URIRef:
        n = nodes.get(i)
        if n is None:
            n = nodes[i] = URIRef(iri(i))
        return n

    def lit(value) -> Literal:
        if isinstance(value, dt.date):
            return Literal(value.isoformat(), datatype=XSD.date)
        return Literal(value)

    def opt(s, p, value) -> None:
        if value is not None and value != "":
            add((s, p, lit(value)))

    def entity(e, *types) -> URIRef:
        s = node(e.id)
        for t in types:
            add((s, RDF.type, t))
        add((s, DCTERMS.identifier, Literal(e.id)))
        for n, ref in enumerate(e.sources, 1):
            src = URIRef(f"{s}#source-{n}")
            add((s, DCTERMS.source, src))
            add((src, RDF.type, SAM.Source))
            add((src, SAM.document, Literal(ref.document)))
            opt(src, SAM.section, ref.section)
            opt(src, SAM.lines, ref.lines)
            opt(src, SAM.quote, ref.quote)
        return s

    def frequency(s, f) -> None:
        if f is not None:
            opt(s, SAM.frequencyPerYear, f.per_year)
            opt(s, SAM.frequencyText, f.text)
            if f.minimum:
                add((s, SAM.frequencyMinimum, Literal(True)))

    for o in data.organisations:
        s = entity(o, ORG.Organization)
        add((s, SKOS.prefLabel, Literal(o.name)))
        add((s, ORG.classification, KIND[o.kind]))
        add((s, SAM.party, Literal(o.party)))
        if o.parent:
            add((s, ORG.subOrganizationOf, node(o.parent)))
        opt(s, SKOS.altLabel, o.short_name)
        for name in o.other_names:
            add((s, SKOS.altLabel, Literal(name)))
        opt(s, ORG.identifier, o.org_number)
        opt(s, SAM.validFrom, o.valid_from)
        opt(s, SAM.validTo, o.valid_to)
        for x in o.successors:
            add((s, SAM.successor, node(x)))
        for x in o.covers:
            add((s, SAM.covers, node(x)))
        opt(s, SAM.note, o.note)
    for p in data.people:
        s = entity(p, FOAF.Person)
        add((s, FOAF.name, Literal(p.name)))
    for r in data.roles:
        s = entity(r, ORG.Post)
        add((s, SKOS.prefLabel, Literal(r.title)))
        add((s, ORG.postIn, node(r.organisation)))
        if r.holder:
            add((s, ORG.heldBy, node(r.holder)))
        opt(s, SAM.note, r.note)
    for a in data.agreements:
        s = entity(a, ORG.OrganizationalCollaboration, SAM.Agreement)
        add((s, SKOS.prefLabel, Literal(a.title)))
        add((s, SAM.level, Literal(a.level)))
        for x in a.parties:
            add((s, ORG.hasMember, node(x)))
        if a.parent:
            add((s, SAM.parentAgreement, node(a.parent)))
        if a.replaces:
            add((s, SAM.replaces, node(a.replaces)))
        if a.revises:  # a revision continues the text it revises: not sam:replaces (model/validity.py)
            add((s, SAM.revises, node(a.revises)))
        if not a.on_file:
            add((s, SAM.onFile, Literal(False)))
        opt(s, SAM.parentDnr, a.parent_dnr)
        opt(s, SAM.replacesDnr, a.replaces_dnr)
        opt(s, SAM.validFrom, a.valid_from)
        opt(s, SAM.validTo, a.valid_to)
        if a.until_further_notice:
            add((s, SAM.untilFurtherNotice, Literal(True)))
        opt(s, SAM.revisionIntervalYears, a.revision_interval_years)
        for x in a.signatories:
            add((s, SAM.signatory, node(x)))
        for n, annex in enumerate(a.annexes, 1):
            x = URIRef(f"{s}#annex-{n}")
            add((s, SAM.annex, x))
            add((x, RDF.type, SAM.Annex))
            add((x, SKOS.prefLabel, Literal(annex.title)))
            add((x, SAM.annexKind, Literal(annex.kind)))
            opt(x, SAM.number, annex.number)
            add((x, SAM.present, Literal(annex.present)))
        for d in a.dnr:
            add((s, SAM.dnr, Literal(d)))
        opt(s, SAM.goal, a.goal)
        opt(s, SAM.note, a.note)
    for pa in data.priority_areas:
        s = entity(pa, SAM.PriorityArea)
        add((s, SKOS.prefLabel, Literal(pa.name)))
        add((s, SAM.agreement, node(pa.agreement)))
        for x in pa.corresponds_to:
            add((s, SAM.correspondsTo, node(x)))
    for item in [*data.groups, *data.activities]:
        is_group = hasattr(item, "kind")
        s = entity(item, ORG.OrganizationalUnit if is_group else SAM.Activity)
        add((s, SKOS.prefLabel, Literal(item.name)))
        add((s, SAM.agreement, node(item.agreement)))
        if is_group:
            add((s, ORG.subOrganizationOf, node(item.agreement)))
            add((s, ORG.classification, KIND[item.kind]))
            add((s, SAM.level, Literal(item.level)))
            add((s, SAM.standing, Literal(item.standing)))
            add((s, SAM.template, Literal(item.template)))
        elif item.forum:
            add((s, SAM.forum, node(item.forum)))
        for x in item.priority_areas:
            add((s, SAM.addresses, node(x)))
        for attr in ("goal", "purpose", "term", "note"):
            opt(s, SAM[attr], getattr(item, attr))
        frequency(s, item.frequency)
    roles_used: set[str] = set()
    for m in data.memberships:
        s = entity(m, ORG.Membership)
        agent, person = _agent(data, m.member)
        add((s, SAM.seat, node(m.member)))
        if agent is not None:
            add((s, ORG.member, node(agent)))
            add((node(agent), ORG.memberOf, node(m.group)))
        add((s, ORG.organization, node(m.group)))
        add((s, ORG.role, ROLE[m.capacity]))
        roles_used.add(m.capacity)
        if m.chair == "yes":
            add((s, ORG.role, ROLE.chair))
            roles_used.add("chair")
            add((node(m.member), SAM.chairOf, node(m.group)))
            if person is not None:
                add((node(person), ORG.headOf, node(m.group)))
        elif m.chair == "alternating":
            add((s, ORG.role, ROLE.alternating_chair))
            roles_used.add("alternating_chair")
            add((node(m.member), SAM.alternatingChairOf, node(m.group)))
        if m.on_behalf_of:
            add((s, SAM.onBehalfOf, node(m.on_behalf_of)))
        opt(s, SAM.condition, m.condition)
        opt(s, SAM.note, m.note)
    for r in data.responsibilities:
        s = entity(r, SAM.Responsibility)
        add((s, SAM.subject, node(r.subject)))
        add((s, SAM.holder, node(r.holder)))
        add((s, SAM.raci, Literal(r.kind)))
        add((node(r.holder), SAM[RACI[r.kind]], node(r.subject)))
        opt(s, SAM.note, r.note)
    for line in data.reporting_lines:
        # an information flow is not a line of accountability: not org:reportsTo (ReportingLine.kind)
        add((node(line.from_), ORG.reportsTo if line.kind == "reports" else SAM.informs, node(line.to)))
        s = entity(line, SAM.ReportingLine)
        opt(s, SAM.kind, line.kind if line.kind != "reports" else None)
        add((s, SAM["from"], node(line.from_)))
        add((s, SAM.to, node(line.to)))
        opt(s, SAM.what, line.what)
        frequency(s, line.frequency)
    for st in data.statements:
        s = entity(st, SAM.Statement)
        add((s, SAM.about, node(st.subject)))
        add((s, SAM.field, Literal(st.field)))
        add((s, SAM.value, Literal(st.value)))
    for name in sorted(roles_used):
        add((ROLE[name], RDF.type, ORG.Role))
        add((ROLE[name], SKOS.prefLabel, Literal(name.replace("_", " "))))
    kinds = {o.kind for o in data.organisations} | {gr.kind for gr in data.groups}
    for name in sorted(kinds):
        add((KIND[name], RDF.type, SKOS.Concept))
        add((KIND[name], SKOS.prefLabel, Literal(name.replace("_", " "))))
    return g


def _agent(data: DataSet, member_id: str) -> tuple[str | None, str | None]:
    """(the agent that is a member, the person among them) for a seat: a person or an organisation is its own
    agent; a post's agent is its holder, else the organisation the post is in (ORG: org:member is a foaf:Agent)."""
    from samverkan.model.entities import Organisation, Person, Role

    seat = data.get(member_id)
    if isinstance(seat, Person):
        return seat.id, seat.id
    if isinstance(seat, Organisation):
        return seat.id, None
    if isinstance(seat, Role):
        return (seat.holder, seat.holder) if seat.holder else (seat.organisation, None)
    return None, None


def to_turtle(data: DataSet) -> str:
    """The data set as Turtle: the same data give the same bytes."""
    return to_graph(data).serialize(format="turtle")
