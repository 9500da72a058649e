"""Safe writes for every command that writes files: never over an input file or into an input folder (not
even with --force), never emptying a folder of files the tool did not write, always atomically (a temporary
file in the same folder, renamed). neo4j pull: tests/test_neo4j.py."""

from __future__ import annotations

import os
import shutil

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.io.outputs import OutputRefused, refuse_foreign_yaml, refuse_inputs, write_atomic
from tests.conftest import DATA, SEEDS

AS_OF = ["--as-of", "2017-01-01"]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def snapshot(folder) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def data(tmp_path):
    """A copy of the real data set, so a failing test cannot damage the real one."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def refused(result) -> None:
    assert result.exit_code == 2, result.output
    assert "indata" in result.output or "input" in result.output or "YAML" in result.output, result.output
    assert "Traceback" not in result.output


def no_temp_files(folder) -> None:
    assert [p for p in folder.rglob("*.tmp")] == []


# --- the general mechanism ---------------------------------------------------------------------


def test_refuse_inputs(tmp_path):
    folder, file = tmp_path / "data", tmp_path / "change.yaml"
    folder.mkdir()
    file.write_text("x", encoding="utf-8")
    for target in (file, folder, folder / "out.html", folder / "deep" / "x.csv", tmp_path / "data" / ".." / "data"):
        with pytest.raises(OutputRefused):
            refuse_inputs([target], [folder, file])
    refuse_inputs([tmp_path / "out.html", tmp_path / "data-out" / "x"], [folder, file])  # beside them: fine
    (tmp_path / "link").symlink_to(folder)
    with pytest.raises(OutputRefused):
        refuse_inputs([tmp_path / "link" / "x.html"], [folder])


def test_refuse_foreign_yaml(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "register.yaml").write_text("x", encoding="utf-8")
    refuse_foreign_yaml(out, [out / "register.yaml"])
    (out / "agreements").mkdir()
    (out / "agreements" / "mine.yaml").write_text("x", encoding="utf-8")
    with pytest.raises(OutputRefused) as exc:
        refuse_foreign_yaml(out, [out / "register.yaml"])
    assert "mine.yaml" in exc.value.message.en


def test_write_atomic_keeps_the_old_file_when_the_rename_fails(tmp_path, monkeypatch):
    target = tmp_path / "a.html"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_cli_writes_through_a_temporary_file(data, tmp_path, monkeypatch):
    target = tmp_path / "out" / "graph.html"
    seen = []
    real = os.replace

    def replace(src, dst):
        seen.append((os.path.dirname(src), os.path.basename(src), os.fspath(dst)))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert run("show", str(data), *AS_OF, "--out", str(target)).exit_code == 0
    assert seen and seen[0][0] == str(target.parent) and seen[0][1].startswith(".graph.html.")
    assert seen[0][2] == str(target)
    no_temp_files(tmp_path)


# --- every command: no input overwritten, nothing written into the data folder -------------------------


@pytest.mark.parametrize("fmt", ["html", "svg", "png"])
def test_show(data, fmt):
    before = snapshot(data)
    refused(run("show", str(data), *AS_OF, "--format", fmt, "--out", str(data / f"graph.{fmt}")))
    refused(run("show", str(data), *AS_OF, "--format", fmt, "--out", str(data / "register" / "central.yaml"),
                "--force"))
    assert snapshot(data) == before


@pytest.mark.parametrize("fmt", ["graphml", "json", "cypher"])
def test_export_file(data, fmt):
    before = snapshot(data)
    refused(run("export", str(data), "--format", fmt, "--out", str(data / "register" / "central.yaml"), "--force"))
    refused(run("export", str(data), "--format", fmt, "--out", str(data / f"x.{fmt}")))
    assert snapshot(data) == before


def test_export_csv(data):
    before = snapshot(data)
    refused(run("export", str(data), "--format", "csv", "--out", str(data), "--force"))
    refused(run("export", str(data), "--format", "csv", "--out", str(data / "csv")))
    assert snapshot(data) == before and not (data / "csv").exists()


def test_diff(data):
    change = data / "changes" / "hl-remiss-2019.yaml"
    before = snapshot(data)
    for fmt in ("html", "json"):
        refused(run("diff", str(data), "--change", str(change), "--format", fmt, "--out", str(change), "--force"))
        refused(run("diff", str(data), "--change", str(change), "--format", fmt, "--out", str(data / "d.html")))
    refused(run("diff", str(DATA), "--against", str(data), "--format", "html", "--out", str(data / "d.html")))
    assert snapshot(data) == before


def test_impact(data):
    before = snapshot(data)
    refused(run("impact", str(data), "--remove", "sdf-norrmalm", *AS_OF, "--format", "html",
                "--out", str(data / "register" / "norrmalm.yaml"), "--force"))
    refused(run("impact", str(data), "--rank", "--top", "3", *AS_OF, "--format", "json",
                "--out", str(data / "rank.json")))
    assert snapshot(data) == before


def test_audit(data, tmp_path):
    before = snapshot(data)
    refused(run("audit", str(data), *AS_OF, "--out", str(data)))
    refused(run("audit", str(data), *AS_OF, "--out", str(data / "audit")))
    assert snapshot(data) == before and not (data / "audit").exists()
    # an output folder with the user's own files: only the audit's files are added, nothing is removed
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert run("audit", str(data), *AS_OF, "--out", str(out)).exit_code == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine" and (out / "report.html").is_file()
    no_temp_files(out)


def test_extract(data, tmp_path):
    seed = next(SEEDS.glob("004_*"))
    before = snapshot(data)
    # into the register it reads from: refused
    refused(run("extract", str(seed), "--register", str(data), "--out", str(data / "draft")))
    # a data set folder is not an earlier draft: --force does not empty it
    result = run("extract", str(seed), "--out", str(data), "--force")
    assert result.exit_code == 2 and "--force" in result.output
    assert snapshot(data) == before
    # an earlier draft is replaced with --force, atomically
    out = tmp_path / "draft"
    assert run("extract", str(seed), "--out", str(out)).exit_code == 0
    (out / "agreements" / "notes.md").write_text("mine", encoding="utf-8")
    assert run("extract", str(seed), "--out", str(out), "--force").exit_code == 2  # holds a file of mine
    (out / "agreements" / "notes.md").unlink()
    assert run("extract", str(seed), "--out", str(out), "--force").exit_code == 0
    no_temp_files(out)


def test_schema(tmp_path):
    target = tmp_path / "s.json"
    assert run("schema", "--out", str(target)).exit_code == 0
    target.write_text("{}", encoding="utf-8")
    assert run("schema", "--out", str(target)).exit_code == 2 and target.read_text(encoding="utf-8") == "{}"
    no_temp_files(tmp_path)
