"""A small .xlsx writer for tables: text and number cells, a bold header, wrapped text, column widths, a frozen
pane, a filter, conditional colours and a print setup; the same bytes for the same tables.

For an output that needs no more (the audit's matrix): openpyxl's import and object model cost more than the
whole workbook (half a second at 300 agreements). A text is always a text, never a formula, and loses the
characters XML forbids; the workbook reads back in openpyxl, LibreOffice and Excel.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from samverkan.io.archive import ZIP_TIME
from samverkan.io.sanitise import for_xml

Value = str | int | float | None

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

PLAIN, BOLD, WRAPPED = 0, 1, 2
"""The cell styles (cellXfs): the default, the header's bold, the body's wrapped text aligned to the top."""


@dataclass(frozen=True)
class Colour:
    """A conditional colour: bold text in `font` on `fill` (RGB hex, no '#')."""

    fill: str
    font: str


@dataclass(frozen=True)
class Highlight:
    """The cells of `area` ("D2:Z40") whose text starts with `text` (checked from `first`, the area's top left
    cell) shown in `colour`; the first matching highlight of an area wins."""

    area: str
    first: str
    text: str
    colour: Colour


@dataclass
class Sheet:
    title: str
    rows: list[list[Value]]
    """The first row is the header (bold); None and "" are empty cells."""
    widths: dict[str, float] = field(default_factory=dict)  # column letter → width in characters
    freeze: str | None = None  # the top left cell that scrolls ("D2": three columns and a row stay)
    auto_filter: bool = False  # a filter over every row and column
    wrap_body: bool = False  # the rows under the header wrap their text, aligned to the top
    highlights: list[Highlight] = field(default_factory=list)
    print_columns: str | None = None  # columns printed on every page ("A:A"); the header row always is


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """A → 1, AA → 27."""
    return sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters)))


def _cell(ref: str, value: Value, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    text = for_xml(str(value))
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _sheet_data(sheet: Sheet, letters: list[str]) -> str:
    out = ["<sheetData>"]
    for r, values in enumerate(sheet.rows, 1):
        style = BOLD if r == 1 else WRAPPED if sheet.wrap_body else PLAIN
        cells = "".join(_cell(f"{letters[c]}{r}", v, style) for c, v in enumerate(values) if v is not None and v != "")
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData>")
    return "".join(out)


def _pane(freeze: str | None) -> str:
    if not freeze:
        return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    col = len(freeze.rstrip("0123456789"))
    x, y = column_number(freeze[:col]) - 1, int(freeze[col:]) - 1
    pane_name = "bottomRight" if x and y else "bottomLeft" if y else "topRight"
    split = (f' xSplit="{x}"' if x else "") + (f' ySplit="{y}"' if y else "")
    return (f'<sheetViews><sheetView workbookViewId="0"><pane{split} topLeftCell="{freeze}" '
            f'activePane="{pane_name}" state="frozen"/><selection pane="{pane_name}" activeCell="{freeze}" '
            f'sqref="{freeze}"/></sheetView></sheetViews>')


def _worksheet(sheet: Sheet, dxf: dict[Colour, int], priority: int) -> tuple[str, int]:
    """The sheet's XML, and the next conditional-format priority (they count across the workbook)."""
    width = max((len(r) for r in sheet.rows), default=1) or 1
    letters = [column_letter(c) for c in range(1, width + 1)]
    height = max(len(sheet.rows), 1)
    last = f"{letters[-1]}{height}"
    out = [XML_HEAD, f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">',
           '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', f'<dimension ref="A1:{last}"/>', _pane(sheet.freeze),
           '<sheetFormatPr defaultRowHeight="15"/>']
    if sheet.widths:
        out.append("<cols>")
        for letter, w in sorted(sheet.widths.items(), key=lambda item: (len(item[0]), item[0])):
            n = column_number(letter)
            out.append(f'<col min="{n}" max="{n}" width="{w:g}" customWidth="1"/>')
        out.append("</cols>")
    out.append(_sheet_data(sheet, letters))
    if sheet.auto_filter:
        out.append(f'<autoFilter ref="A1:{last}"/>')
    by_area: dict[str, list[Highlight]] = {}
    for h in sheet.highlights:
        by_area.setdefault(h.area, []).append(h)
    for area, highlights in by_area.items():
        out.append(f'<conditionalFormatting sqref="{area}">')
        for h in highlights:
            formula = escape(f'LEFT({h.first},{len(h.text)})="{h.text.replace(chr(34), chr(34) * 2)}"')
            out.append(f'<cfRule type="expression" dxfId="{dxf[h.colour]}" priority="{priority}" stopIfTrue="1">'
                       f"<formula>{formula}</formula></cfRule>")
            priority += 1
        out.append("</conditionalFormatting>")
    out.append('<printOptions gridLines="1"/>'
               '<pageMargins left="0.4" right="0.4" top="1" bottom="1" header="0.5" footer="0.5"/>'
               '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>')
    return "".join(out), priority


