"""`samverkan audit`: the audit of the real data set at two dates, its files and how they are written."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from samverkan.cli import app

DATES = {"2019-12-01": 14, "2024-01-01": 11}
OWN = ("report.html", "matrix.xlsx", "findings.json", "findings.csv")
SHARED = ("vis-network/vis-network.min.js", "vis-network/vis-network.min.css", "vis-network/LICENSE-MIT",
          "vis-network/LICENSE-APACHE-2.0")
"""The folder of vis-network the graph pages share, with its licences."""


@pytest.fixture(scope="module")
def audits(dataset):
    from samverkan.app import audit

    return {day: audit(dataset, as_of=dt.date.fromisoformat(day)) for day in DATES}


@pytest.fixture(scope="module")
def written(audits, tmp_path_factory):
    from samverkan.audit.files import write_audit

    out = {}
    for day, audit in audits.items():
        folder = tmp_path_factory.mktemp(f"audit-{day}")
        write_audit(audit, folder)
        out[day] = folder
    return out


def rows_by_short(audit):
    return {r.short: r for r in audit.rows}


# --- the model: rows, statuses, cells ------------------------------------------------------------------


@pytest.mark.parametrize("day", DATES)
def test_rows_are_the_districts_of_the_register_at_the_date(audits, dataset, day):
    audit = audits[day]
    expected = {o.id for o in dataset.organisations_on(dt.date.fromisoformat(day), "district_administration")}
    assert len(audit.rows) == DATES[day]
    assert {r.key for r in audit.rows} == expected
    assert audit.citywide.kind == "citywide"


def test_2019_fourteen_districts_norrmalm_expired_the_rest_missing(audits):
    audit = audits["2019-12-01"]
    rows = rows_by_short(audit)
    assert audit.status_counts == {"in_force": 0, "not_on_file": 0, "expired": 1, "missing": 13}
    assert rows["Norrmalm"].status == "expired"
    assert [a.id for a in rows["Norrmalm"].agreements] == ["norrmalm-2016"]
    assert {"Hägersten-Liljeholmen", "Älvsjö", "Rinkeby-Kista", "Spånga-Tensta", "Östermalm"} <= set(rows)
    assert [a.id for a in audit.citywide.agreements] == ["stockholm-2019"]


def test_2024_eleven_districts_merged_ones_under_their_new_name_with_predecessors(audits):
    audit = audits["2024-01-01"]
    rows = rows_by_short(audit)
    # Järva's agreement exists (seed 002 line 75) but its text is not on file: a state of its own, not "missing"
    assert audit.status_counts == {"in_force": 0, "not_on_file": 1, "expired": 1, "missing": 9}
    assert rows["Järva"].status == "not_on_file" and [a.id for a in rows["Järva"].agreements] == ["jarva-lokal"]
    assert not {"Norrmalm", "Östermalm", "Rinkeby-Kista", "Spånga-Tensta", "Älvsjö"} & set(rows)
    ni = rows["Norra innerstaden"]
    assert {p.short for p in ni.predecessors} == {"Norrmalm", "Östermalm"}
    assert ni.status == "expired"
    assert [(a.id, [v.id for v in a.via]) for a in ni.agreements] == [("norrmalm-2016", ["sdf-norrmalm"])]
    assert {p.short for p in rows["Järva"].predecessors} == {"Rinkeby-Kista", "Spånga-Tensta"}
    assert {p.short for p in rows["Hägersten-Älvsjö"].predecessors} == {"Hägersten-Liljeholmen", "Älvsjö"}
    assert [a.id for a in audit.citywide.agreements] == ["stockholm-2023"]


@pytest.mark.parametrize("day", DATES)
def test_red_cells(audits, day):
    audit = audits[day]
    for row in audit.rows:
        # no district has a local agreement in force and on file: SAM001 is red everywhere, except where the
        # agreement is known to exist but not on file (Järva, 2024; seed 002 line 75): an info asking for the text
        expected = "info" if row.status == "not_on_file" else "error"
        assert row.cells["SAM001"].severity == expected, row.name
        assert row.cells["SAM001"].count >= 1
    norrmalm = rows_by_short(audit)["Norrmalm" if day == "2019-12-01" else "Norra innerstaden"]
    # the expired 2016 agreement: SAM002 is red for the district that holds it (or its successor)
    assert norrmalm.cells["SAM002"].severity == "error"
    assert any(f.agreement == "norrmalm-2016" for f in norrmalm.findings_for("SAM002"))
    # districts without an agreement have nothing but SAM001
    bromma = rows_by_short(audit)["Bromma"]
    assert bromma.rules_with_findings == ["SAM001"]


@pytest.mark.parametrize("day", DATES)
def test_every_finding_has_a_home_and_a_citation(audits, day):
    audit = audits[day]
    homed = Counter(id(f) for row in audit.all_rows for f in row.findings)
    assert all(homed[id(f)] >= 1 for f in audit.findings)
    for row in audit.rows:
        for f in row.findings_for("SAM001"):
            assert f.citation, f
    assert sum(1 for f in audit.findings if f.citation) >= len(audit.rows)


def test_findings_of_a_local_agreement_go_to_its_district(audits):
    audit = audits["2019-12-01"]
    norrmalm = rows_by_short(audit)["Norrmalm"]
    local = [f for f in audit.findings if f.agreement == "norrmalm-2016"]
    assert local
    assert all(any(g is f for g in norrmalm.findings) for f in local)
    assert not any(f.agreement == "norrmalm-2016" for f in audit.citywide.findings)


# --- the files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", DATES)
def test_findings_json_and_csv_have_the_fields_of_check(audits, written, day):
    from samverkan.rules.base import FINDING_KEYS

    found = json.loads((written[day] / "findings.json").read_text(encoding="utf-8"))
    assert found == [f.to_json() for f in audits[day].findings]
    assert all(list(f)[: len(FINDING_KEYS)] == list(FINDING_KEYS) for f in found)
    import csv

    # as Swedish Excel opens it: a byte order mark and semicolons; citations in people's words
    raw = (written[day] / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.split(b"\r\n", 1)[0].count(b";") == len(FINDING_KEYS) - 1
    with (written[day] / "findings.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert all(".txt" not in r["citation"] for r in rows) and any("avsnitt" in r["citation"] for r in rows)
    assert list(rows[0])[: len(FINDING_KEYS)] == list(FINDING_KEYS)
    assert [(r["rule"], r["subject"], r["message"]) for r in rows] == [
        (f["rule"], f["subject"], f["message"]) for f in found]
    assert [r["path"] for r in rows] == [" > ".join(f["path"]) for f in found]


@pytest.mark.parametrize("day", DATES)
def test_matrix_xlsx_agrees_with_findings_json(audits, written, day):
    from openpyxl import load_workbook

    audit = audits[day]
    found = json.loads((written[day] / "findings.json").read_text(encoding="utf-8"))
    wb = load_workbook(written[day] / "matrix.xlsx")
    assert wb.sheetnames == ["Matris", "Fynd", "Regler"]
    matrix, sheet, rules = wb["Matris"], wb["Fynd"], wb["Regler"]

    header = [c.value for c in matrix[1]]
    codes = header[3:3 + len(audit.rules)]
    assert codes == [r.code for r in audit.rules]
    names = [matrix.cell(row=i, column=1).value for i in range(2, matrix.max_row + 1)]
    assert len(names) == DATES[day] + 1 and names[-1] == "Stadsövergripande"

    # every finding of findings.json is in the findings sheet (by name, not by id), with the district it belongs to
    fheader = [c.value for c in sheet[1]]
    assert fheader[:3] == ["Stadsdel", "Regel", "Allvarlighet"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    listed = Counter()
    per_cell = Counter()
    for values in sheet.iter_rows(min_row=2, values_only=True):
        district, rule, _sev, _agr, subject, message = values[:6]
        listed[(rule, subject, message)] += 1
        if not values[9]:
            per_cell[(district, rule)] += 1
    for f in found:
        assert listed[(f["rule"], audit.label(f["subject"]), f["message"])] >= 1, f

    # every finding counted in its cell; cells without findings are empty
    words = {"fel": "error", "varning": "warning", "info": "info"}
    for i, name in enumerate(names, start=2):
        for j, code in enumerate(codes, start=4):
            value = matrix.cell(row=i, column=j).value
            if per_cell[(name, code)] == 0:
                assert value in (None, ""), (name, code, value)
                continue
            m = re.fullmatch(r"(fel|varning|info) \((\d+)\)", value or "")
            assert m, (name, code, value)
            assert int(m.group(2)) == per_cell[(name, code)], (name, code)
            assert words[m.group(1)] in ("error", "warning", "info")
    # the red cells: SAM001 for every district whose agreement is not known to exist (Järva's is, in 2024)
    col = 4 + codes.index("SAM001")
    for i in range(2, 2 + DATES[day]):
        value = matrix.cell(row=i, column=col).value
        assert value.startswith("fel (") or (names[i - 2].startswith("Järva") and value.startswith("info ("))
    # conditional colours on the matrix and a rules sheet with code, title and clause
    assert matrix.conditional_formatting, "no conditional colours"
    rheader = [c.value for c in rules[1]]
    assert rheader[:4] == ["Kod", "Titel", "Standardallvarlighet", "Klausul"]
    clauses = {r[0]: r[3] for r in rules.iter_rows(min_row=2, values_only=True)}
    assert clauses["SAM001"]
    # printing: A4 landscape, one page wide, the header row (and the district column) on every page
    for ws, columns in ((matrix, "$A:$A"), (sheet, "$A:$A"), (rules, None)):
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", int(ws.PAPERSIZE_A4))
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_title_cols == columns


def test_report_html_is_self_contained_and_escaped(written):
    html = (written["2024-01-01"] / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "network reference in the report"
    assert "@media print" in html
    assert html.count('<tr class="district"') == 11
    assert "Norra innerstaden" in html and "Bildad av: Norrmalm (t.o.m. 2023-06-30)" in html
    # every cell link points at an anchor on the page
    ids = set(re.findall(r'id="([^"]+)"', html))
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in ids, target
    # citations are shown
    assert html.count('<dd class="citation">') >= 11
    assert '<dd class="citation">–</dd>' not in html or html.count('<dd class="citation">') > 11


@pytest.mark.parametrize("day, district", [("2019-12-01", "sdf-norrmalm"), ("2024-01-01", "sdf-norra-innerstaden")])
def test_graph_pages_for_rows_with_an_agreement(audits, dataset, tmp_path, day, district):
    from samverkan.audit.files import write_audit
    from samverkan.audit.graphs import district_graphs, graph_agreement

    audit = audits[day]
    files = write_audit(audit, tmp_path, district_graphs(dataset, audit))
    written = {p.relative_to(tmp_path).as_posix() for p in files}
    assert written == {*OWN, *SHARED, "graph-citywide.html", f"graph-{district}.html"}
    row = next(r for r in audit.rows if r.key == district)
    assert graph_agreement(row) == "norrmalm-2016"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f'href="graph-{district}.html"' in html and 'href="graph-citywide.html"' in html
    # two rows, each in the matrix and in its section
    assert html.count('<a class="graphlink') + html.count('<p class="graphlink') == 4
    # and each finding of those rows opens its graph at the node it is about
    with_graph = [r for r in audit.all_rows if r.graph_file]
    links = re.findall(r'<dd class="graphlink"><a href="(graph-[\w-]+\.html)#node=([^"]+)"', html)
    assert len(links) == sum(len(r.findings) for r in with_graph) > 0
    assert {f for f, _ in links} == {r.graph_file for r in with_graph}
    page = (tmp_path / f"graph-{district}.html").read_text(encoding="utf-8")
    assert "norrmalm-2016" in page
    # one copy of vis-network for the folder, loaded by a relative path; the report says to keep them together
    from samverkan.show.html_page import vis_assets

    assert '<script src="vis-network/vis-network.min.js"></script>' in page and vis_assets()[0] not in page
    assert (tmp_path / "vis-network" / "vis-network.min.js").read_text(encoding="utf-8") == vis_assets()[0]
    assert 'id="keep-together"' in html and "vis-network" in html


def test_report_escapes_data(dataset, tmp_path):
    from samverkan.audit.html import render_report
    from samverkan.audit.rows import build_audit
    from samverkan.rules.base import Finding

    evil = Finding(rule="SAM001", severity="error", agreement=None, subject="sdf-bromma",
                   message="<script>alert(1)</script>", message_sv="x", message_en="x",
                   citation="<b>c</b>", path=["sdf-bromma"], suggestion="a & b")
    audit = build_audit(dataset, dt.date(2024, 1, 1), [evil], {}, profile="p<x>")
    html = render_report(audit)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;c&lt;/b&gt;" in html and "a &amp; b" in html and "p&lt;x&gt;" in html


# --- the command ---------------------------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_cli_two_runs_are_byte_identical_and_other_files_stay(data_dir, tmp_path):
    out = tmp_path / "audit"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "report.html").write_text("old", encoding="utf-8")
    first = run("audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(out))
    assert first.exit_code == 0, first.output
    assert first.output.strip().splitlines()[-1] == f"Rapport: {out / 'report.html'}"
    snapshot = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert set(snapshot) == {*OWN, *SHARED, "notes.txt", "graph-citywide.html", "graph-sdf-norra-innerstaden.html"}
    assert snapshot["notes.txt"] == b"mine"
    assert snapshot["report.html"] != b"old"
    second = run("audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(out))
    assert second.exit_code == 0, second.output
    again = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert again == snapshot
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("day, profile", [("2019-12-01", "stockholm-2019"), ("2024-01-01", "stockholm-2023")])
def test_findings_json_is_what_check_prints(data_dir, tmp_path, day, profile):
    audit = run("audit", str(data_dir), "--as-of", day, "--out", str(tmp_path))
    assert audit.exit_code == 0, audit.output
    assert f"(profil {profile})" in audit.output
    check = run("check", str(data_dir), "--as-of", day, "--profile", profile, "--format", "json")
    assert check.exit_code in (0, 1), check.output
    assert check.stdout == (tmp_path / "findings.json").read_text(encoding="utf-8")


def test_cli_english(data_dir, tmp_path):
    from openpyxl import load_workbook

    result = run("audit", str(data_dir), "--as-of", "2019-12-01", "--out", str(tmp_path), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "14 district administrations" in result.output
    assert result.output.strip().splitlines()[-1].startswith("Report: ")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Matrix: districts × rules" in html
    assert load_workbook(tmp_path / "matrix.xlsx").sheetnames == ["Matrix", "Findings", "Rules"]


@pytest.mark.parametrize("args, words", [
    (["--as-of", "2024-13-01"], "inget datum"),
    (["--as-of", "igår"], "ÅÅÅÅ-MM-DD"),
    ([], "--as-of"),
    (["--as-of", "2024-01-01", "--profile", "stockholm-2099"], "stockholm-2099"),
])
def test_cli_bad_input_is_a_clear_error(data_dir, tmp_path, args, words):
    result = run("audit", str(data_dir), "--out", str(tmp_path / "x"), *args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x").exists()


def test_cli_out_is_a_file(data_dir, tmp_path):
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    result = run("audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(target))
    assert result.exit_code == 2 and "är en fil" in result.output
    assert target.read_text(encoding="utf-8") == "x"


def test_cli_writes_nothing_through_a_linked_vis_network_folder(data_dir, tmp_path):
    """vis-network/ in --out that links elsewhere: the shared files would land there; exit 2, nothing written."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "audit"
    out.mkdir()
    (out / "vis-network").symlink_to(elsewhere, target_is_directory=True)
    result = run("audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(out))
    assert result.exit_code == 2, result.output
    assert "länk" in result.output and "Traceback" not in result.output
    assert list(elsewhere.iterdir()) == [] and sorted(p.name for p in out.iterdir()) == ["vis-network"]


def test_write_atomic_leaves_no_temp_file_on_failure(tmp_path, monkeypatch):
    import os

    from samverkan.audit import files as audit_files

    target = tmp_path / "report.html"
    target.write_text("before", encoding="utf-8")

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        audit_files.write_all({target: "after"})
    assert target.read_text(encoding="utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_outputs_do_not_depend_on_the_clock(audits):
    import time

    from samverkan.audit.html import render_report
    from samverkan.audit.xlsx import render_matrix

    audit = audits["2019-12-01"]
    first = render_matrix(audit), render_report(audit)
    time.sleep(2.1)  # zip entry times have a resolution of two seconds
    assert (render_matrix(audit), render_report(audit)) == first
    assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:\d\d", first[1])


def test_cli_waivers_mark_a_finding_waived_and_out_of_the_counts(data_dir, tmp_path):
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        "waivers:\n"
        "  - rule: SAM001\n"
        "    subject: sdf-bromma\n"
        "    reason: förhandling pågår\n"
        "    decided_by: stadsledningskontoret\n"
        "    expires: 2024-06-30\n", encoding="utf-8")
    plain, waived = tmp_path / "plain", tmp_path / "waived"
    runner = CliRunner()
    assert runner.invoke(app, ["audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(plain)]).exit_code == 0
    result = runner.invoke(app, ["audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(waived),
                                 "--waivers", str(waivers)])
    assert result.exit_code == 0, result.output
    before = json.loads((plain / "findings.json").read_text(encoding="utf-8"))
    after = json.loads((waived / "findings.json").read_text(encoding="utf-8"))
    bromma = [f for f in after if f["rule"] == "SAM001" and f["subject"] == "sdf-bromma"]
    assert [f.get("waived") for f in bromma] == [True] and "förhandling pågår" in bromma[0]["waiver_reason"]
    errors = Counter(f["severity"] for f in before if not f.get("waived"))["error"]
    assert f"{errors - 1} fel" in result.output
    bad = runner.invoke(app, ["audit", str(data_dir), "--as-of", "2024-01-01", "--out", str(waived),
                              "--waivers", str(tmp_path / "missing.yaml")])
    assert bad.exit_code == 2 and "missing.yaml" in bad.output


def test_matrix_is_written_without_openpyxl(tmp_path):
    """The matrix is written by samverkan.io.xlsx_write: openpyxl's import (and numpy's, which it pulls in) cost
    more than the whole workbook; the workbook still reads back (the other tests read it with openpyxl)."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import datetime as dt, io, sys, zipfile\n"
        "from samverkan.app import audit\n"
        "from samverkan.audit.xlsx import render_matrix\n"
        "from samverkan.store.yaml_io import load_dataset\n"
        "data, _ = load_dataset('data/stockholm')\n"
        "blob = render_matrix(audit(data, as_of=dt.date(2024, 1, 1)))\n"
        "assert zipfile.ZipFile(io.BytesIO(blob)).testzip() is None\n"
        "assert 'openpyxl' not in sys.modules and 'numpy' not in sys.modules, 'openpyxl or numpy was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr


def test_matrix_opens_in_libreoffice(written, tmp_path):
    """LibreOffice reads every sheet of the matrix as openpyxl does (a real spreadsheet program, not only our
    reader of choice)."""
    import shutil
    import subprocess

    from openpyxl import load_workbook

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    source = written["2024-01-01"] / "matrix.xlsx"
    shutil.copy(source, tmp_path / "matrix.xlsx")
    # every sheet to its own CSV: ';'-separated, UTF-8 (76), all sheets (-1)
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,"
                           "false,-1", "--outdir", str(tmp_path), str(tmp_path / "matrix.xlsx")],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    import csv

    wb = load_workbook(source)
    for sheet in wb:
        with (tmp_path / f"matrix-{sheet.title}.csv").open(encoding="utf-8", newline="") as handle:
            seen = [[c for c in row] for row in csv.reader(handle, delimiter=";")]
        expected = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        assert seen == expected, sheet.title
