"""The text of the formats users have: .txt/.md as written, .html without its page furniture (.docx in
`extract.word`), PDF text by layout (running headers and footers removed) and scanned PDF pages
through Tesseract with the Swedish model. A problem is an ExtractError with one line saying what to do."""

from __future__ import annotations

import codecs
import csv
import html
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser

from samverkan.io.i18n import Msg

SKIPPED_TAGS = {"head", "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
                "button"}
# a line of an <aside> (a box of contacts or facts beside the text) that is kept: the diarienummer it gives
ASIDE_NUMBER = re.compile(r"(?i)\b(?:d\.?nr|diarienummer|diarienr)\s*:?\s*[A-ZÅÄÖ]{0,5}[\s/.-]?\d")
# … and a fact box's line labelled with the agreement's parties, its signers or its term ("Parter: …",
# "Undertecknad av: …", "Gäller: …")
ASIDE_FACT = re.compile(r"(?i)^\s*(?:(?:avtals)?parter|undertecknad(?:e|es)?(?: av)?|undertecknare|signerad av|"
                        r"gäller|giltig(?:het|hetstid)?|avtalstid|avtalsperiod)"
                        r"\s*:\s*\S")
# … and, in a box that gives one of those, its lines labelled with the agreement's name or period ("Namn: …",
# "Period: …"): a box of the agreement's facts, where a box of contacts' "Namn" would be a person's
ASIDE_TERM = re.compile(r"(?i)^\s*(?:namn|period)\s*:\s*\S")
ASIDE_BOX = "\x1e"  # parts one aside's text from the next
# an item whose text opens with a dash of its own ("<li>– kommunchefen</li>"): one bullet, not two
DASHED_ITEM = re.compile(r"^(?P<bullet>\s*- )[–—-]\s+(?=\S)")
BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "br", "dt", "dd", "dl", "blockquote", "pre", "figcaption", "caption", "hr", "details",
              "summary", "figure", "address", "fieldset", "legend", "hgroup"}
"""Elements that start a line: HTML's block-level content (an accordion's `<summary>` is its panel's caption)."""
CELL_BREAKS = {"br", "p", "div", "li", "ul", "ol"}  # inside a table cell: items of the cell, not new lines
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}  # written as Markdown headings: the page's own structure
# page furniture by its class, id or role: breadcrumbs, cookie banners (Swedish "kakor"), menus, dialogs
FURNITURE = re.compile(r"(?i)breadcrumb|cookie|consent|skip-?link|\bkakor\b|\bmen[uy]\b|^navigation$"
                       r"|^(?:alert)?dialog$")
EMPHASIS_TAGS = {"b", "strong", "em", "i"}  # written as Markdown bold: what the page stresses, readers may use
FIELD_TAGS = {"span", "a", "small", "time", "abbr", "data", "cite", "label"}  # inline parts a card lays out apart
NESTED_ITEM = re.compile(r"^ +- ")  # an item of a list inside an item, indented under it
MIN_CHARS_PER_PAGE = 25  # a PDF page with less text than this is read as a scan
RUNNING_CHARS = 20  # in a PDF of two pages, a line at the edge of both this long or longer is running
LARGE_TYPE = 1.8  # a line in type this many times the body's or more is a title's
HEADING_TYPE = 1.1  # a line in type this many times the body's or more is a heading's


class FormatError(Exception):
    def __init__(self, message: Msg):
        self.message = message
        super().__init__(message.en)


