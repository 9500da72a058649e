"""The text a .docx shows when opened in Word: paragraphs and tables in document order, with tracked changes
accepted, content controls, fields and text boxes read, and footnotes and endnotes after the body.

python-docx's `Paragraph.text` reads only a paragraph's own runs and hyperlinks: the words of a tracked
insertion, a content control (the fields of a municipal template, its checkboxes), a smart tag or a simple
field were lost, and a block of paragraphs inside a content control was skipped whole. Here the XML is walked
instead; deleted and moved-away text, field codes and the VML copy of a text box are left out.
"""

from __future__ import annotations

import io
import re

from samverkan.extract.formats import FormatError
from samverkan.io.i18n import Msg

SKIPPED = {"del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText", "txbxContent", "Fallback",
           "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "sectPr", "tblPr", "tcPr", "trPr",
           "sdtPr", "sdtEndPr"}
"""What Word does not show as the paragraph's words: deleted or moved-away text, formatting, field codes; a
text box is its own paragraphs (`_text_boxes`), and of a drawing's two copies only the DrawingML one is read."""
CONTAINERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "fldSimple", "hyperlink"}
"""Blocks whose paragraphs or runs are the document's own: content controls, custom XML, tracked insertions."""
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
BOXES = ("☐", "☒")
GREY_DARKEST, GREY_LIGHTEST = 0x40, 0xC0  # a grey that is neither near black nor near white
HEADING_STYLE = re.compile(r"(?i)^(?:heading|rubrik)\s*(\d)$|^(?:title|rubrik)$")


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def docx_text(data: bytes) -> str:
    """The page header once (a letterhead: sender, dnr, date), then paragraphs and tables in document order;
    list paragraphs as "- item"; a table row as "A | B | C"; the notes after the body, each as "¹ text" (its
    mark where it is referred to)."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise FormatError(Msg("python-docx saknas; installera samverkan på nytt",
                              "python-docx is missing; reinstall samverkan")) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises anything from zipfile, lxml and its own
        raise FormatError(Msg(f"Word-filen kan inte läsas ({type(exc).__name__}); spara den på nytt som .docx",
                              f"the Word file cannot be read ({type(exc).__name__}); save it again as .docx")) from None
    notes = _Notes(document)
    lines = [line for header in _headers(document) for line in _story(header, document, notes)]
    lines += [""] if lines else []
    lines += _story(document.element.body, document, notes)
    return "\n".join(lines + notes.lines()) + "\n"


def _story(element, document, notes: _Notes) -> list[str]:
    """The lines of a body or a header: paragraphs, the text boxes anchored in them, tables row by row."""
    from docx.table import Table

    lines: list[str] = []
    for block in _blocks(element):
        if _local(block) == "p":
            text = "" if _guidance(block) else _paragraph_text(block, notes).strip()
            if text:
                text = _marked(document, block, text)
            lines.append(text)
            lines += _text_boxes(block, notes)
        else:
            lines += [_row_text(row, notes) for row in Table(block, document).rows] + [""]
    return lines


def _headers(document) -> list:
    """The page headers' elements, each once: Word stores a header once per section, not once per page, so it
    is no running noise to strip. The first page's own header comes first when the section has one."""
    seen: set[int] = set()
    out = []
    for section in document.sections:
        pages = [section.first_page_header] if section.different_first_page_header_footer else []
        for header in [*pages, section.header]:
            if header.is_linked_to_previous or id(header.part) in seen:
                continue
            seen.add(id(header.part))
            out.append(header._element)
    return out


def _blocks(element):
    """The paragraphs and tables of a body or cell in order, those inside content controls and tracked
    insertions included."""
    for child in element:
        name = _local(child)
        if name in ("p", "tbl"):
            yield child
        elif name in CONTAINERS and not _placeholder(child):
            yield from _blocks(child)


def _marked(document, p, text: str) -> str:
    """A heading as Markdown's "## text" (its level from the style: "Heading 2", "Rubrik 2"; a title "#"), a
    list paragraph as "- text", indented two spaces a level below the first, as the HTML reader writes them."""
    from docx.text.paragraph import Paragraph

    style = Paragraph(p, document).style
    name = (style.name if style is not None else "") or ""
    if (level := HEADING_STYLE.match(name)) is not None:
        return "#" * min(6, int(level.group(1) or 0) + 1) + " " + text
    if "List" in name or p.find("{*}pPr/{*}numPr") is not None:
        return "  " * _list_level(p) + "- " + text
    return text


def _list_level(p) -> int:
    """How deep a list paragraph is nested (0 for the outermost level): an item's details ("Ledamöter:") and
    their items stay under it, as in the list Word shows."""
    level = p.find("{*}pPr/{*}numPr/{*}ilvl")
    value = "" if level is None else level.get(_attr(level, "val"), "")
    return min(int(value), 8) if value.isdigit() else 0


def _paragraph_text(element, notes: _Notes) -> str:
    """The words Word shows of one paragraph (or any run container)."""
    parts: list[str] = []
    for child in element:
        name = _local(child)
        if name in SKIPPED or _placeholder(child):
            continue
        if name == "t":
            parts.append(child.text or "")
        elif name in ("tab", "ptab"):
            parts.append("\t")
        elif name in ("br", "cr"):
            parts.append("\n")
        elif name == "noBreakHyphen":
            parts.append("-")
        elif name in ("footnoteReference", "endnoteReference"):
            parts.append(notes.mark(name.removesuffix("Reference"), child))
        elif name == "fldChar":
            parts.append(_checkbox(child))
        else:
            parts.append(_paragraph_text(child, notes))
    return "".join(parts)


