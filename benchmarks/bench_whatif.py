"""Timings of the what-if: applying and undoing a change set, `diff` of the real change sets, `impact --rank`.

    .venv/bin/python benchmarks/bench_whatif.py
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "stockholm"


def timed(label: str, fn, repeat: int = 1):
    started = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    per = (time.perf_counter() - started) / repeat
    print(f"{label:68} {per * 1000:8.1f} ms" + (f"  (mean of {repeat})" if repeat > 1 else ""))
    return result


def main() -> None:
    from samverkan.model.changes import ChangeSet, RemoveOp, apply, inverse
    from samverkan.store.changeset_io import read_changeset
    from samverkan.store.yaml_io import load_dataset
    from samverkan.whatif.compare import compare, rank

    data, _ = load_dataset(DATA)
    print(f"data set: {len(data.by_id)} entities")
    cs = ChangeSet(title="bench", source={"document": "bench"},
                   operations=[RemoveOp(id="sdf-norrmalm", cascade=True)])
    after = timed("apply: remove sdf-norrmalm with cascade", lambda: apply(data, cs)[0], repeat=20)
    undo = timed("inverse of it", lambda: inverse(data, cs), repeat=20)
    timed("apply the inverse", lambda: apply(after, undo), repeat=20)
    for name in ("hl-remiss-2019", "revision-2023"):
        path = DATA / "changes" / f"{name}.yaml"
        applied = timed(f"read and apply changes/{name}.yaml", lambda p=path: read_changeset(data, p))
        c = applied.file.changeset
        w = timed(f"diff {name} (3 checks: before, after, before under new profile)", lambda a=applied, c=c: compare(
            a.before, a.after, profile_before=c.base_profile, profile_after=a.profile, as_of=c.as_of))
        print(f"{'':70}{w.findings.counts()}  plan {w.plan()}")
    ranking = timed("impact --rank (every candidate removed and checked)",
                    lambda: rank(data, profile="stockholm-2023", as_of=dt.date(2024, 1, 1)))
    each = ranking.seconds / max(ranking.candidates, 1) * 1000
    top = ", ".join(f"{e.id} ({e.score})" for e in ranking.entries[:3])
    print(f"{'':70}{ranking.candidates} candidates, {each:.1f} ms each; top: {top}")


if __name__ == "__main__":
    main()