class _HtmlText(HTMLParser):
    """Visible text, a line per block; headings as "# heading", list items as "- item", table cells separated
    by " | ", emphasis as "**words**"; navigation, breadcrumbs and cookie banners left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.furniture: list[str] = []  # the tag of the breadcrumb or cookie banner being skipped, as often as open
        self.column = 0  # the column of the table cell being read
        self.cell: tuple[int, int] | None = None  # where the cell's text starts in parts, and its rowspan
        self.colspan = 1  # how many columns the cell being read spans
        self.spanned: dict[int, list] = {}  # column → [text, rows left] of cells that span the rows below
        self.tables: list[_Table] = []  # the tables being read, innermost last
        self.lists = 0  # how deep the list being read is nested
        self.aside = 0  # how deep inside an <aside> the parser is
        self.aside_parts: list[str] = []  # the aside's text, a line per block
        self.aside_term = False  # the aside's last block was a <dt>: its <dd> goes on the same line
        self.term: int | None = None  # where the break after a <dt> starts in parts
        self.definition: int | None = None  # where the text of the <dd> after it starts
        self.heading = 0  # how deep inside a heading the parser is
        self.field_closed: int | None = None  # where parts stood when an inline field last closed
        self.abutting = False  # an inline field opened right where the last one closed

    def handle_starttag(self, tag, attrs):
        if self.furniture:
            self.furniture += [tag] if tag == self.furniture[0] else []
        elif any(FURNITURE.search(v or "") for k, v in attrs if k in ("class", "id", "role", "aria-label")):
            self.furniture = [tag]
        elif tag == "button" and self.heading and not self.skip:
            pass  # an accordion's heading is a button ("<h2><button>Så är arbetet organiserat</button></h2>"): its text
        elif tag in SKIPPED_TAGS:
            self.skip += 1
            self.aside += tag == "aside"
            if tag == "aside" and self.aside == 1:
                self.aside_parts.append("\n" + ASIDE_BOX + "\n")
        elif self.aside and tag in BLOCK_TAGS:
            self.aside_parts.append(": " if tag == "dd" and self.aside_term else "\n")
            self.aside_term = tag == "dt"
        elif not self.skip:
            self.abutting = tag in FIELD_TAGS and self.field_closed == len(self.parts)
            self._open(tag, attrs)

    def _open(self, tag: str, attrs) -> None:
        """A tag opened in the text read (not skipped, not furniture)."""
        if tag in CELL_BREAKS and self.cell is not None:
            self._cell_break()
            return
        self._break_before(tag)
        if tag in HEADING_TAGS:
            self.parts.append("#" * int(tag[1]) + " ")
            self.heading += 1
        elif tag == "li":
            self.parts.append("  " * max(self.lists - 1, 0) + "- ")  # a list inside an item indented
        elif tag in ("ul", "ol"):
            self.lists += 1
        elif tag == "table":
            self.tables.append(_Table(len(self.parts)))
        elif tag == "tr":
            self.column = 0
        elif tag in ("td", "th"):
            self._start_cell(tag, attrs)
        elif tag in EMPHASIS_TAGS:
            self.parts.append("**")
        if tag == "dd" and self.term is not None:
            self.definition = len(self.parts)

    def _break_before(self, tag: str) -> None:
        if tag == "li" and self._at_line_start():  # items of a list one a line, as a text writes them
            while self.parts and not self.parts[-1].strip(" "):
                self.parts.pop()
        elif tag in BLOCK_TAGS and not (self.lists and self.parts and self.parts[-1].endswith("- ")):
            self.parts.append("\n")  # an item's first paragraph ("<li><p>…") stands on its bullet's line

    def _start_cell(self, tag: str, attrs) -> None:
        if self.tables:
            self.tables[-1].row.append(tag)
        self._fill_spanned()
        self.parts.append(" | ")
        rows = next((v for k, v in attrs if k == "rowspan"), "1") or "1"
        cols = next((v for k, v in attrs if k == "colspan"), "1") or "1"
        self.cell = (len(self.parts), int(rows) if rows.isdigit() else 1)
        self.colspan = int(cols) if cols.isdigit() else 1

    def _at_line_start(self) -> bool:
        """Nothing but spaces written since the last line break."""
        for part in reversed(self.parts):
            if part.strip(" "):
                return part.rstrip(" ").endswith("\n")
        return bool(self.parts)

    def _cell_break(self) -> None:
        """A line break or paragraph inside a table cell ("kommunpolis<br>fältassistenter") parts the cell's
        items, not the row."""
        text = "".join(self.parts[self.cell[0]:]).strip()
        if text and not text.endswith(","):
            self.parts.append(", ")

    def _fill_spanned(self) -> None:
        """Repeat the cells of the rows above that span this row, at their columns ("rowspan")."""
        while self.column in self.spanned:
            text, left = self.spanned[self.column]
            self.parts.append(" | " + text)
            if left <= 1:
                del self.spanned[self.column]
            else:
                self.spanned[self.column][1] = left - 1
            self.column += 1

    def _end_cell(self) -> None:
        if self.cell is not None:
            start, rows = self.cell
            text = "".join(self.parts[start:]).strip()
            for _ in range(min(self.colspan, 20)):  # a cell over several columns stands in each ("colspan")
                if _:
                    self.parts.append(" | " + text)
                if rows > 1:
                    self.spanned[self.column] = [text, rows - 1]
                self.column += 1
            self.cell = None

    def handle_endtag(self, tag):
        if not self.skip and not self.furniture:
            self._close_structure(tag)
        if self.furniture:
            if tag == self.furniture[0]:
                self.furniture.pop()
        elif tag in SKIPPED_TAGS and not (tag == "button" and self.heading and not self.skip):
            self.skip = max(0, self.skip - 1)
            self.aside = max(0, self.aside - (tag == "aside"))
        elif not self.skip and tag in CELL_BREAKS and self.cell is not None:
            pass
        elif not self.skip and (tag == "li" or tag in ("ul", "ol") and self.lists) and self._at_line_start():
            pass  # a list inside an item ended the line: the outer list goes on at the next line
        elif not self.skip and tag in BLOCK_TAGS:
            if tag == "dd":
                self._join_definition()
            self.term = len(self.parts) if tag == "dt" else None
            self.parts.append("\n" if tag in ("li", "tr", "br", "dt", "dd") else "\n\n")
        elif not self.skip and tag in EMPHASIS_TAGS:
            self.parts.append("**")
        elif not self.skip and tag in FIELD_TAGS:
            self.field_closed = len(self.parts)

    def _close_structure(self, tag: str) -> None:
        """A cell, row, list, table or heading closed in the text read."""
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._fill_spanned()
            if self.tables:
                self.tables[-1].end_row()
        elif tag in ("ul", "ol"):
            self.lists = max(self.lists - 1, 0)
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            if table.labelled():
                self.parts[table.start:] = [_label_lines("".join(self.parts[table.start:]))]
        if tag in HEADING_TAGS:
            self.heading = max(0, self.heading - 1)

    def _join_definition(self) -> None:
        """A term and a definition that is a value, not a sentence ("<dt>Ordförande</dt><dd>kommundirektören</dd>"),
        as the "Label: value" line a text writes; a definition in sentences stays a paragraph under its term."""
        if self.term is None or self.definition is None:
            return
        value = "".join(self.parts[self.definition:]).strip()
        if value and "\n" not in value and not value.endswith((".", "!", "?")):
            if self.term and self.parts[self.term - 1].rstrip().endswith(":"):
                self.parts[self.term - 1] = self.parts[self.term - 1].rstrip()[:-1]
            self.parts[self.term:self.definition] = [": "]
        self.definition = None

    def handle_data(self, data):
        if not self.skip and not self.furniture:
            self._part_fields(data)
            self.parts.append(re.sub(r"\s+", " ", data))
        elif self.aside and not self.furniture:
            self.aside_parts.append(re.sub(r"\s+", " ", data))


    def _part_fields(self, data: str) -> None:
        """Inline fields written with nothing between them, as a contact card's spans are ("<span>Eva
        Nyberg</span><span>Rektor</span>"): the page's style sets them apart, so a comma does here; a word
        that merely goes on across two elements ("Styr</span><span>gruppen") stays whole."""
        if self.abutting and data and (data[0].isupper() or data[0].isdigit()) \
                and self.parts and self.parts[-1][-1:].islower():
            self.parts.append(", ")
        self.abutting = False


_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_AS_WINDOWS_1252 = {"ascii", "iso8859-1"}  # what a browser reads these declarations as (the WHATWG encoding list)


def declared_charset(data: bytes) -> str | None:
    """The encoding a web page declares in a meta tag near its start, as a Python codec (Word saves "Webbsida" as
    windows-1252 and says so); None when it declares none, UTF-8, or one Python does not know."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    name = "cp1252" if name in _AS_WINDOWS_1252 else name
    return None if name == "utf-8" else name


