"""Text from the data reaching other programs (issue 22): a terminal never sees an ESC, C1 or bidi control;
XML outputs (GraphML, GEXF, JUnit, SVG) stay well-formed; a spreadsheet never runs a cell (matrix.xlsx,
findings.csv, export csv); rich never turns `:100:` into an emoji; piped tables keep every id and date."""

from __future__ import annotations

import csv
import io
import re
import xml.dom.minidom

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.io.sanitise import FORMULA_START, for_spreadsheet, for_terminal, for_xml, is_formula
from tests.hostile_data import PROGRAM_PAYLOADS, program_hostile_dataset, program_hostile_waivers

AS_OF = ["--as-of", "2017-01-01"]
TERMINAL_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return program_hostile_dataset(tmp_path_factory.mktemp("programs") / "data")


@pytest.fixture(scope="module")
def waivers(tmp_path_factory, data):
    return program_hostile_waivers(tmp_path_factory.mktemp("waivers") / "waivers.yaml", data)


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


# --- the three functions ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", PROGRAM_PAYLOADS.values())
def test_for_terminal_leaves_no_control(text):
    safe = for_terminal(text)
    assert not TERMINAL_BAD.search(safe) and len(safe) == len(text)
    assert for_terminal("rad 1\n\trad 2") == "rad 1\n\trad 2"


@pytest.mark.parametrize("text", [*PROGRAM_PAYLOADS.values(), "\ud800 ensam"])
def test_for_xml_leaves_only_what_xml_allows(text):
    safe = for_xml(text)
    assert not XML_BAD.search(safe) and not re.search("[\ud800-\udfff]", safe)
    xml.dom.minidom.parseString(f"<a>{safe.replace('&', '&amp;').replace('<', '&lt;')}</a>".encode())
    assert for_xml("a\tb\nc\rd") == "a\tb\nc\rd"


@pytest.mark.parametrize("prefix", FORMULA_START)
def test_for_spreadsheet_neutralises_every_formula_prefix(prefix):
    assert for_spreadsheet(prefix + "1+1") == "'" + prefix + "1+1"
    assert for_spreadsheet("Rollen =x") == "Rollen =x"
    assert [is_formula(n) for n in ("-5", "+3.5", "-1e3", "-", "-x")] == [False, False, False, True, True]


# --- every output ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["check", *AS_OF], ["summary"], ["impact", "--remove", "sdf-norrmalm", *AS_OF],
                                  ["impact", "--rank", "--top", "5", *AS_OF], ["check", *AS_OF, "-f", "markdown"],
                                  ["deadlines", "--from", "2016-01-01", "--to", "2030-01-01"]])
def test_terminal_text_holds_no_control(data, args):
    result = run(args[0], str(data), *args[1:])
    assert result.output and not TERMINAL_BAD.search(result.output), repr(TERMINAL_BAD.search(result.output))


def test_check_text_shows_the_payloads_inert(data, waivers):
    result = run("check", str(data), *AS_OF, "--waivers", str(waivers))
    assert "\u241b[1A" in result.output or "\u241b[2K" in result.output  # ESC shown as ␛, the rest as text
    assert not TERMINAL_BAD.search(result.output)


def test_no_emoji_codes_in_locations(tmp_path):
    """A location `file.yaml:100:63:` stays as written: rich would print `file.yaml💯63:`."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "register.yaml").write_text("organisations:\n" + "\n" * 98 + "  - id: x\n    kind: nonsense\n",
                                       encoding="utf-8")
    result = run("check", str(bad))
    assert result.exit_code == 2 and "register.yaml:100:" in result.output and "\U0001f4af" not in result.output


def test_summary_keeps_ids_and_dates_when_piped(data):
    result = run("summary", str(data))
    assert "stockholm-2019" in result.output and "2019-11-04" in result.output and "…" not in result.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_are_well_formed_xml(data, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    assert run("export", str(data), "--format", fmt, "--out", str(out)).exit_code == 0
    xml.dom.minidom.parse(str(out))


def test_junit_and_svg_are_well_formed_xml(data, waivers, tmp_path):
    result = run("check", str(data), *AS_OF, "--format", "junit", "--waivers", str(waivers))
    xml.dom.minidom.parseString(result.stdout.encode())
    out = tmp_path / "g.svg"
    assert run("show", str(data), *AS_OF, "--format", "svg", "--out", str(out)).exit_code == 0
    xml.dom.minidom.parse(str(out))


def _cells(text: str) -> list[str]:
    """The cells of a CSV file in its own dialect (findings.csv: BOM and semicolons; export csv: commas)."""
    text = text.removeprefix("\ufeff")
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    return [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]


def test_csv_cells_never_start_a_formula(data, waivers, tmp_path):
    """findings.csv is read in Excel: a formula is neutralised. The neo4j-admin CSV of `export --format csv` is
    read by neo4j-admin, which would store the apostrophe: it holds the text as it is (a value, not a formula)."""
    assert run("export", str(data), "--format", "csv", "--out", str(tmp_path / "csv")).exit_code == 0
    assert run("audit", str(data), *AS_OF, "--waivers", str(waivers), "--out", str(tmp_path / "audit")).exit_code \
        in (0, 1)
    cells = _cells((tmp_path / "audit" / "findings.csv").read_text(encoding="utf-8"))
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # the payloads are there, neutralised
    assert [c for c in cells if is_formula(c)] == []
    assert not XML_BAD.search("".join(cells).replace("\t", "").replace("\r", ""))
    exported = [c for f in (tmp_path / "csv").glob("*.csv") for c in _cells(f.read_text(encoding="utf-8"))]
    assert any(c.startswith("=HYPERLINK") for c in exported) and not any(c.startswith("'=") for c in exported)


def test_matrix_holds_no_formula_from_the_data(data, waivers, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "audit"
    result = run("audit", str(data), *AS_OF, "--waivers", str(waivers), "--out", str(out))
    assert result.exit_code in (0, 1), result.output
    texts = []
    for sheet in load_workbook(out / "matrix.xlsx"):
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert any(t.startswith("=HYPERLINK") for t in texts)  # shown as text, not run


@given(st.text())
def test_a_spreadsheet_cell_gives_back_its_text(text):
    from samverkan.io.sanitise import from_spreadsheet

    cell = for_spreadsheet(text)
    assert not is_formula(cell)
    assert from_spreadsheet(cell) == for_xml(text)


def test_word_report_and_calendar_take_every_payload(data, tmp_path):
    """The yearly account as .docx (XML inside) and the deadlines as .ics: written, well formed, readable."""
    import zipfile

    import icalendar

    report, calendar = tmp_path / "rapport.docx", tmp_path / "deadlines.ics"
    assert run("report", str(data), "--year", "2017", "--out", str(report)).exit_code in (0, 1)
    with zipfile.ZipFile(report) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    xml.dom.minidom.parseString(body)
    assert not XML_BAD.search(body) and "org" in body
    assert run("deadlines", str(data), "--format", "ics", "--out", str(calendar)).exit_code == 0
    assert icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
