"""The interactive page of `samverkan show`: vis-network's node and edge data, our own template.

The page is rendered from `templates/graph.html.j2` with autoescaping on, and vis-network's JS and CSS
(vendored from its npm package with its licences in `assets/vis-network/`) are inlined: the page opens offline.
Pages written side by side (the audit's) may instead load one shared copy from a folder beside them
(`shared_files`, `render_html(..., shared=True)`): the folder of pages then opens offline as a whole.
Data reaches the page as JSON in a non-executed script element; tooltips are plain text (vis-network 9
sets string titles with innerText). A Content-Security-Policy allows only our own inline scripts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import textwrap
from functools import cache
from pathlib import Path
from types import SimpleNamespace as Item

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup

from samverkan.io.i18n import Msg
from samverkan.show.graph_view import View
from samverkan.show.style import (
    EDGE_STYLE,
    GROUP_FILL,
    KIND_WORDS,
    LABEL_INSIDE,
    SEVERITIES,
    SEVERITY_BADGE,
    SEVERITY_BORDER,
    SEVERITY_WORDS,
    legend_kinds,
    legend_parties,
    legend_relations,
    legend_severities,
    word,
)

HERE = Path(__file__).resolve().parent
# What the template reads is an Item (attributes), not a dict: jinja's `x.key` tries the attribute first, and a
# dict's failed attribute lookup costs more than the rest of the lookup (some 300 a page, 301 pages an audit).
VIS_VERSION = "9.1.2"

WORDS = {
    "filters": Msg("Filter", "Filters"),
    "agreements": Msg("Överenskommelser", "Agreements"),
    "kinds": Msg("Slag av nod", "Kinds of node"),
    "parties": Msg("Part (färg)", "Party (colour)"),
    "relations": Msg("Kanter", "Edges"),
    "severities": Msg("Fynd (ram och märke)", "Findings (border and badge)"),
    "findings": Msg("Fynd", "Findings"),
    "no_findings": Msg("Inga fynd.", "No findings."),
    "no_engine": Msg("Regelkontrollen är inte tillgänglig: inga fynd visas.",
                     "The rule checks are not available: no findings are shown."),
    "details": Msg("Vald nod", "Selected node"),
    "details_hint": Msg("Klicka på en nod (eller välj den i sökningen eller dispositionen) för att se allt om den "
                        "här. Håll muspekaren över en nod för en sammanfattning.",
                        "Click a node (or pick it in the search or the outline) to see everything about it here. "
                        "Hover over a node for a summary."),
    "search": Msg("Sök", "Search"),
    "search_go": Msg("Hitta", "Find"),
    "search_hint": Msg("namn, funktion eller id", "name, function or id"),
    "search_results": Msg("Sökträffar", "Search results"),
    "hits": Msg("{n} träffar", "{n} matches"),
    "home": Msg("Startvy", "Start view"),
    "export_png": Msg("Spara som PNG", "Save as PNG"),
    "neighbourhood": Msg("Visa grannskap", "Show neighbourhood"),
    "show_all": Msg("Visa alla noder", "Show all nodes"),
    "outline": Msg("Disposition (lista över grafen)", "Outline (the graph as a list)"),
    "outline_hint": Msg("Varje nod som text; välj en för att markera den i grafen och se den i rutan Vald nod.",
                        "Every node as text; pick one to select it in the graph and see it under Selected node."),
    "graph_canvas": Msg("Styrningsgraf (rityta; piltangenter flyttar, + och − zoomar). Samma innehåll finns i "
                        "dispositionen.", "Governance graph (canvas; arrow keys pan, + and − zoom). The outline "
                        "holds the same content."),
    "to_report": Msg("Till granskningsrapporten", "To the audit report"),
    "other_nodes": Msg("Övriga noder (mottagare, organisationer)", "Other nodes (receivers, organisations)"),
    "people_hidden": Msg("Personnamn är dolda; funktioner (roller) visas. Använd --show-people för att visa namn.",
                         "Person names are hidden; functions (roles) are shown. Use --show-people to show names."),
    "collapsed": Msg("Stor datamängd: {n} medlemmar är hopfällda i sina grupper (se gruppernas informationsrutor), och "
                     "varje överenskommelse är ett kluster. Klicka på ett kluster för att öppna det.",
                     "Large data set: {n} members are folded into their groups (see the groups' tooltips), and each "
                     "agreement is a cluster. Click a cluster to open it."),
    "open_all": Msg("Öppna alla", "Open all"),
    "close_all": Msg("Fäll ihop alla", "Collapse all"),
    "fit": Msg("Visa allt", "Fit to screen"),
    "show": Msg("Visa", "Show"),
    "drawn": Msg("noder", "nodes"),
    "chair_note": Msg("tjock grå: ordförande", "thick grey: chair"),
    "template_note": Msg("streckad ram: mall i stadsövergripande överenskommelse",
                         "dashed border: template in a city-wide agreement"),
    "nojs": Msg("Sidan behöver JavaScript för att rita grafen.", "The page needs JavaScript to draw the graph."),
    "graph": Msg("Styrningsgraf", "Governance graph"),
    "no_vis": Msg("Grafen kan inte ritas: sidan ritar med filerna i mappen {folder} bredvid sig, och de saknas. "
                  "Öppna sidan där den skrevs, med hela mappen kvar.",
                  "The graph cannot be drawn: the page draws with the files of the folder {folder} beside it, "
                  "and they are missing. Open the page where it was written, with the whole folder kept."),
}


@cache
def _asset(path: Path) -> str:
    """An inlined file, read once per process (an audit writes one page per district)."""
    text = path.read_text(encoding="utf-8")
    # the inlined files must not point anywhere: drop source-map comments
    return re.sub(r"/[/*][#@] sourceMappingURL=[^\n*]*(\*/)?", "", text)


@cache
def _template() -> Template:
    """The page's template, compiled once per process (an audit renders one page per district)."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True,
                      default_for_string=True), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("graph.html.j2")