def html_title(markup: str) -> str:
    """The page's <title> (the browser tab's text: often the document's title and the site's name)."""
    found = re.search(r"(?is)<title[^>]*>(.*?)</title>", markup[:200_000])
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


class _Table:
    """Where an HTML table's text starts, and the cell tags of each of its rows."""

    def __init__(self, start: int):
        self.start = start
        self.rows: list[tuple[str, ...]] = []
        self.row: list[str] = []

    def end_row(self) -> None:
        if self.row:
            self.rows.append(tuple(self.row))
        self.row = []

    def labelled(self) -> bool:
        """A table of labels and values: two cells a row, the first a header cell ("<th>Ordförande</th>
        <td>kommundirektören</td>"), a fact sheet rather than a table of things."""
        return len(self.rows) >= 2 and all(row == ("th", "td") for row in self.rows)


def _label_lines(text: str) -> str:
    """A label/value table's rows as the "Label: value" lines a text writes."""
    out = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split(" | ")]
        if len(cells) == 3 and not cells[0]:
            out.append(f"{cells[1].rstrip(':')}: {cells[2]}" if cells[2] else cells[1])
        elif line.strip():
            out.append(line.strip())
    return "\n" + "\n".join(out) + "\n"


def html_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    # a row's first separator goes; an empty first cell leaves its "|" ("| Styrgrupp | Arbetsgrupp")
    lines = [re.sub(r"^\s*\|\s?", "", line).rstrip() for line in "".join(parser.parts).split("\n")]
    lines = [line if NESTED_ITEM.match(line) else line.lstrip() for line in lines]
    lines = [DASHED_ITEM.sub(r"\g<bullet>", line) for line in lines]
    # an aside's diarienummer ("Överenskommelsens diarienummer: X" in a box of contacts) after the text
    lines += ["", *_aside_facts("".join(parser.aside_parts))]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)  # one blank line between blocks, none at the start
    return "\n".join(out).strip() + "\n"


