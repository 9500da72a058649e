"""Malformed input for every reader, through the real CLI and fuzzed in-process.

The table (tests/malformed_inputs.py: class × reader) runs each case as its own process: `samverkan.cli.main()`
in a child forked from a runner subprocess that imported the package once (tests/cli_runner.py), with a
memory limit (RLIMIT_AS, 1 GiB above the runner, set through preexec_fn and in each child) and a timeout.
Every case must end in bounded time and memory without a traceback; a bad input exits 2 naming the file
(and the line where there is one). A few cases also run through `python -m samverkan.cli` itself.
The hypothesis tests feed token soup, damaged real files and random bytes to the change set, profile,
waiver and extract readers in-process: each loads or raises its reader's own error, never anything else.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli_runner import Runner
from tests.malformed_inputs import LIMITS_MB, ROOT, SEED, VALID, cases, out_cases, place

CASES = cases()
AS_ROOT = os.geteuid() == 0
TIMEOUT = 60
WORKERS = max(1, min(4, os.cpu_count() or 1))


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Every case of the table run once (in parallel runners); id → (case, result, input path)."""
    base = tmp_path_factory.mktemp("malformed")
    todo = [(i, c) for i, c in enumerate(CASES) if not (c.needs == "non-root" and AS_ROOT)]
    chunks = [todo[k::WORKERS] for k in range(WORKERS)]

    def run(chunk):
        runner = Runner(ROOT)
        try:
            out = {}
            for i, case in chunk:
                work = base / str(i)
                argv, target = place(case, work)
                out[case.id] = (case, runner.run(argv, cwd=work, env=case.env, timeout=TIMEOUT), target)
            return out
        finally:
            runner.close()

    with ThreadPoolExecutor(WORKERS) as pool:
        merged = {}
        for part in pool.map(run, chunks):
            merged.update(part)
    return merged


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case, results):
    if case.needs == "non-root" and AS_ROOT:
        pytest.skip("running as root: a chmod 000 file is still readable, so 'unreadable' cannot be tested")
    _, result, target = results[case.id]
    err = result["stderr"]
    assert not result["timed_out"], f"{case.id}: no answer within {TIMEOUT} s"
    assert "Traceback" not in err, f"{case.id}:\n{err[-3000:]}"
    assert result["rc"] in (0, 1, 2), f"{case.id}: exit {result['rc']} (a negative status is a crash)\n{err[-2000:]}"
    if case.expect == "error":
        assert result["rc"] == 2, f"{case.id}: exit {result['rc']}, expected 2\n{result['stdout'][-1000:]}"
    if case.expect == "ok":
        assert result["rc"] in (0, 1), f"{case.id}: exit {result['rc']}\n{err[-2000:]}"
    if result["rc"] == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        assert lines, f"{case.id}: exit 2 without a message"
        named = target.name if case.cls != "not-a-file" or case.name != "directory" or case.reader != "dataset" \
            else target.parent.name
        assert any(named in line for line in lines), f"{case.id}: the message does not name the file\n{err}"
        assert len(err) < 20_000, f"{case.id}: {len(err)} characters of messages"


def test_every_class_meets_every_reader():
    classes = {c.cls for c in CASES}
    for reader in ("dataset", "changeset", "profile", "waivers", "extract"):
        assert {c.cls for c in CASES if c.reader == reader} >= classes - {"deep", "alias", "type-swap"} - (
            {"alias", "type-swap", "collection"} if reader == "extract" else set()), reader


# --- through the console script itself ------------------------------------------------------------------

def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


SPOT = ["binary/zip-header/dataset", "deep/unclosed-100000/changeset", "alias/billion-laughs/profile",
        "not-a-file/fifo/waivers", "encoding/utf-16-bom/extract"]


