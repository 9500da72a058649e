"""A data set as the workbook (`samverkan export --format xlsx`): every entity, field and source, so that
`import` gives it back exactly.

Every text goes into a cell as text (data type 's'), never as a formula: a value beginning with = + - @ stays the
words it is. Bytes are deterministic: fixed document properties and zip times.
"""

from __future__ import annotations

import datetime as dt

from samverkan.io.archive import xlsx_bytes
from samverkan.model.dataset import DataSet
from samverkan.model.entities import DERIVED_IDS, ENTITY_TYPES, Entity
from samverkan.store.workbook import cells
from samverkan.store.workbook.columns import INSTRUCTIONS, SHEETS, Column, Sheet, choice_word, sheet_of_section
from samverkan.store.workbook.index import index_of
from samverkan.store.workbook.labels import Index

HEADER_FILL = "DCE6F1"
UNCERTAIN_FILL = "FFE699"


def _get(obj, path: str):
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, "from_" if part == "from" else part, None)
    return obj


def simple_line(line) -> bool:
    """A reporting line with nothing but its ends and sources: written in the 'Rapporterar till' column."""
    return line.what is None and line.frequency is None and line.kind == "reports" and \
        line.id == type(line).derived_id({"from": line.from_, "to": line.to})


class Rows:
    """The rows of every sheet for one data set, as cell values in column order."""

    def __init__(self, data: DataSet, lang: str, uncertain: dict | None = None):
        self.data = data
        self.lang = lang
        self.uncertain = uncertain or {}
        self.marks: dict[tuple[str, int, int], str] = {}
        """(sheet key, row, column) → why the cell is uncertain (a fill colour and a comment in the workbook)."""
        self.index: Index = index_of(data)
        self.reports: dict[str, list[str]] = {}
        for line in data.reporting_lines:
            if simple_line(line):
                self.reports.setdefault(line.from_, []).append(line.to)
        self.where: dict[str, tuple[str, int]] = {}
        """Entity id → (sheet key, row number): for Källor."""

    def refs(self, ids: list[str], sections: tuple[str, ...]) -> str | None:
        labels = [self.index.label(i, sections) for i in ids]
        text = cells.texts_cell(labels)
        back = [self.index.resolve(x, sections)[0] for x in cells.read_texts(text)]
        return text if back == ids else cells.texts_cell(ids)

    def holder(self, column: Column, entity_id: str | None):
        if entity_id is None:
            return None
        section = self.index.section.get(entity_id)
        if column.kind == "holder_person":
            return self.index.label(entity_id, ("people",)) if section == "people" else None
        if column.kind == "holder_role":
            return self.index.role_label(entity_id) if section == "roles" else None
        if section == "organisations":
            return self.index.label(entity_id, ("organisations",))
        if section == "roles":
            return self.index.label(self.index.role_org[entity_id], ("organisations",))
        return None

    def cell(self, sheet: Sheet, column: Column, item, parent: Entity | None):
        """The value of one cell of an item's row (None for an empty cell)."""
        kind = column.kind
        if kind == "parent":
            return self.index.label(parent.id, column.refs)
        if kind == "id":
            return _id_cell(item)
        if kind.startswith("holder_"):
            return self.holder(column, _get(item, column.key))
        if kind == "reports":
            targets = self.reports.get(item.id, [])
            return self.refs(targets, column.refs) if targets else None
        if kind == "document":
            return cells.text_cell(item.sources[0].document)
        if kind == "value":
            return cells.value_cell(item.value, self.lang)
        if kind == "value_type":
            return choice_word("value_type", cells.value_type_of(item.value), self.lang)
        return self.field_cell(sheet, column, _get(item, column.key))

    def field_cell(self, sheet: Sheet, column: Column, value):
        """A cell that shows one field's value, written the way its column's kind is read back."""
        kind = column.kind
        if kind == "text":
            return cells.text_cell(value)
        if kind in ("int", "float"):
            return cells.number_cell(value)
        if kind == "date":
            return value
        if kind == "bool":
            return self.bool_cell(sheet, column, value)
        if kind == "choice":
            return None if value is None else choice_word(column.choices, value, self.lang)
        if kind == "ref":
            return None if value is None else self.index.label(value, column.refs)
        if kind == "refs":
            return self.refs(list(value or []), column.refs) if value else None
        if kind == "texts":
            return cells.texts_cell(list(value or []))
        raise ValueError(kind)

    def bool_cell(self, sheet: Sheet, column: Column, value: bool | None):
        """Ja/nej; empty when unknown, or when false is the model's default (the cell then says nothing new)."""
        default = _field_default(sheet, column.key)
        return None if value is None or (value is False and default is False) else cells.bool_cell(value, self.lang)

    def sheet_rows(self, sheet: Sheet) -> list[list]:
        if sheet.key == "sources":
            return self.source_rows()
        rows = []
        for item, parent in self.items(sheet):
            if parent is None:
                self.where.setdefault(item.id, (sheet.key, len(rows) + 2))
            rows.append([self.cell(sheet, c, item, parent) for c in sheet.columns])
            if self.uncertain:
                for n, column in enumerate(sheet.columns, start=1):
                    why = [self.uncertain[i] for i in self.named(sheet, column, item, parent) if i in self.uncertain]
                    if why:
                        self.marks[(sheet.key, len(rows) + 1, n)] = why[0]
        return rows

    def named(self, sheet: Sheet, column: Column, item, parent) -> list[str]:
        """The ids a cell names (for marking the uncertain ones)."""
        kind = column.kind
        if kind == "parent":
            return [parent.id]
        if parent is None and (kind == "id" or column.key == sheet.label):
            return [item.id]
        if kind in ("ref", "refs", "reports"):
            value = self.reports.get(item.id, []) if kind == "reports" else _get(item, column.key)
            return [value] if isinstance(value, str) else list(value or [])
        if kind.startswith("holder_"):
            value = _get(item, column.key)
            section = self.index.section.get(value)
            if kind == "holder_org":
                return [value] if section == "organisations" else [value, self.index.role_org[value]] if \
                    section == "roles" else []
            return [value] if section == ("roles" if kind == "holder_role" else "people") else []
        return []

    def items(self, sheet: Sheet):
        if sheet.list_field is None:
            entities = getattr(self.data, sheet.section)
            if sheet.key == "reporting_lines":
                entities = [e for e in entities if not simple_line(e)]
            return [(e, None) for e in entities]
        parent_column = next(c for c in sheet.columns if c.kind == "parent")
        return [(item, parent) for section in parent_column.refs for parent in getattr(self.data, section)
                for item in getattr(parent, sheet.list_field, [])]

    def source_rows(self) -> list[list]:
        rows = []
        for section in ENTITY_TYPES:
            for entity in getattr(self.data, section):
                key, row = self._home(section, entity)
                home = next(s for s in SHEETS if s.key == key)
                label = self.index.display.get(entity.id) if home.label else None
                label = label if label and "\n" not in label and self.index.resolve(
                    label, (section,))[0] == entity.id else f"{'row' if self.lang == 'en' else 'rad'} {row}"
                for source in entity.sources:
                    rows.append([home.name(self.lang), cells.text_cell(label), entity.id,
                                 cells.text_cell(source.document), cells.text_cell(source.section),
                                 cells.text_cell(source.lines), cells.text_cell(source.quote)])
        return rows

    def _home(self, section: str, entity) -> tuple[str, int]:
        if entity.id in self.where:
            return self.where[entity.id]
        if section == "reporting_lines":  # a line in its group's 'Rapporterar till' column
            return self.where.get(entity.from_, ("groups", 0))
        return sheet_of_section(section).key, 0


