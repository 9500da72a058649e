"""samverkan's SAM010/SAM020/SAM030 beside the same rules as SHACL shapes in pySHACL, at growing sizes.

For each size N (local agreements of `samverkan.synthetic.generate(agreements=N, seed=0)`), at 2024-01-01 with
the profile the data names (`profile_for`): export the data set to RDF (samverkan.store.rdf, W3C ORG), write the
shapes (benchmarks/shacl/shapes.py), check that pySHACL's findings equal samverkan's (benchmarks/shacl/compare.py;
the run stops if not), then time both sides: samverkan = graph build + `check(select=SAM010,SAM020,SAM030)`
(median of 5 runs), pySHACL = `validate` of the exported graph (one run: it is the slow side; its result is the
one that was compared). RDF conversion (to_graph) is timed apart. A size runs only when the previous one's
pySHACL time, extrapolated with the growth of the last two sizes (time ~ N^k), stays under the budget (--budget
seconds, default 600); otherwise it is skipped and reported with the projection. The small steps 28 and 56 are
there to measure that growth. Prints a table and writes benchmarks/results/shacl.json.

    .venv/bin/python benchmarks/bench_shacl.py [--sizes 14 28 56 300 3000] [--budget 600]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shacl.compare import _restrict, excluded, run_pyshacl, samverkan_keys, shacl_keys  # noqa: E402
from benchmarks.shacl.shapes import shapes_graph  # noqa: E402
from samverkan.model.graph import build_graph  # noqa: E402
from samverkan.rules.engine import check, load_profile, profile_for  # noqa: E402
from samverkan.store.rdf import to_graph  # noqa: E402

AS_OF = dt.date(2024, 1, 1)
RULES = ["SAM010", "SAM020", "SAM030"]
RESULTS = ROOT / "benchmarks" / "results" / "shacl.json"


def run_size(n: int) -> dict:
    from samverkan.synthetic import generate

    data = generate(agreements=n, seed=0).data
    profile = load_profile(profile_for(data, AS_OF))

    start = time.perf_counter()
    data_graph = to_graph(data)
    rdf_s = time.perf_counter() - start
    shapes = shapes_graph(profile, AS_OF)

    def ours():
        return check(data, profile, AS_OF, lang="en", select=RULES, graph=build_graph(data))

    findings = ours()
    start = time.perf_counter()
    _, results = run_pyshacl(data_graph, shapes)
    shacl_s = time.perf_counter() - start

    out = excluded(data, profile, AS_OF)
    mine, theirs = _restrict(samverkan_keys(findings), out), _restrict(shacl_keys(results, shapes), out)
    if mine != theirs:
        raise SystemExit(f"N={n}: the findings differ\nonly samverkan: {sorted(set(mine) - set(theirs))}\n"
                         f"only SHACL: {sorted(set(theirs) - set(mine))}")

    times = []
    for _ in range(5):
        start = time.perf_counter()
        ours()
        times.append(time.perf_counter() - start)
    ours_s = statistics.median(times)
    return {"agreements": n, "profile": profile.name, "triples": len(data_graph), "samverkan_s": round(ours_s, 4),
            "pyshacl_s": round(shacl_s, 3), "ratio": round(shacl_s / ours_s, 1), "rdf_s": round(rdf_s, 3),
            "findings_compared": sum(mine.values()),
            "findings_per_rule": {r: sum(v for k, v in mine.items() if k[0] == r) for r in RULES},
            "excluded": {rule: len(ids) for rule, ids in out.items()}}


def project(rows: list[dict], n: int) -> tuple[float, float]:
    """pySHACL's time at N from the last two measured sizes (time ~ N^k, k at least 1)."""
    if not rows:
        return 0.0, 1.0
    last = rows[-1]
    k = 1.0
    if len(rows) > 1 and rows[-2]["pyshacl_s"] > 0:
        before = rows[-2]
        k = max(1.0, math.log(last["pyshacl_s"] / before["pyshacl_s"]) / math.log(last["agreements"] /
                                                                                   before["agreements"]))
    return last["pyshacl_s"] * (n / last["agreements"]) ** k, round(k, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[14, 28, 56, 300, 3000])
    parser.add_argument("--budget", type=float, default=600.0, help="seconds pySHACL may take for one size")
    args = parser.parse_args()
    rows, skipped = [], []
    print(f"{'N':>6} {'triples':>9} {'samverkan s':>12} {'pySHACL s':>10} {'ratio':>8} {'RDF s':>7} {'findings':>9}")
    for n in args.sizes:
        projected, exponent = project(rows, n)
        if projected > args.budget:
            skipped.append({"agreements": n, "projected_pyshacl_s": round(projected), "growth_exponent": exponent})
            print(f"{n:>6}  skipped: pySHACL would take about {projected:.0f} s (time ~ N^{exponent} from the last "
                  f"two sizes), over the budget of {args.budget:.0f} s")
            continue
        row = run_size(n)
        rows.append(row)
        print(f"{n:>6} {row['triples']:>9} {row['samverkan_s']:>12.4f} {row['pyshacl_s']:>10.2f} "
              f"{row['ratio']:>7.0f}x {row['rdf_s']:>7.2f} {row['findings_compared']:>9}", flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "as_of": AS_OF.isoformat(), "rules": RULES, "python": platform.python_version(),
        "note": "samverkan: graph build + check (median of 5); pySHACL: one validate of the exported graph "
                "(inference none, SHACL-AF SPARQL targets); rdf: to_graph; findings equal before timing",
        "rows": rows, "skipped": skipped}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
