"""Benchmark: algorithmic-cost probes: each step timed at size N and 2N; the growth must stay about linear.

Issue 22 found quadratic steps that ordinary data never shows (removing 16,000 roles took 107 s: a list slice
per removed entity). Each probe builds an input of size N and of size 2N in process, times the step (best of
--runs), and reports the ratio t(2N)/t(N): about 2 for a linear step, 4 for a quadratic one. A ratio above
--limit (3 by default) is reported as SUPERLINEAR and makes the exit status 1.

- `impact-remove`: `impact --remove` of an organisation with N roles (samverkan.model.changes.apply);
- `load`: a data set file of N roles read and validated (samverkan.store.yaml_io.load_dataset);
- `redact`: a text of N words with the real data's people in it (samverkan.model.privacy.Redaction.text);
- `sanitise`: N characters through the terminal, XML and spreadsheet sanitisers (samverkan.io.sanitise);
- `extract`: a document of N lines (samverkan.extract.run.run_extract);
- `write-set`: N files written all-or-nothing (samverkan.io.outputs.write_all).

Prints a table and writes benchmarks/results/cost.json. Run: `.venv/bin/python benchmarks/bench_cost.py`
(`--probes impact-remove load --scale 0.5` for a quicker run). Timings are wall-clock seconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "cost.json"
DATA = ROOT / "data" / "stockholm"


def _roles_folder(work: Path, n: int) -> Path:
    folder = work / f"roles-{n}"
    if not folder.exists():
        shutil.copytree(DATA, folder)
        lines = ["roles:"]
        for i in range(n):
            lines += [f"  - id: sdf-norrmalm/probe-{i}", f"    title: Roll {i}", "    organisation: sdf-norrmalm",
                      "    sources: [{document: probe}]"]
        (folder / "register" / "probe.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def impact_remove(work: Path, n: int) -> Callable[[], object]:
    from samverkan.model.changes import ChangeSet, RemoveOp, apply
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(_roles_folder(work, n))
    change = ChangeSet(title="probe", source={"document": "probe"},
                       operations=[RemoveOp(op="remove", id="sdf-norrmalm", cascade=True)])
    return lambda: apply(data, change)


def load(work: Path, n: int) -> Callable[[], object]:
    from samverkan.store.yaml_io import load_dataset

    folder = _roles_folder(work, n)
    return lambda: load_dataset(folder)


def redact(work: Path, n: int) -> Callable[[], object]:
    from samverkan.model.privacy import Redaction
    from samverkan.store.yaml_io import load_dataset

    redaction = Redaction(load_dataset(DATA)[0])
    words = ["samverkan", "Måns", "Gauffins", "GAUFFIN", "Skjold", "+46 8 508 090 62", "2019-11-04", "polisen"]
    text = " ".join(words[i % len(words)] for i in range(n))
    return lambda: redaction.text(text)


def sanitise(work: Path, n: int) -> Callable[[], object]:
    from samverkan.io.sanitise import for_spreadsheet, for_terminal, for_xml

    text = ("=cmd\x1b[2K\u202e Skjöld \x00\t" * (n // 16 + 1))[:n]
    return lambda: (for_terminal(text), for_xml(text), for_spreadsheet(text))


def extract(work: Path, n: int) -> Callable[[], object]:
    from samverkan.extract.run import run_extract

    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt")))
    lines = seeds.splitlines()
    doc = work / f"doc-{n}.txt"
    doc.write_text("\n".join(lines[i % len(lines)] for i in range(n)) + "\n", encoding="utf-8")
    return lambda: run_extract(doc, work / f"draft-{n}", None, force=True)


def write_set(work: Path, n: int) -> Callable[[], object]:
    from samverkan.io.outputs import write_all

    files = {work / f"set-{n}" / f"f{i}.csv": f"rad {i}\n" for i in range(n)}
    return lambda: write_all(files)


PROBES = {  # name → (build, N at scale 1)
    "impact-remove": (impact_remove, 16_000),
    "load": (load, 4000),
    "redact": (redact, 200_000),
    "sanitise": (sanitise, 2_000_000),
    "extract": (extract, 20_000),
    "write-set": (write_set, 400),
}


def best(step: Callable[[], object], runs: int) -> float:
    """The fastest of `runs` runs; the input is frozen out of the cyclic GC's reach first, as the CLI does with
    what it loads (a full collection walks the whole heap: it would grow with N and blur the ratio)."""
    gc.collect()
    gc.freeze()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probes", nargs="*", default=list(PROBES), choices=list(PROBES))
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every N by this")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=float, default=3.0, help="the largest ratio t(2N)/t(N) taken as linear")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="samverkan-cost-") as tmp:
        work = Path(tmp)
        for name in args.probes:
            build, base = PROBES[name]
            n = max(1, int(base * args.scale))
            t1 = best(build(work, n), args.runs)
            t2 = best(build(work, 2 * n), args.runs)
            ratio = t2 / t1 if t1 > 0 else float("nan")
            rows.append({"probe": name, "n": n, "t_n_s": round(t1, 4), "t_2n_s": round(t2, 4),
                         "ratio": round(ratio, 2), "linear": ratio <= args.limit})
            print(f"{name:14} N={n:>9}  {t1:8.3f} s  2N: {t2:8.3f} s  ratio {ratio:5.2f}"
                  + ("" if ratio <= args.limit else "  SUPERLINEAR"), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"command": " ".join(["benchmarks/bench_cost.py", *sys.argv[1:]]),
                                    "limit": args.limit, "probes": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    sys.exit(0 if all(r["linear"] for r in rows) else 1)


if __name__ == "__main__":
    main()
