"""Time `samverkan audit` on the real data set at both test dates, step by step (figures are reported, never
asserted).

    .venv/bin/python benchmarks/bench_audit.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATES = ("2019-12-01", "2024-01-01")


def timed(label: str, fn):
    started = time.perf_counter()
    value = fn()
    print(f"  {label:<28} {time.perf_counter() - started:7.3f} s")
    return value


def main() -> int:
    from samverkan.store.yaml_io import load_dataset

    data = timed("load data/stockholm", lambda: load_dataset(ROOT / "data" / "stockholm")[0])
    for day in DATES:
        print(f"audit {day}")
        from samverkan.app import audit as run_audit
        from samverkan.audit.files import write_audit
        from samverkan.audit.graphs import district_graphs
        from samverkan.audit.html import render_report
        from samverkan.audit.xlsx import render_matrix

        audit = timed("rules + audit model", lambda d=day: run_audit(data, as_of=dt.date.fromisoformat(d)))
        html = timed("report.html", lambda a=audit: render_report(a))
        xlsx = timed("matrix.xlsx", lambda a=audit: render_matrix(a))
        with tempfile.TemporaryDirectory() as tmp:
            files = timed("all files incl. graph pages", lambda a=audit, t=tmp: write_audit(
                a, Path(t), district_graphs(data, a)))
            size = sum(f.stat().st_size for f in files)
        print(f"  rows {len(audit.rows)}, rules {len(audit.rules)}, findings {len(audit.findings)}; "
              f"report {len(html) // 1024} KiB, matrix {len(xlsx) // 1024} KiB, all files {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
