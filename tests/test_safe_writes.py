"""Safe writes for every command that writes files: never over an input file or into an input folder (not
even with --force), never emptying a folder of files the tool did not write, always atomically (a temporary
file in the same folder, renamed). neo4j pull: tests/test_neo4j.py."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import stat
import subprocess

import pytest
from typer.testing import CliRunner

from samverkan.cli import app
from samverkan.io.outputs import MANIFEST, OutputRefused, refuse_foreign_yaml, refuse_inputs, refuse_links, write_atomic
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


# --- round two (issue 22): special files, symlinked subfolders, hand-added files, write failures ---------------


@contextlib.contextmanager
def within(seconds: int):
    """Turn a hang (a FIFO opened for reading, /dev/zero read to the end) into a failure."""
    def hung(signum, frame):
        raise AssertionError(f"still running after {seconds} s: the output side blocked on its target")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def refused_special(result) -> None:
    assert result.exit_code == 2, result.output
    assert "ingen vanlig fil" in result.output and "Traceback" not in result.output, result.output


def output_commands(data, target) -> list[list[str]]:
    change = str(data / "changes" / "hl-remiss-2019.yaml")
    return [["show", str(data), *AS_OF, "--out", target],
            ["export", str(data), "--format", "graphml", "--out", target],
            ["diff", str(data), "--change", change, "--format", "json", "--out", target],
            ["impact", str(data), "--remove", "sdf-norrmalm", *AS_OF, "--format", "json", "--out", target],
            ["schema", "--out", target]]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_fifo_as_out_is_refused_never_opened(data, tmp_path, force):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for args in output_commands(data, str(fifo)):
        with within(30):
            refused_special(run(*args, *force))
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode), args


def test_a_device_node_as_out_is_refused_even_with_force(data):
    for device in ("/dev/null", "/dev/zero", "/dev/full"):
        if not os.path.exists(device):
            continue
        for args in output_commands(data, device):
            with within(30):
                refused_special(run(*args, "--force"))
            assert stat.S_ISCHR(os.lstat(device).st_mode), (device, args)


def test_a_symlink_to_a_device_as_out_is_refused(data, tmp_path):
    (tmp_path / "out.html").symlink_to("/dev/null")
    refused_special(run("show", str(data), *AS_OF, "--out", str(tmp_path / "out.html"), "--force"))
    assert (tmp_path / "out.html").is_symlink()


def test_generate_never_writes_through_a_symlinked_subfolder(data, tmp_path):
    before = snapshot(data)
    out = tmp_path / "gen"
    out.mkdir()
    (out / "agreements").symlink_to(data / "agreements")
    result = run("generate", "--agreements", "1", "--out", str(out), "--force")
    assert result.exit_code == 2 and "länk" in result.output, result.output
    assert snapshot(data) == before and not (out / "register.yaml").exists()


def test_refuse_foreign_yaml_sees_symlinked_subfolders(data, tmp_path):
    """neo4j pull and generate share this check."""
    out = tmp_path / "pull"
    out.mkdir()
    (out / "agreements").symlink_to(data / "agreements")
    with pytest.raises(OutputRefused) as exc:
        refuse_foreign_yaml(out, [out / "register.yaml", out / "agreements" / "stockholm-2019.yaml"])
    assert "link" in exc.value.message.en
    refuse_links(out, [out / "register.yaml"])  # nothing written through the link: fine


def test_extract_force_keeps_hand_added_yaml(tmp_path):
    seed = next(SEEDS.glob("004_*"))
    out = tmp_path / "draft"
    assert run("extract", str(seed), "--out", str(out)).exit_code == 0
    assert (out / MANIFEST).is_file()
    mine = out / "agreements" / "mine.yaml"
    mine.write_text("id: mine\n", encoding="utf-8")
    result = run("extract", str(seed), "--out", str(out), "--force")
    assert result.exit_code == 2 and "mine.yaml" in result.output, result.output
    assert mine.read_text(encoding="utf-8") == "id: mine\n"
    mine.unlink()
    assert run("extract", str(seed), "--out", str(out), "--force").exit_code == 0


def test_extract_force_never_follows_a_symlinked_agreements_folder(data, tmp_path):
    seed = next(SEEDS.glob("004_*"))
    before = snapshot(data)
    out = tmp_path / "draft"
    assert run("extract", str(seed), "--out", str(out)).exit_code == 0
    shutil.rmtree(out / "agreements")
    (out / "agreements").symlink_to(data / "agreements")
    result = run("extract", str(seed), "--out", str(out), "--force")
    assert result.exit_code == 2, result.output
    assert snapshot(data) == before


def test_extract_force_without_a_manifest_empties_nothing(tmp_path):
    seed = next(SEEDS.glob("004_*"))
    out = tmp_path / "draft"
    assert run("extract", str(seed), "--out", str(out)).exit_code == 0
    (out / MANIFEST).unlink()
    before = snapshot(out)
    assert run("extract", str(seed), "--out", str(out), "--force").exit_code == 2
    assert snapshot(out) == before


def test_export_csv_is_all_or_nothing(data, tmp_path, monkeypatch):
    from samverkan.io import outputs

    real, calls = outputs._stage, []

    def failing(target, content):
        calls.append(target)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(target, content)

    monkeypatch.setattr(outputs, "_stage", failing)
    out = tmp_path / "csv"
    result = run("export", str(data), "--format", "csv", "--out", str(out))
    assert result.exit_code == 2 and "No space left" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [data]


@pytest.fixture
def small_tmpfs(tmp_path):
    """A 64 KB tmpfs: a real full disk (needs root and mount rights; skipped otherwise)."""
    mount = tmp_path / "small"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    except OSError as exc:
        pytest.skip(f"cannot mount a small tmpfs here: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_leaves_no_partial_export(data, small_tmpfs):
    (small_tmpfs / "filler").write_bytes(b"x" * 40_000)
    out = small_tmpfs / "csv"
    result = run("export", str(data), "--format", "csv", "--out", str(out))
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["filler"]


@pytest.mark.parametrize("command", ["show", "export", "diff", "impact", "schema"])
def test_write_errors_are_one_line(data, small_tmpfs, command):
    subprocess.run(["mount", "-o", "remount,ro", str(small_tmpfs)], check=True)
    args = dict((a[0], a) for a in output_commands(data, str(small_tmpfs / "out.x")))[command]
    result = run(*args)
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "Read-only" in result.output and len(result.output.strip().splitlines()) == 1


def test_a_parent_that_is_a_file_is_one_line(data, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for args in output_commands(data, str(tmp_path / "file" / "out.x")):
        result = run(*args)
        assert result.exit_code == 2 and "en mapp i sökvägen är en fil" in result.output, (args, result.output)
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"
