"""Benchmark: how `samverkan check` scales, against the targets of issue 9.

1. Cold CLI: `samverkan check data/stockholm` as a whole process (median of --runs runs), and which heavy
   libraries that process imports (none of pyvis, neo4j, openpyxl, pypdf, matplotlib or networkx should be).
2. In process, for synthetic data sets of N = 14, 300 and 3000 local agreements (`samverkan generate`, seed 0,
   written as files first): load (parse + validate), the governance graph (networkx), the rules, and peak
   memory (each N in a fresh process, so the figures do not mix), and the ratio of rule time to graph time.
   The data set is loaded as the CLI loads it (`for_process_lifetime=True`: out of the cyclic GC's reach).

Prints a table and writes benchmarks/results/scale.json. Run: `.venv/bin/python benchmarks/bench_scale.py`
(`--sizes 14 300` for a quicker run). Timings are wall-clock seconds, medians where runs repeat.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "scale.json"
HEAVY = ("networkx", "pyvis", "neo4j", "openpyxl", "pypdf", "matplotlib", "jinja2", "ruamel")
TARGETS = {"cold_check_s": 0.5, "n300_load_check_s": 1.0, "n3000_load_check_s": 10.0, "growth_3000_300": 12.0,
           "rules_to_graph": 1.5}

# Runs in a fresh interpreter per data set: times each phase and reports peak memory.
PHASES = r"""
import json, resource, statistics, sys, time
from samverkan.store.yaml_io import load_dataset
from samverkan.model.graph import build_graph
from samverkan.rules.engine import check
from samverkan.rules.profile import load_profile, profile_for
from samverkan.synthetic import AS_OF
folder, repeat = sys.argv[1], int(sys.argv[2])
base_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
load, graph, rules, rules_alone = [], [], [], []
for _ in range(repeat):
    t = time.perf_counter()
    data, _ = load_dataset(folder, for_process_lifetime=True)
    load.append(time.perf_counter() - t)
    profile = load_profile(profile_for(data, AS_OF))
    t = time.perf_counter(); g = build_graph(data); graph.append(time.perf_counter() - t)
    t = time.perf_counter(); findings = check(data, profile, AS_OF, graph=g); rules.append(time.perf_counter() - t)
    t = time.perf_counter(); alone = check(data, profile, AS_OF); rules_alone.append(time.perf_counter() - t)
    assert [f.sort_key() for f in alone] == [f.sort_key() for f in findings]
print(json.dumps({
    "entities": sum(1 for _ in data.entities()), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
    "findings": len(findings), "load_s": statistics.median(load), "graph_s": statistics.median(graph),
    "rules_s": statistics.median(rules), "check_without_graph_s": statistics.median(rules_alone),
    "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "baseline_mib": base_kib / 1024,
}))
"""

IMPORTS = r"""
import sys
sys.argv = ["samverkan", "check", sys.argv[1]]
from samverkan.cli import main
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted(m for m in sys.modules if "." not in m)))
"""


def cli() -> list[str]:
    script = Path(sys.executable).with_name("samverkan")
    return [str(script)] if script.exists() else [sys.executable, "-m", "samverkan.cli"]


def cold_check(runs: int) -> dict:
    command = [*cli(), "check", str(ROOT / "data" / "stockholm")]
    subprocess.run(command, capture_output=True, check=False)  # warm the bytecode cache and the OS file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    modules = subprocess.run([sys.executable, "-c", IMPORTS, str(ROOT / "data" / "stockholm")], capture_output=True,
                             text=True, check=True).stdout.split()
    return {"runs": runs, "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "heavy_imports": [m for m in HEAVY if m in modules]}


def generate(n: int, folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run([*cli(), "generate", "--agreements", str(n), "--seed", "0", "--out", str(folder)],
                   capture_output=True, check=True)
    return time.perf_counter() - start


def cli_check(folder: Path, runs: int) -> float:
    """`samverkan check DIR --format json` as a whole process: imports, load, redaction, rules, output."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*cli(), "check", str(folder), "--format", "json"], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def phases(folder: Path, repeat: int) -> dict:
    out = subprocess.run([sys.executable, "-c", PHASES, str(folder), str(repeat)], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[14, 300, 3000])
    parser.add_argument("--runs", type=int, default=11, help="runs of the cold CLI")
    args = parser.parse_args()

    cold = cold_check(args.runs)
    print(f"cold `samverkan check data/stockholm`: median {cold['median_s']:.3f} s over {cold['runs']} runs "
          f"(min {cold['min_s']:.3f}, max {cold['max_s']:.3f}); heavy imports: {cold['heavy_imports'] or 'none'}")
    sizes = {}
    header = (f"{'N':>5} {'entities':>8} {'gen s':>6} {'load s':>7} {'graph s':>8} {'rules s':>8} {'check s':>8} "
              f"{'load+check':>10} {'rules/graph':>11} {'peak MiB':>9} {'CLI s':>6}")
    print(header)
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / f"synthetic-{n}"
            generated = generate(n, folder)
            row = phases(folder, repeat=5 if n <= 300 else 1)
            row["cli_check_s"] = cli_check(folder, runs=3 if n <= 300 else 1)
        row["generate_s"] = generated
        row["load_check_s"] = row["load_s"] + row["check_without_graph_s"]
        row["rules_to_graph"] = row["rules_s"] / row["graph_s"]
        sizes[n] = row
        print(f"{n:>5} {row['entities']:>8} {generated:>6.1f} {row['load_s']:>7.3f} {row['graph_s']:>8.3f} "
              f"{row['rules_s']:>8.3f} {row['check_without_graph_s']:>8.3f} {row['load_check_s']:>10.3f} "
              f"{row['rules_to_graph']:>11.2f} {row['peak_mib']:>9.0f} {row['cli_check_s']:>6.2f}")
    result = {"cold_check": cold, "sizes": sizes, "targets": TARGETS, "cpu_count": os.cpu_count()}
    if 300 in sizes and 3000 in sizes:
        result["growth_3000_300"] = sizes[3000]["load_check_s"] / sizes[300]["load_check_s"]
        print(f"t(3000)/t(300) = {result['growth_3000_300']:.1f}")
    print("columns: load = parse + validate; graph = networkx governance graph; rules = check given that graph; "
          "check = check on its own (what `samverkan check` runs); load+check = load + check; "
          "CLI = `samverkan check DIR --format json` as a whole process (also imports, redaction, output)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