def _kept_in_aside(line: str) -> bool:
    """An aside's line that states a fact of the agreement rather than the page's furniture."""
    return bool(ASIDE_NUMBER.search(line) or ASIDE_FACT.match(line))


def _aside_facts(text: str) -> list[str]:
    """The lines of the page's asides that state facts of the agreement: its dnr, parties and signers, and in a box
    of such facts also its name and period."""
    out = []
    for box in text.split(ASIDE_BOX):
        lines = [line.strip() for line in box.split("\n")]
        facts = any(_kept_in_aside(line) for line in lines)
        out += [line for line in lines if _kept_in_aside(line) or facts and ASIDE_TERM.match(line)]
    return out


SHEET_NAME = re.compile(r"(?i)^[^;]{0,200}\.(?:xlsx?|xlsm|ods|csv) - ")  # "Fil.xlsx - Blad1": an export's sheet line
MIN_DELIMITED_ROWS = 5


def delimited_text(text: str) -> str | None:
    """A spreadsheet saved as semicolon-separated text, as the table lines a text writes ("A | B | C"), line for
    line; None when the text is no such export (most of its lines the same number of cells, three or more).

    A row whose first cell is empty continues the row above (merged cells left empty: a group's members one a
    row), so its cells join the row above's and its line is left blank; a row of a label and a value (and a note apart)
    is "Label: value"; the sheet-name line an export writes ("Fil.xlsx - Blad1 Avtal") is no text of the document."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) < MIN_DELIMITED_ROWS or ";" not in text[:10_000]:
        return None
    try:
        rows = list(csv.reader(lines, delimiter=";"))
    except csv.Error:  # a NUL or a stray quote: no export the csv module reads, read as written
        return None
    widths = Counter(len(row) for row in rows if row)
    width, count = widths.most_common(1)[0] if widths else (0, 0)
    if width < 3 or count < max(MIN_DELIMITED_ROWS, 0.8 * sum(widths.values())) or len(rows) != len(lines):
        return None  # a quoted cell over several lines would part the text from its lines: read as written
    cells: list[list[str]] = []
    head = None  # the row that rows with an empty first cell continue
    for row in rows:
        row = [" ".join(cell.split()) for cell in row]
        while row and not row[-1]:
            row.pop()
        if row and not row[0] and head is not None:
            merge_cells(cells[head], row)
            cells.append([])
            continue
        head = len(cells) if row else None
        cells.append(row)
    return "\n".join(_delimited_line(row) for row in cells)


def tabbed_text(text: str) -> str:
    """A table a text writes with a tab between its cells, as the table lines a text writes ("A | B | C"), line
    for line: three lines or more in a row with the same number of cells (three or more), the first of them (the
    header) with no empty cell. Other lines, and columns set apart by several tabs (a letterhead), stay as written."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        width = len(lines[i].split("\t"))
        j = i
        while j < len(lines) and len(lines[j].split("\t")) == width:
            j += 1
        if width >= 3 and j - i >= 3 and all(cell.strip() for cell in lines[i].split("\t")):
            out[i:j] = [" | ".join(cell.strip() for cell in line.split("\t")) for line in lines[i:j]]
        i = max(j, i + 1)
    return "\n".join(out)


