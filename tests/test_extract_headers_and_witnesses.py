"""Readings of agreements saved as PDF with a running header, witnesses under the signatures and a scanned
signature page (dev/288, dev/291): a heading in larger type read word-spaced, a header with a written-out
diarienummer as noise, numbers labelled "beteckning" or each with its owner, years as "kalenderåren", witnesses
who are no signatories, OCR that keeps a signature block's columns, and the groups such texts describe. The PDFs
and texts are made for these tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from samverkan.extract.document import Document, _page_headers
from samverkan.extract.meaning.agreement import dnr
from samverkan.extract.meaning.priorities import area_list
from samverkan.extract.record import recognise


def _plain(text: str) -> dict:
    return recognise(Document.from_text("x.txt", text)).to_plain()


def test_a_heading_in_larger_type_is_read_with_its_words_one_space_apart(tmp_path: Path):
    import fpdf

    from samverkan.extract.formats import pdf_pages

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=17)  # larger than the body, not a title's large type
    pdf.text(20, 30, "Avtal om trygghet och samverkan i Exempelby")
    pdf.text(20, 37, "kommun")
    pdf.set_font("Helvetica", size=11.5)
    for i in range(12):
        pdf.text(20, 50 + 5 * i, "Kommunen och polisen samverkar för ett tryggare Exempelby varje år.")
    pdf.text(20, 120, "Kommunen              Polisen")  # columns in the body's type stay columns
    pdf.output(str(tmp_path / "h.pdf"))
    lines = pdf_pages((tmp_path / "h.pdf").read_bytes(), ocr=False)[0][0].splitlines()
    assert lines[0] == "Avtal om trygghet och samverkan i Exempelby"
    assert any("Kommunen  " in line and line.endswith("Polisen") for line in lines)


def test_a_running_header_with_a_written_out_diarienummer_is_noise():
    header = ["NYBY KOMMUN                 Datum 2026-01-15", "Kommunstyrelsen             Diarienummer KS 2026.041",
              "Kansliet"]
    raw = header + ["", "Avtal", "Text ett."] + header + ["Text två."] + header + ["Text tre."]
    noise = _page_headers(raw)
    assert {1, 2, 3, 7, 8, 9, 11, 12, 13} <= noise and 5 not in noise


def test_a_number_labelled_beteckning_at_a_lines_end_is_the_agreements():
    doc = Document.from_text("x.txt", "Avtal om samverkan\n\nKommunens diarienummer är KS 2026/12. Polisens beteckning "
                                      "för överenskommelsen är\nA 123.456/2026.\n")
    assert dnr(doc)[0] == ["KS 2026/12", "A 123.456/2026"]


def test_each_number_of_a_list_may_say_whose_it_is():
    doc = Document.from_text("x.txt", "Avtal om samverkan\n\nDiarienummer: KS 2026/7 (kommunstyrelsen), SN 2026/3 "
                                      "(socialnämnden), A 11.22/2026 (polisen)\n")
    assert dnr(doc)[0] == ["KS 2026/7", "SN 2026/3", "A 11.22/2026"]


def test_an_agreement_for_the_calendar_years_listed():
    text = ("Avtal om samverkan i Exempelby\n\nParterna är Exempelby kommun och lokalpolisområde Nyby.\n\n"
            "Bakgrund\n\nÖverenskommelsen för 2023–2025 löper ut vid årsskiftet.\n\n"
            "Giltighet\n\nÖverenskommelsen avser kalenderåren 2026, 2027 och 2028.\n")
    agreement = next(iter(_plain(text)["agreement"].values()))
    assert (agreement["valid_from"], agreement["valid_to"]) == ("2026-01-01", "2028-12-31")


SIGNED = ("Avtal om samverkan i Exempelby\n\nParterna är Exempelby kommun och lokalpolisområde Nyby.\n\n"
          "Underskrifter\n\nFör Exempelby kommun\n\n{rule}Eva Exempelsdotter\nKommunstyrelsens ordförande\n\n"
          "För Polismyndigheten\n\n{rule}Per Provsson\nLokalpolisområdeschef\n\nBevittnas:\n\n"
          "{rule}Lisa Låtsasdotter{gap}Olle Påhittsson\nKommunsekreterare{gap}Handläggare\n")


def test_witnesses_under_bevittnas_are_no_signatories():
    for rule, gap in (("______________________\n", "       "), ("", "       ")):  # signing lines, and none
        signed = _plain(SIGNED.format(rule=rule, gap=gap)).get("signatories", {})
        assert set(signed) == {"Eva Exempelsdotter", "Per Provsson"}


def test_a_title_two_lines_below_is_the_name_betweens():
    text = ("Avtal om samverkan i Exempelby\n\nParterna är Exempelby kommun och lokalpolisområde Nyby.\n\n"
            "Underskrifter\n\nFör Polismyndigheten\nNyby den 3 mars 2026\n\nABBA NNMM\n\nPer Provsson\n"
            "Lokalpolisområdeschef\n")
    assert set(_plain(text).get("signatories", {})) == {"Per Provsson"}  # a signature read as words is no one


def test_ocr_keeps_the_spaces_between_words(monkeypatch):
    from PIL import Image

    from samverkan.extract import formats

    called = []
    monkeypatch.setattr(formats, "tesseract", lambda: "tesseract")
    monkeypatch.setattr(subprocess, "run", lambda args, **kw: called.append(args) or subprocess.CompletedProcess(
        args, 0, b"Eva A        Per B\n", b""))
    assert formats.ocr_image(Image.new("L", (300, 300), 255), 300) == "Eva A        Per B\n"
    assert "preserve_interword_spaces=1" in called[0]


def test_a_heading_that_describes_a_group_gives_way_to_the_name_the_text_gives_it():
    text = ("Avtal om samverkan i Exempelby\n\n4.2 Den lokala gruppen\n\nUnder styrgruppen arbetar en lokal grupp, "
            "LG, som följer upp insatserna. LG består av kommunpolisen och fältassistenterna. LG träffas varje "
            "månad.\n")
    groups = _plain(text)["groups"]
    assert "LG" in groups and "Den lokala gruppen" not in groups
    assert groups["LG"]["members"] == ["kommunpolis", "fältassistent"]


def test_a_last_noun_under_one_preposition_stays_in_its_area():
    assert area_list("otrygghet i centrum, narkotika bland unga och klotter på skolor och idrottsplatser") == [
        "otrygghet i centrum", "narkotika bland unga", "klotter på skolor och idrottsplatser"]


def test_those_a_network_gathers_by_what_they_want_are_no_members():
    text = ("Avtal om samverkan i Exempelby\n\nNätverket för trygga kvällar samlar de som vill röra sig ute på "
            "kvällar och helger. Det är öppet för idrottsföreningar och trossamfund. Nätverket träffas två gånger "
            "per termin.\n")
    members = _plain(text)["groups"]["Nätverket för trygga kvällar"]["members"]
    assert "helg" not in members and "idrottsförening" in members


GROUPS = ("Avtal om samverkan i Exempelby\n\nParter\n\nParterna är Exempelby kommun och lokalpolisområde Nyby. "
          "Exempelby företagarförening deltar i det öppna trygghetsforumet men är inte part.\n\nMötesstruktur\n\n"
          "Var fjärde vecka samlas Samverkansgruppen Exempelby. I den sitter säkerhetssamordnaren och "
          "kommunpolisen.\n\nVarannan vecka träffas Skolforum, ett samarbete mellan skolans elevhälsa, "
          "fältassistenten och områdespolisen. Fältassistenten håller i träffarna.\n\nEn gång per år bjuds "
          "föreningar och boende in till Trygghetsforum Exempelby, ett öppet möte. Säkerhetssamordnaren leder "
          "forumet.\n")


def test_a_group_by_its_name_after_the_verb_is_the_subject_not_a_member():
    groups = _plain(GROUPS)["groups"]
    assert "Mötesstruktur" not in groups
    assert groups["Samverkansgruppen Exempelby"]["members"] == ["säkerhetssamordnare", "kommunpolis"]
    assert groups["Skolforum"]["members"] == ["skolans elevhälsa", "fältassistent", "områdespolis"]


def test_a_forum_said_to_be_a_cooperation_of_the_parties_people_is_a_working_group():
    groups = _plain(GROUPS)["groups"]
    assert groups["Skolforum"]["kind"] == "working" and groups["Trygghetsforum Exempelby"]["kind"] == "forum"


def test_who_holds_the_meetings_chairs_them():
    assert _plain(GROUPS)["groups"]["Skolforum"]["chair"] == "fältassistent"


def test_bodies_taking_part_in_the_open_forum_are_its_members():
    members = _plain(GROUPS)["groups"]["Trygghetsforum Exempelby"]["members"]
    assert "exempelby företagarförening" in [m.casefold() for m in members]


def test_a_company_taking_part_through_its_person_is_no_member_beside_them():
    text = ("Avtal om samverkan i Exempelby\n\nDen operativa gruppen består av kommunpolisen och en bovärd från "
            "Exempelhem. Gruppen träffas varje vecka.\n\nExempelhem AB deltar i den operativa gruppen men är inte "
            "part.\n")  # "Exempelhem AB" is the company "Exempelhem" names
    assert _plain(text)["groups"]["Operativa gruppen"]["members"] == ["kommunpolis", "bovärd från Exempelhem"]
