"""The workbook round trip: export --format xlsx, import, the template a user fills in, and hostile workbooks."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.model.dataset import DataSet
from samverkan.store.workbook.reader import WorkbookError, read_workbooks
from samverkan.store.workbook.writer import export_workbook
from samverkan.store.yaml_io import load_dataset
from tests.strategies import models
from tests.test_properties import SETTINGS, budget

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "stockholm"
DAYS = ("2016-06-01", "2019-12-01", "2024-01-01")


def by_id(data: DataSet) -> dict:
    return {e.id: e for e in data.entities()}


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def read_back(content: bytes, folder: Path, name: str = "book.xlsx") -> DataSet:
    path = folder / name
    path.write_bytes(content)
    return read_workbooks([path])


@pytest.mark.parametrize("show_people", [True, False])
def test_stockholm_round_trip_gives_the_same_check_output(tmp_path, show_people):
    book = tmp_path / "stockholm.xlsx"
    people = ["--show-people"] if show_people else []
    result = run("export", DATA, "--format", "xlsx", "--out", book, *people)
    assert result.exit_code == 0, result.output
    result = run("import", book, "--out", tmp_path / "back")
    assert result.exit_code == 0, result.output
    for day in DAYS:
        original = run("check", DATA, "--as-of", day, "--format", "json")
        back = run("check", tmp_path / "back", "--as-of", day, "--format", "json")
        assert original.stdout and back.stdout == original.stdout, day
    if show_people:  # with the people in it, the workbook holds the data set exactly
        assert by_id(load_dataset(tmp_path / "back")[0]) == by_id(load_dataset(DATA)[0])


def test_export_is_deterministic_and_writes_text_never_formulas():
    data, _ = load_dataset(DATA)
    first = export_workbook(data)
    assert export_workbook(data) == first
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(first))
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


@settings(max_examples=budget(30), **SETTINGS)
@given(models())
def test_export_then_import_gives_back_the_model(data):
    with tempfile.TemporaryDirectory() as tmp:
        back = read_back(export_workbook(data), Path(tmp))
    assert by_id(back) == by_id(data)


def test_texts_that_look_like_formulas_json_or_nothing_survive(tmp_path):
    data, _ = load_dataset(DATA)
    group = data.groups[0]
    tricky = ["=SUM(A1:A2)", "+46 8 508 000 00", "-1", "@user", "", '"quoted"', "[1, 2]", "  padded  ",
              "rad 1\nrad 2", "0.30000000000000004"]
    changed = []
    for i, text in enumerate(tricky):
        changed.append(group.model_copy(update={"id": f"{group.id}-{i}", "name": f"G{i}", "note": text,
                                                "problems": [text, "x"], "follow_up": [text]}))
    data = DataSet(**{**dict(data.sections()), "groups": [*data.groups, *changed]})
    content = export_workbook(data)
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content))
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    back = by_id(read_back(content, tmp_path))
    for entity in changed:
        assert back[entity.id] == entity


def test_a_folder_of_workbooks_is_one_data_set(tmp_path):
    data, _ = load_dataset(DATA)
    (tmp_path / "books").mkdir()
    (tmp_path / "books" / "a.xlsx").write_bytes(export_workbook(data))
    (tmp_path / "books" / "b.xlsx").write_bytes(export_workbook(data, "en"))
    result = run("import", tmp_path / "books", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert by_id(load_dataset(tmp_path / "out")[0]).keys() == by_id(data).keys()


def problems_of(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as info:
        read_workbooks([path])
    return [p.render("sv") for p in info.value.problems]


def test_json_check_output_is_not_empty():
    assert json.loads(run("check", DATA, "--as-of", "2024-01-01", "--format", "json").stdout)


# --- the template, filled in as a user would ------------------------------------------------------------


class Filler:
    """Writes labels and values into a template by the column headings a user sees; never an id. With
    lang='en' it writes into an English template: the Swedish sheet names, headings and words given are put in
    English first (so one description of a filled-in form serves both)."""

    def __init__(self, path: Path, lang: str = "sv"):
        from openpyxl import load_workbook

        self.path = path
        self.wb = load_workbook(path)
        self.lang = lang

    def english(self, sheet: str, heading: str | None = None, value=None):
        from samverkan.store.workbook.columns import CHOICES, SHEETS

        found = next(s for s in SHEETS if s.sv == sheet)
        if heading is None:
            return found.en
        column = next(c for c in found.columns if c.sv == heading)
        if column.kind == "choice" and isinstance(value, str):
            value = next(en for _, sv, en, _ in CHOICES[column.choices] if sv == value)
        if column.kind == "bool" and isinstance(value, str):
            value = {"ja": "yes", "nej": "no"}[value]
        if column.kind == "sheet" and isinstance(value, str):
            value = self.english(value)
        return column.en, value

    def add(self, sheet: str, **values) -> None:
        if self.lang == "en":
            values = dict(self.english(sheet, h.replace("_", " "), v) for h, v in values.items())
            sheet = self.english(sheet)
        ws = self.wb[sheet]
        headings = {cell.value: cell.column for cell in ws[1]}
        row = ws.max_row + 1
        while all(ws.cell(row=row - 1, column=c).value is None for c in headings.values()) and row > 2:
            row -= 1
        for heading, value in values.items():
            ws.cell(row=row, column=headings[heading.replace("_", " ")], value=value)

    def save(self) -> None:
        self.wb.save(self.path)


def fill_kungsholmen(path: Path, lang: str = "sv") -> None:
    import datetime as dt

    f = Filler(path, lang)
    sdf, lpo = "Kungsholmen stadsdelsförvaltning", "Lokalpolisområde Lidingö-Kungsholmen"
    f.add("Överenskommelse", Titel="Samverkansöverenskommelse mellan Kungsholmens stadsdelsförvaltning och "
          "Lokalpolisområde Lidingö-Kungsholmen", Parter=f"{sdf}\n{lpo}", **{
              "Gäller från": dt.datetime(2024, 1, 1), "Gäller till": "2025-12-31",
              "Överordnad överenskommelse": "Övergripande samverkansöverenskommelse mellan Stockholms stad och "
              "Polisregion Stockholm (revidering 2023)", "Dokument": "Samverkansöverenskommelse Kungsholmen 2024.pdf"})
    for org, title in ((sdf, "Stadsdelsdirektör"), (lpo, "Lokalpolisområdeschef"), (lpo, "Kommunpolis"),
                       (sdf, "Trygghetssamordnare")):
        f.add("Funktioner", Organisation=org, Funktion=title)
    f.add("Grupper", Namn="Lokal styrgrupp", Slag="styrgrupp", **{
        "Mötesfrekvens (dokumentets ord)": "minst fyra gånger per år", "Möten per år": 4,
        "Rapporterar till": "Beredningsgrupp för den övergripande samverkansöverenskommelsen"})
    f.add("Grupper", Namn="Beredningsgrupp", Slag="beredningsgrupp", **{
        "Rapporterar till": "Lokal styrgrupp", "Möten per år": "6",
        "Mötesfrekvens (dokumentets ord)": "varannan månad"})
    for group, org, title, capacity, chair in (
            ("Lokal styrgrupp", sdf, "Stadsdelsdirektör", "beslutsfattare", "alternerande"),
            ("Lokal styrgrupp", lpo, "Lokalpolisområdeschef", "beslutsfattare", "alternerande"),
            ("Lokal styrgrupp", sdf, "Trygghetssamordnare", "föredragande", None),
            ("Lokal styrgrupp", lpo, "Kommunpolis", "föredragande", None),
            ("Beredningsgrupp", sdf, "Trygghetssamordnare", "ledamot", "ja"),
            ("Beredningsgrupp", lpo, "Kommunpolis", "ledamot", None)):
        f.add("Medlemmar", Grupp=group, Organisation=org, Funktion=title, **{"Roll i gruppen": capacity,
                                                                               "Ordförande": chair})
    f.add("Ansvar", **{"Grupp eller aktivitet": "Lokal styrgrupp", "Organisation": sdf, "Funktion": "Stadsdelsdirektör",
                       "Bokstav (RACI)": "A"})
    f.add("Ansvar", **{"Grupp eller aktivitet": "Beredningsgrupp", "Organisation": sdf,
                       "Funktion": "Trygghetssamordnare", "Bokstav (RACI)": "A"})
    f.add("Prioriterade områden", Namn="Kriminella miljöer", **{
        "Motsvarar (stadsövergripande)": "Kriminella miljöer och livsstilar"})
    f.add("Källor", Blad="Grupper", **{"Avser (namn eller rad N)": "Lokal styrgrupp",
                                       "Dokument": "Samverkansöverenskommelse Kungsholmen 2024.pdf",
                                       "Avsnitt": "5. Styrgrupp", "Rader eller sida": "3",
                                       "Citat": "En lokal styrgrupp ska finnas"})
    f.save()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_filled_in_template_imports_into_a_data_set_that_checks(tmp_path, lang):
    import shutil

    book = tmp_path / "avtal.xlsx"
    assert run("template", "--out", book, "--register", DATA, "--lang", lang).exit_code == 0
    fill_kungsholmen(book, lang)
    result = run("import", book, "--register", DATA, "--out", tmp_path / "ny")
    assert result.exit_code == 0, result.output
    combined = tmp_path / "stockholm"
    shutil.copytree(DATA, combined)
    shutil.copytree(tmp_path / "ny", combined / "kungsholmen")
    data, _ = load_dataset(combined)
    agreement = data.get("kungsholmen-2024")
    assert agreement.parties == ["sdf-kungsholmen", "lpo-lidingo-kungsholmen"] and agreement.parent == "stockholm-2023"
    steering = data.get("kungsholmen-2024/lokal-styrgrupp")
    assert steering.kind == "steering" and steering.level == "local" and steering.frequency.per_year == 4
    assert steering.sources[0].section == "5. Styrgrupp"
    members = [m for m in data.memberships if m.group == steering.id]
    assert {m.member for m in members} == {"sdf-kungsholmen/stadsdelsdirektor", "sdf-kungsholmen/trygghetssamordnare",
                                           "lpo-lidingo-kungsholmen/lokalpolisomradeschef",
                                           "lpo-lidingo-kungsholmen/kommunpolis"}
    assert all(m.sources[0].document == "Samverkansöverenskommelse Kungsholmen 2024.pdf" for m in members)
    assert {(line.from_, line.to) for line in data.reporting_lines if line.from_.startswith("kungsholmen")} == {
        (steering.id, "stockholm-2019/beredningsgrupp"), ("kungsholmen-2024/beredningsgrupp", steering.id)}
    checked = run("check", combined, "--as-of", "2024-06-01", "--format", "json", "--agreement", "kungsholmen-2024")
    assert checked.exit_code in (0, 1), checked.output
    findings = json.loads(checked.stdout)
    assert all(f["agreement"] == "kungsholmen-2024" for f in findings)
    assert not any(f["rule"] == "SAM010" and f["subject"] == steering.id for f in findings)  # it has an A


# --- problems, all at once, located ---------------------------------------------------------------------


def template_with(tmp_path: Path, fill) -> Path:
    book = tmp_path / "avtal.xlsx"
    assert run("template", "--out", book, "--register", DATA).exit_code == 0
    fill_kungsholmen(book)
    f = Filler(book)
    fill(f)
    f.save()
    return book


def import_fails(book: Path, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "out"
    result = run("import", book, "--out", out, *extra)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not out.exists()  # nothing written
    return result.output


def test_every_problem_at_once_with_sheet_cell_and_what_to_do(tmp_path):
    def mistakes(f: Filler):
        f.add("Medlemmar", Grupp="Lokal styrgrupp", Organisation="Kungsholmens stadsdelsförvaltning",
              Funktion="Stadsdelsdirektör")
        f.add("Medlemmar", Grupp="Lokal styrgrupp", Organisation="Lokalpolisområde Lidingö-Kungsholmen",
              Funktion="Kommunpolisen")
        f.add("Medlemmar", Grupp="Lokal styrgrup", Organisation="Lokalpolisområde Lidingö-Kungsholmen",
              Funktion="Kommunpolis", **{"Roll i gruppen": "ordförande"})
        f.add("Grupper", Namn="Arbetsgrupp", Slag="arbetsgrupp", **{"Möten per år": "fyra",
                                                                    "Mötesfrekvens (dokumentets ord)": "ofta"})
        f.wb["Överenskommelse"]["E2"] = "1 januari 2024"
        f.add("Ansvar", **{"Grupp eller aktivitet": "Beredningsgrupp", "Organisation": "Stadsledningskontoret",
                           "Bokstav (RACI)": "X"})
        f.add("Källor", Blad="Grupper", **{"Avser (namn eller rad N)": "rad 99", "Dokument": "x.pdf"})

    output = import_fails(template_with(tmp_path, mistakes), tmp_path, "--register", str(DATA))
    assert "Medlemmar!B8: okänd organisation 'Kungsholmens stadsdelsförvaltning' (menade du 'Kungsholmen " \
           "stadsdelsförvaltning'?)" in output
    assert "Medlemmar!C9: okänd funktion 'Kommunpolisen' hos Lokalpolisområde Lidingö-Kungsholmen (menade du " \
           "'Kommunpolis'?" in output
    assert "Medlemmar!A10: okänd grupp 'Lokal styrgrup' (menade du 'Lokal styrgrupp'?)" in output
    assert "Medlemmar!D10: 'ordförande' är inget av de tillåtna värdena (välj ett av: ledamot, beslutsfattare" in output
    assert "Grupper!F4: 'fyra' är inget tal (skriv ett tal" in output
    assert "Överenskommelse!E2: '1 januari 2024' är inget datum (skriv datumet som ÅÅÅÅ-MM-DD" in output
    assert "Ansvar!D4: 'X' är inget av de tillåtna värdena (välj ett av: A, R, C, I)" in output
    assert "Källor!B3: bladet Grupper har ingen rad 99" in output
    assert "8 fel; inget skrevs." in output


def test_without_the_register_an_unknown_organisation_says_how(tmp_path):
    output = import_fails(template_with(tmp_path, lambda f: None), tmp_path)
    assert "Överenskommelse!D2: okänd organisation 'Kungsholmen stadsdelsförvaltning'" in output
    assert "--register" in output


def test_english_headings_and_words_read_too(tmp_path):
    data, _ = load_dataset(DATA)
    back = read_back(export_workbook(data, "en"), tmp_path)
    assert by_id(back) == by_id(data)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_template_is_deterministic_and_an_empty_one_says_what_to_fill_in(tmp_path, lang):
    from samverkan.store.workbook.template import template_workbook

    data, _ = load_dataset(DATA)
    assert template_workbook(data, lang) == template_workbook(data, lang)
    book = tmp_path / "tom.xlsx"
    book.write_bytes(template_workbook(None, lang))
    output = import_fails(book, tmp_path, "--lang", lang)
    assert ("har inga rader att läsa in" if lang == "sv" else "has no rows to import") in output


# --- hostile workbooks ----------------------------------------------------------------------------------


def stockholm_book(tmp_path: Path) -> Path:
    book = tmp_path / "s.xlsx"
    book.write_bytes(export_workbook(load_dataset(DATA)[0]))
    return book


def edit(book: Path, change) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(book)
    change(wb)
    wb.save(book)
    return book


def test_formulas_and_error_values_are_refused_with_their_cell(tmp_path):
    def change(wb):
        wb["Grupper"].cell(row=3, column=3, value="=B2&\" x\"")
        wb["Organisationer"]["B3"] = "#N/A"  # an error value (what a broken formula leaves behind)

    output = import_fails(edit(stockholm_book(tmp_path), change), tmp_path)
    assert "Grupper!C3: cellen är en formel (=B2&\" x\"); formler läses inte (skriv värdet i stället" in output
    assert "Organisationer!B3: cellen visar ett fel (#N/A)" in output


def test_merged_cells_are_refused(tmp_path):
    book = edit(stockholm_book(tmp_path), lambda wb: wb["Medlemmar"].merge_cells("A2:A5"))
    assert "Medlemmar!A2:A5: sammanfogade celler läses inte (dela upp cellerna" in import_fails(book, tmp_path)


def test_hidden_sheets_and_unknown_sheets_are_refused(tmp_path):
    def change(wb):
        wb["Personer"].sheet_state = "hidden"
        wb.create_sheet("Medlemar")

    output = import_fails(edit(stockholm_book(tmp_path), change), tmp_path)
    assert "Personer: bladet Personer är dolt" in output
    assert "Medlemar: okänt blad 'Medlemar' (menade du 'Medlemmar'?)" in output


def test_wrong_types_are_refused_with_their_cell(tmp_path):
    import datetime as dt

    def change(wb):
        ws = wb["Grupper"]
        ws["I2"] = dt.datetime(2024, 1, 1)  # a date where a number belongs
        ws["F2"] = 3  # a number where yes/no belongs
        wb["Organisationer"]["I2"] = 45000  # a number where a date belongs

    output = import_fails(edit(stockholm_book(tmp_path), change), tmp_path)
    assert "Grupper!I2: väntade ett tal, fick ett datum" in output
    assert "Grupper!F2: '3' är varken ja eller nej" in output
    assert "Organisationer!I2: väntade ett datum, fick 45000" in output


def test_too_many_rows_are_refused_before_reading(tmp_path):
    import zipfile

    book = tmp_path / "big.xlsx"  # the parts of a minimal workbook, written directly (openpyxl takes seconds)
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Org {n}</t></is></c></row>'
                   for n in range(1, 100_002))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                         '<sheet name="Organisationer" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="x" '
                         'Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData>'
                         '</worksheet>')
    assert "bladet Organisationer har fler än 50 000 rader" in import_fails(book, tmp_path)


@pytest.mark.parametrize("content, words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "äldre Excel-fil (.xls"),
    ("Namn;Slag\nSödermalm;styrgrupp\n".encode(), "troligen CSV"),
    (b"", "filen är tom"),
    (bytes(range(256)) * 4, "ingen Excel-arbetsbok"),
    (b"PK\x03\x04broken", "skadad zip-fil"),
])
def test_files_that_are_not_xlsx_are_named(tmp_path, content, words):
    book = tmp_path / "renamed.xlsx"
    book.write_bytes(content)
    assert words in import_fails(book, tmp_path)


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path):
    import zipfile

    book = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"\0" * 1_000_000
            for _ in range(120):
                part.write(chunk)
    assert book.stat().st_size < 1_000_000
    assert "packas upp till 120" in import_fails(book, tmp_path)


# --- LibreOffice ----------------------------------------------------------------------------------------


def through_libreoffice(book: Path, tmp_path: Path) -> Path:
    """The workbook as LibreOffice saves it again (`soffice --headless --convert-to xlsx`, a fresh profile)."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    out = tmp_path / "libreoffice"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(book)], check=True, capture_output=True, timeout=300)
    converted = out / book.name
    assert converted.is_file() and converted.read_bytes() != book.read_bytes()
    return converted


