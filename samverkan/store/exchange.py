"""Exchange formats: GraphML and GEXF (Gephi, yEd), node-link JSON, a Cypher script and neo4j-admin CSV.

GraphML, GEXF (1.3) and JSON hold the graph of `model.graph` (node attributes type, kind, label, party, ...;
edges with their relation). Gephi and yEd need scalar attributes, so GraphML and GEXF get lists joined
with "; ", nested values as JSON and no empty (None) values. Edge keys are made unique in the file
(`<relation>:<from>><to>`, `member_of:<membership id>`), since Gephi drops edges with a repeated id.

The Cypher script and the CSV files hold what `samverkan neo4j push` writes (see `neo4j_store`): the
script runs the very statements of a push, with each parameter inlined as a Cypher literal by
`cypher_literal` (strings single-quoted with every quote, backslash and control character escaped,
map keys in backticks), never by pasting data into query text. Parameters could instead be set with
cypher-shell's `:param`, but its syntax differs between versions; literals run in every version and
in Neo4j Browser. The CSV files follow `neo4j-admin database import`: nodes_<Label>.csv with `uid:ID`
and `:LABEL`, rels_<TYPE>.csv with `:START_ID`, `:END_ID` and `:TYPE`, typed property columns, plus
import.txt with the command. Every output is deterministic: the same data give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re

import networkx as nx

from samverkan.io.sanitise import for_xml
from samverkan.model.dataset import DataSet
from samverkan.model.graph import build_graph

FORMATS = ("graphml", "gexf", "json", "cypher", "csv")
ARRAY_DELIMITERS = (";", "|", "¦", "§")


# --- the graph formats -----------------------------------------------------------------------------


def _edge_key(u: str, v: str, key: str, attrs: dict) -> str:
    if attrs.get("relation") == "member_of":
        return f"member_of:{attrs.get('id', '')}"
    return f"{key}:{u}>{v}"


def keyed_graph(data: DataSet) -> nx.MultiDiGraph:
    """The model graph with edge keys unique in the whole graph (what every export writes)."""
    source = build_graph(data)
    g = nx.MultiDiGraph(name=data.name)
    g.add_nodes_from(source.nodes(data=True))
    for u, v, key, attrs in source.edges(keys=True, data=True):
        g.add_edge(u, v, key=_edge_key(u, v, key, attrs), **attrs)
    return g


def _flat(value: object) -> object:
    """A scalar for GraphML and GEXF; text without the characters XML forbids (samverkan.io.sanitise)."""
    if isinstance(value, str):
        return for_xml(value)
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return for_xml("; ".join(str(v) for v in value))
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flat_attrs(attrs: dict) -> dict:
    flat = {k: _flat(v) for k, v in sorted(attrs.items()) if v is not None}
    if "id" in flat:  # a membership's id: GraphML and GEXF give `id` a meaning of their own
        flat["membership"] = flat.pop("id")
    return flat


def flat_graph(data: DataSet) -> nx.MultiDiGraph:
    """The graph with scalar attributes only, as GraphML and GEXF hold it."""
    keyed = keyed_graph(data)
    g = nx.MultiDiGraph(name=data.name)
    for node, attrs in keyed.nodes(data=True):
        g.add_node(node, **_flat_attrs(attrs))
    for u, v, key, attrs in keyed.edges(keys=True, data=True):
        g.add_edge(u, v, key=key, **_flat_attrs(attrs))
    return g


def to_graphml(data: DataSet) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(flat_graph(data), buffer, encoding="utf-8", prettyprint=True)
    return for_xml(buffer.getvalue().decode("utf-8").rstrip("\n") + "\n")


def to_gexf(data: DataSet) -> str:
    """GEXF 1.3 (samverkan.store.gexf): edge ids are the unique edge keys, not a counter."""
    from samverkan.store.gexf import write_gexf

    return for_xml(write_gexf(flat_graph(data), data.name))


def node_link(data: DataSet) -> dict:
    g = keyed_graph(data)
    try:
        doc = nx.node_link_data(g, edges="edges")
    except TypeError:  # networkx < 3.4 names the keyword `link` (3.4 renamed it and deprecated the old name)
        doc = nx.node_link_data(g, link="edges")
    doc["nodes"] = sorted(doc["nodes"], key=lambda n: n["id"])
    doc["edges"] = sorted(doc["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return doc


def to_json(data: DataSet) -> str:
    return json.dumps(node_link(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --- Cypher -----------------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _cypher_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or ch in "\u2028\u2029\u0085":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_literal(value: object) -> str:
    """A Cypher literal for a JSON-like value; the one way data enters a script's text."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no Cypher literal for {value!r}")
        return repr(value)
    if isinstance(value, str):
        return _cypher_string(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"date('{value.isoformat()}')"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(
            "`" + str(k).replace("`", "``") + "`: " + cypher_literal(v) for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def inline(query: str, params: dict) -> str:
    """A statement with its parameters replaced by literals (the query text comes from code, not data)."""
    return _PARAM.sub(lambda m: cypher_literal(params[m.group(1)]), query)


def to_cypher(data: DataSet, dataset: str | None = None) -> str:
    from samverkan.store.neo4j import build_plan

    plan = build_plan(data, dataset)
    lines = [
        "// samverkan: the statements of `samverkan neo4j push`, parameters inlined as literals.",
        "// Run with: cypher-shell -d neo4j -f this-file.cypher  (:begin/:commit are cypher-shell commands;",
        "// the data changes run in one transaction, as `neo4j push --batch-size 0` does). Running it twice gives",
        "// the same database; what of the data set carries another stamp (an older push) is removed at the end.",
        "// Constraints (schema changes cannot share a transaction with data):",
    ]
    lines += [inline(step.query, step.params) + ";" for step in plan.schema]
    lines.append(":begin")
    lines += [inline(step.query, step.params) + ";" for step in plan.write_steps() + plan.cleanup_steps()]
    lines.append(":commit")
    return "\n".join(lines) + "\n"


# --- neo4j-admin CSV --------------------------------------------------------------------------------


def _column_type(values: list) -> str | None:
    """The neo4j-admin type of a column, or None when its values do not share one (they go as JSON)."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in present):
        return "date"
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if all(isinstance(v, float) for v in present):
        return "double"
    if all(isinstance(v, str) for v in present):
        return "string"
    if all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return "string[]"
    return None


def _quoted(text: str) -> str:
    """A quoted CSV field as neo4j-admin reads it: the text itself (no spreadsheet apostrophe before `=`: this file
    is read by neo4j-admin, which would store the apostrophe), quotes doubled, line breaks kept (--multiline)."""
    return '"' + text.replace('"', '""') + '"'


def _cell(value: object, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double"):
        return repr(value)
    if kind == "date":
        return value.isoformat()
    return _quoted(delimiter.join(value) if kind == "string[]" else str(value))


def _table(fixed: list[str], fixed_values: list[list[str]], rows: list[dict], delimiter: str,
           skip: frozenset[str] = frozenset()) -> str:
    """One CSV file: the fixed neo4j-admin columns, then typed property columns (sorted)."""
    rows = [dict(r) for r in rows]
    names = sorted({k for r in rows for k in r} - skip)
    kinds: dict[str, str] = {}
    for name in names:
        kind = _column_type([r.get(name) for r in rows])
        if kind == "string[]" and any(delimiter in item for r in rows for item in r.get(name) or []):
            kind = None  # an item holds the delimiter (every candidate occurs in the data): the column goes as JSON
        if kind is None:  # e.g. a statement's value: 3 in one row, "tre" in another
            for r in rows:
                if name in r:
                    r[name] = json.dumps(r[name], ensure_ascii=False, sort_keys=True, default=str)
                    r["json_fields"] = sorted({*r.get("json_fields", []), name})
            kind = "string"
        kinds[name] = kind
    if any("json_fields" in r for r in rows):
        if "json_fields" not in kinds:
            names = sorted([*names, "json_fields"])
        kinds["json_fields"] = "string[]"
    header = fixed + [n if kinds[n] == "string" else f"{n}:{kinds[n]}" for n in names]
    lines = [",".join(header)]
    for values, row in zip(fixed_values, rows, strict=True):
        cells = [_quoted(v) for v in values]
        cells += [_cell(row.get(n), kinds[n], delimiter) for n in names]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def _array_delimiter(rows: list[dict]) -> str:
    used = set()
    for row in rows:
        for value in row.values():
            if isinstance(value, list):
                used.update(ch for item in value if isinstance(item, str) for ch in item if ch in ARRAY_DELIMITERS)
    for delimiter in ARRAY_DELIMITERS:
        if delimiter not in used:
            return delimiter
    return ARRAY_DELIMITERS[0]  # the columns whose items hold it are written as JSON (see _table)


def to_csv(data: DataSet, dataset: str | None = None) -> dict[str, str]:
    """File name → text: nodes_<Label>.csv, rels_<TYPE>.csv and import.txt (the neo4j-admin command)."""
    from samverkan.store.neo4j import build_plan

    plan = build_plan(data, dataset)
    all_props = [r["props"] for rows in plan.nodes.values() for r in rows]
    all_props += [r["props"] for rows in plan.relationships.values() for r in rows]
    delimiter = _array_delimiter(all_props)
    files: dict[str, str] = {}
    for label, rows in sorted(plan.nodes.items()):
        if rows:
            files[f"nodes_{label}.csv"] = _table(
                ["uid:ID", ":LABEL"], [[r["uid"], label] for r in rows], [r["props"] for r in rows], delimiter,
                frozenset({"uid"}))
    for rel_type, rows in sorted(plan.relationships.items()):
        if rows:
            files[f"rels_{rel_type}.csv"] = _table(
                [":START_ID", ":END_ID", ":TYPE"], [[r["src"], r["dst"], rel_type] for r in rows],
                [r["props"] for r in rows], delimiter)
    command = ["neo4j-admin database import full neo4j", f"--array-delimiter='{delimiter}'",
               "--multiline-fields=true", "--id-type=string"]
    command += [f"--nodes={name}" for name in files if name.startswith("nodes_")]
    command += [f"--relationships={name}" for name in files if name.startswith("rels_")]
    files["import.txt"] = (
        "# Import into an empty database (stopped), from this folder; afterwards create the constraints\n"
        "# with `samverkan export ... --format cypher` (its CREATE CONSTRAINT lines) or a first push.\n"
        + " \\\n  ".join(command) + "\n")
    return files
