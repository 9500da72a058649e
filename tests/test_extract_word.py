"""The text Word shows of a .docx (`extract.word`): tracked changes accepted, content controls, fields, text
boxes and notes read; and what an agreement says there reaches the draft."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from samverkan.extract.word import docx_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _document(*xml: str, first: str = "Överenskommelse om samverkan i Exempelby") -> docx.Document:
    """A document of a first paragraph and then the given WordprocessingML blocks."""
    document = docx.Document()
    document.add_paragraph(first)
    body = document.element.body
    for block in xml:
        body.insert(len(body) - 1, parse_xml(block.replace("<w:p>", f"<w:p {W}>", 1)
                                             if block.startswith("<w:p>") else block))
    return document


def _bytes(document: docx.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_tracked_changes_are_read_as_accepted():
    text = docx_text(_bytes(_document(
        f'<w:p>{_run("Styrgruppen möts ")}<w:del w:id="1" w:author="A"><w:r><w:delText>sex</w:delText></w:r>'
        f'</w:del><w:ins w:id="2" w:author="A">{_run("fyra")}</w:ins>{_run(" gånger per år.")}</w:p>',
        f'<w:p {W}><w:moveFrom w:id="3" w:author="A">{_run("Flyttad mening.")}</w:moveFrom></w:p>',
        f'<w:p {W}><w:moveTo w:id="4" w:author="A">{_run("Flyttad mening.")}</w:moveTo></w:p>')))
    lines = [line for line in text.splitlines() if line]
    assert "Styrgruppen möts fyra gånger per år." in lines
    assert lines.count("Flyttad mening.") == 1
    assert "sex" not in text


def test_content_controls_fields_and_smart_tags_are_read():
    text = docx_text(_bytes(_document(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Ort"/></w:sdtPr><w:sdtContent>'
        f'<w:p>{_run("Lokalpolisområde Exempelby")}</w:p></w:sdtContent></w:sdt>',
        f'<w:p {W}>{_run("Giltig från ")}<w:sdt><w:sdtContent>{_run("2026-01-01")}</w:sdtContent></w:sdt>'
        f'<w:smartTag w:uri="x" w:element="y">{_run(" till 2028-12-31")}</w:smartTag>'
        f'<w:fldSimple w:instr=" DOCPROPERTY Slut ">{_run(".")}</w:fldSimple></w:p>')))
    assert "Lokalpolisområde Exempelby" in text.splitlines()
    assert "Giltig från 2026-01-01 till 2028-12-31." in text.splitlines()
    assert "DOCPROPERTY" not in text


def test_a_legacy_form_checkbox_shows_its_state():
    def box(checked: str) -> str:
        return (f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/>'
                f'{checked}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText>'
                '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    text = docx_text(_bytes(_document(box('<w:checked/>') + _run("varje månad") + "</w:p>",
                                      box('<w:checked w:val="0"/>') + _run("kvartalsvis") + "</w:p>")))
    assert ["☒ varje månad", "☐ kvartalsvis"] == text.splitlines()[1:3]


def test_a_text_box_is_read_once_after_its_paragraph():
    paragraph = f'<w:p>{_run("Fakta om överenskommelsen")}</w:p>'
    text = docx_text(_bytes(_document(
        f'<w:p {W} {MC} {WPS} {V}>{_run("Inledning.")}<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wps:txbx><w:txbxContent>{paragraph.replace("<w:p>", f"<w:p {W}>")}</w:txbxContent>'
        f'</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>'
        f'{paragraph.replace("<w:p>", f"<w:p {W}>")}</w:txbxContent></v:textbox></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>',
        f'<w:p>{_run("Nästa stycke.")}</w:p>')))
    lines = text.splitlines()
    assert lines[1:4] == ["Inledning.", "Fakta om överenskommelsen", "Nästa stycke."]


def test_a_table_cell_reads_its_content_controls_and_keeps_its_column():
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Grupp", "Ordförande", "Möten"], strict=True):
        cell.text = value
    row = table.rows[1].cells
    row[0].text = "Styrgrupp"
    tc = row[1]._tc
    tc.remove(tc.find("{*}p"))
    tc.append(parse_xml(f'<w:sdt {W}><w:sdtContent><w:p>{_run("kommundirektör")}</w:p></w:sdtContent></w:sdt>'))
    row[2].text = ""
    assert "Styrgrupp | kommundirektör |" in docx_text(_bytes(document)).splitlines()


def _with_footnotes(data: bytes, notes: dict[str, str]) -> bytes:
    """A .docx with a footnotes part holding `notes` (id: text), as Word writes one."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>{_run(" " + t)}</w:p></w:footnote>'
                   for i, t in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="'
                                          b'application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                          b'footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.'
                                          b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                          b'Target="footnotes.xml"/></Relationships>')
            dst.writestr(item, content)
        dst.writestr("word/footnotes.xml", xml)
    return out.getvalue()


def test_footnotes_follow_the_body_numbered_as_referred_to():
    def ref(i: int) -> str:
        return f'<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'

    data = _with_footnotes(_bytes(_document(
        f'<w:p>{_run("Ordförande är kommundirektören.")}{ref(7)}</w:p>',
        f'<w:p>{_run("Gruppen möts vid behov.")}{ref(3)}</w:p>')),
        {"3": "Dock minst två gånger per år.", "7": "Växelvis med lokalpolisområdeschefen.", "9": "Oanvänd."})
    lines = docx_text(data).splitlines()
    assert lines[1:3] == ["Ordförande är kommundirektören.¹", "Gruppen möts vid behov.²"]
    assert lines[-2:] == ["¹ Växelvis med lokalpolisområdeschefen.", "² Dock minst två gånger per år."]
    assert not any("Oanvänd" in line for line in lines)


