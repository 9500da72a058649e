"""The files of `samverkan audit`: findings.json/.csv and atomic writing of every output into one folder.

Only the tool's own files are replaced (report.html, matrix.xlsx, findings.json, findings.csv, the graph
pages and the vis-network folder they share); each is written to a temporary file in the same folder and moved
into place with os.replace, so a reader never sees half a file and other files in the folder stay untouched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from samverkan.audit.rows import Audit
from samverkan.io.outputs import write_all
from samverkan.io.sanitise import for_spreadsheet  # one all-or-nothing writer for every command

REPORT = "report.html"
MATRIX = "matrix.xlsx"
FINDINGS_JSON = "findings.json"
FINDINGS_CSV = "findings.csv"
OWN_FILES = (REPORT, MATRIX, FINDINGS_JSON, FINDINGS_CSV)
GRAPH_PREFIX = "graph-"

CSV_FIELDS = ("rule", "severity", "agreement", "subject", "message", "message_sv", "message_en", "citation",
              "path", "suggestion")
"""The fields of a finding in JSON (DESIGN.md), in that order."""


def graph_file_name(anchor: str) -> str:
    return f"{GRAPH_PREFIX}{anchor}.html"


def finding_json(finding: Any) -> dict:
    return finding.to_json() if hasattr(finding, "to_json") else {k: getattr(finding, k) for k in CSV_FIELDS}


def findings_json(findings: Iterable[Any]) -> str:
    """The bytes of `samverkan check --format json` for the same findings."""
    from samverkan.findings.formats import to_json

    return to_json(list(findings))


def findings_csv(findings: Iterable[Any], lang: str = "sv") -> str:
    """The same fields as the JSON; the path joined with ' > '; waived findings get a 'waived' column; the
    citation in people's words. As Swedish Excel opens it: a byte order mark, semicolons, CRLF."""
    from samverkan.rules.citations import for_people

    rows = [finding_json(f) for f in findings]
    extra = ["waived", "waiver_reason"] if any(r.get("waived") for r in rows) else []
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([*CSV_FIELDS, *extra])
    for r in rows:
        values = [" > ".join(r.get("path") or []) if k == "path" else for_people(r.get(k) or "", lang)
                  if k == "citation" else (r.get(k) or "") for k in CSV_FIELDS]
        values += ["true" if r.get("waived") else "", r.get("waiver_reason") or ""] if extra else []
        writer.writerow([for_spreadsheet(v) for v in values])
    return buffer.getvalue()


GraphPages = Mapping[str, Callable[[], str]]
"""row key (a district's organisation id, or CITYWIDE) → the HTML page of its governance graph, drawn when called;
the pages load vis-network from `samverkan.show.html_page.SHARED_FOLDER` beside them."""


def write_audit(audit: Audit, out_dir: Path, graphs: GraphPages | None = None,
                before_write: Callable[[list[Path]], None] | None = None) -> list[Path]:
    """Render every output of the audit into `out_dir` (created if needed); returns the files written.

    Which rows have a graph page is known before any is drawn, so the report links only to pages that exist;
    each page is drawn, staged and dropped in turn (a page at a time in memory). `before_write` sees the files
    about to be written and may raise to stop before any is (the CLI refuses to overwrite its inputs).
    """
    from samverkan.audit.html import render_report
    from samverkan.audit.xlsx import render_matrix

    makers: dict[str, Callable[[], bytes | str]] = {}
    for row in audit.all_rows:
        row.graph_file = graph_file_name(row.anchor) if graphs and row.key in graphs else None
        if row.graph_file:
            makers[row.graph_file] = graphs[row.key]
    if makers:
        from samverkan.show.html_page import shared_files

        makers.update({name: (lambda text=text: text) for name, text in shared_files().items()})
    makers[FINDINGS_JSON] = lambda: findings_json(audit.findings)
    makers[FINDINGS_CSV] = lambda: findings_csv(audit.findings, audit.lang)
    makers[MATRIX] = lambda: render_matrix(audit)
    makers[REPORT] = lambda: render_report(audit)
    names = _ordered(makers)
    if before_write is not None:
        before_write([out_dir / name for name in names])
    return write_all((out_dir / name, makers[name]()) for name in names)


def _ordered(names: Iterable[str]) -> list[str]:
    """Graph pages and data first, the report last: it links to the others."""
    return sorted(names, key=lambda name: (name == REPORT, name))
