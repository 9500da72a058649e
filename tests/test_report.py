"""`samverkan report`: the yearly account as an editable Word document and a web page, holding the audit's
numbers, the same bytes for the same input, opening in LibreOffice where it is installed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from samverkan.app import audit as run_audit
from samverkan.cli import app

runner = CliRunner()


def make(tmp_path, name: str, *args: str):
    target = tmp_path / name
    result = runner.invoke(app, ["report", "data/stockholm", "--out", str(target), *args])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def docx_2024(tmp_path_factory):
    return make(tmp_path_factory.mktemp("report"), "rapport.docx", "--year", "2024")


def tables(document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def test_docx_has_real_headings_and_tables_with_the_audits_numbers(docx_2024, dataset):
    from docx import Document

    doc = Document(str(docx_2024))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert headings[0].endswith("årlig redovisning 2024") and "1. Sammanfattning" in headings
    assert "3. Fynd per stadsdel och förändring under året" in headings
    summary = {row[0]: row[1:] for row in tables(doc)[0]}
    start, end = run_audit(dataset, as_of=dt.date(2024, 1, 1)), run_audit(dataset, as_of=dt.date(2024, 12, 31))
    assert summary["Mått"] == ["2024-01-01", "2024-12-31"]
    assert summary["Stadsdelsförvaltningar"] == [str(len(start.rows)), str(len(end.rows))]
    assert summary["Lokal överenskommelse saknas"] == [str(start.status_counts["missing"]),
                                                        str(end.status_counts["missing"])]
    assert summary["Fynd: fel"] == [str(start.severity_counts["error"]), str(end.severity_counts["error"])]
    # per district: the end-of-year counts of that district's row
    districts = next(t for t in tables(doc) if t[0][0] == "Stadsdel" and "Kvarstår" in t[0])
    rows = {r[0]: r for r in districts[1:]}
    norra = next(r for r in end.rows if r.short == "Norra innerstaden")
    errors = sum(1 for f in norra.active_findings if f.severity == "error")
    assert rows["Norra innerstaden"][3] == str(errors)
    assert int(rows["Norra innerstaden"][7]) + int(rows["Norra innerstaden"][8]) == len(norra.active_findings)
    assert doc.core_properties.created.date() == dt.date(2024, 12, 31)


def test_2017_holds_the_deadlines_and_the_follow_up(tmp_path):
    from docx import Document

    doc = Document(str(make(tmp_path, "r.docx", "--year", "2017")))
    text = "\n".join(" | ".join(row) for t in tables(doc) for row in t)
    assert "2017-11-30 | Norrmalm: Sista dag för samråd om förlängning" in text
    assert "5 (5 med ansvarig och indikator)" in text
    assert "SAM002" in text  # new during 2017: the consultation deadline passed
    assert "SAM100" in text and "f4e994a290e1df75" not in text  # follow-up findings; documents by their titles


def test_same_input_same_bytes_docx_and_html(tmp_path, docx_2024):
    again = make(tmp_path, "rapport.docx", "--year", "2024")
    assert again.read_bytes() == docx_2024.read_bytes()
    first, second = make(tmp_path, "a.html", "--year", "2024"), make(tmp_path, "b.html", "--year", "2024")
    assert first.read_bytes() == second.read_bytes()
    page = first.read_text(encoding="utf-8")
    assert "<script" not in page and "<h2>3. Fynd per stadsdel" in page and "Norra innerstaden" in page


def test_english(tmp_path):
    page = make(tmp_path, "r.html", "--year", "2024", "--lang", "en").read_text(encoding="utf-8")
    assert "annual account 2024" in page and "Findings by district" in page and "Fynd per" not in page


def test_opens_in_libreoffice(docx_2024, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    profile = tmp_path / "lo-profile"
    result = subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
                             "--outdir", str(tmp_path), str(docx_2024)], capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "rapport.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


@pytest.mark.parametrize("args, words", [
    (["--out", "r.docx"], "--year"),
    (["--year", "2024"], "--out"),
    (["--year", "2024", "--out", "r.pdf"], ".docx"),
    (["--year", "24x", "--out", "r.docx"], "--year"),
])
def test_bad_options_exit_2(tmp_path, args, words):
    args = [a if not a.startswith("r.") else str(tmp_path / a) for a in args]
    result = runner.invoke(app, ["report", "data/stockholm", *args])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_never_overwrites_an_input(tmp_path):
    result = runner.invoke(app, ["report", "data/stockholm", "--year", "2024", "--force",
                                 "--out", "data/stockholm/rapport.html"])
    assert result.exit_code == 2 and not (tmp_path / "x").exists()


def test_an_unwritable_target_is_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    for command in (["report", "data/stockholm", "--year", "2024", "--out", str(blocker / "r.docx")],
                    ["deadlines", "data/stockholm", "--format", "ics", "--out", str(blocker / "t.ics")]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and "kunde inte skriva" in result.output and "Traceback" not in result.output
    assert blocker.read_text(encoding="utf-8") == "x"
