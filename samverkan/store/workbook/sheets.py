"""Opening workbooks: each known sheet's rows as `Row`s (cell values by column, and where each came from), and
every problem of a file, a sheet, a heading or a cell that cannot be read (a formula, an error value) as
`Blad!C7`. What the rows mean is `reader.py`'s concern.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from samverkan.io.i18n import Msg
from samverkan.io.suggest import suggest
from samverkan.io.yamlsource import Located
from samverkan.store.workbook.columns import INSTRUCTIONS, LISTS, SHEETS, Column, Sheet
from samverkan.store.workbook.labels import norm
from samverkan.store.workbook.safety import Refused, workbook_bytes


@dataclass
class Row:
    book: str
    sheet: Sheet
    sheet_name: str
    number: int
    values: dict[Column, object]
    letters: dict[Column, str]
    plain: dict = field(default_factory=dict)
    id: str | None = None
    ok: bool = False
    document: str | None = None
    column: Column | None = None
    """For a reporting line from a 'Rapporterar till' cell: that cell's column."""

    def where(self, column: Column | None = None) -> str:
        letter = self.letters.get(column, "A") if column is not None else "A"
        return f"{self.book}: {self.sheet_name}!{letter}{self.number}"

    def get(self, column: Column | None):
        return None if column is None else self.values.get(column)