def _id_cell(item) -> str | None:
    """The id, left empty where it is the one derived from the row's fields (a membership's, say)."""
    if type(item) in DERIVED_IDS:
        plain = item.model_dump(by_alias=True)
        return None if item.id == type(item).derived_id(plain) else item.id
    return item.id


def _field_default(sheet: Sheet, path: str):
    from samverkan.model.entities import Annex, Frequency

    head, _, tail = path.partition(".")
    if tail:
        model = {"frequency": Frequency}.get(head)
        return model.model_fields[tail].default if model and tail in model.model_fields else None
    if sheet.list_field == "annexes":
        return Annex.model_fields[path].default
    cls = ENTITY_TYPES.get(sheet.section)
    field = cls.model_fields.get(path) if cls else None
    return field.default if field else None


# --- the workbook -----------------------------------------------------------------------------------


def new_sheet(wb, title: str, columns: list[Column], lang: str):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append([c.label(lang) for c in columns])
    for i, (cell, column) in enumerate(zip(ws[1], columns, strict=True), start=1):
        cell.font = Font(bold=True)
        cell.fill = PatternFill(start_color=HEADER_FILL, end_color=HEADER_FILL, fill_type="solid")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(i)].width = column.width
    ws.freeze_panes = "A2"
    return ws


def put(ws, row: int, col: int, value) -> None:
    """One value into a cell: a text always as text (never a formula), a date formatted as a date."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"


def fill(ws, rows: list[list], marks: dict[tuple[int, int], str] | None = None) -> None:
    """Rows into a sheet from row 2; a marked cell (row, column) gets a fill colour and the reason as a comment."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, PatternFill

    top = Alignment(vertical="top", wrap_text=True)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            put(ws, r, c, value)
            if isinstance(value, str) and "\n" in value:
                ws.cell(row=r, column=c).alignment = top
    for (r, c), why in sorted((marks or {}).items()):
        cell = ws.cell(row=r, column=c)
        cell.fill = PatternFill(start_color=UNCERTAIN_FILL, end_color=UNCERTAIN_FILL, fill_type="solid")
        cell.comment = Comment(why, "samverkan", width=300, height=120)