def test_the_export_round_trips_through_libreoffice(tmp_path):
    book = tmp_path / "stockholm.xlsx"
    assert run("export", DATA, "--format", "xlsx", "--out", book, "--show-people").exit_code == 0
    converted = through_libreoffice(book, tmp_path)
    result = run("import", converted, "--out", tmp_path / "back")
    assert result.exit_code == 0, result.output
    for day in DAYS:
        assert run("check", tmp_path / "back", "--as-of", day, "--format", "json").stdout == \
            run("check", DATA, "--as-of", day, "--format", "json").stdout, day
    assert by_id(load_dataset(tmp_path / "back")[0]) == by_id(load_dataset(DATA)[0])


def test_a_template_filled_in_and_saved_by_libreoffice_imports(tmp_path):
    from openpyxl import load_workbook

    book = template_with(tmp_path, lambda f: None)
    converted = through_libreoffice(book, tmp_path)
    lists = load_workbook(converted)["Medlemmar"].data_validations.dataValidation
    assert {v.type for v in lists} == {"list"} and len(lists) >= 4  # the drop-downs survive
    result = run("import", converted, "--register", DATA, "--out", tmp_path / "ny")
    assert result.exit_code == 0, result.output
    assert "kungsholmen-2024" in (tmp_path / "ny" / "agreements" / "kungsholmen-2024.yaml").read_text()


