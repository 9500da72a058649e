"""Governance graph pages for the audit: the page of `samverkan show` for each row's agreement."""

from __future__ import annotations

from collections.abc import Callable

from samverkan.audit.rows import Audit, Row
from samverkan.model.dataset import DataSet


def graph_agreement(row: Row) -> str | None:
    """The agreement whose graph a row links to: the one in force, else the latest on file (an agreement whose
    text is not on file has no graph to draw)."""
    on_file = [a for a in row.agreements if a.on_file]
    if not on_file:
        return None
    in_force = [a for a in on_file if a.status == "in_force"]
    chosen = max(in_force or on_file, key=lambda a: (str(a.valid_from or ""), a.id))
    return chosen.id


def district_graphs(data: DataSet, audit: Audit) -> Callable[[str], str | None]:
    """row key → the HTML page of its governance graph, with the audit's findings on it (None: no agreement)."""
    from samverkan.show.graph_view import build_view, view_builder
    from samverkan.show.html_page import render_html

    rows = {r.key: r for r in audit.all_rows}
    views: dict[str, object] = {}
    builder = view_builder(data, lang=audit.lang)  # the graph and indexes of the whole data set, made once

    def render(key: str) -> str | None:
        agreement = graph_agreement(rows[key])
        if agreement is None:
            return None
        if agreement not in views:
            views[agreement] = build_view(data, audit.findings, agreement=agreement, lang=audit.lang,
                                          profile=audit.profile, as_of=audit.as_of, builder=builder)
        # each row's page links back to that row's section of the report
        return render_html(views[agreement], report_href=f"report.html#{rows[key].anchor}")

    return render