@pytest.mark.parametrize("case_id", SPOT)
def test_console_script(case_id, tmp_path):
    """The same cases through `python -m samverkan.cli` in a subprocess (1 GiB, timeout), in English."""
    case = next(c for c in CASES if c.id == case_id)
    argv, target = place(case, tmp_path)
    proc = subprocess.run([sys.executable, "-m", "samverkan.cli", *argv, "--lang", "en"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=TIMEOUT, preexec_fn=_limit_memory,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert target.name in proc.stderr
    assert any(w in proc.stderr for w in ("not", "is a", "nested", "alias")), proc.stderr  # English


def test_limit_can_be_raised(tmp_path):
    """A waiver file just over the default limit is refused, and loads once SAMVERKAN_MAX_FILE_MB allows it."""
    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "register.yaml").write_text(VALID["dataset"], encoding="utf-8")
    filler = "# " + "utfyllnad " * 10 + "\n"
    size = LIMITS_MB["text"] * 1_000_000 + 1000
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(VALID["waivers"] + filler * (size // len(filler)), encoding="utf-8")
    argv = ["check", tmp_path / "tiny", "--as-of", "2024-01-01", "--waivers", waivers, "--profile", "stockholm-2023"]
    runner = Runner(ROOT)
    try:
        refused = runner.run(argv, timeout=TIMEOUT)
        allowed = runner.run(argv, env={"SAMVERKAN_MAX_FILE_MB": "6"}, timeout=TIMEOUT)
    finally:
        runner.close()
    assert refused["rc"] == 2 and "SAMVERKAN_MAX_FILE_MB=6" in refused["stderr"], refused["stderr"]
    assert allowed["rc"] in (0, 1) and "Traceback" not in allowed["stderr"], allowed["stderr"]


# --- hypothesis: the readers in-process ------------------------------------------------------------

def _reader(name: str):
    """(load function, the reader's own error type, suffix) of a reader."""
    if name == "changeset":
        from samverkan.store.changeset_io import load_changeset
        from samverkan.store.yaml_io import LoadError

        return load_changeset, LoadError, ".yaml"
    if name == "profile":
        from samverkan.io.yamlconf import ConfigError
        from samverkan.rules.profile import load_profile

        return load_profile, ConfigError, ".yaml"
    if name == "waivers":
        from samverkan.io.yamlconf import ConfigError
        from samverkan.rules.waivers import load_waivers

        return load_waivers, ConfigError, ".yaml"
    from samverkan.extract.document import ExtractError
    from samverkan.extract.run import run_extract

    def extract(path: Path):
        return run_extract(path, path.parent / "draft", None, force=True)

    return extract, ExtractError, ".txt"


def feed(name: str, data: bytes) -> None:
    """Give one reader `data` as a file: it loads or raises its own error naming the file, nothing else."""
    load, error, suffix = _reader(name)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            load(path)
        except error as exc:
            problems = getattr(exc, "problems", None)
            if problems is not None:
                assert problems and any(p.file.endswith(path.name) for p in problems), exc
            else:
                assert path.name in exc.message.sv and path.name in exc.message.en, exc.message


TOKENS = ["title: T\n", "source: {document: d}\n", "operations:\n", "  - op: add\n", "    section: groups\n",
          "    entity: {id: x}\n", "  - op: remove\n    id: x\n", "waivers:\n", "  - rule: SAM030\n",
          "    subject: x\n", "    expires: 2018-02-30\n", "demands:\n", "  d:\n", "    rule: SAM040\n",
          "extends: stockholm-2023\n", "extends: a.yaml\n", "- ", ": ", "[", "]", "{", "}", "&a ", "*a ", "<<: *a\n",
          "!!python/object:os.system ", "0000-01-01", "12", "null", "~", "\t", "'", '"', "#", "\n", "    ",
          "\ufeff", "\x00", "\u202e", "<script>", "- - - - - - - - - - - - - - - - - - ", "[[[[[[[[[[", "é"]


def _damaged(text: str):
    lines = text.splitlines(keepends=True)
    return st.tuples(st.integers(0, len(lines) - 1), st.integers(0, 40), st.text(max_size=12),
                     st.integers(0, len(text))).map(
        lambda t: ("".join(lines[:t[0]]) + lines[t[0]][:t[1]] + t[2] + lines[t[0]][t[1]:] + "".join(lines[t[0] + 1:])
                   )[: max(t[3], 1)].encode("utf-8", "surrogatepass"))


def _inputs(name: str):
    soup = st.lists(st.sampled_from(TOKENS), max_size=40).map(lambda t: "".join(t).encode("utf-8", "surrogatepass"))
    raw = st.binary(max_size=300)
    encoded = st.sampled_from(["latin-1", "utf-16", "utf-16-le", "cp1252"]).map(
        lambda enc: VALID[name].encode(enc, "replace"))
    return st.one_of(soup, _damaged(VALID[name]), raw, encoded)


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(_inputs("changeset"))
def test_fuzz_changeset(data):
    feed("changeset", data)


@FUZZ
@given(_inputs("profile"))
def test_fuzz_profile(data):
    feed("profile", data)


@FUZZ
@given(_inputs("waivers"))
def test_fuzz_waivers(data):
    feed("waivers", data)


SEED_LINES = SEED.splitlines(keepends=True)[:60]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.lists(st.sampled_from(SEED_LINES + ["\x00", "\ufeff", "\u202e", "<script>", "x" * 300 + "\n", "(" * 50,
                                           "org.nr 212000-0142 ", "Sammankallande: ", "\f", "\r"]),
             max_size=60).map(lambda t: "".join(t).encode("utf-8")),
    st.binary(max_size=300),
))
def test_fuzz_extract(data):
    feed("extract", data)


# --- the output side (tests/malformed_inputs.out_cases) ---------------------------------------------------------

OUT_CASES = out_cases()


@pytest.fixture(scope="module")
def out_results(tmp_path_factory):
    base = tmp_path_factory.mktemp("out")
    runner = Runner(ROOT)
    try:
        done = {}
        for i, case in enumerate(OUT_CASES):
            work = base / str(i)
            work.mkdir()
            argv = case.make(work)
            done[case.id] = (case, runner.run(argv, cwd=work, timeout=TIMEOUT), work)
        return done
    finally:
        runner.close()


@pytest.mark.parametrize("case", OUT_CASES, ids=[c.id for c in OUT_CASES])
def test_out_case(case, out_results):
    """Refused with one clear message, exit 2, in bounded time; the target and the user's files untouched."""
    _, result, work = out_results[case.id]
    assert not result["timed_out"], f"{case.id}: no answer within {TIMEOUT} s (blocked on its target?)"
    assert "Traceback" not in result["stderr"], result["stderr"][-3000:]
    assert result["rc"] == 2, f"{case.id}: exit {result['rc']}\n{result['stderr'][-1000:]}"
    assert result["stderr"].strip(), case.id
    assert case.intact(work), f"{case.id}: the target or the user's files changed"
