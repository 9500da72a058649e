"""Static pictures of the governance graph for documents: SVG written here, PNG drawn with matplotlib.

Both draw the view's own computed positions, so they show the same structure as the page: the same
shapes, colours, edge styles, finding borders and badges, block frames and a legend. The SVG needs
nothing outside Python; the PNG needs matplotlib (Agg, with its own fonts), no system package.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape, quoteattr

from samverkan.io.i18n import Msg
from samverkan.io.sanitise import for_xml
from samverkan.show.graph_view import View, ViewNode
from samverkan.show.style import (
    EDGE_STYLE,
    LABEL_INSIDE,
    RELATION_STYLES,
    legend_kinds,
    legend_parties,
    legend_relations,
    legend_severities,
)

FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
FONT_PX = 12
LINE_PX = 15
MARGIN = 30
HEADER = 70
LEGEND_W = 270
OUTSIDE_R = 10  # radius of the shapes that carry their label below
MAX_PNG_PX = 8000  # the longer side of a PNG; larger pictures are scaled down

LEGEND_WORDS = {
    "kinds": Msg("Slag av nod", "Kinds of node"),
    "parties": Msg("Part (färg)", "Party (colour)"),
    "edges": Msg("Kanter", "Edges"),
    "findings": Msg("Fynd (ram och märke)", "Findings (border and badge)"),
    "people": Msg("Personnamn dolda", "Person names hidden"),
    "collapsed": Msg("Medlemmar hopfällda i grupperna", "Members folded into their groups"),
}


@dataclass(frozen=True)
class Box:
    """A node's drawn extent around its centre."""

    half_w: float
    half_h: float


def _geometry(n: ViewNode) -> Box:
    w, h = n.size
    if n.shape in LABEL_INSIDE:
        return Box(w / 2, h / 2)
    return Box(OUTSIDE_R, OUTSIDE_R)


def _clip(cx: float, cy: float, box: Box, tx: float, ty: float) -> tuple[float, float]:
    """Where the line from a node's centre towards (tx, ty) leaves its box."""
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(box.half_w / abs(dx) if dx else math.inf, box.half_h / abs(dy) if dy else math.inf)
    return cx + dx * min(scale, 1.0), cy + dy * min(scale, 1.0)