def _guidance(p) -> bool:
    """Whether a paragraph is a template's guidance to whoever fills it in ("Beskriv varje forum med …"): every
    run of words in grey italics, as templates set them apart from the text."""
    runs = [r for r in p.iter("{*}r") if "".join(t.text or "" for t in r.iter("{*}t")).strip()]
    return bool(runs) and all(_grey_italic(r) for r in runs)


def _grey_italic(run) -> bool:
    italic = run.find("{*}rPr/{*}i")
    colour = run.find("{*}rPr/{*}color")
    if italic is None or italic.get(_attr(italic, "val"), "1") in ("0", "false") or colour is None:
        return False
    value = colour.get(_attr(colour, "val"), "")
    return bool(re.fullmatch(r"[0-9A-Fa-f]{6}", value)) and len({value[0:2], value[2:4], value[4:6]}) == 1 \
        and GREY_LIGHTEST >= int(value[0:2], 16) >= GREY_DARKEST


def _placeholder(element) -> bool:
    """Whether a content control shows its placeholder ("Klicka här för att ange text."): a field left empty."""
    return _local(element) == "sdt" and element.find("{*}sdtPr/{*}showingPlcHdr") is not None


def _checkbox(fld_char) -> str:
    """A legacy form checkbox (FORMCHECKBOX) as ☒ or ☐: its state is in the field's data, not in any text."""
    box = fld_char.find("{*}ffData/{*}checkBox")
    if box is None:
        return ""
    state = box.find("{*}checked")
    if state is None:
        state = box.find("{*}default")
    value = None if state is None else state.get(state.tag.rsplit("}", 1)[0] + "}val", "1")
    return BOXES[value not in (None, "0", "false")] + " "


def _text_boxes(p, notes: _Notes) -> list[str]:
    """The paragraphs of the text boxes anchored in a paragraph (a fact box beside the text, a chart's boxes),
    each a line; a box under a bold title a block of its own, the title over its lines as items, as a chart drawn
    in text is read (meaning/chart.py): a box of an organisation chart is a group, its lines its entries."""
    lines: list[str] = []
    for box in p.iter("{*}txbxContent"):
        if any(_local(a) in ("Fallback", "txbxContent") for a in box.iterancestors()):
            continue  # the VML copy of a DrawingML box, or a box inside a box (read with its box)
        paragraphs = [q for q in _blocks(box) if _local(q) == "p" and _paragraph_text(q, notes).strip()]
        texts = [_paragraph_text(q, notes).strip() for q in paragraphs]
        if len(texts) > 1 and _bold(paragraphs[0]):
            lines += ["", texts[0], *("- " + t for t in texts[1:]), ""]
        else:
            lines += texts
    return lines


def _bold(p) -> bool:
    """Whether every run of words in a paragraph is bold (a box's title)."""
    runs = [r for r in p.iter("{*}r") if "".join(t.text or "" for t in r.iter("{*}t")).strip()]
    return bool(runs) and all(_on(r.find("{*}rPr/{*}b")) for r in runs)


def _on(toggle) -> bool:
    """Whether a toggle property (<w:b/>, <w:i w:val="0"/>) is set."""
    return toggle is not None and toggle.get(_attr(toggle, "val"), "1") not in ("0", "false")


def _row_text(row, notes: _Notes) -> str:
    """A table row as "A | B | C": an empty cell kept, so that the columns stay under their header, and a cell
    merged over several columns (python-docx gives it once for each) written once."""
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        # a cell's paragraphs are its items ("kommunpolis" / "fältassistenter"), not one run of words
        texts = (" ".join(_paragraph_text(p, notes).split()) for p in _cell_paragraphs(cell._tc))
        cells.append(", ".join(t for t in texts if t))
    if not any(cells):
        return ""
    return " | ".join(cells).strip()


def _cell_paragraphs(tc):
    """A cell's paragraphs in order, those of a table nested in it included."""
    for block in _blocks(tc):
        if _local(block) == "p":
            yield block
        else:
            for nested in block.iter("{*}tc"):
                yield from (p for p in _blocks(nested) if _local(p) == "p")


class _Notes:
    """Footnotes and endnotes, numbered in the order they are first referred to."""

    def __init__(self, document):
        self.texts: dict[tuple[str, str], str] = {}
        self.order: list[tuple[str, str]] = []
        for part in document.part.package.iter_parts():
            kind = str(part.partname).rsplit("/", 1)[-1].removesuffix("s.xml")
            if kind in ("footnote", "endnote"):
                self._read(kind, part.blob)

    def _read(self, kind: str, blob: bytes) -> None:
        from docx.oxml import parse_xml

        for note in parse_xml(blob):
            if _local(note) != kind or note.get(_attr(note, "type")) in ("separator", "continuationSeparator",
                                                                         "continuationNotice"):
                continue
            paragraphs = (_paragraph_text(p, self).strip() for p in _blocks(note) if _local(p) == "p")
            self.texts[(kind, note.get(_attr(note, "id")))] = " ".join(t for t in paragraphs if t)

    def mark(self, kind: str, reference) -> str:
        key = (kind, reference.get(_attr(reference, "id")))
        if key not in self.texts:
            return ""
        if key not in self.order:
            self.order.append(key)
        return str(self.order.index(key) + 1).translate(SUPERSCRIPT)

    def lines(self) -> list[str]:
        """The notes referred to, each "¹ text", after a blank line."""
        notes = [f"{str(n).translate(SUPERSCRIPT)} {self.texts[key]}" for n, key in enumerate(self.order, 1)]
        return ["", *notes] if notes else []


def _attr(element, name: str) -> str:
    """The namespaced attribute `name` of a WordprocessingML element."""
    return element.tag.rsplit("}", 1)[0] + "}" + name
