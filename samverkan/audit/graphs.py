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


def district_graphs(data: DataSet, audit: Audit) -> dict[str, Callable[[], str]]:
    """row key → its governance graph page with the audit's findings on it, drawn when called (rows without an
    agreement have none). The pages load vis-network from the folder beside them (`shared_files`), so the audit
    folder holds one copy, not one per page; each page is drawn and dropped in turn."""
    from samverkan.show.graph_view import build_view, view_builder
    from samverkan.show.html_page import render_html

    builder = view_builder(data, lang=audit.lang)  # the graph and indexes of the whole data set, made once

    def page(agreement: str, row: Row) -> Callable[[], str]:
        def render() -> str:
            view = build_view(data, audit.findings, agreement=agreement, lang=audit.lang, profile=audit.profile,
                              as_of=audit.as_of, builder=builder)
            # each row's page links back to that row's section of the report
            return render_html(view, report_href=f"report.html#{row.anchor}", shared=True)
        return render

    chosen = {row.key: (graph_agreement(row), row) for row in audit.all_rows}
    return {key: page(agreement, row) for key, (agreement, row) in chosen.items() if agreement is not None}