def _polygon(shape: str, x: float, y: float, r: float) -> list[tuple[float, float]]:
    if shape == "triangle":
        return [(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)]
    if shape == "hexagon":
        return [(x + r * math.cos(math.radians(a)), y + r * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    return [(x - r * 0.85, y - r * 0.85), (x + r * 0.85, y - r * 0.85), (x + r * 0.85, y + r * 0.85),
            (x - r * 0.85, y + r * 0.85)]  # square


@dataclass
class Scene:
    """The view in picture coordinates: an offset that puts every node inside the canvas."""

    view: View
    dx: float
    dy: float
    width: int
    height: int
    legend_x: float
    boxes: dict[str, Box]  # node id → its extent, worked out once
    legend: list[tuple[str, list[tuple[str, dict]]]]  # its sections, worked out once

    @classmethod
    def of(cls, view: View) -> Scene:
        xs, ys = [0.0], [0.0]
        boxes = {n.id: _geometry(n) for n in view.nodes}
        for n in view.nodes:
            box = boxes[n.id]
            w, h = n.size
            xs += [n.x - max(box.half_w, w / 2), n.x + max(box.half_w, w / 2)]
            ys += [n.y - box.half_h, n.y + (box.half_h if n.shape in LABEL_INSIDE else h)]
        for r in view.blocks.values():
            xs += [r.x, r.x + r.width]
            ys += [r.y, r.y + r.height]
        min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
        graph_w = max_x - min_x
        legend = _legend_entries(view)
        legend_h = _legend_height(legend)
        height = int(max(max_y - min_y, legend_h) + HEADER + 2 * MARGIN)
        width = int(graph_w + LEGEND_W + 3 * MARGIN)
        return cls(view, MARGIN - min_x, HEADER + MARGIN - min_y, width, height, graph_w + 2 * MARGIN, boxes, legend)

    def at(self, x: float, y: float) -> tuple[float, float]:
        return x + self.dx, y + self.dy

    def edges(self):
        """(style, start, control or None, end) of every edge, clipped to the node boxes."""
        dx, dy = self.dx, self.dy
        at = {n.id: (n.x + dx, n.y + dy) for n in self.view.nodes}
        for e in self.view.edges:
            a, b = e.source, e.target
            if a == b or a not in at or b not in at:
                continue
            (ax, ay), (bx, by) = at[a], at[b]
            style = EDGE_STYLE[e.style]
            ctrl = None
            if style["smooth"]:
                mx, my = (ax + bx) / 2, (ay + by) / 2
                sign = 1 if style["smooth"] == "curvedCW" else -1
                ctrl = (mx - sign * (by - ay) * 0.18, my + sign * (bx - ax) * 0.18)
            aim_a = ctrl or (bx, by)
            aim_b = ctrl or (ax, ay)
            start = _clip(ax, ay, self.boxes[a], *aim_a)
            end = _clip(bx, by, self.boxes[b], *aim_b)
            yield e.style, start, ctrl, end

    def label_lines(self, n: ViewNode) -> list[tuple[float, float, str]]:
        """(x, y baseline, text) of each label line."""
        lines = n.label.split("\n")
        x, y = self.at(n.x, n.y)
        if n.shape in LABEL_INSIDE:
            top = y - (len(lines) * LINE_PX) / 2 + LINE_PX * 0.78
        else:
            top = y + OUTSIDE_R + LINE_PX
        return [(x, top + i * LINE_PX, line) for i, line in enumerate(lines)]


def _legend_entries(view: View) -> list[tuple[str, list[tuple[str, dict]]]]:
    """Legend sections: (title, [(text, swatch)]); a swatch is {'node': (shape, fill, border)} or {'edge': style}."""
    lang = view.lang
    kinds = [(w, {"node": (shape, fill, border, 1.5)}) for _, w, shape, fill, border in legend_kinds(view.kinds, lang)]
    parties = [(w, {"node": ("dot", fill, border, 1.5)}) for w, fill, border in legend_parties(lang)]
    present = {e.style for e in view.edges}
    edges = [(w, {"edge": r}) for r, w in legend_relations(lang) if r in present]
    severities = [(f"{badge} {w}", {"node": ("box", "#ffffff", colour, width)})
                  for _, w, badge, colour, width in legend_severities(lang)]
    sections = [(LEGEND_WORDS["kinds"].get(lang), kinds), (LEGEND_WORDS["parties"].get(lang), parties),
                (LEGEND_WORDS["edges"].get(lang), edges), (LEGEND_WORDS["findings"].get(lang), severities)]
    notes = []
    if not view.show_people:
        notes.append((LEGEND_WORDS["people"].get(lang), {}))
    if view.collapsed:
        notes.append((LEGEND_WORDS["collapsed"].get(lang), {}))
    if notes:
        sections.append(("", notes))
    return [(title, items) for title, items in sections if items]


def _legend_height(legend: list[tuple[str, list]]) -> float:
    return sum(26 + 20 * len(items) for _, items in legend) + 20


# --- SVG ------------------------------------------------------------------------------------------


def _svg_node_shape(shape: str, x: float, y: float, half_w: float, half_h: float, fill: str, border: str,
                    width: float, dashed: bool = False) -> str:
    attrs = f'fill="{fill}" stroke="{border}" stroke-width="{width:g}"' + (' stroke-dasharray="5 4"' if dashed else "")
    if shape == "box":
        return f'<rect x="{x - half_w:.1f}" y="{y - half_h:.1f}" width="{2 * half_w:.1f}" height="{2 * half_h:.1f}" ' \
               f'rx="4" {attrs}/>'
    if shape == "ellipse":
        return f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{half_w + 6:.1f}" ry="{half_h + 3:.1f}" {attrs}/>'
    if shape == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{half_w:.1f}" {attrs}/>'
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in _polygon(shape, x, y, half_w))
    return f'<polygon points="{points}" {attrs}/>'


@cache
def _edge_attrs(style: str) -> str:
    """What every edge of a style carries after its path (the same on every page)."""
    s = EDGE_STYLE[style]
    dash = f' stroke-dasharray="{s["dashes"][0]} {s["dashes"][1]}"' if s["dashes"] else ""
    return f'fill="none" stroke="{s["color"]}" stroke-width="{s["width"]:g}"{dash} marker-end="url(#arrow-{style})"/>'


def _svg_edge(style: str, start, ctrl, end) -> str:
    if ctrl:
        d = f"M{start[0]:.1f},{start[1]:.1f} Q{ctrl[0]:.1f},{ctrl[1]:.1f} {end[0]:.1f},{end[1]:.1f}"
    else:
        d = f"M{start[0]:.1f},{start[1]:.1f} L{end[0]:.1f},{end[1]:.1f}"
    return f'<path d="{d}" {_edge_attrs(style)}'


@cache
def _defs() -> str:
    """The arrow heads of every edge style (the same on every page)."""
    out = ["<defs>"]
    for style in RELATION_STYLES:
        colour = EDGE_STYLE[style]["color"]
        out.append(f'<marker id="arrow-{style}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                   f'markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">'
                   f'<path d="M0,0 L10,5 L0,10 Z" fill="{colour}"/></marker>')
    out.append("</defs>")
    return "\n".join(out)


@cache
def _node_group(kind: str) -> str:
    return f"<g class={quoteattr('node ' + kind)}>"


def render_svg(view: View, hover: bool = True) -> str:
    """The picture as an SVG document (UTF-8 text); every string from the data is escaped. `hover`: each node
    carries its tooltip as a <title> (a printed drawing has no use for it)."""
    sc = Scene.of(view)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{sc.width}" height="{sc.height}" '
        f'viewBox="0 0 {sc.width} {sc.height}" font-family="{FONT_FAMILY}" font-size="{FONT_PX}">',
        f"<title>{escape(view.heading)}</title>",
        _defs(),
    ]
    out.append(f'<rect width="{sc.width}" height="{sc.height}" fill="#ffffff"/>')
    out.append(f'<text x="{MARGIN}" y="{MARGIN + 10}" font-size="20" font-weight="bold">{escape(view.heading)}</text>')
    out.append(f'<text x="{MARGIN}" y="{MARGIN + 32}" font-size="13" fill="#4b5563">{escape(view.subtitle)}</text>')
    titles = dict(view.agreements)
    for a, r in view.blocks.items():
        x, y = sc.at(r.x, r.y)
        out.append(f'<g class="block"><rect x="{x:.1f}" y="{y:.1f}" width="{r.width}" height="{r.height}" '
                   f'fill="#f3f4f6" stroke="#d1d5db"/><text x="{x + 14:.1f}" y="{y + 26:.1f}" font-size="18" '
                   f'font-weight="bold" fill="#374151">{escape(titles.get(a, a))}</text></g>')
    out.append('<g class="edges">')
    for style, start, ctrl, end in sc.edges():
        out.append(_svg_edge(style, start, ctrl, end))
    out.append("</g>")
    out.append('<g class="nodes">')
    for n in view.nodes:
        fill, _, font = n.colours
        border, border_w = n.border
        x, y = sc.at(n.x, n.y)
        box = sc.boxes[n.id]
        out.append(_node_group(n.kind) + (f"<title>{escape(n.title)}</title>" if hover else ""))
        out.append(_svg_node_shape(n.shape, x, y, box.half_w, box.half_h, fill, border, border_w, n.template))
        colour = font if n.shape in LABEL_INSIDE else "#111827"
        for lx, ly, text in sc.label_lines(n):
            out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" fill="{colour}">{escape(text)}</text>')
        out.append("</g>")
    out.append("</g>")
    out.extend(_svg_legend(view, sc))
    out.append("</svg>")
    return for_xml("\n".join(out) + "\n")  # no character XML forbids, from the data (samverkan.io.sanitise)


