"""Exports: GraphML, GEXF, node-link JSON, the Cypher script and neo4j-admin CSV; round trips and safety."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import networkx as nx
import pytest

from samverkan.store import exchange
from samverkan.store.neo4j import build_plan
from tests.conftest import DATA, ROOT
from tests.exchange_data import HOSTILE, read_node_link, small_dataset


@pytest.fixture(scope="module")
def small():
    return small_dataset()


def _edges(g: nx.MultiDiGraph) -> dict:
    return {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}


def test_graphml_round_trip(small, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_text(exchange.to_graphml(small), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    expected = exchange.flat_graph(small)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert _edges(back) == _edges(expected)
    assert back.nodes["norrmalm-2016/chefsamrad"]["label"] == HOSTILE
    assert back.nodes["norrmalm-2016/chefsamrad"]["kind"] == "steering"
    assert back.nodes["norrmalm-2016/beredning"]["standing"] is False
    # every edge id unique (Gephi drops repeated ids), membership ids kept as an attribute
    ids = [k for _, _, k in back.edges(keys=True)]
    assert len(ids) == len(set(ids)) == small_graph_edge_count(small)
    assert any(d.get("membership") == "beredning-lpo" for _, _, d in back.edges(data=True))


def small_graph_edge_count(data) -> int:
    from samverkan.model.graph import build_graph

    return build_graph(data).number_of_edges()


GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI"}


def test_gexf_1_3_has_what_the_schema_requires(small):
    """The structure the GEXF 1.3 schema (gephi/gexf, 1.3/gexf.xsd and the primer) requires, checked element by
    element: the schema's viz part is not at hand to validate against, so this test is the check."""
    from xml.etree import ElementTree as ET

    text = exchange.to_gexf(small)
    assert "lastmodifieddate" not in text and text.startswith("<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(text)
    assert root.tag == f"{GEXF}gexf" and root.attrib["version"] == "1.3"
    assert [child.tag for child in root] == [f"{GEXF}meta", f"{GEXF}graph"]
    graph = root.find(f"{GEXF}graph")
    assert set(graph.attrib) <= {"defaultedgetype", "mode", "timeformat", "idtype"}  # no `name` (1.2draft's flaw)
    assert graph.attrib["defaultedgetype"] == "directed"
    declared: dict[str, dict[str, str]] = {}
    for block in graph.findall(f"{GEXF}attributes"):
        assert block.attrib["class"] in ("node", "edge")
        for attribute in block:
            assert attribute.tag == f"{GEXF}attribute" and set(attribute.attrib) == {"id", "title", "type"}
            assert attribute.attrib["type"] in GEXF_TYPES
            declared.setdefault(block.attrib["class"], {})[attribute.attrib["id"]] = attribute.attrib["type"]
    nodes = graph.find(f"{GEXF}nodes").findall(f"{GEXF}node")
    edges = graph.find(f"{GEXF}edges").findall(f"{GEXF}edge")
    ids = [n.attrib["id"] for n in nodes]
    assert ids == sorted(set(exchange.flat_graph(small).nodes))
    assert len(edges) == small_graph_edge_count(small) == len({e.attrib["id"] for e in edges})
    assert all(e.attrib["source"] in ids and e.attrib["target"] in ids for e in edges)
    for element, klass in [*((n, "node") for n in nodes), *((e, "edge") for e in edges)]:
        for value in element.iter(f"{GEXF}attvalue"):
            kind = declared[klass][value.attrib["for"]]
            if kind == "boolean":
                assert value.attrib["value"] in ("true", "false")
            elif kind in ("long", "double"):
                float(value.attrib["value"])
    chefsamrad = next(n for n in nodes if n.attrib["id"] == "norrmalm-2016/chefsamrad")
    assert chefsamrad.attrib["label"] == HOSTILE
    colour = chefsamrad.find(f"{VIZ}color")
    assert all(0 <= int(colour.attrib[c]) <= 255 for c in "rgb") and float(chefsamrad.find(f"{VIZ}size").attrib[
        "value"]) > 0
    names = {a.attrib["id"]: a.attrib["title"] for b in graph.findall(f"{GEXF}attributes")
             if b.attrib["class"] == "node" for a in b}
    values = {names[v.attrib["for"]]: v.attrib["value"] for v in chefsamrad.iter(f"{GEXF}attvalue")}
    assert values["kind"] == "steering" and values["type"] == "group"


def test_json_round_trip(small):
    doc = json.loads(exchange.to_json(small))
    back = read_node_link(doc)
    expected = exchange.keyed_graph(small)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert _edges(back) == _edges(expected)
    assert [n["id"] for n in doc["nodes"]] == sorted(n["id"] for n in doc["nodes"])


def test_flat_attributes_are_scalar(small):
    g = exchange.flat_graph(small)
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, str | bool | int | float) for v in attrs.values())
    for _, _, attrs in g.edges(data=True):
        assert all(isinstance(v, str | bool | int | float) for v in attrs.values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "cypher"])