def merge_cells(into: list, row: list[str]) -> None:
    """A row continuing the one above (its first cell merged down) joined into it, cell by cell ("A, B")."""
    for i, cell in enumerate(row):
        if cell:
            into += [""] * (i + 1 - len(into))
            into[i] = f"{into[i]}, {cell}" if into[i] else cell


def _delimited_line(row: list[str]) -> str:
    if len(row) == 1 and SHEET_NAME.match(row[0]):
        return ""
    filled = [i for i, cell in enumerate(row) if cell]
    if filled[:2] == [0, 1] and (len(filled) == 2 or len(filled) == 3 and filled[2] > 2):
        # a label and its value, and perhaps a note far to the right ("Gäller t.o.m.;2028-12-31;;;;Utvärderas …")
        return f"{row[0].rstrip(':')}: {row[1]}" + "".join(f" | {row[i]}" for i in filled[2:])
    return " | ".join(row)


def pdf_pages(data: bytes, ocr: bool = True) -> tuple[list[str], list[int]]:
    """(the text of each page, numbers of the pages read by OCR)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
            scanned = [n for n, text in enumerate(pages, 1) if len(text.strip()) < MIN_CHARS_PER_PAGE]
            if scanned and ocr:
                for n in scanned:
                    dpi = scan_resolution(pdf.pages[n - 1])
                    pages[n - 1] = ocr_image(pdf.pages[n - 1].to_image(resolution=dpi).original, dpi)
    except PDFPasswordIncorrect:
        raise FormatError(Msg("PDF-filen är krypterad; spara en okrypterad kopia och försök igen",
                              "the PDF is encrypted; save an unencrypted copy and try again")) from None
    except FormatError:
        raise
    except Exception as exc:  # pdfminer raises a wide range of its own and Python's errors on damaged files
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:120] or type(exc).__name__
        raise FormatError(Msg(f"PDF-filen kan inte läsas ({reason})", f"the PDF cannot be read ({reason})")) from None
    return strip_running_lines(pages), scanned


def scan_resolution(page) -> int:
    """The resolution a scanned page's image was made at (its pixels over the page's inches), read at it so that
    nothing is interpolated before the image is cleaned; 300 when the page has no image."""
    images = [im for im in page.images if im.get("srcsize") and im.get("width")]
    if not images:
        return 300
    image = max(images, key=lambda im: float(im["width"]) * float(im["height"]))
    dpi = image["srcsize"][0] / (float(image["width"]) / 72)
    return round(min(max(dpi, 100), 600))


def _page_text(page) -> str:
    """A PDF page's text by layout, its ruled tables row by row (`extract.pdftables`)."""
    from samverkan.extract.pdftables import page_text

    tables = page_text(page, _layout_text)
    return tables if tables is not None else _layout_text(page)


def _layout_text(page) -> str:
    text = page.extract_text(layout=True, x_tolerance=1.5) or ""
    return _dedent(_large_type(page, _heading_spaced(page, text)))