def test_an_agreement_known_but_not_on_file_is_a_row_without_content(tmp_path):
    """A row in Överenskommelse with a title, parties and dates, nothing else: a document says the agreement
    exists, its text is not entered: the district's state is 'known, not on file' (model.validity)."""
    from samverkan.model import validity

    book = tmp_path / "kanda.xlsx"
    assert run("template", "--out", book, "--register", DATA).exit_code == 0
    f = Filler(book)
    f.add("Överenskommelse", Titel="Samverkansöverenskommelse Södermalm 2022", Parter="Södermalm "
          "stadsdelsförvaltning\nLokalpolisområde Södermalm", **{"Gäller från": dt.datetime(2022, 3, 1),
                                                                "Gäller till": dt.datetime(2025, 2, 28)})
    f.save()
    result = run("import", book, "--register", DATA, "--out", tmp_path / "ny")
    assert result.exit_code == 0, result.output
    import shutil

    shutil.copytree(DATA, tmp_path / "ds")
    shutil.copytree(tmp_path / "ny", tmp_path / "ds" / "sodermalm")
    data, _ = load_dataset(tmp_path / "ds")
    agreement = data.get("sodermalm-2022")
    assert agreement.level == "local" and not agreement.on_file
    state = validity.district_state(data, "sdf-sodermalm", dt.date(2024, 1, 1))
    assert state.state == validity.KNOWN_NOT_ON_FILE and state.in_force == (agreement,)
    assert agreement.sources[0].document == "kanda.xlsx"  # no document named: the workbook is the source
    assert not data.groups_of("sodermalm-2022")
    assert run("check", tmp_path / "ds", "--as-of", "2024-01-01", "--format", "json").exit_code in (0, 1)