def _svg_legend(view: View, sc: Scene) -> list[str]:
    x = sc.legend_x
    y = HEADER + MARGIN
    out = [f'<g class="legend"><rect x="{x - 10:.1f}" y="{y - 10:.1f}" width="{LEGEND_W}" '
           f'height="{_legend_height(sc.legend):.1f}" fill="#f9fafb" stroke="#d1d5db"/>']
    for title, items in sc.legend:
        if title:
            y += 20
            out.append(f'<text x="{x:.1f}" y="{y:.1f}" font-weight="bold">{escape(title)}</text>')
            y += 6
        for text, swatch in items:
            y += 20
            if "node" in swatch:
                shape, fill, border, width = swatch["node"]
                out.append(_svg_node_shape(shape, x + 14, y - 4, 12 if shape in LABEL_INSIDE else 7, 7, fill, border,
                                           width))
            elif "edge" in swatch:
                out.append(_svg_edge(swatch["edge"], (x, y - 4), None, (x + 30, y - 4)))
            out.append(f'<text x="{x + 40:.1f}" y="{y:.1f}">{escape(text)}</text>')
    out.append("</g>")
    return out


# --- PNG ------------------------------------------------------------------------------------------


def render_png(view: View) -> bytes:
    """The same picture as a PNG, drawn with matplotlib's Agg renderer (no display, no system fonts)."""
    sc = Scene.of(view)
    png = _Png(sc)
    png.text(MARGIN, MARGIN + 10, view.heading, size=20, weight="bold", ha="left")
    png.text(MARGIN, MARGIN + 32, view.subtitle, colour="#4b5563", size=13, ha="left")
    titles = dict(view.agreements)
    for a, r in view.blocks.items():
        x, y = sc.at(r.x, r.y)
        png.frame(x, y, r.width, r.height, "#f3f4f6", z=0)
        png.text(x + 14, y + 26, titles.get(a, a), colour="#374151", size=18, weight="bold", ha="left", z=0.5)
    for style, start, ctrl, end in sc.edges():
        png.edge(style, start, ctrl, end)
    for n in view.nodes:
        _png_node(png, sc, n)
    _png_legend(png, view, sc)
    return png.to_png()


