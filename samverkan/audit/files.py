"""The files of `samverkan audit`: findings.json/.csv and atomic writing of every output into one folder.

Only the tool's own files are replaced (report.html, matrix.xlsx, findings.json, findings.csv and the
graph pages); each is written to a temporary file in the same folder and moved into place with
os.replace, so a reader never sees half a file and other files in the folder stay untouched.
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


GraphRenderer = Callable[[str], str | None]
"""row key (a district's organisation id, or CITYWIDE) → the HTML page of its governance graph (None: none)."""


def write_audit(audit: Audit, out_dir: Path, graph_renderer: GraphRenderer | None = None,
                before_write: Callable[[list[Path]], None] | None = None) -> list[Path]:
    """Render every output of the audit into `out_dir` (created if needed); returns the files written.

    Graph pages are rendered first so the report can link only to pages that exist. `before_write` sees the
    files about to be written and may raise to stop before any is (the CLI refuses to overwrite its inputs).
    """
    from samverkan.audit.html import render_report
    from samverkan.audit.xlsx import render_matrix

    outputs: dict[str, bytes | str] = {}
    for row in audit.all_rows:
        row.graph_file = None
    if graph_renderer is not None:
        for row in audit.all_rows:
            page = graph_renderer(row.key)
            if page is not None:
                row.graph_file = graph_file_name(row.anchor)
                outputs[row.graph_file] = page
    outputs[FINDINGS_JSON] = findings_json(audit.findings)
    outputs[FINDINGS_CSV] = findings_csv(audit.findings, audit.lang)
    outputs[MATRIX] = render_matrix(audit)
    outputs[REPORT] = render_report(audit)
    if before_write is not None:
        before_write([out_dir / name for name in outputs])
    return write_all({out_dir / name: content for name, content in _ordered(outputs)})


def _ordered(outputs: Mapping[str, bytes | str]) -> list[tuple[str, bytes | str]]:
    """Graph pages and data first, the report last: it links to the others."""
    return sorted(outputs.items(), key=lambda item: (item[0] == REPORT, item[0]))