def _styles(colours: list[Colour]) -> str:
    dxfs = "".join(f'<dxf><font><b/><color rgb="FF{c.font}"/></font><fill><patternFill patternType="solid">'
                   f'<fgColor rgb="FF{c.fill}"/><bgColor rgb="FF{c.fill}"/></patternFill></fill></dxf>'
                   for c in colours)
    return (f'{XML_HEAD}<styleSheet xmlns="{MAIN}">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
            '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            f'<dxfs count="{len(colours)}">{dxfs}</dxfs></styleSheet>')


def _workbook(sheets: list[Sheet]) -> str:
    entries = "".join(f'<sheet name={quoteattr(for_xml(s.title))} sheetId="{i}" r:id="rId{i}"/>'
                      for i, s in enumerate(sheets, 1))
    names = []
    for i, s in enumerate(sheets):
        quoted = "'" + for_xml(s.title).replace("'", "''") + "'"
        if s.auto_filter:
            width = max((len(r) for r in s.rows), default=1) or 1
            names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                         f"{escape(quoted)}!$A$1:${column_letter(width)}${max(len(s.rows), 1)}</definedName>")
        titles = f"{quoted}!$1:$1"
        if s.print_columns:
            first, last = s.print_columns.split(":")
            titles += f",{quoted}!${first}:${last}"
        names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{escape(titles)}</definedName>')
    return (f'{XML_HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><bookViews><workbookView activeTab="0"/>'
            f'</bookViews><sheets>{entries}</sheets><definedNames>{"".join(names)}</definedNames>'
            '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')


def _package(sheets: list[Sheet], title: str, moment: dt.datetime) -> dict[str, str]:
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sheet_type}"/>'
                        for i in range(1, len(sheets) + 1))
    office = "application/vnd.openxmlformats-officedocument"
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    sheet_rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                         for i in range(1, len(sheets) + 1))
    n = len(sheets)
    return {
        "[Content_Types].xml": (
            f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{office}.spreadsheetml.styles+xml"/>{overrides}'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{office}.extended-properties+xml"/></Types>'),
        "_rels/.rels": (
            f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>"),
        "docProps/app.xml": (
            f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>samverkan</Application></Properties>"),
        "docProps/core.xml": (
            f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(for_xml(title))}</dc:title><dc:creator>samverkan</dc:creator>"
            "<cp:lastModifiedBy>samverkan</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>'),
        "xl/workbook.xml": _workbook(sheets),
        "xl/_rels/workbook.xml.rels": (
            f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{sheet_rels}'
            f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
    }


def workbook_bytes(sheets: list[Sheet], title: str, moment: dt.datetime) -> bytes:
    """The workbook as bytes: created and modified at `moment`, by 'samverkan'; every zip entry dated ZIP_TIME."""
    colours = list(dict.fromkeys(h.colour for s in sheets for h in s.highlights))
    dxf = {c: i for i, c in enumerate(colours)}
    parts = _package(sheets, title, moment)
    parts["xl/styles.xml"] = _styles(colours)
    priority = 1
    for i, sheet in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"], priority = _worksheet(sheet, dxf, priority)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            archive.writestr(entry, text.encode("utf-8"))
    return out.getvalue()