def _png_node(png: _Png, sc: Scene, n: ViewNode) -> None:
    fill, _, font = n.colours
    border, border_w = n.border
    x, y = sc.at(n.x, n.y)
    box = sc.boxes[n.id]
    png.shape(n.shape, x, y, box.half_w, box.half_h, fill, border, border_w, n.template)
    colour = font if n.shape in LABEL_INSIDE else "#111827"
    # one text per label (matplotlib lays out each text object: per line would double the cost)
    if n.shape in LABEL_INSIDE:
        png.text(x, y, n.label, colour=colour, va="center_baseline")
    else:
        png.text(x, y + OUTSIDE_R + 3, n.label, colour=colour, va="top")


def _png_legend(png: _Png, view: View, sc: Scene) -> None:
    x, y = sc.legend_x, HEADER + MARGIN
    png.frame(x - 10, y - 10, LEGEND_W, _legend_height(sc.legend), "#f9fafb", z=5)
    for title, items in sc.legend:
        if title:
            y += 20
            png.text(x, y, title, weight="bold", ha="left", z=6)
            y += 6
        for s, swatch in items:
            y += 20
            if "node" in swatch:
                kind, fill, border, width = swatch["node"]
                png.shape(kind, x + 14, y - 4, 12 if kind in LABEL_INSIDE else 7, 7, fill, border, width, z=6)
            elif "edge" in swatch:
                png.edge(swatch["edge"], (x, y - 4), None, (x + 30, y - 4), z=6)
            png.text(x + 40, y, s, ha="left", z=6)


