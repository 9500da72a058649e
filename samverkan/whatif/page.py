"""The what-if as one self-contained HTML page: the graph before and after, side by side, changes highlighted.

The pictures are static SVG drawn from the view model of `samverkan show` (`graph_view.build_view`, the same
positions, shapes and colours), one pair per agreement the change touches: nodes and edges only after the
change are green, only before red (dashed), changed entities amber; subjects of resolved and introduced
findings carry a ✓ or ✖. Below each pair, the structural plan and the findings. No script, no outside
resource; every text is escaped; the same input gives the same bytes.
"""

from __future__ import annotations

from html import escape

from samverkan.model.diff import REGISTER
from samverkan.rules.citations import for_people
from samverkan.show.graph_view import View, build_view
from samverkan.show.style import EDGE_STYLE, LABEL_INSIDE
from samverkan.whatif.compare import WhatIf
from samverkan.whatif.report import (
    KIND_WORDS,
    MARK,
    _change_lines,
    cause_words,
    plan_line,
    severity_words,
    summary_line,
    t,
    verdict_line,
)

ADDED, REMOVED, CHANGED = "#16a34a", "#dc2626", "#d97706"
PAD = 40

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;padding:1.2rem 1.6rem;color:#111827;
background:#fafafa}
h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:2px solid #e5e7eb}
h3{font-size:1rem;margin:1rem 0 .3rem}.meta{color:#374151;margin:.15rem 0}.plan{font-weight:600}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.pair figure{margin:0;background:#fff;
border:1px solid #e5e7eb;border-radius:6px;padding:.4rem}.pair figcaption{font-weight:600;margin-bottom:.3rem}
svg{width:100%;height:auto;display:block}.none{color:#6b7280;font-style:italic;padding:2rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}th,td{border:1px solid #e5e7eb;
padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f3f4f6}
pre{background:#fff;border:1px solid #e5e7eb;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem}
.add{color:#15803d}.remove{color:#b91c1c}.update{color:#b45309}.legend span{margin-right:1.2rem}
.sw{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;vertical-align:middle;margin-right:.3rem}
.error{color:#b91c1c;font-weight:600}.warning{color:#b45309;font-weight:600}.info{color:#1d4ed8}
"""


def _view(data, agreement: str, lang: str) -> View | None:
    if data.get(agreement) is None:
        return None
    return build_view(data, None, agreement=agreement, lang=lang)


def _edge_keys(view: View | None) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.relation) for e in view.edges} if view else set()


def _svg(view: View | None, *, nodes_hl: dict[str, str], edges_hl: dict[tuple, str], badges: dict[str, str],
         title: str, lang: str) -> str:
    if view is None or not view.nodes:
        return f'<div class="none">{escape(t("finns inte", "does not exist", lang))}</div>'
    boxes = []
    for n in view.nodes:
        w, h = n.size
        boxes.append((n.x - w / 2, n.y - h / 2, n.x + w / 2, n.y + h / 2))
    x0 = min(b[0] for b in boxes) - PAD
    y0 = min(b[1] for b in boxes) - PAD
    width = max(b[2] for b in boxes) + PAD - x0
    height = max(b[3] for b in boxes) + PAD - y0
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0:.0f} {y0:.0f} {width:.0f} {height:.0f}" '
           f'role="img" aria-label="{escape(title)}">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#111827"/></marker></defs>']
    where = {n.id: n for n in view.nodes}
    for e in view.edges:
        a, b = where.get(e.source), where.get(e.target)
        if a is None or b is None:
            continue
        style = EDGE_STYLE.get(e.style, EDGE_STYLE["member_of"])
        colour, width_px = style["color"], style["width"]
        dash = " ".join(str(d) for d in style["dashes"]) if style["dashes"] else ""
        highlight = edges_hl.get((e.source, e.target, e.relation))
        if highlight:
            colour, width_px = highlight, max(width_px, 4)
            dash = "10 6" if highlight == REMOVED else ""
        arrow = ' marker-end="url(#arrow)"' if e.relation == "reports_to" else ""
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{a.x}" y1="{a.y}" x2="{b.x}" y2="{b.y}" stroke="{colour}" stroke-width="{width_px}"'
                   f"{dashes}{arrow}><title>{escape(e.title)}</title></line>")
    for n in view.nodes:
        w, h = n.size
        fill, border, font = n.colours
        stroke, stroke_width, dash = border, 1.5, ""
        highlight = nodes_hl.get(n.id)
        if highlight:
            stroke, stroke_width = highlight, 5
            dash = ' stroke-dasharray="8 5"' if highlight == REMOVED else ""
        lines = n.label.split("\n")
        out.append(f'<g><title>{escape(n.title)}</title>')
        if n.shape in LABEL_INSIDE:
            if n.shape == "ellipse":
                out.append(f'<ellipse cx="{n.x}" cy="{n.y}" rx="{w / 2:.0f}" ry="{h / 2:.0f}" fill="{fill}" '
                           f'stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>')
            else:
                out.append(f'<rect x="{n.x - w / 2:.0f}" y="{n.y - h / 2:.0f}" width="{w}" height="{h}" rx="6" '
                           f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>')
            top = n.y - (len(lines) - 1) * 8
            colour = font
        else:
            cy = n.y - h / 2 + 10
            if n.shape == "square":
                out.append(f'<rect x="{n.x - 9}" y="{cy - 9:.0f}" width="18" height="18" fill="{fill}" '
                           f'stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>')
            elif n.shape == "hexagon":
                pts = " ".join(f"{n.x + dx:.0f},{cy + dy:.0f}" for dx, dy in
                               ((-11, 0), (-5.5, -10), (5.5, -10), (11, 0), (5.5, 10), (-5.5, 10)))
                out.append(f'<polygon points="{pts}" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"'
                           f"{dash}/>")
            elif n.shape == "triangle":
                out.append(f'<polygon points="{n.x},{cy - 10:.0f} {n.x + 10},{cy + 9:.0f} {n.x - 10},{cy + 9:.0f}" '
                           f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>')
            else:
                out.append(f'<circle cx="{n.x}" cy="{cy:.0f}" r="9" fill="{fill}" stroke="{stroke}" '
                           f'stroke-width="{stroke_width}"{dash}/>')
            top = cy + 26
            colour = "#111827"
        out.append(f'<text x="{n.x}" y="{top:.0f}" font-size="13" text-anchor="middle" fill="{colour}">'
                   + "".join(f'<tspan x="{n.x}" dy="{0 if i == 0 else 16}">{escape(line)}</tspan>'
                             for i, line in enumerate(lines)) + "</text>")
        badge = badges.get(n.id)
        if badge:
            bx, by = n.x + w / 2 - 4, n.y - h / 2 + 4
            colour = ADDED if badge == "✓" else REMOVED
            out.append(f'<circle cx="{bx:.0f}" cy="{by:.0f}" r="11" fill="#ffffff" stroke="{colour}" stroke-width="2"/>'
                       f'<text x="{bx:.0f}" y="{by + 5:.0f}" font-size="14" text-anchor="middle" fill="{colour}">'
                       f"{badge}</text>")
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _pair(w: WhatIf, agreement: str, lang: str) -> str:
    before, after = _view(w.before, agreement, lang), _view(w.after, agreement, lang)
    before_nodes = {n.id for n in before.nodes} if before else set()
    after_nodes = {n.id for n in after.nodes} if after else set()
    updated = {c.id for c in w.changes if c.action == "update"}
    before_edges, after_edges = _edge_keys(before), _edge_keys(after)
    hl_before = {n: REMOVED for n in before_nodes - after_nodes} | {n: CHANGED for n in before_nodes & updated}
    hl_after = {n: ADDED for n in after_nodes - before_nodes} | {n: CHANGED for n in after_nodes & updated}
    resolved = {d.finding.subject for d in w.findings.resolved if d.agreement == agreement}
    introduced = {d.finding.subject for d in [*w.findings.introduced, *w.findings.changed]
                  if d.agreement == agreement and d.finding.severity in ("error", "warning")}
    return (
        '<div class="pair">'
        f'<figure><figcaption>{escape(t("Före", "Before", lang))} · {escape(w.profile_before)}</figcaption>'
        + _svg(before, nodes_hl=hl_before, edges_hl={k: REMOVED for k in before_edges - after_edges},
               badges={s: "✓" for s in resolved}, title=f"{agreement} {t('före', 'before', lang)}", lang=lang)
        + f'</figure><figure><figcaption>{escape(t("Efter", "After", lang))} · {escape(w.profile_after)}'
        "</figcaption>"
        + _svg(after, nodes_hl=hl_after, edges_hl={k: ADDED for k in after_edges - before_edges},
               badges={s: "✖" for s in introduced}, title=f"{agreement} {t('efter', 'after', lang)}", lang=lang)
        + "</figure></div>"
    )


def _findings_table(w: WhatIf, agreement: str, kind: str, lang: str) -> str:
    deltas = [d for d in getattr(w.findings, kind) if d.agreement == agreement]
    if not deltas:
        return ""
    names = t("allvarlighet regel ämne fynd stöd orsak", "severity rule subject finding clause cause", lang).split()
    head = "<tr><th></th>" + "".join(f"<th>{name}</th>" for name in names) + "</tr>"
    rows = []
    for d in deltas:
        f = d.finding
        severity = f'<span class="{f.severity}">{escape(severity_words(d, lang))}</span>'
        cause = escape(cause_words(d, lang))
        rows.append(f"<tr><td>{MARK[d.kind]}</td><td>{severity}</td><td>{escape(f.rule)}</td>"
                    f"<td><code>{escape(f.subject)}</code></td><td>{escape(f.message)}</td>"
                    f"<td>{escape(for_people(f.citation, lang))}</td><td>{cause}</td></tr>")
    table = f"<table>{head}{''.join(rows)}</table>"
    heading = f"{escape(KIND_WORDS[kind].get(lang))} ({len(deltas)})"
    if kind == "unchanged":
        return f"<details><summary>{heading}</summary>{table}</details>"
    return f"<h3>{heading}</h3>{table}"


def render_diff_page(w: WhatIf, lang: str = "sv") -> str:
    from samverkan.whatif.report import _agreement_heading, _header_lines

    header = _header_lines(w, lang)
    keys = [(ADDED, t("finns bara efter", "only after", lang)), (REMOVED, t("finns bara före", "only before", lang)),
            (CHANGED, t("ändrad", "changed", lang))]
    legend = ('<p class="legend">'
              + "".join(f'<span><i class="sw" style="background:{c}"></i>{escape(word)}</span>' for c, word in keys)
              + f'<span>✓ {escape(t("fynd löst", "finding resolved", lang))}</span>'
              + f'<span>✖ {escape(t("nytt eller skärpt fynd", "finding introduced or made stricter", lang))}</span>'
              + "</p>")
    body = [f"<h1>{escape(header[0])}</h1>", *(f'<p class="meta">{escape(line)}</p>' for line in header[1:]),
            f'<p class="meta">{escape(summary_line(w, lang))}</p>',
            f'<p class="plan">{escape(plan_line(w, lang))} {escape(verdict_line(w, lang))}</p>', legend]
    drawn = sorted({c.agreement for c in w.changes if c.agreement != REGISTER})
    for agreement in w.agreements():
        body.append(f"<h2>{escape(_agreement_heading(w, agreement, lang))}</h2>")
        if agreement in drawn:
            body.append(_pair(w, agreement, lang))
        changes = [c for c in w.changes if c.agreement == agreement]
        if changes:
            body.append(f"<h3>{escape(t('Struktur', 'Structure', lang))}</h3><pre>")
            for c in changes:
                lines = _change_lines(w, c, lang)
                body.append(f'<span class="{c.action}">' + escape("\n".join(lines)) + "</span>\n")
            body.append("</pre>")
        for kind in ("resolved", "introduced", "changed", "unchanged"):
            body.append(_findings_table(w, agreement, kind, lang))
    title = escape(header[0])
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if lang == "en" else "sv"}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        'base-uri \'none\'; form-action \'none\'">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"<style>{CSS}</style></head><body>\n" + "\n".join(b for b in body if b) + "\n</body></html>\n"
    )

