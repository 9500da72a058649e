"""`samverkan export --format cytoscape`: Cytoscape.js JSON (the `elements` form, and Cytoscape desktop's cyjs).

Structure, Swedish words, determinism; and the real cytoscape.js (tests/vendor/cytoscape.min.js, 3.35.0 from
npm, MIT, licence beside it) loading the export in Chromium with every node and edge.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.graph import build_graph
from samverkan.store.cytoscape import to_cytoscape
from tests.browser import block_network, needs_chromium
from tests.conftest import DATA
from tests.exchange_data import HOSTILE, small_dataset

CYTOSCAPE_JS = Path(__file__).resolve().parent / "vendor" / "cytoscape.min.js"


def test_elements_hold_the_graph_and_every_edge_meets_two_nodes(dataset):
    doc = json.loads(to_cytoscape(dataset))
    nodes = [n["data"] for n in doc["elements"]["nodes"]]
    edges = [e["data"] for e in doc["elements"]["edges"]]
    graph = build_graph(dataset)
    assert sorted(n["id"] for n in nodes) == sorted(graph.nodes)
    assert len(edges) == graph.number_of_edges()
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    every = [n["id"] for n in nodes] + [e["id"] for e in edges]
    assert len(every) == len(set(every)), "cytoscape.js needs ids unique over nodes and edges"
    assert all(set(n) >= {"id", "label", "type", "kind", "type_label", "kind_label"} for n in nodes)
    assert all(set(e) >= {"id", "source", "target", "kind", "label"} for e in edges)
    values = [v for item in nodes + edges for v in item.values()]
    assert all(isinstance(v, str | int | float | bool) for v in values), "Cytoscape reads scalar columns"
    assert doc["data"]["name"] == dataset.name


def test_words_are_swedish_by_default_and_english_on_request(dataset):
    sv = json.loads(to_cytoscape(dataset))["elements"]
    en = json.loads(to_cytoscape(dataset, "en"))["elements"]
    group = next(n["data"] for n in sv["nodes"] if n["data"]["id"] == "norrmalm-2016/chefsamrad")
    assert group["label"] == "Chefsamrådet" and group["type_label"] == "grupp"
    assert group["kind_label"] == "styrgrupp"
    member = next(e["data"] for e in sv["edges"] if e["data"]["kind"] == "member_of")
    assert member["label"] == "medlem i"
    assert {e["data"]["label"] for e in en["edges"] if e["data"]["kind"] == "member_of"} == {"member of"}
    # every relation and every type has its Swedish words: none falls back to the key
    assert all(e["data"]["label"] != e["data"]["kind"].replace("_", " ") for e in sv["edges"])
    assert all(n["data"]["type_label"] != n["data"]["type"] or n["data"]["type"] in ("organisation", "person")
               for n in sv["nodes"])


def test_deterministic_and_hostile_text_stays_data():
    first = to_cytoscape(small_dataset())
    assert first == to_cytoscape(small_dataset())
    assert HOSTILE in {n["data"]["label"] for n in json.loads(first)["elements"]["nodes"]}


def test_export_command_writes_it(tmp_path):
    out = tmp_path / "graf.cyjs"
    result = CliRunner().invoke(app, ["export", str(DATA), "--format", "cytoscape", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["elements"]["nodes"]


@pytest.mark.slow
@needs_chromium
def test_cytoscape_js_loads_the_export(browser, dataset, tmp_path):
    text = to_cytoscape(dataset)
    doc = json.loads(text)
    page_file = tmp_path / "cy.html"
    page_file.write_text(
        "<!doctype html><meta charset=utf-8><div id=cy style='width:800px;height:600px'></div>"
        f"<script src='{CYTOSCAPE_JS.as_uri()}'></script>"
        f"<script>const doc = {text};\n"
        "window.cy = cytoscape({container: document.getElementById('cy'), elements: doc.elements,"
        " layout: {name: 'grid'}});</script>", encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    outside = block_network(page)
    try:
        page.goto(page_file.as_uri())
        page.wait_for_function("() => window.cy !== undefined", timeout=30_000)
        counts = page.evaluate("() => [cy.nodes().length, cy.edges().length]")
        label = page.evaluate("() => cy.getElementById('norrmalm-2016/chefsamrad').data('label')")
    finally:
        page.close()
    assert errors == [] and outside == []
    assert counts == [len(doc["elements"]["nodes"]), len(doc["elements"]["edges"])]
    assert label == "Chefsamrådet"
