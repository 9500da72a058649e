"""neo4j push at scale against ArcadeDB's Bolt plugin (tests/bolt_server.py): first push, re-push, a changed
push, per server heap. Prints one line per run; the ratio re-push / first push is the figure to read (both in
the same run, on the same server).

    .venv/bin/python benchmarks/bench_neo4j.py [--agreements 300] [--heap 512m 128m] [--batch-size 5000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samverkan.store import neo4j as ns  # noqa: E402
from samverkan.synthetic import generate  # noqa: E402
from tests.bolt_server import start_arcadedb  # noqa: E402


def run(agreements: int, heap: str, batch_size: int) -> None:
    data = generate(agreements=agreements, seed=0).data
    server = start_arcadedb(heap=heap)
    try:
        driver = ns.connect(server.uri, server.user, server.password, server.database)
        times = []
        for data_ in (data, data):
            start = time.perf_counter()
            report = ns.push_plan(driver, ns.build_plan(data_, "bench"), server.uri, server.database, batch_size)
            times.append(time.perf_counter() - start)
        changed = data.copy_deep()
        changed.memberships = changed.memberships[::2]
        start = time.perf_counter()
        ns.push_plan(driver, ns.build_plan(changed, "bench"), server.uri, server.database, batch_size)
        times.append(time.perf_counter() - start)
        driver.close()
        print(f"agreements={agreements} heap={heap} batch={batch_size} nodes={report.nodes} "
              f"relationships={report.relationships} first={times[0]:.1f}s repush={times[1]:.1f}s "
              f"changed={times[2]:.1f}s repush/first={times[1] / times[0]:.2f}", flush=True)
    except ns.Neo4jStoreError as exc:
        print(f"agreements={agreements} heap={heap} batch={batch_size} FAILED: {exc.message.en}", flush=True)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, nargs="+", default=[300])
    parser.add_argument("--heap", nargs="+", default=["512m"])
    parser.add_argument("--batch-size", type=int, nargs="+", default=[ns.DEFAULT_BATCH])
    args = parser.parse_args()
    for agreements in args.agreements:
        for heap in args.heap:
            for batch in args.batch_size:
                run(agreements, heap, batch)


if __name__ == "__main__":
    main()
