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