class Books:
    """The rows of every known sheet of the workbooks read, and the problems met reading them."""

    def __init__(self) -> None:
        self.problems: list[Located] = []
        self.rows: dict[str, list[Row]] = {s.key: [] for s in SHEETS}

    def problem(self, where: str, message: Msg, suggestion: Msg | None = None) -> None:
        self.problems.append(Located(where, None, None, message, suggestion))

    def read_book(self, path: Path) -> None:
        book = path.name
        try:
            data = workbook_bytes(path)
        except Refused as exc:
            self.problem(str(path), exc.message, exc.suggestion)
            return
        from openpyxl import load_workbook

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                wb = load_workbook(io.BytesIO(data), data_only=False)
        except Exception as exc:  # noqa: BLE001 (openpyxl raises many kinds on a malformed part)
            self.problem(str(path), Msg(f"arbetsboken kan inte läsas ({type(exc).__name__}: {exc})",
                                        f"the workbook cannot be read ({type(exc).__name__}: {exc})"),
                         Msg("öppna den i Excel eller LibreOffice och spara den igen som .xlsx",
                             "open it in Excel or LibreOffice and save it again as .xlsx"))
            return
        names = {norm(n): s for s in SHEETS for n in (s.sv, s.en)}
        skipped = {norm(m) for m in (*INSTRUCTIONS, *LISTS)}
        seen: dict[str, str] = {}
        for ws in wb.worksheets:
            key = norm(ws.title)
            if key in skipped:
                continue
            where = f"{book}: {ws.title}"
            sheet = names.get(key)
            if sheet is None:
                close = suggest(ws.title, [s.sv for s in SHEETS] + [s.en for s in SHEETS])
                self.problem(where, Msg(f"okänt blad '{ws.title}'", f"unknown sheet '{ws.title}'"),
                             Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else Msg(
                                 "byt namn på bladet till ett av: " + ", ".join(s.sv for s in SHEETS) +
                                 ", eller ta bort det", "rename the sheet to one of: " +
                                 ", ".join(s.en for s in SHEETS) + ", or remove it"))
                continue
            if ws.sheet_state != "visible":
                self.problem(where, Msg(f"bladet {ws.title} är dolt, och dolda uppgifter läses inte in",
                                        f"the sheet {ws.title} is hidden, and hidden data is not imported"),
                             Msg("visa bladet (högerklicka på en bladflik > Visa) eller ta bort det",
                                 "unhide the sheet (right-click a sheet tab > Unhide) or delete it"))
                continue
            if sheet.key in seen:
                self.problem(where, Msg(f"bladet finns två gånger ({seen[sheet.key]} och {ws.title})",
                                        f"the sheet is there twice ({seen[sheet.key]} and {ws.title})"),
                             Msg("slå ihop dem till ett blad", "merge them into one sheet"))
                continue
            seen[sheet.key] = ws.title
            self.read_sheet(book, sheet, ws)

    def read_sheet(self, book: str, sheet: Sheet, ws) -> None:
        """The rows of one known sheet, under the columns its heading row names."""
        self.report_merged(book, ws)
        rows = ws.iter_rows(min_row=1)
        header = next(rows, None)
        if header is None:
            return
        columns, letters = self.read_header(book, sheet, ws, header)
        for line in rows:
            number, values = self.read_line(book, ws, line, columns, header)
            if number is not None and values:
                self.rows[sheet.key].append(Row(book, sheet, ws.title, number, values, letters))

    def report_merged(self, book: str, ws) -> None:
        for merged in sorted(str(r) for r in ws.merged_cells.ranges):
            self.problem(f"{book}: {ws.title}!{merged}", Msg("sammanfogade celler läses inte",
                                                             "merged cells are not read"),
                         Msg("dela upp cellerna och skriv värdet i varje rad där det gäller",
                             "unmerge the cells and write the value in every row it applies to"))

    def read_header(self, book: str, sheet: Sheet, ws, header) -> tuple[dict[int, Column], dict[Column, str]]:
        """(sheet column number → column, column → its letter) from the heading row; an unknown or repeated
        heading is reported."""
        known = _heading_labels(sheet)
        columns: dict[int, Column] = {}
        letters: dict[Column, str] = {}
        for cell in header:
            if cell.value is None:
                continue
            title = str(cell.value)
            column = known.get(norm(title))
            ref = f"{book}: {ws.title}!{cell.coordinate}"
            if column is None:
                close = suggest(title, [c.sv for c in sheet.columns] + [c.en for c in sheet.columns])
                self.problem(ref, Msg(f"okänd kolumn '{title}'", f"unknown column '{title}'"),
                             Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else Msg(
                                 "ta bort kolumnen eller ge den en av bladets rubriker",
                                 "remove the column or give it one of the sheet's headings"))
            elif column in letters:
                self.problem(ref, Msg(f"kolumnen '{title}' finns två gånger", f"the column '{title}' is there twice"),
                             Msg("ta bort den ena", "remove one of them"))
            else:
                columns[cell.column] = column
                letters[column] = cell.column_letter
        return columns, letters

    def read_line(self, book: str, ws, line, columns: dict[int, Column], header) -> tuple[int | None, dict]:
        """(row number, column → value) of one row below the headings; (None, {}) when it is empty."""
        values: dict[Column, object] = {}
        number = None
        for cell in line:
            if cell.value is None:
                continue
            number = cell.row
            column = columns.get(cell.column)
            if not self.plain_value(book, ws, cell):
                continue
            if column is None:
                self.headless_value(book, ws, cell, columns, header)
                continue
            value = cell.value
            if isinstance(value, str) and not value.strip() and column.kind not in ("text", "quote"):
                continue
            values[column] = value
        return number, values

    def plain_value(self, book: str, ws, cell) -> bool:
        """Whether a cell holds a value as written: a formula or an error value is reported instead."""
        if cell.data_type == "f":
            self.problem(f"{book}: {ws.title}!{cell.coordinate}", Msg(
                f"cellen är en formel ({str(cell.value)[:40]}); formler läses inte",
                f"the cell is a formula ({str(cell.value)[:40]}); formulas are not read"),
                Msg("skriv värdet i stället (kopiera och klistra in som värden)",
                    "write the value instead (copy, then paste as values)"))
            return False
        if cell.data_type == "e":
            self.problem(f"{book}: {ws.title}!{cell.coordinate}", Msg(
                f"cellen visar ett fel ({cell.value})", f"the cell shows an error ({cell.value})"),
                Msg("skriv värdet i cellen", "write the value into the cell"))
            return False
        return True

    def headless_value(self, book: str, ws, cell, columns: dict[int, Column], header) -> None:
        """A value outside the known columns: reported, unless its column's unknown heading already is."""
        if cell.column not in columns and header and cell.column <= len(header) and \
                header[cell.column - 1].value is not None:
            return
        self.problem(f"{book}: {ws.title}!{cell.coordinate}", Msg(
            "värde i en kolumn utan rubrik", "a value in a column without a heading"),
            Msg("ge kolumnen en av bladets rubriker eller ta bort värdet",
                "give the column one of the sheet's headings or remove the value"))


def _heading_labels(sheet: Sheet) -> dict[str, Column]:
    """Every heading (normalised) that names a column of the sheet: Swedish, English, the key, and the Swedish or
    English without its parenthesis."""
    known = {}
    for column in sheet.columns:
        for label in (column.sv, column.en, column.key):
            known.setdefault(norm(label), column)
        known.setdefault(norm(column.sv.split(" (")[0]), column)
        known.setdefault(norm(column.en.split(" (")[0]), column)
    return known