def test_exports_are_deterministic(small, fmt):
    first = getattr(exchange, f"to_{fmt}")(small)
    again = getattr(exchange, f"to_{fmt}")(small_dataset())
    assert first == again


def test_csv_is_deterministic(small):
    assert exchange.to_csv(small) == exchange.to_csv(small_dataset())


def test_csv_layout_of_neo4j_admin(small):
    files = exchange.to_csv(small)
    plan = build_plan(small)
    for name, text in files.items():
        if name == "import.txt":
            continue
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0]
        if name.startswith("nodes_"):
            label = name.removeprefix("nodes_").removesuffix(".csv")
            assert header[:2] == ["uid:ID", ":LABEL"]
            assert [r[0] for r in rows[1:]] == [r["uid"] for r in plan.nodes[label]]
            assert {r[1] for r in rows[1:]} == {label}
        else:
            rel_type = name.removeprefix("rels_").removesuffix(".csv")
            assert name.startswith("rels_") and header[:3] == [":START_ID", ":END_ID", ":TYPE"]
            assert len(rows) - 1 == len(plan.relationships[rel_type])
            assert {r[2] for r in rows[1:]} == {rel_type}
        for column in header:
            name_, _, kind = column.partition(":")
            assert kind in ("", "ID", "LABEL", "START_ID", "END_ID", "TYPE", "long", "double", "boolean", "string[]",
                            "date")
    groups = list(csv.DictReader(io.StringIO(files["nodes_Group.csv"])))
    assert groups[0]["name"] == HOSTILE
    # a list item holding ';' makes the export pick another array delimiter, and says so
    orgs = list(csv.DictReader(io.StringIO(files["nodes_Organisation.csv"])))
    assert "--array-delimiter='¦'" in files["import.txt"]
    assert orgs[1]["other_names:string[]"].split("¦") == ["Norrmalm; SDF", "N|x"]
    # mixed values in one column (a statement's 3, 'tre år', 2.5, true) go as JSON, named in json_fields
    statements = list(csv.DictReader(io.StringIO(files["nodes_Statement.csv"])))
    assert [json.loads(s["value"]) for s in statements] == [3, "tre år", 2.5, True]
    assert all("value" in s["json_fields:string[]"].split("¦") for s in statements)


def test_csv_for_neo4j_admin_keeps_text_as_it_is(small):
    """neo4j-admin stores a cell as written: a spreadsheet's apostrophe before `=`, `+`, `-`, `@` would end up in the
    database (`'=Styrgruppen`), so this CSV (not a spreadsheet's) writes names exactly."""
    data = small.copy_deep()
    data.groups[0].name = "=Styrgruppen"
    data.organisations[0].name = "-Stockholms stad"
    data.organisations[1].other_names = ["@SDF", "+N"]
    files = exchange.to_csv(data)
    groups = list(csv.DictReader(io.StringIO(files["nodes_Group.csv"])))
    orgs = list(csv.DictReader(io.StringIO(files["nodes_Organisation.csv"])))
    assert groups[0]["name"] == "=Styrgruppen"
    assert orgs[0]["name"] == "-Stockholms stad"
    delimiter = re.search(r"--array-delimiter='(.)'", files["import.txt"]).group(1)
    assert orgs[1]["other_names:string[]"].split(delimiter) == ["@SDF", "+N"]
    assert "'=" not in files["nodes_Group.csv"] and "'-" not in files["nodes_Organisation.csv"]


def test_csv_files_named_in_import_command(small):
    files = exchange.to_csv(small)
    command = files["import.txt"]
    for name in files:
        if name != "import.txt":
            assert name in command


# --- the Cypher script: data only inside literals ------------------------------------------------


