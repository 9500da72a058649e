"""rapport.docx: the yearly account as a Word document with real headings and tables (python-docx), the same
bytes for the same input (fixed document properties and zip timestamps)."""

from __future__ import annotations

import datetime as dt
import io

from samverkan.annual.content import Block
from samverkan.io.archive import fixed_zip
from samverkan.io.sanitise import for_xml


def render_docx(blocks: list[Block], year: int, lang: str) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    page = doc.sections[0]  # A4 landscape: the tables have up to nine columns
    page.orientation = WD_ORIENT.LANDSCAPE
    page.page_width, page.page_height = Mm(297), Mm(210)
    page.left_margin = page.right_margin = page.top_margin = page.bottom_margin = Mm(18)
    stamp = dt.datetime(year, 12, 31, 0, 0, 0)
    props = doc.core_properties
    props.author = props.last_modified_by = "samverkan"
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.revision = 1
    props.language = "sv-SE" if lang == "sv" else "en-GB"
    props.title = for_xml(next((b.text for b in blocks if b.kind == "title"), ""))
    for block in blocks:
        if block.kind == "title":
            doc.add_heading(for_xml(block.text), level=0)
        elif block.kind == "h1":
            doc.add_heading(for_xml(block.text), level=1)
        elif block.kind == "h2":
            doc.add_heading(for_xml(block.text), level=2)
        elif block.kind == "p":
            doc.add_paragraph(for_xml(block.text))
        elif block.kind == "table":
            table = doc.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(for_xml(text))
                run.bold = True
            for values in block.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, values, strict=True):
                    cell.text = for_xml(text)
            for row in table.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(9)
            doc.add_paragraph()
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip(buffer.getvalue(), mode=0o644)
