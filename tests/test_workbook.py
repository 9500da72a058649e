"""The workbook round trip: export --format xlsx, import, the template a user fills in, and hostile workbooks."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
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
    """Writes labels and values into a template by the column headings a user sees; never an id."""

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.path = path
        self.wb = load_workbook(path)

    def add(self, sheet: str, **values) -> None:
        ws = self.wb[sheet]
        headings = {cell.value: cell.column for cell in ws[1]}
        row = ws.max_row + 1
        while all(ws.cell(row=row - 1, column=c).value is None for c in headings.values()) and row > 2:
            row -= 1
        for heading, value in values.items():
            ws.cell(row=row, column=headings[heading.replace("_", " ")], value=value)

    def save(self) -> None:
        self.wb.save(self.path)


def fill_kungsholmen(path: Path) -> None:
    import datetime as dt

    f = Filler(path)
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
        "Rapporterar till": "Stadsövergripande beredningsgrupp"})
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
                                       "Avsnitt": "5. Styrgrupp", "Rader eller sida": "sid. 3"[-1:],
                                       "Citat": "En lokal styrgrupp ska finnas"})
    f.save()


def test_a_filled_in_template_imports_into_a_data_set_that_checks(tmp_path):
    import shutil

    book = tmp_path / "avtal.xlsx"
    assert run("template", "--out", book, "--register", DATA).exit_code == 0
    fill_kungsholmen(book)
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
        (steering.id, "stockholm-2023/beredningsgrupp"), ("kungsholmen-2024/beredningsgrupp", steering.id)}
    checked = run("check", combined, "--as-of", "2024-06-01", "--format", "json", "--agreement", "kungsholmen-2024")
    assert checked.exit_code in (0, 1), checked.output
    findings = json.loads(checked.stdout)
    assert all(f["agreement"] == "kungsholmen-2024" for f in findings)
    assert not any(f["rule"] == "SAM010" and f["subject"] == steering.id for f in findings)  # it has an A