def parse_literal(text: str, i: int):
    """Parse one Cypher literal at text[i:] (the subset cypher_literal writes); returns (value, end)."""
    ch = text[i]
    if ch == "'":
        out, i = [], i + 1
        simple = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'", '"': '"', "\\": "\\"}
        while text[i] != "'":
            if text[i] == "\\":
                code = text[i + 1]
                if code == "u":
                    out.append(chr(int(text[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append(simple[code])
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out), i + 1
    if ch == "[":
        items, i = [], i + 1
        while text[i] != "]":
            value, i = parse_literal(text, i)
            items.append(value)
            if text.startswith(", ", i):
                i += 2
        return items, i + 1
    if ch == "{":
        obj, i = {}, i + 1
        while text[i] != "}":
            assert text[i] == "`"
            end = i + 1
            while not (text[end] == "`" and text[end + 1] != "`"):
                end += 2 if text[end] == "`" else 1
            key = text[i + 1:end].replace("``", "`")
            assert text.startswith(": ", end + 1)
            obj[key], i = parse_literal(text, end + 3)
            if text.startswith(", ", i):
                i += 2
        return obj, i + 1
    if text.startswith("date('", i):
        import datetime as dt

        end = text.index("')", i)
        return dt.date.fromisoformat(text[i + 6:end]), end + 2
    for word, value in (("null", None), ("true", True), ("false", False)):
        if text.startswith(word, i):
            return value, i + len(word)
    end = i
    while end < len(text) and (text[end].isdigit() or text[end] in "-+.eE"):
        end += 1
    number = text[i:end]
    return (float(number) if any(c in number for c in ".eE") else int(number)), end


def match_statement(line: str, query: str, params: dict) -> None:
    """The line is the query with each $param replaced by a literal equal to the parameter; nothing else."""
    import re

    pos = 0
    last = 0
    for m in re.finditer(r"\$([A-Za-z_]\w*)", query):
        fixed = query[last:m.start()]
        assert line[pos:pos + len(fixed)] == fixed, (line[pos:pos + 80], fixed)
        value, pos = parse_literal(line, pos + len(fixed))
        assert value == params[m.group(1)]
        last = m.end()
    assert line[pos:] == query[last:] + ";"


def test_cypher_script_runs_the_push_statements_with_data_only_in_literals(small):
    text = exchange.to_cypher(small)
    plan = build_plan(small)
    lines = [line for line in text.splitlines() if not line.startswith("//")]
    assert lines.index(":begin") == len(plan.schema) and lines[-1] == ":commit"
    statements = lines[:len(plan.schema)] + lines[len(plan.schema) + 1:-1]
    steps = plan.schema + plan.write_steps() + plan.cleanup_steps()
    assert len(statements) == len(steps)
    for line, step in zip(statements, steps, strict=True):
        match_statement(line, step.query, step.params)
    # the hostile name is in the script exactly once per place it is stored, always inside a literal
    assert "}) DETACH DELETE n //" in text
    assert "\n:commit\t" not in text and text.count("\n:commit\n") == 1


def test_cypher_literal_escapes():
    lit = exchange.cypher_literal
    assert lit("a'b\\c\n\u0001") == "'a\\'b\\\\c\\n\\u0001'"
    assert lit({"we`ird": [1, 2.5, True, None]}) == "{`we``ird`: [1, 2.5, true, null]}"
    for value in ["x", HOSTILE, "", "å\u2028", ["a", {"b": "c'"}]]:
        assert parse_literal(lit(value), 0) == (value, len(lit(value)))
    with pytest.raises(ValueError):
        lit(float("nan"))


# --- the real data set -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real():
    from samverkan.store.yaml_io import load_dataset

    return load_dataset(DATA)[0]


def test_real_data_set_exports(real, tmp_path):
    for fmt in ("graphml", "gexf", "json", "cypher"):
        assert getattr(exchange, f"to_{fmt}")(real) == getattr(exchange, f"to_{fmt}")(real)
    path = tmp_path / "real.graphml"
    path.write_text(exchange.to_graphml(real), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == exchange.flat_graph(real).number_of_nodes()
    assert back.number_of_edges() == exchange.flat_graph(real).number_of_edges()


# --- the command ---------------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_cli_export_byte_identical_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "g.graphml"
    first = run("export", str(DATA), "--format", "graphml", "--out", str(target))
    assert first.returncode == 0, first.stderr
    data = target.read_bytes()
    assert run("export", str(DATA), "--format", "graphml", "--out", str(target)).returncode == 0  # same bytes: fine
    assert target.read_bytes() == data
    target.write_text("my own file", encoding="utf-8")
    refused = run("export", str(DATA), "--format", "graphml", "--out", str(target))
    assert refused.returncode == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert target.read_text(encoding="utf-8") == "my own file"
    assert run("export", str(DATA), "--format", "graphml", "--out", str(target), "--force").returncode == 0
    assert target.read_bytes() == data


def test_cli_export_csv_folder(tmp_path):
    folder = tmp_path / "csv"
    result = run("export", str(DATA), "--format", "csv", "--out", str(folder), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert (folder / "import.txt").exists() and (folder / "nodes_Organisation.csv").exists()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / "nodes_Organisation.csv").write_text("edited", encoding="utf-8")
    refused = run("export", str(DATA), "--format", "csv", "--out", str(folder), "--lang", "en")
    assert refused.returncode == 2 and "exists" in refused.stderr
    assert run("export", str(DATA), "--format", "csv", "--out", str(folder), "--force").returncode == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_cli_export_unknown_format(tmp_path):
    result = run("export", str(DATA), "--format", "dot", "--out", str(tmp_path / "x"))
    assert result.returncode == 2 and "graphml" in result.stderr and "Traceback" not in result.stderr


def test_cli_export_stdout():
    result = run("export", str(DATA), "--format", "json", "--out", "-")
    assert result.returncode == 0 and json.loads(result.stdout)["directed"] is True
