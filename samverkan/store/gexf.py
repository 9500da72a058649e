"""GEXF 1.3 (http://gexf.net/1.3) of the model graph, for Gephi: every attribute declared and typed, nodes
coloured and sized by kind (viz:color, viz:size, as Gephi shows them), edges labelled by their relation.

networkx writes only GEXF 1.1draft and 1.2draft (and a `name` attribute on <graph> that the 1.2 schema does
not allow), so the file is written here with ElementTree. Deterministic: nodes and edges sorted, no date.
"""

from __future__ import annotations

import io
from xml.etree import ElementTree as ET

import networkx as nx

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

COLOURS: dict[str, tuple[int, int, int]] = {
    "organisation": (37, 99, 235),
    "role": (16, 185, 129),
    "person": (107, 114, 128),
    "agreement": (217, 119, 6),
    "priority_area": (168, 85, 247),
    "group": (220, 38, 38),
    "activity": (236, 72, 153),
}
"""Node type → colour (r, g, b)."""

SIZES: dict[str, float] = {"agreement": 14.0, "organisation": 12.0, "group": 10.0, "activity": 7.0,
                           "priority_area": 7.0, "role": 6.0, "person": 5.0}


def _type_of(values: list) -> str:
    """The GEXF attribute type that holds every value of one attribute."""
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _text(value: object, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def _declare(parent: ET.Element, klass: str, rows: list[dict]) -> dict[str, tuple[str, str]]:
    """<attributes class=...> for every key the rows use; key → (attribute id, type)."""
    keys = sorted({k for r in rows for k in r if k != "label"})
    block = ET.SubElement(parent, "attributes", {"class": klass, "mode": "static"})
    declared = {}
    for number, key in enumerate(keys):
        kind = _type_of([r[key] for r in rows if key in r])
        declared[key] = (str(number), kind)
        ET.SubElement(block, "attribute", {"id": str(number), "title": key, "type": kind})
    return declared


def _values(parent: ET.Element, attrs: dict, declared: dict[str, tuple[str, str]]) -> None:
    keys = [k for k in sorted(attrs) if k in declared]
    if not keys:
        return
    values = ET.SubElement(parent, "attvalues")
    for key in keys:
        number, kind = declared[key]
        ET.SubElement(values, "attvalue", {"for": number, "value": _text(attrs[key], kind)})


def write_gexf(g: nx.MultiDiGraph, description: str) -> str:
    """GEXF 1.3 of a graph with scalar attributes (exchange.flat_graph); edge keys are the edge ids."""
    ET.register_namespace("", NS)
    ET.register_namespace("viz", VIZ)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{NS}}}gexf", {"version": "1.3", f"{{{XSI}}}schemaLocation": f"{NS} {NS}/gexf.xsd"})
    meta = ET.SubElement(root, f"{{{NS}}}meta")
    ET.SubElement(meta, f"{{{NS}}}creator").text = "samverkan"
    ET.SubElement(meta, f"{{{NS}}}description").text = description
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"defaultedgetype": "directed", "mode": "static"})
    nodes = sorted(g.nodes(data=True), key=lambda n: n[0])
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: e[2])
    node_attrs = _declare(graph, "node", [a for _, a in nodes])
    edge_attrs = _declare(graph, "edge", [a for *_, a in edges])
    node_list = ET.SubElement(graph, f"{{{NS}}}nodes", {"count": str(len(nodes))})
    for node, attrs in nodes:
        element = ET.SubElement(node_list, f"{{{NS}}}node", {"id": node, "label": str(attrs.get("label", node))})
        _values(element, attrs, node_attrs)
        r, gr, b = COLOURS.get(str(attrs.get("type")), (156, 163, 175))
        ET.SubElement(element, f"{{{VIZ}}}color", {"r": str(r), "g": str(gr), "b": str(b)})
        ET.SubElement(element, f"{{{VIZ}}}size", {"value": repr(SIZES.get(str(attrs.get("type")), 5.0))})
    edge_list = ET.SubElement(graph, f"{{{NS}}}edges", {"count": str(len(edges))})
    for u, v, key, attrs in edges:
        element = ET.SubElement(edge_list, f"{{{NS}}}edge", {"id": key, "source": u, "target": v,
                                                              "label": str(attrs.get("relation", ""))})
        _values(element, attrs, edge_attrs)
    for element in root.iter():  # the helpers above write plain names: all of them are GEXF's
        if not element.tag.startswith("{"):
            element.tag = f"{{{NS}}}{element.tag}"
    ET.indent(root, space="  ")
    buffer = io.BytesIO()
    ET.ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=True)
    return buffer.getvalue().decode("utf-8").rstrip("\n") + "\n"
