"""A small data set with every entity type and hostile text, for the export and Neo4j tests."""

from __future__ import annotations

from samverkan.model.dataset import DataSet


def read_node_link(doc: dict):
    """networkx's reading of node-link JSON with the edges under "edges" (3.4 names the keyword `edges`, 3.2 and
    3.3, the lowest declared, `link`)."""
    import networkx as nx

    try:
        return nx.node_link_graph(doc, edges="edges", directed=True, multigraph=True)
    except TypeError:
        return nx.node_link_graph(doc, link="edges", directed=True, multigraph=True)


HOSTILE = "Norrmalm's \"chefsamråd\" }) DETACH DELETE n // \\ ;\n:commit\t`x` $rows"


def small_dataset(name: str = "small") -> DataSet:
    src = [{"document": "004_test.txt", "section": "5. Styrgrupp", "lines": "66-91", "quote": "Chefsamrådet 'x'"}]
    return DataSet.model_validate({
        "name": name,
        "organisations": [
            {"id": "stockholms-stad", "sources": src, "name": "Stockholms stad", "kind": "city"},
            {"id": "sdf-norrmalm", "sources": src, "name": "Norrmalms stadsdelsförvaltning",
             "kind": "district_administration", "parent": "stockholms-stad", "other_names": ["Norrmalm; SDF", "N|x"],
             "valid_from": "2007-01-01"},
            {"id": "lpo-norrmalm", "sources": src, "name": "LPO Norrmalm", "kind": "local_police_area",
             "covers": ["sdf-norrmalm"]},
            {"id": "sdf-old", "sources": src, "name": "Old SDF", "kind": "district_administration",
             "valid_to": "2006-12-31", "successors": ["sdf-norrmalm"]},
        ],
        "people": [{"id": "p-anna", "sources": src, "name": "Anna Å", "contact": "anna@example.se"}],
        "roles": [
            {"id": "sdf-norrmalm/direktor", "sources": src, "title": "Stadsdelsdirektör",
             "organisation": "sdf-norrmalm", "holder": "p-anna"},
            {"id": "lpo-norrmalm/chef", "sources": src, "title": "Lokalpolisområdeschef",
             "organisation": "lpo-norrmalm"},
        ],
        "agreements": [
            {"id": "norrmalm-2016", "sources": src, "title": "Samverkansöverenskommelse Norrmalm", "level": "local",
             "parties": ["sdf-norrmalm", "lpo-norrmalm"], "valid_from": "2016-05-01", "valid_to": "2019-12-31",
             "signatories": ["sdf-norrmalm/direktor", "lpo-norrmalm/chef"],
             "extension": {"period_years": 1.5, "consult_months_before": 3, "text": "förlängs med ett år"},
             "annexes": [{"number": 1, "title": "Lägesbild", "kind": "situation_picture"}], "dnr": ["1.2.3-456/2016"]},
        ],
        "priority_areas": [{"id": "norrmalm-2016/trygghet", "sources": src, "name": "Trygghet",
                            "agreement": "norrmalm-2016"}],
        "groups": [
            {"id": "norrmalm-2016/chefsamrad", "sources": src, "name": HOSTILE, "agreement": "norrmalm-2016",
             "kind": "steering", "level": "local", "priority_areas": ["norrmalm-2016/trygghet"],
             "frequency": {"per_year": 4, "text": "minst två (2) gånger varje halvår", "minimum": True},
             "requirements": [{"title": "stadsdelsdirektör", "necessity": "required"}],
             "contacts": [{"party": "city", "holder": "sdf-norrmalm/direktor"}], "problems": ["a; b", "c"]},
            {"id": "norrmalm-2016/beredning", "sources": src, "name": "Beredningsgrupp", "agreement": "norrmalm-2016",
             "kind": "preparation", "level": "local", "standing": False},
        ],
        "activities": [{"id": "norrmalm-2016/klara", "sources": src, "name": "Platssamverkan Klara",
                        "agreement": "norrmalm-2016", "forum": "norrmalm-2016/chefsamrad"}],
        "memberships": [
            {"sources": src, "group": "norrmalm-2016/chefsamrad", "member": "sdf-norrmalm/direktor",
             "capacity": "decision_maker", "chair": "alternating"},
            {"sources": src, "group": "norrmalm-2016/chefsamrad", "member": "lpo-norrmalm/chef",
             "capacity": "decision_maker", "chair": "alternating", "note": HOSTILE},
            {"id": "beredning-lpo", "sources": src, "group": "norrmalm-2016/beredning", "member": "lpo-norrmalm",
             "condition": "vid behov"},
        ],
        "responsibilities": [
            {"sources": src, "subject": "norrmalm-2016/klara", "holder": "lpo-norrmalm/chef", "kind": "accountable"},
            {"sources": src, "subject": "norrmalm-2016/klara", "holder": "sdf-norrmalm", "kind": "informed"},
        ],
        "reporting_lines": [
            {"sources": src, "from": "norrmalm-2016/beredning", "to": "norrmalm-2016/chefsamrad", "what": "underlag",
             "frequency": {"per_year": 4, "text": "inför varje möte"}},
        ],
        "statements": [
            {"id": "s-rev-3", "sources": src, "subject": "norrmalm-2016", "field": "revision_interval_years",
             "value": 3},
            {"id": "s-rev-text", "sources": src, "subject": "norrmalm-2016", "field": "note", "value": "tre år"},
            {"id": "s-rev-f", "sources": src, "subject": "norrmalm-2016", "field": "x", "value": 2.5},
            {"id": "s-rev-b", "sources": src, "subject": "norrmalm-2016", "field": "y", "value": True},
        ],
    })