def test_extract_writes_its_draft_as_the_workbook_with_what_to_review_marked(tmp_path):
    from openpyxl import load_workbook

    result = run("extract", ROOT / "data" / "seeds" / "004_f4e994a290e1df75.txt", "--register", DATA,
                 "--out", tmp_path / "draft")
    assert result.exit_code == 0, result.output
    book = tmp_path / "draft" / "draft.xlsx"
    assert by_id(read_workbooks([book])) == by_id(load_dataset(tmp_path / "draft")[0])
    from samverkan.extract.build import DRAFT_NOTE

    drafted = {e.id for e in load_dataset(tmp_path / "draft")[0].entities() if getattr(e, "note", None) == DRAFT_NOTE}
    assert drafted
    marked = [(ws.title, c) for ws in load_workbook(book) for row in ws.iter_rows() for c in row if c.comment]
    assert marked and all("registret" in c.comment.text and c.fill.fgColor.rgb.endswith("FFE699") and c.value
                          for _, c in marked)
    assert drafted <= {c.value for _, c in marked}  # each drafted entity's own row: its Id cell is marked


# --- any edit a user may make: a data set or located problems, never a crash ---------------------------

_BASE: dict[str, bytes] = {}


def _stockholm_bytes() -> bytes:
    if "book" not in _BASE:
        _BASE["book"] = export_workbook(load_dataset(DATA)[0])
    return _BASE["book"]


