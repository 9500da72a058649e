"""Every output is the same bytes in two processes with different hash seeds (PYTHONHASHSEED 1 and 2).

Each command runs once per seed, in a folder of its own (the same relative output names, so the paths the
commands print are the same): one forked child per command (tests/determinism_runner.py), the two seeds in
parallel. What is compared per command: the exit status,
standard output and error, and every file it writes. matrix.xlsx is a zip: if its bytes differ, every part
inside it must still be the same (zip timestamps are the only excuse).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SEEDS

HASH_SEEDS = ("1", "2")
AS_OF = ["--as-of", "2024-01-01"]
DATA_ARG = str(DATA)
CHANGES = sorted((DATA / "changes").glob("*.yaml"))
SEED_DOCUMENT = next(SEEDS.glob("004_*.txt"))

COMMANDS: dict[str, list[str]] = {
    **{f"check-{fmt}": ["check", DATA_ARG, *AS_OF, "--format", fmt]
       for fmt in ("text", "json", "markdown", "sarif", "junit")},
    "check-text-en-2019": ["check", DATA_ARG, "--as-of", "2019-12-01", "--lang", "en"],
    "summary-json": ["summary", DATA_ARG, "--format", "json"],
    "summary-text": ["summary", DATA_ARG],
    "show-html": ["show", DATA_ARG, *AS_OF, "--out", "graph.html"],
    "show-html-agreement": ["show", DATA_ARG, *AS_OF, "--agreement", "norrmalm-2016", "--out", "graph.html"],
    "show-svg": ["show", DATA_ARG, *AS_OF, "--format", "svg", "--out", "graph.svg"],
    "show-png": ["show", DATA_ARG, *AS_OF, "--format", "png", "--out", "graph.png"],
    "audit": ["audit", DATA_ARG, *AS_OF, "--out", "audit"],
    **{f"diff-{change.stem}-{fmt}": ["diff", DATA_ARG, "--change", str(change), *AS_OF, "--format", fmt]
       for change in CHANGES for fmt in ("text", "json", "markdown", "html")},
    "diff-against": ["diff", DATA_ARG, "--against", DATA_ARG, *AS_OF, "--format", "json"],
    **{f"impact-{fmt}": ["impact", DATA_ARG, "--remove", "sdf-norrmalm", *AS_OF, "--format", fmt]
       for fmt in ("text", "json", "markdown", "html")},
    "impact-rank-text": ["impact", DATA_ARG, "--rank", *AS_OF],
    "impact-rank-json": ["impact", DATA_ARG, "--rank", *AS_OF, "--format", "json"],
    **{f"export-{fmt}": ["export", DATA_ARG, "--format", fmt, "--out", f"export.{fmt}"]
       for fmt in ("graphml", "gexf", "json", "cypher")},
    "export-csv": ["export", DATA_ARG, "--format", "csv", "--out", "csv"],
    "extract": ["extract", str(SEED_DOCUMENT), "--register", DATA_ARG, "--out", "draft"],
    "schema-data": ["schema"],
    "schema-changeset": ["schema", "--kind", "changeset"],
}


def run_all(seed: str, base: Path, workers: int) -> dict[str, tuple[int, bytes, bytes, dict[str, bytes]]]:
    """Every command under one hash seed, each in a fresh folder (tests/determinism_runner.py forks one child
    per command from a process that has imported the CLI once); {name: (status, stdout, stderr, files)}."""
    jobs = []
    for name, args in COMMANDS.items():
        folder = base / seed / "out" / name
        folder.mkdir(parents=True)
        jobs.append({"args": args, "folder": str(folder), "log": str(base / seed / name)})
    # the slow ones first, so that they do not end up last on a worker
    jobs.sort(key=lambda job: not Path(job["log"]).name.startswith(("show-png", "audit", "extract")))
    (base / seed / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "120", "PYTHONPATH": str(ROOT)}
    env.pop("SAMVERKAN_LANG", None)
    done = subprocess.run([sys.executable, "-m", "tests.determinism_runner", str(base / seed / "jobs.json"),
                           str(workers)], cwd=ROOT, env=env, capture_output=True, timeout=900)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    results = {"hash": (0, Path(f"{base / seed / 'jobs.json'}.hash").read_bytes(), b"", {})}
    for name in COMMANDS:
        log, folder = base / seed / name, base / seed / "out" / name
        files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
        code = int(Path(f"{log}.rc").read_text())
        results[name] = (code, Path(f"{log}.out").read_bytes(), Path(f"{log}.err").read_bytes(), files)
    return results


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every command in every hash seed, the seeds in parallel: {(name, seed): result}."""
    if not hasattr(os, "fork"):
        pytest.skip("the runner forks (Linux, macOS)")
    base = tmp_path_factory.mktemp("determinism")
    workers = max(1, (os.cpu_count() or 2) // len(HASH_SEEDS))
    with ThreadPoolExecutor(max_workers=len(HASH_SEEDS)) as pool:
        per_seed = dict(zip(HASH_SEEDS, pool.map(lambda seed: run_all(seed, base, workers), HASH_SEEDS), strict=True))
    return {(name, seed): result for seed, results in per_seed.items() for name, result in results.items()}


def zip_parts(data: bytes) -> dict[str, bytes]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_same_bytes_whatever_the_hash_seed(runs, name):
    first, second = (runs[(name, seed)] for seed in HASH_SEEDS)
    code, stdout, stderr, files = first
    assert code in (0, 1), stderr.decode("utf-8", "replace")  # 1: error findings, not a crash
    assert stdout or files, "the command wrote nothing"
    assert code == second[0]
    assert stderr == second[2], f"{name}: standard error differs"
    assert stdout == second[1], f"{name}: standard output differs between PYTHONHASHSEED={HASH_SEEDS}"
    assert sorted(files) == sorted(second[3])
    for path, content in files.items():
        other = second[3][path]
        if path.endswith(".xlsx") and content != other:
            assert zip_parts(content) == zip_parts(other), f"{name}: a part of {path} differs"
            continue
        assert content == other, f"{name}: {path} differs between PYTHONHASHSEED={HASH_SEEDS}"


def test_the_seeds_give_different_hashes(runs):
    assert runs[("hash", HASH_SEEDS[0])] != runs[("hash", HASH_SEEDS[1])]


def test_every_output_kind_is_covered(runs):
    kinds = {args[0] for args in COMMANDS.values()}
    assert kinds == {"check", "summary", "show", "audit", "diff", "impact", "export", "extract", "schema"}
    audit = runs[("audit", HASH_SEEDS[0])][3]
    assert {"audit/report.html", "audit/matrix.xlsx", "audit/findings.json", "audit/findings.csv"} <= set(audit)
    assert any(path.startswith("audit/graph-") for path in audit)
    assert any(path.startswith("csv/nodes_") for path in runs[("export-csv", HASH_SEEDS[0])][3])
    assert any(path.startswith("draft/") for path in runs[("extract", HASH_SEEDS[0])][3])
