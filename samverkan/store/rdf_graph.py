"""The triples of the RDF export, one method per entity kind; samverkan.store.rdf has the mapping and the IRIs.

This module imports rdflib as it is imported: only `rdf.to_graph` imports it, so a command that exports no RDF
never loads rdflib (tests/test_import_cost.py).
"""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, SKOS

from samverkan.model.dataset import DataSet
from samverkan.model.entities import Organisation, Person, Role
from samverkan.store.rdf import KIND_NS, PREFIXES, RACI, ROLE_NS, SAM_NS, iri

SAM, KIND, ROLE = Namespace(SAM_NS), Namespace(KIND_NS), Namespace(ROLE_NS)


def build(data: DataSet) -> Graph:
    """The data set as a Graph: every entity, then the roles and kinds the entities use."""
    writer = OrgGraph(data)
    for items, write in writer.sections():
        for item in items:
            write(item)
    writer.vocabulary()
    return writer.graph


class OrgGraph:
    """A Graph being filled with the entities of one data set."""

    def __init__(self, data: DataSet):
        self.data = data
        self.graph = Graph()
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns, override=True, replace=True)
        self.add = self.graph.add
        self.nodes: dict[str, URIRef] = {}
        self.roles_used: set[str] = set()

    def sections(self) -> tuple:
        """(entities, the method that writes one) for every kind of entity the export holds."""
        d = self.data
        return ((d.organisations, self.organisation), (d.people, self.person), (d.roles, self.role),
                (d.agreements, self.agreement), (d.priority_areas, self.priority_area), (d.groups, self.group),
                (d.activities, self.activity), (d.memberships, self.membership),
                (d.responsibilities, self.responsibility), (d.reporting_lines, self.reporting_line),
                (d.statements, self.statement))

    # --- terms and common triples --------------------------------------------------------------------

    def node(self, entity_id: str) -> URIRef:
        n = self.nodes.get(entity_id)
        if n is None:
            n = self.nodes[entity_id] = URIRef(iri(entity_id))
        return n

    @staticmethod
    def lit(value) -> Literal:
        if isinstance(value, dt.date):
            return Literal(value.isoformat(), datatype=XSD.date)
        return Literal(value)

    def opt(self, s, p, value) -> None:
        """A literal, unless the value is missing or empty."""
        if value is not None and value != "":
            self.add((s, p, self.lit(value)))

    def literals(self, s, p, values) -> None:
        for value in values:
            self.add((s, p, Literal(value)))

    def link(self, s, p, target: str | None) -> None:
        """An edge to an entity, unless the (optional) reference is empty."""
        if target:
            self.add((s, p, self.node(target)))

    def links(self, s, p, targets) -> None:
        for target in targets:
            self.add((s, p, self.node(target)))

    def entity(self, e, *types, label: str | None = None) -> URIRef:
        """The entity's node with its types, its label (skos:prefLabel), its identifier and a sam:Source per
        source reference."""
        s = self.node(e.id)
        for t in types:
            self.add((s, RDF.type, t))
        if label is not None:
            self.add((s, SKOS.prefLabel, Literal(label)))
        self.add((s, DCTERMS.identifier, Literal(e.id)))
        for n, ref in enumerate(e.sources, 1):
            src = URIRef(f"{s}#source-{n}")
            self.add((s, DCTERMS.source, src))
            self.add((src, RDF.type, SAM.Source))
            self.add((src, SAM.document, Literal(ref.document)))
            self.opt(src, SAM.section, ref.section)
            self.opt(src, SAM.lines, ref.lines)
            self.opt(src, SAM.quote, ref.quote)
        return s

    def frequency(self, s, f) -> None:
        if f is not None:
            self.opt(s, SAM.frequencyPerYear, f.per_year)
            self.opt(s, SAM.frequencyText, f.text)
            if f.minimum:
                self.add((s, SAM.frequencyMinimum, Literal(True)))

    # --- one method per entity kind ------------------------------------------------------------------

    def organisation(self, o) -> None:
        s = self.entity(o, ORG.Organization, label=o.name)
        self.add((s, ORG.classification, KIND[o.kind]))
        self.add((s, SAM.party, Literal(o.party)))
        self.link(s, ORG.subOrganizationOf, o.parent)
        self.opt(s, SKOS.altLabel, o.short_name)
        self.literals(s, SKOS.altLabel, o.other_names)
        self.opt(s, ORG.identifier, o.org_number)
        self.opt(s, SAM.validFrom, o.valid_from)
        self.opt(s, SAM.validTo, o.valid_to)
        self.links(s, SAM.successor, o.successors)
        self.links(s, SAM.covers, o.covers)
        self.opt(s, SAM.note, o.note)

    def person(self, p) -> None:
        s = self.entity(p, FOAF.Person)
        self.add((s, FOAF.name, Literal(p.name)))

    def role(self, r) -> None:
        s = self.entity(r, ORG.Post, label=r.title)
        self.add((s, ORG.postIn, self.node(r.organisation)))
        self.link(s, ORG.heldBy, r.holder)
        self.opt(s, SAM.note, r.note)

    def agreement(self, a) -> None:
        s = self.entity(a, ORG.OrganizationalCollaboration, SAM.Agreement, label=a.title)
        self.add((s, SAM.level, Literal(a.level)))
        self.links(s, ORG.hasMember, a.parties)
        self.link(s, SAM.parentAgreement, a.parent)
        self.link(s, SAM.replaces, a.replaces)
        # a revision continues the text it revises: not sam:replaces (model/validity.py)
        self.link(s, SAM.revises, a.revises)
        if not a.on_file:
            self.add((s, SAM.onFile, Literal(False)))
        self.opt(s, SAM.parentDnr, a.parent_dnr)
        self.opt(s, SAM.replacesDnr, a.replaces_dnr)
        self.opt(s, SAM.validFrom, a.valid_from)
        self.opt(s, SAM.validTo, a.valid_to)
        if a.until_further_notice:
            self.add((s, SAM.untilFurtherNotice, Literal(True)))
        self.opt(s, SAM.revisionIntervalYears, a.revision_interval_years)
        self.links(s, SAM.signatory, a.signatories)
        for n, annex in enumerate(a.annexes, 1):
            self.annex(s, n, annex)
        self.literals(s, SAM.dnr, a.dnr)
        self.opt(s, SAM.goal, a.goal)
        self.opt(s, SAM.note, a.note)

    def annex(self, agreement: URIRef, n: int, annex) -> None:
        x = URIRef(f"{agreement}#annex-{n}")
        self.add((agreement, SAM.annex, x))
        self.add((x, RDF.type, SAM.Annex))
        self.add((x, SKOS.prefLabel, Literal(annex.title)))
        self.add((x, SAM.annexKind, Literal(annex.kind)))
        self.opt(x, SAM.number, annex.number)
        self.add((x, SAM.present, Literal(annex.present)))

    def priority_area(self, pa) -> None:
        s = self.entity(pa, SAM.PriorityArea, label=pa.name)
        self.add((s, SAM.agreement, self.node(pa.agreement)))
        self.links(s, SAM.correspondsTo, pa.corresponds_to)

    def work_item(self, item, rdf_type) -> URIRef:
        """What a group and an activity have in common."""
        s = self.entity(item, rdf_type, label=item.name)
        self.add((s, SAM.agreement, self.node(item.agreement)))
        self.links(s, SAM.addresses, item.priority_areas)
        for attr in ("goal", "purpose", "term", "note"):
            self.opt(s, SAM[attr], getattr(item, attr))
        self.frequency(s, item.frequency)
        return s

    def group(self, g) -> None:
        s = self.work_item(g, ORG.OrganizationalUnit)
        self.add((s, ORG.subOrganizationOf, self.node(g.agreement)))
        self.add((s, ORG.classification, KIND[g.kind]))
        self.add((s, SAM.level, Literal(g.level)))
        self.add((s, SAM.standing, Literal(g.standing)))
        self.add((s, SAM.template, Literal(g.template)))

    def activity(self, a) -> None:
        s = self.work_item(a, SAM.Activity)
        self.link(s, SAM.forum, a.forum)

    def membership(self, m) -> None:
        s = self.entity(m, ORG.Membership)
        group = self.node(m.group)
        agent, person = _agent(self.data, m.member)
        self.add((s, SAM.seat, self.node(m.member)))
        if agent is not None:
            self.add((s, ORG.member, self.node(agent)))
            self.add((self.node(agent), ORG.memberOf, group))
        self.add((s, ORG.organization, group))
        self.plays(s, m.capacity)
        self.chair(s, m, person)
        self.link(s, SAM.onBehalfOf, m.on_behalf_of)
        self.opt(s, SAM.condition, m.condition)
        self.opt(s, SAM.note, m.note)

    def plays(self, membership: URIRef, role: str) -> None:
        self.add((membership, ORG.role, ROLE[role]))
        self.roles_used.add(role)

    def chair(self, s: URIRef, m, person: str | None) -> None:
        """A chair: the seat chairs the group, and a person who holds it heads the group."""
        seat, group = self.node(m.member), self.node(m.group)
        if m.chair == "yes":
            self.plays(s, "chair")
            self.add((seat, SAM.chairOf, group))
            if person is not None:
                self.add((self.node(person), ORG.headOf, group))
        elif m.chair == "alternating":
            self.plays(s, "alternating_chair")
            self.add((seat, SAM.alternatingChairOf, group))

    def responsibility(self, r) -> None:
        s = self.entity(r, SAM.Responsibility)
        self.add((s, SAM.subject, self.node(r.subject)))
        self.add((s, SAM.holder, self.node(r.holder)))
        self.add((s, SAM.raci, Literal(r.kind)))
        self.add((self.node(r.holder), SAM[RACI[r.kind]], self.node(r.subject)))
        self.opt(s, SAM.note, r.note)

    def reporting_line(self, line) -> None:
        reports = line.kind == "reports"
        # an information flow is not a line of accountability: not org:reportsTo (ReportingLine.kind)
        self.add((self.node(line.from_), ORG.reportsTo if reports else SAM.informs, self.node(line.to)))
        s = self.entity(line, SAM.ReportingLine)
        self.opt(s, SAM.kind, None if reports else line.kind)
        self.add((s, SAM["from"], self.node(line.from_)))
        self.add((s, SAM.to, self.node(line.to)))
        self.opt(s, SAM.what, line.what)
        self.frequency(s, line.frequency)

    def statement(self, st) -> None:
        s = self.entity(st, SAM.Statement)
        self.add((s, SAM.about, self.node(st.subject)))
        self.add((s, SAM.field, Literal(st.field)))
        self.add((s, SAM.value, Literal(st.value)))

    # --- the vocabulary the entities use ---------------------------------------------------------------

    def vocabulary(self) -> None:
        """The capacities and chairs used (org:Role) and the organisation and group kinds (skos:Concept)."""
        for name in sorted(self.roles_used):
            self.concept(ROLE[name], ORG.Role, name)
        kinds = {o.kind for o in self.data.organisations} | {gr.kind for gr in self.data.groups}
        for name in sorted(kinds):
            self.concept(KIND[name], SKOS.Concept, name)

    def concept(self, term: URIRef, rdf_type: URIRef, name: str) -> None:
        self.add((term, RDF.type, rdf_type))
        self.add((term, SKOS.prefLabel, Literal(name.replace("_", " "))))


def _agent(data: DataSet, member_id: str) -> tuple[str | None, str | None]:
    """(the agent that is a member, the person among them) for a seat: a person or an organisation is its own
    agent; a post's agent is its holder, else the organisation the post is in (ORG: org:member is a foaf:Agent)."""
    seat = data.get(member_id)
    if isinstance(seat, Person):
        return seat.id, seat.id
    if isinstance(seat, Organisation):
        return seat.id, None
    if isinstance(seat, Role):
        return (seat.holder, seat.holder) if seat.holder else (seat.organisation, None)
    return None, None
