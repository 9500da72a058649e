"""Cytoscape.js JSON of the model graph: what `cytoscape({elements})` and Cytoscape desktop's cyjs import read.

    {"format_version": "1.0", "generated_by": "samverkan", "target_cytoscapejs_version": "~3",
     "data": {"name": ...}, "elements": {"nodes": [{"data": {"id", "label", "type", "kind", ...}}],
                                         "edges": [{"data": {"id", "source", "target", "kind", "label", ...}}]}}

A node's `label` is the entity's name; `type_label` and `kind_label` say what it is in the reader's language
(Swedish by default; a kind by the words of its closed list in `model/fields.py`), an edge's `label` what the
relation means. The other attributes are the scalar ones of
the GraphML and GEXF exports (`exchange.flat_graph`). Nodes and edges sorted by id: the same data give the
same bytes.
"""

from __future__ import annotations

import json

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.fields import choice_word

TYPE_WORDS: dict[str, Msg] = {
    "organisation": Msg("organisation", "organisation"),
    "person": Msg("person", "person"),
    "role": Msg("funktion (roll)", "function (role)"),
    "agreement": Msg("överenskommelse", "agreement"),
    "priority_area": Msg("prioriterat område", "priority area"),
    "group": Msg("grupp", "group"),
    "activity": Msg("aktivitet", "activity"),
}

KIND_LISTS = {"organisation": "organisation_kind", "group": "group_kind", "agreement": "level"}
"""Node type → its kind's closed list of words (samverkan.model.fields.CHOICES)."""

RELATION_WORDS: dict[str, Msg] = {
    "member_of": Msg("medlem i", "member of"),
    "holds": Msg("innehar", "holds"),
    "part_of": Msg("ingår i", "part of"),
    "reports_to": Msg("rapporterar till", "reports to"),
    "informs": Msg("informerar", "informs"),
    "accountable_for": Msg("ansvarig för", "accountable for"),
    "responsible_for": Msg("utför", "responsible for"),
    "consulted_on": Msg("rådfrågas om", "consulted on"),
    "informed_of": Msg("informeras om", "informed of"),
    "addresses": Msg("arbetar med", "addresses"),
    "party_to": Msg("part i", "party to"),
    "sub_organisation_of": Msg("del av organisationen", "sub-organisation of"),
    "signed_by": Msg("undertecknad av", "signed by"),
    "succeeded_by": Msg("efterträdd av", "succeeded by"),
    "covers": Msg("omfattar", "covers"),
}


def _word(table: dict[str, Msg], key: object, lang: str) -> str | None:
    found = table.get(str(key))
    return found.get(lang) if found is not None else None


def elements(data: DataSet, lang: str = "sv") -> dict:
    """The `elements` object: nodes and edges, each `{"data": {...}}`, sorted by id."""
    from samverkan.store.exchange import flat_graph

    g = flat_graph(data)
    nodes = []
    for node, attrs in sorted(g.nodes(data=True), key=lambda n: n[0]):
        kind = str(attrs.get("type", ""))
        type_word = _word(TYPE_WORDS, kind, lang) or kind
        kind_word = choice_word(KIND_LISTS[kind], str(attrs.get("kind")), lang) if kind in KIND_LISTS else type_word
        item = {**attrs, "id": node, "label": str(attrs.get("label", node)), "type_label": type_word,
                "kind_label": kind_word}
        nodes.append({"data": item})
    edges = []
    for u, v, key, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        relation = str(attrs.get("relation", ""))
        rest = {k: value for k, value in attrs.items() if k != "relation"}
        item = {**rest, "id": key, "source": u, "target": v, "kind": relation,
                "label": _word(RELATION_WORDS, relation, lang) or relation.replace("_", " ")}
        edges.append({"data": item})
    return {"nodes": nodes, "edges": edges}


def to_cytoscape(data: DataSet, lang: str = "sv") -> str:
    """The cyjs document (Cytoscape desktop: File → Import → Network from File; Cytoscape.js: its `elements`)."""
    doc = {"format_version": "1.0", "generated_by": "samverkan", "target_cytoscapejs_version": "~3",
           "data": {"name": data.name, "shared_name": data.name}, "elements": elements(data, lang)}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
