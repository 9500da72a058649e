"""matrix.xlsx: the audit for Excel: the matrix, every finding, and the rules; deterministic bytes (written by
`samverkan.io.xlsx_write`, without openpyxl)."""

from __future__ import annotations

import datetime as dt

from samverkan.audit.rows import Audit
from samverkan.audit.words import SEVERITY_WORDS, STATUS_WORDS, cell_text, severity_word, status_word, w
from samverkan.io.xlsx_write import Colour, Highlight, Sheet, column_letter, workbook_bytes

FILL = {"error": "FBD9DC", "warning": "FFE8BF", "info": "DDE8FF", "in_force": "DFF3E6"}
FONT = {"error": "B3141F", "warning": "8A4B00", "info": "1D4ED8", "in_force": "1E7A45"}


def finding_columns(lang: str) -> list[str]:
    return [w(k, lang) for k in ("district", "rule", "severity", "agreement", "subject", "message", "citation",
                                 "suggestion", "path", "waiver")]


def year_header(audit: Audit) -> list[str]:
    """The columns after the rules (samverkan.audit.year): the next deadline, and the change when compared."""

    lang = audit.lang
    columns = [w("next_deadline", lang)]
    if audit.comparison is not None:
        since = audit.comparison.since
        columns += [f"{w(k, lang)} ({since})" for k in ("resolved", "new", "unchanged")]
    return columns


def year_values(audit: Audit, row) -> list:
    from samverkan.audit.year import deadline_text

    values: list = [deadline_text(row.next_deadline, audit.lang)]
    if audit.comparison is not None:
        change = audit.comparison.by_row[row.key].counts()
        values += [change["resolved"], change["new"], change["unchanged"]]
    return values


def render_matrix(audit: Audit) -> bytes:
    """The workbook as bytes; byte-identical for the same audit (fixed properties and zip times)."""
    lang = audit.lang
    sheets = [_matrix_sheet(audit), _findings_sheet(audit), _rules_sheet(audit)]
    return workbook_bytes(sheets, f"{w('title', lang)} {audit.as_of}", dt.datetime.combine(audit.as_of, dt.time()))


def _highlights(area: str, first: str, words: list[tuple[str, str]]) -> list[Highlight]:
    """The cells of `area` whose text starts with a word coloured as its key (error, warning, ...)."""
    return [Highlight(area, first, text, Colour(FILL[key], FONT[key])) for text, key in words]


def _matrix_sheet(audit: Audit) -> Sheet:
    """Matris: one row per district, one column per rule, coloured by the worst severity."""
    lang = audit.lang
    header = [w("district", lang), w("agreement_status", lang), w("predecessors", lang),
              *(r.code for r in audit.rules), *year_header(audit)]
    rows: list[list] = [header]
    for row in audit.all_rows:
        name = row.name if row.kind == "district" else w("citywide_row", lang)
        preds = ", ".join(p.name for p in row.predecessors)
        rows.append([name, status_word(row.status, lang), preds,
                     *(cell_text(row.cells[r.code].severity, row.cells[r.code].count, lang) for r in audit.rules),
                     *year_values(audit, row)])
    last_row = len(rows)
    first_rule_col = 4
    widths = {"A": 40, "B": 24, "C": 36}
    widths.update({column_letter(c): 13 for c in range(first_rule_col, first_rule_col + len(audit.rules))})
    widths.update({column_letter(c): 16 for c in range(first_rule_col + len(audit.rules), len(header) + 1)})
    if year_header(audit):
        widths[column_letter(first_rule_col + len(audit.rules))] = 44
    highlights = []
    if audit.rules:
        last_col = column_letter(first_rule_col + len(audit.rules) - 1)
        highlights += _highlights(f"D2:{last_col}{last_row}", "D2", [(SEVERITY_WORDS[sev].get(lang), sev)
                                                                     for sev in ("error", "warning", "info")])
    highlights += _highlights(f"B2:B{last_row}", "B2", [
        (STATUS_WORDS[status].get(lang), key) for status, key in
        (("expired", "error"), ("missing", "error"), ("not_on_file", "warning"), ("in_force", "in_force"))])
    return Sheet(w("sheet_matrix", lang), rows, widths=widths, freeze="D2", highlights=highlights,
                 print_columns="A:A")


def _findings_sheet(audit: Audit) -> Sheet:
    """Fynd: every finding, one row per district it belongs to, with a filter."""
    from samverkan.rules.citations import for_people

    lang = audit.lang
    rows: list[list] = [finding_columns(lang)]
    for row in audit.all_rows:
        name = row.name if row.kind == "district" else w("citywide_row", lang)
        for f in row.findings:
            rows.append([name, f.rule, severity_word(f.severity, lang), audit.label(f.agreement),
                         audit.label(f.subject), f.message, for_people(f.citation, lang), f.suggestion,
                         " > ".join(audit.label(p) for p in f.path),
                         (f.waiver_reason or w("yes", lang)) if getattr(f, "waived", False) else ""])
    widths = dict(zip("ABCDEFGHIJ", (28, 9, 10, 18, 30, 70, 40, 50, 40, 16), strict=True))
    area = f"C2:C{max(len(rows), 2)}"
    highlights = _highlights(area, "C2", [(SEVERITY_WORDS[sev].get(lang), sev) for sev in ("error", "warning")])
    return Sheet(w("sheet_findings", lang), rows, widths=widths, freeze="A2", auto_filter=True, wrap_body=True,
                 highlights=highlights, print_columns="A:A")


def _rules_sheet(audit: Audit) -> Sheet:
    """Regler: code, title, default severity, clause, and the number of findings."""
    lang = audit.lang
    rows: list[list] = [[w("code", lang), w("rule_title", lang), w("default_severity", lang), w("clause", lang),
                         w("findings_total", lang)]]
    totals = {r.code: 0 for r in audit.rules}
    for f in audit.findings:
        if not getattr(f, "waived", False):
            totals[f.rule] = totals.get(f.rule, 0) + 1
    for r in audit.rules:
        rows.append([r.code, r.title, severity_word(r.severity, lang), r.clause, totals.get(r.code, 0)])
    widths = dict(zip("ABCDE", (10, 70, 18, 60, 12), strict=True))
    return Sheet(w("sheet_rules", lang), rows, widths=widths, freeze="A2", wrap_body=True)