VIS = HERE / "assets" / "vis-network"
SHARED_FOLDER = "vis-network"
"""The folder beside pages rendered with `shared=True`, holding vis-network as `shared_files` gives it."""
SHARED_JS, SHARED_CSS = (f"{SHARED_FOLDER}/vis-network.min.js", f"{SHARED_FOLDER}/vis-network.min.css")


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS, vendored from its npm package (assets/vis-network/, with its licences)."""
    return _asset(VIS / "vis-network.min.js"), _asset(VIS / "vis-network.min.css")


def shared_files() -> dict[str, str]:
    """Relative path → text of what pages rendered with `shared=True` load: vis-network's JS and CSS as a page
    inlines them, with its licences."""
    js, css = vis_assets()
    licences = {f"{SHARED_FOLDER}/{p.name}": p.read_text(encoding="utf-8") for p in sorted(VIS.glob("LICENSE*"))}
    return {SHARED_JS: js, SHARED_CSS: css, **licences}


def _json_for_script(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators left raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        if raw in text:  # a search is cheaper than a replace that finds nothing (an audit writes 26 MB of it)
            text = text.replace(raw, escaped)
    return text


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=False)[:4]) or text


@cache
def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


@cache  # the same few swatches on every page
def _icon(shape: str, fill: str, border: str, dashed: bool = False) -> Markup:
    """A small SVG swatch of a node shape; built from the style tables only, never from data."""
    dash = ' stroke-dasharray="3 2"' if dashed else ""
    common = f'fill="{fill}" stroke="{border}" stroke-width="1.5"{dash}'
    body = {
        "box": f'<rect x="2" y="5" width="24" height="14" rx="3" {common}/>',
        "ellipse": f'<ellipse cx="14" cy="12" rx="12" ry="7" {common}/>',
        "database": f'<path d="M4 7 v10 a10 3 0 0 0 20 0 v-10 a10 3 0 0 0 -20 0 a10 3 0 0 0 20 0" {common}/>',
        "dot": f'<circle cx="14" cy="12" r="6" {common}/>',
        "square": f'<rect x="8" y="6" width="12" height="12" {common}/>',
        "triangle": f'<path d="M14 5 L21 18 L7 18 Z" {common}/>',
        "hexagon": f'<path d="M8 5 L20 5 L25 12 L20 19 L8 19 L3 12 Z" {common}/>',
    }[shape]
    return Markup(f'<svg class="icon" width="28" height="24" viewBox="0 0 28 24" aria-hidden="true">{body}</svg>')


@cache
def _edge_icon(style: str) -> Markup:
    s = EDGE_STYLE[style]
    dash = f' stroke-dasharray="{s["dashes"][0]} {s["dashes"][1]}"' if s["dashes"] else ""
    return Markup(
        '<svg class="icon" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">'
        f'<line x1="2" y1="7" x2="32" y2="7" stroke="{s["color"]}" stroke-width="{s["width"]}"{dash}/>'
        f'<path d="M31 3 L38 7 L31 11 Z" fill="{s["color"]}"/></svg>'
    )


def _options(view: View) -> dict:
    large = view.collapsed or len(view.nodes) > 300
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "nodes": {"font": {"size": 14, "face": "system-ui, Segoe UI, Roboto, DejaVu Sans, sans-serif"},
                  "margin": 8, "size": 11},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}}, "smooth": False,
                  "selectionWidth": 2},
    }


def network_data(view: View) -> tuple[list[dict], list[dict], list[dict], dict[str, dict]]:
    """vis-network's node and edge dictionaries (its DataSet format) without their looks, and the looks: a node
    once, by its first mention, naming its look (an index into the node looks); every edge between two nodes of
    the view, directed, its look that of its style. A page holds each look once and show.js puts it back on each
    node and edge (a page's nodes share a few looks: sent on each, they were a third of its data)."""
    nodes: dict[str, dict] = {}
    looks: dict[tuple, int] = {}
    node_looks: list[dict] = []
    for n in view.nodes:
        if n.id in nodes:
            continue
        fill, _own_border, font = n.colours
        border, border_width = n.border
        key = (n.shape, fill, border, border_width, font, n.template)
        if key not in looks:
            looks[key] = len(node_looks)
            node_looks.append(_node_look(*key))
        nodes[n.id] = _node(n, looks[key])
    edges = []
    edge_looks: dict[str, dict] = {}
    for e in view.edges:
        if e.source not in nodes or e.target not in nodes:
            raise ValueError(f"edge {e.id} joins a node the view does not hold")
        if e.style not in edge_looks:
            edge_looks[e.style] = _edge_look(e.style)
        edges.append({"from": e.source, "to": e.target, "id": e.id, "title": e.title, "style": e.style,
                      "relation": e.relation})
    return list(nodes.values()), edges, node_looks, edge_looks


def _node_look(shape: str, fill: str, border: str, border_width: int, font: str, template: bool) -> dict:
    inside = shape in LABEL_INSIDE
    look = {
        "shape": shape, "physics": False,
        "color": {"background": fill, "border": border, "highlight": {"background": fill, "border": "#000000"},
                  "hover": {"background": fill, "border": "#000000"}},
        "borderWidth": border_width, "borderWidthSelected": border_width + 2,
        "font": {"color": font if inside else "#111827", "strokeWidth": 0 if inside else 3, "strokeColor": "#ffffff"},
    }
    if template:
        look["shapeProperties"] = {"borderDashes": [5, 4]}
    return look


def _edge_look(style: str) -> dict:
    s = EDGE_STYLE[style]
    smooth = {"enabled": True, "type": s["smooth"], "roundness": 0.18} if s["smooth"] else False
    return {"arrows": "to", "color": {"color": s["color"], "highlight": "#000000", "hover": "#000000"},
            "width": s["width"], "dashes": s["dashes"], "smooth": smooth}


def _node(n, look: int) -> dict:
    node = {
        "id": n.id, "label": n.label or n.id, "title": n.title, "level": n.level, "x": n.x, "y": n.y, "look": look,
        "kind": n.kind, "party": n.party, "agreement": n.agreement, "agreements": list(n.agreements),
        "severity": n.severity, "findings": list(n.findings),
    }
    if n.info != n.title:  # the pane's text is most often the tooltip's: the page then reads it from the title
        node["info"] = n.info
    return node


LABEL_PX = 14  # the node font size of _options
READABLE_PX = 12.5  # the first view is at least this large (labels of 12 px and more)
PRINT_SVG_MAX_NODES = 400  # above this the page prints the canvas, not a static drawing


def _badge(counts: dict[str, int]) -> str:
    return " ".join(f"{SEVERITY_BADGE[s]}{counts[s]}" for s in SEVERITIES if counts.get(s))


def _outline(view: View, lang: str) -> list[Item]:
    """The graph as nested lists for screen readers and keyboards: per agreement block, its nodes top down."""
    blocks: dict[str, list] = {a: [] for a, _ in view.agreements}
    others = []
    for n in sorted(view.nodes, key=lambda n: (n.level, n.x, n.label.lower(), n.id)):
        item = Item(id=n.id, label=n.label.replace("\n", " "), kind=word(KIND_WORDS, n.kind, lang),
                    badge=_badge(n.counts))
        (blocks[n.agreement] if n.agreement in blocks else others).append(item)
    out = [Item(title=title, nodes=blocks[a], badge=_badge(view.cluster_counts.get(a, {})))
           for a, title in view.agreements if blocks[a]]
    if others:
        out.append(Item(title=WORDS["other_nodes"].get(lang), nodes=others, badge=""))
    return out


def _print_svg(view: View) -> Markup | None:
    """The static drawing the page prints (svg.py escapes every text); None for large views."""
    if len(view.nodes) > PRINT_SVG_MAX_NODES:
        return None
    from samverkan.show.svg import render_svg

    svg = render_svg(view, hover=False)  # printed: the tooltips are the page's own, in its data
    return Markup(svg[svg.index("<svg"):])


def render_html(view: View, report_href: str | None = None, shared: bool = False) -> str:
    """The whole page as one string: same view, same bytes. `report_href` links back to an audit report;
    `shared`: vis-network is loaded from `SHARED_FOLDER` beside the page instead of inlined."""
    lang = view.lang
    nodes, edges, node_looks, edge_looks = network_data(view)
    vis_js, vis_css = vis_assets()
    own_js = _asset(HERE / "assets" / "show.js")
    own_css = _asset(HERE / "assets" / "show.css")
    cluster_fill, cluster_border, cluster_font = GROUP_FILL["cluster"]
    findings = [Item(severity=f.severity, badge=SEVERITY_BADGE[f.severity],
                     severity_word=word(SEVERITY_WORDS, f.severity, lang), rule=f.rule, subject=f.subject_label,
                     message=f.message, citation=f.citation, suggestion=f.suggestion,
                     node=f.nodes[0] if f.nodes else None) for f in view.findings]

    def cluster(a: str, title: str) -> dict:
        counts = view.cluster_counts.get(a, {})
        worst = next((s for s in SEVERITIES if counts.get(s)), None)
        out = {"id": a, "label": _wrap(title, 32), "title": view.cluster_titles.get(a, title), "badge": _badge(counts)}
        if worst:
            out["color"] = {"background": cluster_fill, "border": SEVERITY_BORDER[worst][0]}
        return out

    payload = {
        "nodes": nodes,
        "edges": edges,
        "node_looks": node_looks,
        "edge_looks": edge_looks,
        "options": _options(view),
        "collapsed": view.collapsed,
        "agreements": [cluster(a, title) for a, title in view.agreements],
        "blocks": [{"agreement": a, "title": title, "x": view.blocks[a].x, "y": view.blocks[a].y,
                    "width": view.blocks[a].width, "height": view.blocks[a].height}
                   for a, title in view.agreements],
        "cluster": {"color": {"background": cluster_fill, "border": cluster_border},
                    "font": {"color": cluster_font, "size": 18}},
        "findings": [{k: v for k, v in vars(f).items() if k != "node"} for f in findings],
        "home": view.home,
        "aliases": view.aliases,
        "readable_scale": READABLE_PX / LABEL_PX,
        "file_name": re.sub(r"[^\w-]+", "-", view.heading).strip("-")[:60] or "graph",
        "words": {"drawn": WORDS["drawn"].get(lang), "neighbourhood": WORDS["neighbourhood"].get(lang),
                  "show_all": WORDS["show_all"].get(lang), "findings": WORDS["findings"].get(lang),
                  "hits": WORDS["hits"].get(lang), "kinds": {k: word(KIND_WORDS, k, lang) for k in KIND_WORDS}},
    }
    t = Item(**{k: v.get(lang) for k, v in WORDS.items()})
    kinds = [Item(key=k, word=w, icon=_icon(shape, fill, border))
             for k, w, shape, fill, border in legend_kinds(view.kinds, lang)]
    parties = [Item(word=w, icon=_icon("dot", fill, border)) for w, fill, border in legend_parties(lang)]
    present = {e.style for e in view.edges}
    relations = [Item(key=r, word=w, icon=_edge_icon(r), present=r in present) for r, w in legend_relations(lang)]
    severities = [Item(key=s, word=w, badge=badge, icon=_icon("box", "#ffffff", colour),
                       count=sum(1 for f in view.findings if f.severity == s))
                  for s, w, badge, colour, _ in legend_severities(lang)]
    # a shared copy is a file beside the page: 'self' (Chromium matches file: URLs to a file: page's 'self')
    scripts = ("'self'", _csp_hash(own_js)) if shared else (_csp_hash(vis_js), _csp_hash(own_js))
    styles = "'self' 'unsafe-inline'" if shared else "'unsafe-inline'"
    csp = (f"default-src 'none'; img-src data:; style-src {styles}; base-uri 'none'; form-action 'none'; "
           "script-src " + " ".join(scripts))
    return _template().render(
        lang=lang,
        view=view,
        t=t,
        collapsed_note=WORDS["collapsed"].format(n=view.folded_members).get(lang) if view.collapsed else "",
        csp=csp,
        vis_js=None if shared else Markup(vis_js),
        vis_css=None if shared else Markup(vis_css),
        shared_js=SHARED_JS,
        shared_css=SHARED_CSS,
        no_vis=WORDS["no_vis"].format(folder=SHARED_FOLDER).get(lang),
        own_js=Markup(own_js),
        own_css=Markup(own_css),
        data_json=Markup(_json_for_script(payload)),
        kinds=kinds,
        parties=parties,
        relations=relations,
        severities=severities,
        findings=findings,
        outline=_outline(view, lang),
        print_svg=_print_svg(view),
        report_href=report_href,
        template_icon=_icon("box", GROUP_FILL["working"][0], GROUP_FILL["working"][1], dashed=True),
        vis_version=VIS_VERSION,
    )