def test_a_frequency_in_a_tracked_insertion_reaches_the_draft(tmp_path):
    document = _document(
        '<w:p><w:r><w:t>1 Parter</w:t></w:r></w:p>',
        f'<w:p {W}>{_run("Parter är Exempelby kommun och Polismyndigheten, lokalpolisområde Exempelby.")}</w:p>',
        f'<w:p {W}>{_run("2 Organisation")}</w:p>',
        f'<w:p {W}>{_run("Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Styrgruppen möts ")}'
        f'<w:del w:id="1" w:author="A"><w:r><w:delText>två</w:delText></w:r></w:del>'
        f'<w:ins w:id="2" w:author="A">{_run("fyra")}</w:ins>{_run(" gånger per år.")}</w:p>')
    source = tmp_path / "avtal.docx"
    source.write_bytes(_bytes(document))
    out = tmp_path / "draft"
    done = subprocess.run([sys.executable, "-m", "samverkan.cli", "extract", str(source), "--out", str(out),
                           "--lang", "en"], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    drafted = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.yaml")))
    assert re.search(r"per_year: 4(\.0)?\n", drafted), drafted


def _agreement_docx() -> bytes:
    document = docx.Document()
    for line in ["Överenskommelse om samverkan i Exempelby", "1 Parter",
                 "Parter är Exempelby kommun och Polismyndigheten, lokalpolisområde Exempelby.", "2 Organisation",
                 "Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Styrgruppen möts sex gånger "
                 "per år."]:
        document.add_paragraph(line)
    return _bytes(document)


def _extract(source, out, *env_path: str) -> subprocess.CompletedProcess:
    env = None
    if env_path:
        import os

        env = {**os.environ, "PATH": os.pathsep.join(env_path)}
    return subprocess.run([sys.executable, "-m", "samverkan.cli", "extract", str(source), "--out", str(out),
                           "--lang", "en"], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("suffix", ["odt", "doc", "rtf"])
def test_older_word_opendocument_and_rtf_are_read_through_libreoffice(tmp_path, suffix):
    from samverkan.extract.office import soffice

    program = soffice()
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    (tmp_path / "avtal.docx").write_bytes(_agreement_docx())
    made = subprocess.run([program, "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                           "--convert-to", suffix, "--outdir", str(tmp_path / "in"), str(tmp_path / "avtal.docx")],
                          capture_output=True, timeout=180)
    source = tmp_path / "in" / f"avtal.{suffix}"
    assert source.is_file(), made.stderr
    before = source.read_bytes()
    done = _extract(source, tmp_path / "draft")
    assert done.returncode in (0, 1), done.stderr
    drafted = "\n".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "draft").rglob("*.yaml")))
    assert re.search(r"per_year: 6(\.0)?\n", drafted) and "name: Styrgruppen" in drafted
    assert source.read_bytes() == before and sorted(p.name for p in source.parent.iterdir()) == [source.name]


def test_without_libreoffice_an_odt_is_a_clear_message(tmp_path):
    source = tmp_path / "avtal.odt"
    source.write_bytes(b"PK\x03\x04 not really")
    done = _extract(source, tmp_path / "draft", str(tmp_path / "no-programs-here"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "LibreOffice" in done.stderr and "save the document as .docx" in done.stderr
    assert not (tmp_path / "draft").exists()


def test_the_page_header_is_read_once_before_the_body_and_headings_are_marked():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "EXEMPELBY KOMMUN\tDnr KS 2026/0012"
    document.add_heading("Överenskommelse om samverkan i Exempelby", level=0)
    document.add_heading("1 Parter", level=1)
    document.add_paragraph("Parter är Exempelby kommun och lokalpolisområde Exempelby.")
    document.add_page_break()
    document.add_heading("2 Organisation", level=1)
    lines = docx_text(_bytes(document)).splitlines()
    assert lines[:3] == ["EXEMPELBY KOMMUN\tDnr KS 2026/0012", "", "# Överenskommelse om samverkan i Exempelby"]
    assert "## 1 Parter" in lines and "## 2 Organisation" in lines
    assert sum("Dnr KS 2026/0012" in line for line in lines) == 1


def test_a_content_control_showing_its_placeholder_is_an_empty_field():
    def control(text: str, placeholder: bool) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return f"<w:sdt><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>"

    text = docx_text(_bytes(_document(
        f'<w:p>{_run("Prioriterat område 1: ")}{control("Bostadsinbrott", False)}</w:p>',
        f'<w:p {W}>{_run("Prioriterat område 2: ")}{control("Klicka här för att ange text.", True)}</w:p>',
        f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>{_run("Ange ett datum.")}</w:p>'
        '</w:sdtContent></w:sdt>')))
    assert "Prioriterat område 1: Bostadsinbrott" in text.splitlines()
    assert "Prioriterat område 2:" in text.splitlines()
    assert "Klicka" not in text and "Ange ett datum" not in text


def test_a_paragraph_in_grey_italics_is_a_templates_guidance():
    guidance = ('<w:p><w:r><w:rPr><w:i/><w:color w:val="7F7F7F"/></w:rPr>'
                '<w:t>Beskriv varje forum med deltagare och ordförande.</w:t></w:r></w:p>')
    grey_only = '<w:p><w:r><w:rPr><w:color w:val="7F7F7F"/></w:rPr><w:t>Gruppen möts varje månad.</w:t></w:r></w:p>'
    text = docx_text(_bytes(_document(guidance, grey_only)))
    assert "Beskriv varje forum" not in text
    assert "Gruppen möts varje månad." in text  # grey without italics is the text's own