cell_values = st.one_of(
    st.none(), st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), max_size=20),
    st.sampled_from(["=1+1", "=A1", "ja", "nej", "styrgrupp", "A", "X", "2024-13-01", "rad 3", "rad 999", "-",
                     "Chefsamrådet", "norrmalm-2016", "[\"x\"]", '"', "sdf-norrmalm/stadsdelsdirektor"]),
    st.integers(-10**18, 10**18), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)))


@settings(max_examples=budget(25), **SETTINGS)
@given(st.data())
def test_any_cell_edit_gives_a_data_set_or_located_problems(draw):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(_stockholm_bytes()))
    for _ in range(draw.draw(st.integers(1, 6))):
        ws = wb.worksheets[draw.draw(st.integers(0, len(wb.worksheets) - 1))]
        row = draw.draw(st.integers(1, ws.max_row + 1))
        column = draw.draw(st.integers(1, ws.max_column + 1))
        ws.cell(row=row, column=column, value=draw.draw(cell_values))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "edited.xlsx"
        wb.save(path)
        try:
            read_workbooks([path])
        except WorkbookError as exc:
            assert exc.problems and all("edited.xlsx" in p.render() for p in exc.problems)


def test_the_table_has_a_sheet_for_every_section_and_a_column_for_every_field():
    """A new entity type or field of the model fails here until the workbook holds it (else export would lose it)."""
    from samverkan.model.entities import ENTITY_TYPES
    from samverkan.store.workbook.columns import ID_ORDER, SHEETS, sheet_of_section

    assert sorted(ID_ORDER) == sorted(ENTITY_TYPES)
    for section, cls in ENTITY_TYPES.items():
        sheet = sheet_of_section(section)
        covered = {c.key.split(".")[0] for c in sheet.columns} | {"sources"}
        covered |= {s.list_field for s in SHEETS if s.list_field and s.section in (section, "groups")
                    and section in ("agreements", "groups", "activities")}
        if section == "groups":
            covered.add("requirements")
        fields = {f.alias or name for name, f in cls.model_fields.items()}
        assert fields <= covered, (section, fields - covered)