def instructions(wb, lang: str, lines: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(INSTRUCTIONS.get(lang), 0)
    ws.column_dimensions["A"].width = 120
    for i, line in enumerate(lines, start=1):
        put(ws, i, 1, line)
        ws.cell(row=i, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)


EXPORT_TEXT = {
    "sv": ["Samverkansöverenskommelser: datamängden som arbetsbok",
           "Varje blad är en sorts uppgifter; varje rad en sak. Ändra i cellerna och läs in igen med "
           "`samverkan import FIL.xlsx --out MAPP`: alla fel visas på en gång som Blad!Cell med vad du ska göra.",
           "Kolumnen Id fylls i av verktyget: låt den vara (en ny rad utan id får ett id av sitt namn).",
           "Hänvisningar skrivs med namn (organisationens namn, gruppens namn); där två har samma namn står id:t.",
           "Listor i en cell: en sak per rad (Alt+Enter i Excel).",
           "Källor: varje rad i de andra bladen har minst en källa (dokument, avsnitt, rader, citat) i bladet "
           "Källor; kolumnen Id (eller Blad och Avser) säger vilken rad källan gäller.",
           "Formler läses inte: skriv värdet. Dolda blad och sammanfogade celler läses inte."],
    "en": ["Cooperation agreements: the data set as a workbook",
           "Each sheet is one kind of thing; each row one thing. Change the cells and read it back with "
           "`samverkan import FILE.xlsx --out FOLDER`: every problem is shown at once as Sheet!Cell with what to do.",
           "The Id column is filled in by the tool: leave it (a new row without an id gets one from its name).",
           "References are written as names (the organisation's, the group's); where two share a name, the id.",
           "Lists in a cell: one item per line (Alt+Enter in Excel).",
           "Sources: every row of the other sheets has at least one source (document, section, lines, quote) in "
           "the Sources sheet; its Id column (or Sheet and Refers to) says which row it belongs to.",
           "Formulas are not read: write the value. Hidden sheets and merged cells are not read."],
}


def save(wb, title: str) -> bytes:
    """The workbook's bytes, the same for the same data set."""
    return xlsx_bytes(wb, title, dt.datetime(2000, 1, 1))


def export_workbook(data: DataSet, lang: str = "sv", uncertain: dict | None = None) -> bytes:
    """The whole data set as the workbook's bytes. `uncertain`: id → why (text) for entities to review (a draft of
    `extract`): every cell that names one is filled in colour and carries the reason as a comment."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    rows = Rows(data, lang, uncertain)
    ordered = [s for s in SHEETS if s.key != "sources"] + [s for s in SHEETS if s.key == "sources"]
    built = {}
    for sheet in ordered:  # Källor last: it names the row of every entity
        built[sheet.key] = rows.sheet_rows(sheet)
    for sheet in SHEETS:
        ws = new_sheet(wb, sheet.name(lang), list(sheet.columns), lang)
        fill(ws, built[sheet.key], {(r, c): why for (key, r, c), why in rows.marks.items() if key == sheet.key})
        if built[sheet.key]:
            ws.auto_filter.ref = ws.dimensions
    instructions(wb, lang, EXPORT_TEXT[lang])
    return save(wb, data.name)