def _heading_spaced(page, text: str) -> str:
    """A layout's lines in a heading's larger type with their words one space apart where they stand a word
    apart on the page: a layout sets words on the grid of the body's type, so a larger type's words stand apart
    ("Överenskommelse    om  samverkan"), read as columns; a gap as wide as the type or more is a column's."""
    sizes = sorted(c.get("size", 0) for c in page.chars)
    if not sizes:
        return text
    body = sizes[len(sizes) // 2]
    lines = text.split("\n")
    for line in page.extract_text_lines(x_tolerance=1.5):
        chars = line["chars"]
        size = min((c.get("size", 0) for c in chars), default=0)
        if size < HEADING_TYPE * body or any(b["x0"] - a["x1"] >= size for a, b in zip(chars, chars[1:], strict=False)):
            continue
        words = line["text"].split()
        for i, layout in enumerate(lines):
            if layout.split() == words:
                lines[i] = layout[:len(layout) - len(layout.lstrip())] + " ".join(words)
                break
    return "\n".join(lines)


def _large_type(page, text: str) -> str:
    """A layout read with its lines in large type (a title) as written: a layout sets words by where they stand
    on a grid of the body's type, so a large one's words stand far apart ("Överenskommelse      om    samverkan")
    and its lines a blank line apart; a title's lines in a row are read as the one line they are."""
    sizes = sorted(c.get("size", 0) for c in page.chars)
    if not sizes:
        return text
    body = sizes[len(sizes) // 2]
    large = [line for line in page.extract_text_lines(x_tolerance=1.5)
             if line["chars"] and min(c.get("size", 0) for c in line["chars"]) >= LARGE_TYPE * body]
    if not large:
        return text
    lines, at = text.split("\n"), []
    for line in large:
        words = line["text"].split()
        for i, layout in enumerate(lines):
            if layout.split() == words and i not in at:
                lines[i] = layout[:len(layout) - len(layout.lstrip())] + " ".join(words)
                at.append(i)
                break
    drop: set[int] = set()
    for a, b in zip(at, at[1:], strict=False):
        if b > a and all(not lines[k].strip() for k in range(a + 1, b)):
            head = max(k for k in range(a + 1) if k not in drop)  # the block's first line, joined into so far
            lines[head] += " " + lines[b].strip()
            drop |= set(range(a + 1, b + 1))
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


def _dedent(page: str) -> str:
    """A page laid out with spaces (columns kept): the common left margin and trailing blanks removed, runs of
    blank lines made one."""
    lines = [line.rstrip() for line in page.splitlines()]
    margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    out: list[str] = []
    for line in lines:
        line = line[margin:]
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop the lines that repeat at the top or bottom of most pages (headers, footers, page numbers)."""
    if len(pages) < 2:
        return [_drop_page_number(p) for p in pages]
    edge: Counter = Counter()
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        edge.update({_shape(line) for line in lines[:2] + lines[-2:]})
    # two pages: a line at the edge of both, of some length ("Polisregion Nord    Mall 2025:1"), is running
    running = {shape for shape, count in edge.items() if count >= max(3, len(pages) * 0.6)
               or len(pages) == 2 and count == 2 and len(shape) >= RUNNING_CHARS}
    out = []
    for page in pages:
        lines = page.splitlines()
        kept = [line for i, line in enumerate(lines)
                if not (_shape(line.strip()) in running and (i < 3 or i >= len(lines) - 3))]
        out.append(_drop_page_number("\n".join(kept)))
    return out


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _drop_page_number(page: str) -> str:
    lines = page.splitlines()
    while lines and re.fullmatch(r"\s*(?:sida\s+)?\d{1,3}(?:\s*(?:\(|av|/)\s*\d{1,3}\)?)?\s*", lines[-1], re.I):
        lines.pop()
    return "\n".join(lines)


def tesseract() -> str | None:
    """The tesseract program if it and its Swedish model are installed."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    try:
        langs = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return program if "swe" in langs.split() else None


def _one_thread() -> dict[str, str]:
    """The environment for Tesseract with OpenMP held to one thread unless the user chose otherwise: its threads
    wait busily for each other, two to three times slower on a machine whose cores are in use."""
    return {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}


def ocr_image(image, dpi: int = 300) -> str:
    """Swedish text of a page image scanned at `dpi` through Tesseract, the image cleaned first
    (`extract.scanimage`); FormatError if Tesseract or its Swedish model is missing."""
    from samverkan.extract.scanimage import prepare

    program = tesseract()
    if program is None:
        raise FormatError(Msg(
            "PDF-filen är inskannad (ingen text) och OCR kräver Tesseract med svensk modell; installera "
            "`tesseract-ocr` och `tesseract-ocr-swe` (Debian/Ubuntu) eller spara texten som .txt",
            "the PDF is scanned (no text) and OCR needs Tesseract with the Swedish model; install "
            "`tesseract-ocr` and `tesseract-ocr-swe` (Debian/Ubuntu) or save the text as .txt"))
    buffer = io.BytesIO()
    prepare(image, dpi).save(buffer, format="PNG")
    try:
        # the spaces between words kept as the page sets them: a signature block's columns stay columns
        done = subprocess.run([program, "stdin", "stdout", "-l", "swe", "-c", "preserve_interword_spaces=1"],
                              input=buffer.getvalue(),
                              capture_output=True, timeout=300, env=_one_thread())
    except (OSError, subprocess.SubprocessError) as exc:
        raise FormatError(Msg(f"OCR misslyckades ({exc})", f"OCR failed ({exc})")) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise FormatError(Msg(f"OCR misslyckades ({reason[0][:120]})", f"OCR failed ({reason[0][:120]})"))
    return done.stdout.decode("utf-8", "replace")
