"""Readings of agreements saved as PDF from a word processor and of filled-in templates (dev/272–276): a PDF's
ruled tables read as tables (merged cells, a cell's lines, a form's label column), a title in large type, a
two-page PDF's running header, Word's placeholder text, and the readings of text such tables made plain. The
PDFs and texts are made for these tests."""

from __future__ import annotations

from pathlib import Path

from samverkan.extract.document import Document
from samverkan.extract.formats import pdf_pages, strip_running_lines
from samverkan.extract.forms import as_filled
from samverkan.extract.meaning.agreement import dnr
from samverkan.extract.meaning.phrases import group_kind
from samverkan.extract.record import recognise

PAD = 1.5  # mm between a cell's rule and its words


def _ruled_pdf(path: Path, cells: list[tuple], size: float = 9) -> Path:
    """A page of ruled cells, each (x, y, width, height, lines, bold, shaded), in millimetres."""
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    for x, y, w, h, lines, bold, shaded in cells:
        if shaded:
            pdf.set_fill_color(220, 226, 243)
        pdf.rect(x, y, w, h, style="DF" if shaded else "D")
        pdf.set_font("Helvetica", style="B" if bold else "", size=size)
        for i, line in enumerate(lines):
            pdf.text(x + PAD, y + 4 + i * 4, line)
    pdf.output(str(path))
    return path


def _width(text: str, size: float = 9) -> float:
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def test_a_pdf_table_with_cells_merged_down_is_read_row_by_row(tmp_path):
    chair = _width("Säkerhetssamordnar") + 2 * PAD + 0.2  # the word fills its cell: cut, not wrapped
    cells = [(10, 10, 40, 6, ["Grupp"], True, False), (50, 10, 45, 6, ["Deltagare"], True, False),
             (95, 10, chair, 6, ["Ordförande"], True, False),
             (10, 16, 40, 18, ["Styrgruppen"], False, False),  # merged down over three member rows
             (50, 16, 45, 6, ["Kommunchef"], False, False), (50, 22, 45, 6, ["Socialchef"], False, False),
             (50, 28, 45, 6, ["Rektor"], False, False),
             (95, 16, chair, 18, ["Säkerhetssamordnar", "en"], False, False)]
    pages, _ = pdf_pages(_ruled_pdf(tmp_path / "t.pdf", cells).read_bytes(), ocr=False)
    lines = pages[0].splitlines()
    assert "Grupp | Deltagare | Ordförande" in lines
    assert "Styrgruppen | Kommunchef, Socialchef, Rektor | Säkerhetssamordnaren" in lines


def test_a_pdf_cells_lines_join_as_they_were_broken(tmp_path):
    narrow = _width("Enhetschef för barn") + 2 * PAD + 1  # " och" does not fit behind it: wrapped
    cells = [(10, 10, 60, 6, ["Beslutad"], False, False), (70, 10, narrow, 6, ["Mål"], False, False),
             (10, 16, 60, 10, ["Kommunstyrelsen", "2026-02-11"], False, False),
             (70, 16, narrow, 10, ["Enhetschef för barn", "och unga"], False, False),
             (10, 26, 60, 10, ["Trygghets-", "samordnare"], False, False),
             (70, 26, narrow, 10, ["individ-", "och familjeomsorg"], False, False)]
    pages, _ = pdf_pages(_ruled_pdf(tmp_path / "t.pdf", cells).read_bytes(), ocr=False)
    lines = pages[0].splitlines()
    # "2026-02-11" would have fitted behind "Kommunstyrelsen": a break of the writer's own, items apart
    assert "Kommunstyrelsen, 2026-02-11 | Enhetschef för barn och unga" in lines
    assert "Trygghetssamordnare | individ- och familjeomsorg" in lines


def test_a_pdf_table_of_labels_set_apart_is_read_as_fields(tmp_path):
    labels = [(10, 10 + 6 * i, 50, 6, [label], True, True) for i, label in enumerate(["Namn", "Ordförande"])]
    values = [(60, 10 + 6 * i, 50, 6, [value], False, False)
              for i, value in enumerate(["Trygghetsgruppen", "Kommunpolisen"])]
    pages, _ = pdf_pages(_ruled_pdf(tmp_path / "form.pdf", labels + values).read_bytes(), ocr=False)
    assert pages[0].splitlines() == ["Namn: Trygghetsgruppen", "Ordförande: Kommunpolisen"]
    names = [(10, 10 + 6 * i, 50, 6, [n], False, False) for i, n in enumerate(["Eva Exempel", "Kommunchef"])]
    others = [(60, 10 + 6 * i, 50, 6, [n], False, False) for i, n in enumerate(["Per Prov", "Polischef"])]
    pages, _ = pdf_pages(_ruled_pdf(tmp_path / "sign.pdf", names + others).read_bytes(), ocr=False)
    assert pages[0].splitlines() == ["Eva Exempel | Per Prov", "Kommunchef | Polischef"]  # alike: no labels


