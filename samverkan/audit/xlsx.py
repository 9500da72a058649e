"""matrix.xlsx: the audit for Excel: the matrix, every finding, and the rules; deterministic bytes."""

from __future__ import annotations

import datetime as dt

from samverkan.audit.rows import Audit
from samverkan.audit.words import SEVERITY_WORDS, STATUS_WORDS, cell_text, severity_word, status_word, w
from samverkan.io.archive import import_openpyxl, xlsx_bytes

FILL = {"error": "FBD9DC", "warning": "FFE8BF", "info": "DDE8FF", "in_force": "DFF3E6"}
FONT = {"error": "B3141F", "warning": "8A4B00", "info": "1D4ED8", "in_force": "1E7A45"}


def finding_columns(lang: str) -> list[str]:
    return [w(k, lang) for k in ("district", "rule", "severity", "agreement", "subject", "message", "citation",
                                 "suggestion", "path", "waiver")]


def _append(sheet, values: list) -> None:
    """A row of data text as text: no character XML forbids (openpyxl refuses them) and never a formula
    (a cell starting with '=' stays a string: samverkan.io.sanitise)."""
    from openpyxl.cell import Cell

    from samverkan.io.sanitise import for_xml

    cells = [Cell(sheet, value=for_xml(v) if isinstance(v, str) else v) for v in values]
    for cell in cells:
        if cell.data_type == "f":
            cell.data_type = "s"
    # cells made here: looking the row up again (sheet.max_row) scans the whole sheet, once per row
    sheet.append(cells)


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
    import_openpyxl()
    from openpyxl import Workbook

    lang = audit.lang
    wb = Workbook()
    ws = wb.active
    _matrix_sheet(ws, audit)
    fs = wb.create_sheet(w("sheet_findings", lang))
    _findings_sheet(fs, audit)
    rs = wb.create_sheet(w("sheet_rules", lang))
    _rules_sheet(rs, audit)
    for sheet, columns in ((ws, "A:A"), (fs, "A:A"), (rs, None)):
        _page_setup(sheet, columns)
    return xlsx_bytes(wb, f"{w('title', lang)} {audit.as_of}", dt.datetime.combine(audit.as_of, dt.time()))


def _colour_rule(first: str, text: str, key: str):
    """Conditional formatting: the cells whose text starts with `text` coloured as `key`."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill

    return FormulaRule(formula=[f'LEFT({first},{len(text)})="{text}"'], stopIfTrue=True,
                       fill=PatternFill(start_color=FILL[key], end_color=FILL[key], fill_type="solid"),
                       font=Font(color=FONT[key], bold=True))


def _bold_header(sheet) -> None:
    from openpyxl.styles import Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)


def _wrap_body(sheet) -> None:
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = wrap


def _matrix_sheet(ws, audit: Audit) -> None:
    """Matris: one row per district, one column per rule, coloured by the worst severity."""
    from openpyxl.utils import get_column_letter

    lang = audit.lang
    ws.title = w("sheet_matrix", lang)
    header = [w("district", lang), w("agreement_status", lang), w("predecessors", lang),
              *(r.code for r in audit.rules), *year_header(audit)]
    _append(ws, header)
    for row in audit.all_rows:
        name = row.name if row.kind == "district" else w("citywide_row", lang)
        preds = ", ".join(p.name for p in row.predecessors)
        _append(ws, [name, status_word(row.status, lang), preds,
                     *(cell_text(row.cells[r.code].severity, row.cells[r.code].count, lang) for r in audit.rules),
                     *year_values(audit, row)])
    _bold_header(ws)
    last_row = ws.max_row
    first_rule_col = 4
    last_col = get_column_letter(first_rule_col + len(audit.rules) - 1) if audit.rules else "C"
    for col in range(first_rule_col, first_rule_col + len(audit.rules)):
        ws.column_dimensions[get_column_letter(col)].width = 13
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 36
    ws.freeze_panes = "D2"
    for col in range(first_rule_col + len(audit.rules), len(header) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 16
    if year_header(audit):
        ws.column_dimensions[get_column_letter(first_rule_col + len(audit.rules))].width = 44
    if audit.rules:
        area = f"D2:{last_col}{last_row}"
        for sev in ("error", "warning", "info"):
            ws.conditional_formatting.add(area, _colour_rule("D2", SEVERITY_WORDS[sev].get(lang), sev))
    status_area = f"B2:B{last_row}"
    for status, key in (("expired", "error"), ("missing", "error"), ("not_on_file", "warning"),
                        ("in_force", "in_force")):
        ws.conditional_formatting.add(status_area, _colour_rule("B2", STATUS_WORDS[status].get(lang), key))


def _findings_sheet(fs, audit: Audit) -> None:
    """Fynd: every finding, one row per district it belongs to, with a filter."""
    from openpyxl.utils import get_column_letter

    from samverkan.rules.citations import for_people

    lang = audit.lang
    _append(fs, finding_columns(lang))
    for row in audit.all_rows:
        name = row.name if row.kind == "district" else w("citywide_row", lang)
        for f in row.findings:
            _append(fs, [name, f.rule, severity_word(f.severity, lang), audit.label(f.agreement),
                         audit.label(f.subject), f.message, for_people(f.citation, lang), f.suggestion,
                         " > ".join(audit.label(p) for p in f.path),
                         (f.waiver_reason or w("yes", lang)) if getattr(f, "waived", False) else ""])
    _bold_header(fs)
    fs.freeze_panes = "A2"
    fs.auto_filter.ref = f"A1:{get_column_letter(fs.max_column)}{fs.max_row}"
    for col, width in zip("ABCDEFGHIJ", (28, 9, 10, 18, 30, 70, 40, 50, 40, 16), strict=True):
        fs.column_dimensions[col].width = width
    _wrap_body(fs)
    for sev in ("error", "warning"):
        fs.conditional_formatting.add(f"C2:C{max(fs.max_row, 2)}",
                                      _colour_rule("C2", SEVERITY_WORDS[sev].get(lang), sev))


def _rules_sheet(rs, audit: Audit) -> None:
    """Regler: code, title, default severity, clause, and the number of findings."""
    lang = audit.lang
    _append(rs, [w("code", lang), w("rule_title", lang), w("default_severity", lang), w("clause", lang),
                 w("findings_total", lang)])
    totals = {r.code: 0 for r in audit.rules}
    for f in audit.findings:
        if not getattr(f, "waived", False):
            totals[f.rule] = totals.get(f.rule, 0) + 1
    for r in audit.rules:
        _append(rs, [r.code, r.title, severity_word(r.severity, lang), r.clause, totals.get(r.code, 0)])
    _bold_header(rs)
    rs.freeze_panes = "A2"
    for col, width in zip("ABCDE", (10, 70, 18, 60, 12), strict=True):
        rs.column_dimensions[col].width = width
    _wrap_body(rs)


def _page_setup(ws, repeat_columns: str | None) -> None:
    """Printing: A4 landscape, every column on one page wide, the header row (and district column) on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    if repeat_columns:
        ws.print_title_cols = repeat_columns
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
