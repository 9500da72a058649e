"""Extract reads an organisation drawn as Word text boxes (a bold title over lines), a member line whose comma
says where the function sits, a table of groups with a level column, a signature table whose cells hold a signing
line over the name, a subtitle naming both parties and years, and a representative of an organisation named with
its place. Each reading has its own short text, written for this test with invented places; none comes from the
corpus."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from samverkan.extract.document import Document
from samverkan.extract.meaning.phrases import member
from samverkan.extract.record import recognise
from samverkan.extract.word import docx_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _plain(text: str, name: str = "x.md") -> dict:
    return recognise(Document.from_text(name, text)).to_plain()


def _folded(members: list[str]) -> list[str]:
    """Members as the score compares them, case folded."""
    return [m.casefold() for m in members]


def _box(title: str, *lines: str) -> str:
    """A DrawingML text box: its title in bold, then its lines."""
    bold = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{title}</w:t></w:r></w:p>'
    rest = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return f'<w:r><w:drawing><wps:txbx><w:txbxContent>{bold}{rest}</w:txbxContent></wps:txbx></w:drawing></w:r>'


def _chart_docx(*boxes: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Överenskommelse om samverkan i Åby")
    document.add_heading("Organisation", 1)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:p {W} {WPS}>{"".join(boxes)}</w:p>'))
    document.add_paragraph("Figur 1. Samverkansorganisationen.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_text_box_under_a_bold_title_is_a_block_of_its_title_and_items():
    text = docx_text(_chart_docx(_box("Åbygruppen", "Samordnare (ordf.)", "Fältassistent"),
                                 _box("Faktaruta")))
    lines = text.splitlines()
    at = lines.index("Åbygruppen")
    assert lines[at - 1:at + 4] == ["", "Åbygruppen", "- Samordnare (ordf.)", "- Fältassistent", ""]
    assert "Faktaruta" in lines  # a box of one line stays a line


def test_groups_drawn_as_text_boxes_are_read_with_their_members():
    text = docx_text(_chart_docx(
        _box("Ledningsgruppen Trygga Åby", "Kommundirektör (ordf.)", "Lokalpolisområdeschef", "Socialchef"),
        _box("Kvällsgruppen", "Kommunpolis – leder gruppen", "Fritidsledare", "Varje vecka juni–augusti",
             "Rapporterar till Ledningsgruppen Trygga Åby")))
    groups = _plain(text, "x.txt")["groups"]
    assert _folded(groups["Ledningsgruppen Trygga Åby"]["members"]) == ["kommundirektör", "lokalpolisområdeschef",
                                                                       "socialchef"]
    assert groups["Kvällsgruppen"]["chair"] == "kommunpolis"
    assert groups["Kvällsgruppen"]["reports_to"] == ["Ledningsgruppen Trygga Åby"]


def test_after_a_functions_comma_a_police_area_or_a_stage_of_school_says_where_it_sits():
    text = """# Överenskommelse om samverkan i Åby

## Trygghetsgruppen Åby
- Samordnare (ordf.)
- Lokalpolisområdeschef, LPO Åby
- Rektorer, högstadiet
- Kurator, elevhälsan
"""
    members = _folded(_plain(text)["groups"]["Trygghetsgruppen Åby"]["members"])
    assert "lokalpolisområdeschef" in members and "rektor" in members
    assert not {"lpo åby", "högstadium", "högstadiet"} & set(members)


def test_a_level_column_holds_the_level_and_the_next_column_the_groups_name():
    text = """# Överenskommelse om samverkan i Åby

## Organisation

| Nivå | Grupp | Deltagare | Möten |
|---|---|---|---|
| Strategisk | Ledningsgruppen | Kommundirektör, Lokalpolisområdeschef | Fyra gånger per år |
| Operativ | Ungdomsgruppen | Fältsekreterare, Områdespolis | Varje vecka |
| Operativ | Torggruppen | Centrumutvecklare, Kommunpolis | Varje månad |
"""
    groups = _plain(text)["groups"]
    assert "Operativ" not in groups
    assert _folded(groups["Ungdomsgruppen"]["members"]) == ["fältsekreterare", "områdespolis"]
    assert groups["Ungdomsgruppen"]["kind"] == "working"


def test_a_signing_line_over_the_name_in_one_table_cell_drops():
    text = """# Överenskommelse om samverkan i Åby

Parter är Åby kommun och Polismyndigheten, lokalpolisområde Åby.

## Underskrifter

För Åby kommun | För Polismyndigheten
__________, Ort och datum | __________, Ort och datum
__________, Eva Exempeldotter, Kommunstyrelsens ordförande | __________, Olle Påhittsson, Lokalpolisområdeschef
"""
    signatories = _plain(text, "x.txt")["signatories"]
    assert signatories["Eva Exempeldotter"]["title"] == "kommunstyrelsens ordförande"
    assert signatories["Olle Påhittsson"]["title"] == "lokalpolisområdeschef"


def test_a_subtitle_naming_both_the_parties_and_the_years_leaves_the_heading_the_title():
    text = """# Tryggare tillsammans i Åby
Samverkansöverenskommelse mellan Åby kommun och Polismyndigheten 2027–2030

## Parter
Åby kommun och Polismyndigheten, lokalpolisområde Åby.
"""
    assert list(_plain(text)["agreement"]) == ["Tryggare tillsammans i Åby"]


def test_an_organisation_by_its_name_and_place_that_a_representative_stands_for_keeps_it():
    assert member("Representant för Handlarna i Åby") == "Handlarna i Åby"
    assert member("en representant från Handlarna i Åby") == "Handlarna i Åby"
    assert member("rektorerna för skolorna i Åby") == "rektor"  # many places say only where the function sits