def test_a_pdf_title_in_large_type_is_one_line_with_its_words_as_written(tmp_path):
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=26)
    pdf.text(20, 30, "Överenskommelse om samverkan")
    pdf.text(20, 41, "för ett tryggare Exempelby")
    pdf.set_font("Helvetica", size=10)
    for i in range(12):
        pdf.text(20, 60 + 5 * i, "Kommunen och polisen samverkar för ett tryggare Exempelby varje år.")
    pdf.output(str(tmp_path / "title.pdf"))
    pages, _ = pdf_pages((tmp_path / "title.pdf").read_bytes(), ocr=False)
    assert pages[0].splitlines()[0] == "Överenskommelse om samverkan för ett tryggare Exempelby"


def test_a_line_at_the_edge_of_both_pages_of_two_is_running():
    pages = ["Polisregion Nord        Mall 2025:1\nTitel\nText ett", "Polisregion Nord        Mall 2025:1\nText två"]
    assert strip_running_lines(pages) == ["Titel\nText ett", "Text två"]
    assert strip_running_lines(["Avtal\nText ett", "Avtal\nText två"])[0].startswith("Avtal")  # too short to tell


def test_words_placeholder_text_in_a_printed_field_is_no_value():
    assert as_filled(["Ordförande: Klicka eller tryck här för att ange text.",
                      "Bilagor | Klicka här för att ange text.", "Namn: Trygghetsgruppen"]) == [
        "Ordförande:", "Bilagor |", "Namn: Trygghetsgruppen"]


def test_a_column_of_a_year_names_a_table_of_priorities():
    text = ("# Överenskommelse om samverkan i Exempelby\n\n## 3. Prioriterade områden\n\n"
            "Nr | Prioriterat område | Mål till 2029\n"
            "1 | Klotter i centrum | Färre anmälningar\n"
            "2 | Narkotika bland unga | Färre unga som erbjuds narkotika\n")
    areas = recognise(Document.from_text("x.md", text)).to_plain().get("priority_areas", {})
    assert set(areas) == {"Klotter i centrum", "Narkotika bland unga"}


def test_a_contact_column_names_no_party():
    text = ("# Överenskommelse om samverkan i Exempelby\n\n## 1. Parter\n\n"
            "Part | Org.nr | Företräds av | Kontaktfunktion\n"
            "Exempelby kommun | 212000-0000 | Kommunstyrelsen | Trygghetssamordnare\n"
            "Polismyndigheten, lokalpolisområde Exempel | 202100-0076 | Lokalpolisområdeschefen | Kommunpolis\n")
    parties = recognise(Document.from_text("x.md", text)).to_plain().get("parties", {})
    assert "Kontaktfunktion" not in parties and "Exempelby kommun" in parties


def test_a_place_ending_like_a_council_is_no_council():
    assert group_kind("Trygghetsteam Vagnhärad") == "working"
    assert group_kind("Samverkansgrupp Vagnhärad") == "working"
    assert group_kind("Brottsförebyggande rådet i Exempelby") == "council"


def test_a_number_in_parentheses_on_the_next_field_is_that_fields():
    doc = Document.from_text("x.txt", "Avtal om samverkan\n\n"
                             "Diarienummer: Kommunen: KS 2026/14 Polisen: A 21.093/2026\n"
                             "Giltighetstid: från 2026-02-01 till och med 2028-12-31\n"
                             "Tidigare överenskommelse: 2022-01-01 – 2025-12-31 (KS 2021/208)\n")
    assert dnr(doc)[0] == ["KS 2026/14", "A 21.093/2026"]


def test_a_numbered_line_not_next_in_the_list_above_is_a_heading():
    text = ("# Överenskommelse om samverkan i Exempelby\n\n4. Lokala prioriteringar\nAnge högst tre prioriteringar.\n\n"
            "1. Klotter i centrum\n2. Inbrott i fritidshus\n\n5. Samverkansstruktur\n"
            "Kryssa i de former som används.\n☒ Gemensam styrgrupp\n")
    areas = recognise(Document.from_text("x.txt", text)).to_plain().get("priority_areas", {})
    assert set(areas) == {"Klotter i centrum", "Inbrott i fritidshus"}
