"""Command-line conventions: --version, a global --lang and SAMVERKAN_LANG, shell completion, the config file
(samverkan.toml or [tool.samverkan]), the pre-commit hook and the GitHub Action, each run for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from samverkan import __version__
from tests.conftest import DATA, ROOT


def run(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != "SAMVERKAN_LANG"}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "samverkan.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={**base, **(env or {})}, stdin=subprocess.DEVNULL, timeout=180)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout == f"samverkan {__version__}\n"


def test_global_lang_switches_help_and_output():
    helped = run("--lang", "en", "--help")
    assert helped.returncode == 0 and "the cooperation agreements" in helped.stdout
    assert "--version" in helped.stdout and "--install-completion" in helped.stdout
    assert "Check the agreements" in run("--lang", "en", "check", "--help").stdout
    assert "Kontrollera överenskommelserna" in run("check", "--help").stdout
    assert run("--lang", "en", "summary", str(DATA)).stdout.startswith("Data set: stockholm")
    assert run("summary", str(DATA)).stdout.startswith("Datamängd: stockholm")
    # the command's own --lang wins over the global one
    assert run("--lang", "en", "summary", str(DATA), "--lang", "sv").stdout.startswith("Datamängd:")
    bad = run("--lang", "de", "summary", str(DATA))
    assert bad.returncode == 2 and "okänt språk 'de'" in bad.stderr


def test_samverkan_lang_switches_output_too():
    assert run("summary", str(DATA), env={"SAMVERKAN_LANG": "en"}).stdout.startswith("Data set: stockholm")
    missing = run("check", "no-such-folder", env={"SAMVERKAN_LANG": "en"})
    assert missing.returncode == 2 and "the folder does not exist" in missing.stderr
    assert run("--lang", "sv", "summary", str(DATA), env={"SAMVERKAN_LANG": "en"}).stdout.startswith("Datamängd:")


def test_shell_completion(tmp_path):
    # typer detects the shell from the process tree unless told not to; then `--show-completion bash` names it
    # (run under nohup or make, the detected shell was none)
    env = {**_shim(tmp_path), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    script = subprocess.run(["samverkan", "--show-completion", "bash"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert script.returncode == 0 and "_SAMVERKAN_COMPLETE=complete_bash" in script.stdout
    # what bash asks when the user presses Tab after `samverkan ne`
    asked = subprocess.run(["samverkan"], capture_output=True, text=True, timeout=120, env={
        **env, "_SAMVERKAN_COMPLETE": "complete_bash", "COMP_WORDS": "samverkan ne", "COMP_CWORD": "1"})
    assert asked.stdout.split() == ["neo4j"]


def test_config_file_gives_defaults(tmp_path):
    (tmp_path / "samverkan.toml").write_text(f'data = "{DATA.as_posix()}"\nlang = "en"\n', encoding="utf-8")
    summary = run("summary", cwd=tmp_path)
    assert summary.returncode == 0 and summary.stdout.startswith("Data set: stockholm"), summary.stderr
    assert run("summary", "--lang", "sv", cwd=tmp_path).stdout.startswith("Datamängd:")
    checked = run("check", "--as-of", "2024-01-01", "--format", "json", cwd=tmp_path)
    assert checked.returncode == 1 and json.loads(checked.stdout)
    # --neo4j with a data folder from the config file is not "both"
    neo = run("check", "--neo4j", "bolt://127.0.0.1:1", cwd=tmp_path)
    assert neo.returncode == 2 and "--neo4j needs --dataset" in neo.stderr


def test_pyproject_section_and_profile(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "x"\n\n[tool.samverkan]\ndata = "{DATA.as_posix()}"\nprofile = "stockholm-2019"\n',
        encoding="utf-8")
    chosen = run("check", "--as-of", "2024-01-01", "--format", "json", "--lang", "en", cwd=tmp_path)
    default = run("check", str(DATA), "--as-of", "2024-01-01", "--format", "json", "--lang", "en")
    given = run("check", str(DATA), "--as-of", "2024-01-01", "--format", "json", "--profile", "stockholm-2019",
                "--lang", "en")
    assert chosen.stdout == given.stdout != default.stdout


@pytest.mark.parametrize("name, text, line", [
    ("samverkan.toml", 'data = "x"\nprofil = "stockholm-2019"\n', 2),
    ("pyproject.toml", '[project]\nname = "x"\n[tool.samverkan]\nlang = "en"\ncolour = "red"\n', 5),
])
def test_unknown_config_key_is_a_located_error(tmp_path, name, text, line):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("summary", str(DATA), "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"{name}:{line}: ") and "unknown key" in result.stderr
    assert "known: data, lang, profile" in result.stderr


def test_bad_config_value_and_bad_toml(tmp_path):
    (tmp_path / "samverkan.toml").write_text('lang = "de"\n', encoding="utf-8")
    assert "samverkan.toml:1: lang = 'de'" in run("summary", str(DATA), cwd=tmp_path).stderr
    (tmp_path / "samverkan.toml").write_text('lang = \n', encoding="utf-8")
    broken = run("summary", str(DATA), cwd=tmp_path)
    assert broken.returncode == 2 and "samverkan.toml" in broken.stderr and "Traceback" not in broken.stderr


def _shim(tmp_path: Path) -> dict:
    """A `samverkan` on PATH that runs this checkout, as the installed console script would."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "samverkan"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m samverkan.cli "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}


def test_pre_commit_hook_runs_check(tmp_path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "samverkan-check")
    assert hook["pass_filenames"] is False and hook["language"] == "python"
    env = _shim(tmp_path)
    found = subprocess.run(f"{hook['entry']} {DATA} --as-of 2024-01-01", shell=True, capture_output=True, text=True,
                           cwd=ROOT, env=env, timeout=180)
    assert found.returncode == 1 and "SAM010" in found.stdout  # the real data set has error findings
    clean = subprocess.run(f"{hook['entry']} {DATA} --as-of 2024-01-01 --select SAM070", shell=True,
                           capture_output=True, text=True, cwd=ROOT, env=env, timeout=180)
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_github_action_runs_check_and_uploads_sarif(tmp_path):
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    check = next(s for s in steps if s.get("id") == "check")
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "samverkan.sarif"
    assert steps.index(upload) > steps.index(check)
    # run the step as the runner would: its shell, its env with the inputs filled in, GITHUB_OUTPUT
    inputs = {"inputs.data": str(DATA), "inputs.as-of": "2024-01-01", "inputs.profile": ""}
    env = _shim(tmp_path)
    for key, value in check["env"].items():
        env[key] = inputs[value.removeprefix("${{ ").removesuffix(" }}")]
    env["GITHUB_OUTPUT"] = str(tmp_path / "output")
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(["bash", "-e", "-c", check["run"]], capture_output=True, text=True, cwd=work, env=env,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "output").read_text(encoding="utf-8") == "status=1\n"
    sarif = json.loads((work / "samverkan.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    env["DATA"] = str(tmp_path / "missing")
    failed = subprocess.run(["bash", "-e", "-c", check["run"]], capture_output=True, text=True, cwd=work, env=env,
                            timeout=180)
    assert failed.returncode == 2 and (tmp_path / "output").read_text(encoding="utf-8").endswith("status=2\n")
