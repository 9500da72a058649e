"""neo4j push and check at scale against ArcadeDB's Bolt plugin (tests/bolt_server.py), one server per size.

Per size: `samverkan generate` writes the data set; then first push, re-push (nothing changed), a push with
half the memberships gone (in-process, timed around `push_plan`); then `samverkan check --from-neo4j` and
`samverkan check` on the files as whole processes (wall time and peak memory), whose JSON findings must be
identical. The ratios are the figures to read (each within one run, on one server): re-push / first push and
check from Neo4j / check from the files. Results are merged into benchmarks/results/neo4j.json by size.

    .venv/bin/python benchmarks/bench_neo4j.py [--agreements 300 3000] [--heap 512m] [--batch-size 5000] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samverkan.store import neo4j as ns  # noqa: E402
from samverkan.store.yaml_io import load_dataset  # noqa: E402
from tests.bolt_server import start_arcadedb  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "neo4j.json"
AS_OF = "2025-06-01"


def machine() -> dict:
    return {"cpu_count": os.cpu_count(), "load_average": list(os.getloadavg()), "platform": platform.platform(),
            "python": platform.python_version(), "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def whole_process(args: list[str], env: dict | None = None) -> tuple[float, float, str, int]:
    """(wall seconds, peak resident MiB, stdout, exit status) of `python -m samverkan.cli ARGS`, under GNU time:
    a child forked from this process would report this process's memory as its own peak."""
    start = time.perf_counter()
    with tempfile.NamedTemporaryFile() as peak:
        result = subprocess.run(["/usr/bin/time", "-o", peak.name, "-f", "%M", sys.executable, "-m", "samverkan.cli",
                                 *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=ROOT,
                                env={**os.environ, **(env or {})})
        seconds = time.perf_counter() - start
        kib = int(Path(peak.name).read_text().split()[-1])
    return seconds, kib / 1024, result.stdout, result.returncode


def timed_push(driver, server, data, batch_size: int) -> tuple[float, ns.PushReport]:
    start = time.perf_counter()
    report = ns.push_plan(driver, ns.build_plan(data, "bench"), server.uri, server.database, batch_size)
    return time.perf_counter() - start, report


def run(agreements: int, heap: str, batch_size: int, work: Path, quick: bool = False) -> dict:
    folder = work / f"syntet-{agreements}"
    made = whole_process(["generate", "--agreements", str(agreements), "--seed", "0", "--out", str(folder),
                          "--force"])
    assert made[3] == 0, "generate failed"
    data = load_dataset(folder)[0]
    server = start_arcadedb(heap=heap)
    row: dict = {"agreements": agreements, "heap": heap, "batch_size": batch_size}
    try:
        driver = ns.connect(server.uri, server.user, server.password, server.database)
        row["first_push_s"], report = timed_push(driver, server, data, batch_size)
        row["repush_s"], _ = timed_push(driver, server, data, batch_size)
        row.update(nodes=report.nodes, relationships=report.relationships, transactions=report.transactions)
        row["repush_s_over_first"] = row["repush_s"] / row["first_push_s"]
        if not quick:
            changed = data.copy_deep()
            changed.memberships = changed.memberships[::2]
            row["changed_push_s"], _ = timed_push(driver, server, changed, batch_size)
            timed_push(driver, server, data, batch_size)  # back to the files' content for the check
        driver.close()
        common = ["--as-of", AS_OF, "--format", "json"]
        files = whole_process(["check", str(folder), *common])
        neo = whole_process(["check", "--from-neo4j", server.uri, "--user", server.user, "--database",
                             server.database, "--dataset", "bench", "--batch-size", str(batch_size), *common],
                            {"NEO4J_PASSWORD": server.password})
        row.update(check_files_s=files[0], check_files_peak_mib=files[1], check_neo4j_s=neo[0],
                   check_neo4j_peak_mib=neo[1], check_neo4j_over_files=neo[0] / files[0],
                   findings=len(json.loads(files[2])) if files[3] in (0, 1) else None,
                   findings_identical=files[2] == neo[2] and files[3] == neo[3])
    except ns.Neo4jStoreError as exc:
        row["failed"] = exc.message.en
    finally:
        server.stop()
    row["machine"] = machine()
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, nargs="+", default=[300])
    parser.add_argument("--heap", nargs="+", default=["512m"])
    parser.add_argument("--batch-size", type=int, nargs="+", default=[ns.DEFAULT_BATCH])
    parser.add_argument("--quick", action="store_true", help="leave out the push with half the memberships gone")
    parser.add_argument("--no-save", action="store_true", help="print only; leave the results file as it is")
    args = parser.parse_args()
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-") as work:
        for agreements in args.agreements:
            for heap in args.heap:
                for batch in args.batch_size:
                    row = run(agreements, heap, batch, Path(work), args.quick)
                    results[f"{agreements}/{heap}/{batch}"] = row
                    if not args.no_save:
                        RESULTS.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
