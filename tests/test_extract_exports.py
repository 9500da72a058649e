"""Extract reads what auditors are sent besides agreements proper (issue 15): a spreadsheet saved as
semicolon-separated text, a Word file that lost its numbering, a news article, an interview transcript. Each
reading has its own short text, written for this test with invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document, read_document
from samverkan.extract.formats import delimited_text
from samverkan.extract.record import recognise

SHEET = "\n".join([
    "Samverkan Åby.xlsx - Blad1;;;;",
    "Uppgift;Värde;;;Kommentar",
    "Avtalets namn;Trygga Åby tillsammans;;;beslutat i mars",
    "Kommunens dnr;KS 2026/17;;;",
    "Part;Åby kommun;212000-9999;;",
    "Part;Polismyndigheten, Polisregion Nord, lokalpolisområde Åby;202100-0076;;",
    "Gäller fr.o.m.;2026-03-01;;;",
    "Gäller t.o.m.;2028-02-29;;;gäller avtalet, inte bilagorna",
    ";;;;",
    "Prioriteringar;;;;",
    "Nr;Område;Mål;Ansvarig;",
    "1;Klotter i centrum;Mindre klotter;Tekniska kontoret;",
    "2;Unga i riskzon;Färre unga i kriminalitet;Socialtjänsten;",
    ";;;;",
    "Grupp;Deltagare;Ordförande;Möten;Kommentar",
    "Ledningsgruppen;kommunchef;kommunchef;4 ggr/år;",
    ";lokalpolisområdeschef;;;",
    ";socialchef;;;",
    "Åby BRÅ;politiker;KSO;2 ggr/år;ingår inte i överenskommelsen",
])


def _sheet(tmp_path, text: str = SHEET) -> dict:
    path = tmp_path / "blad.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return recognise(read_document(path)).to_plain()


def test_a_semicolon_export_is_read_as_tables_line_for_line():
    lines = delimited_text(SHEET).split("\n")
    assert len(lines) == len(SHEET.split("\n"))  # every fact keeps the line it stands on
    assert lines[0] == ""  # the export's sheet-name line is no text of the agreement
    assert lines[2] == "Avtalets namn: Trygga Åby tillsammans | beslutat i mars"
    assert lines[15] == "Ledningsgruppen | kommunchef, lokalpolisområdeschef, socialchef | kommunchef | 4 ggr/år"
    assert lines[16] == lines[17] == ""  # the merged cells' rows joined the row above


def test_prose_with_semicolons_is_no_export():
    prose = "\n".join(["Vi ses i mars; sedan i juni; sist i oktober."] * 3 + ["Inget mer.", "Slut; klart."])
    assert delimited_text(prose) is None


def test_a_spreadsheet_states_title_dates_parties_areas_and_groups(tmp_path):
    plain = _sheet(tmp_path)
    (title, facts), = plain["agreement"].items()
    assert title == "Trygga Åby tillsammans"
    assert (facts["valid_from"], facts["valid_to"], facts["dnr"]) == ("2026-03-01", "2028-02-29", ["KS 2026/17"])
    assert set(plain["parties"]) == {"Åby kommun", "lokalpolisområde Åby"}
    assert set(plain["priority_areas"]) == {"Klotter i centrum", "Unga i riskzon"}
    group = plain["groups"]["Ledningsgruppen"]
    assert set(group["members"]) == {"kommunchef", "lokalpolisområdeschef", "socialchef"}
    assert group["frequency_per_year"] == 4
    assert "Åby BRÅ" not in plain["groups"]  # its row's note puts it outside the agreement


def test_a_start_on_its_own_row_over_the_end_row():
    text = "Avtal om samverkan i Åby\n\nGiltig från: 2026-05-01\nGiltig till: 2027-04-30 (avtalet)\n"
    facts = next(iter(recognise(Document.from_text("x.txt", text)).to_plain()["agreement"].values()))
    assert (facts["valid_from"], facts["valid_to"]) == ("2026-05-01", "2027-04-30")
