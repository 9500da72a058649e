"""The SHACL version of SAM010, SAM020 and SAM030 (benchmarks/shacl) finds what samverkan's rules find.

pySHACL validates the Turtle-able RDF export (samverkan.store.rdf) against shapes written for the profile and
date; its focus nodes per rule and sub-check must equal samverkan's findings (benchmarks/shacl/compare.py says
what is compared and what is left out). Speed is measured in benchmarks/bench_shacl.py, not here.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

pytest.importorskip("pyshacl", reason="pyshacl is a dev dependency")

from benchmarks.shacl.compare import compare  # noqa: E402
from samverkan.store.rdf import entity_id, iri, to_graph, to_turtle  # noqa: E402

CASES = [("stockholm-2023", dt.date(2024, 1, 1)), ("stockholm-2019", dt.date(2019, 12, 1)),
         ("remiss-hl-2019", dt.date(2019, 12, 1)), ("stockholm-2019", dt.date(2017, 1, 1))]


@pytest.mark.parametrize(("profile", "as_of"), CASES, ids=[f"{p}@{d}" for p, d in CASES])
def test_real_data_same_findings(dataset, profile, as_of):
    c = compare(dataset, profile, as_of)
    assert c.equal, c.explain()


def test_real_data_every_check_fires(dataset):
    """Across the cases each compared check finds something, so the equality above is not vacuous."""
    seen = set()
    for profile, as_of in CASES:
        c = compare(dataset, profile, as_of)
        seen |= {k[:2] for k in c.shacl}
    assert {("SAM010", "none"), ("SAM010", "several"), ("SAM020", "stranded"), ("SAM020", "no-target"),
            ("SAM030", "member")} <= seen


def test_synthetic_same_findings():
    from samverkan.synthetic import generate

    data = generate(agreements=14, seed=0).data
    c = compare(data, "syntet-2023", dt.date(2024, 1, 1))
    assert c.equal, c.explain()
    assert c.per_rule()["SAM010"] + c.per_rule()["SAM030"] > 0


def test_cycle_found_at_least_id(dataset):
    """A reporting cycle (added here) is one SAM020 finding at the cycle's least id on both sides."""
    data = dataset.copy_deep()
    data.reporting_lines.append(type(data.reporting_lines[0]).model_validate(
        {"from": "norrmalm-2016/chefsamrad", "to": "norrmalm-2016/samordnare", "sources": [{"document": "test"}]}))
    c = compare(data, "stockholm-2023", dt.date(2024, 1, 1))
    assert ("SAM020", "cycle", "norrmalm-2016/chefsamrad") in c.shacl
    assert c.equal, c.explain()


def test_turtle_is_deterministic_and_parses_back(dataset):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    text = to_turtle(dataset)
    assert text == to_turtle(dataset.copy_deep())
    back = Graph().parse(data=text, format="turtle")
    assert isomorphic(back, to_graph(dataset))
    assert len(back) > 1000


def test_turtle_same_bytes_across_hash_seeds(data_dir):
    code = ("import hashlib,sys; from samverkan.store.yaml_io import load_dataset; "
            "from samverkan.store.rdf import to_turtle; "
            f"print(hashlib.sha256(to_turtle(load_dataset({str(data_dir)!r})[0]).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2")}
    assert len(digests) == 1


def test_ids_round_trip_and_org_terms(dataset):
    from rdflib import RDF, URIRef
    from rdflib.namespace import ORG

    assert entity_id(iri("norrmalm-2016/samordnare~>norrmalm-2016/chefsamrad")) == \
        "norrmalm-2016/samordnare~>norrmalm-2016/chefsamrad"
    g = to_graph(dataset)
    chef = URIRef(iri("norrmalm-2016/chefsamrad"))
    assert (chef, RDF.type, ORG.OrganizationalUnit) in g
    assert (URIRef(iri("norrmalm-2016/beredningsgrupp")), ORG.reportsTo, chef) in g
    assert any(g.triples((None, ORG.member, None))) and any(g.triples((None, ORG.postIn, None)))
    assert not any("contact" in str(p) for p in g.predicates())


def test_cli_export_turtle(data_dir, tmp_path):
    from typer.testing import CliRunner

    from samverkan.cli import app

    out = tmp_path / "s.ttl"
    result = CliRunner().invoke(app, ["export", str(data_dir), "--format", "turtle", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("@prefix")