class _Png:
    """A matplotlib figure in picture coordinates (y down), with the few things the picture is drawn with."""

    PT = 0.72  # points per picture pixel at 100 dpi
    FAMILY = "DejaVu Sans"

    def __init__(self, sc: Scene):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.scale = min(1.0, MAX_PNG_PX / max(sc.width, sc.height))
        self.dpi = 100 * self.scale
        self.fig = Figure(figsize=(sc.width / 100, sc.height / 100), dpi=self.dpi, facecolor="#ffffff")
        FigureCanvasAgg(self.fig)
        self.ax = self.fig.add_axes((0, 0, 1, 1))
        self.ax.set_xlim(0, sc.width)
        self.ax.set_ylim(sc.height, 0)
        self.ax.axis("off")

    def px(self, width: float) -> float:
        """A line width in picture pixels, in points."""
        return width * self.PT * self.scale

    def frame(self, x: float, y: float, width: float, height: float, fill: str, z: float) -> None:
        """A block's or the legend's frame."""
        from matplotlib.patches import Rectangle

        self.ax.add_artist(Rectangle((x, y), width, height, facecolor=fill, edgecolor="#d1d5db",
                                     linewidth=self.px(1), zorder=z))

    def edge(self, style: str, start, ctrl, end, z: float = 1) -> None:
        from matplotlib.patches import FancyArrowPatch
        from matplotlib.path import Path as MplPath

        s = EDGE_STYLE[style]
        look = {"arrowstyle": "-|>", "mutation_scale": 12 * self.scale, "color": s["color"],
                "linewidth": self.px(s["width"]), "linestyle": (0, tuple(s["dashes"])) if s["dashes"] else "solid"}
        if ctrl:
            path = MplPath([start, ctrl, end], [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3])
            patch = FancyArrowPatch(path=path, **look, zorder=z)
        else:
            patch = FancyArrowPatch(start, end, **look, shrinkA=0, shrinkB=0, zorder=z)
        self.ax.add_artist(patch)

    def shape(self, kind: str, x: float, y: float, half_w: float, half_h: float, fill: str, border: str,
              width: float, dashed: bool = False, z: float = 3) -> None:
        from matplotlib.patches import Circle, Ellipse, FancyBboxPatch, Polygon

        common = {"facecolor": fill, "edgecolor": border, "linewidth": self.px(width), "zorder": z,
                  "linestyle": (0, (5, 4)) if dashed else "solid"}
        if kind == "box":
            self.ax.add_artist(FancyBboxPatch((x - half_w, y - half_h), 2 * half_w, 2 * half_h,
                                              boxstyle="round,pad=0,rounding_size=4", **common))
        elif kind == "ellipse":
            self.ax.add_artist(Ellipse((x, y), 2 * half_w + 12, 2 * half_h + 6, **common))
        elif kind == "dot":
            self.ax.add_artist(Circle((x, y), half_w, **common))
        else:
            self.ax.add_artist(Polygon(_polygon(kind, x, y, half_w), closed=True, **common))

    def text(self, x: float, y: float, s: str, colour: str = "#111827", size: float = FONT_PX,
             weight: str = "normal", ha: str = "center", z: float = 4, va: str = "baseline") -> None:
        self.ax.text(x, y, s, color=colour, fontsize=size * self.PT * self.scale, fontweight=weight, ha=ha, va=va,
                     family=self.FAMILY, zorder=z, usetex=False, parse_math=False,
                     linespacing=LINE_PX / FONT_PX / 1.17, multialignment="center")

    def to_png(self) -> bytes:
        buffer = io.BytesIO()
        self.fig.savefig(buffer, format="png", dpi=self.dpi, metadata={"Software": None}, facecolor="#ffffff")
        return buffer.getvalue()
