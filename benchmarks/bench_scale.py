"""Benchmark: how `samverkan check` scales against the cost of reading the data (issue 20).

For the real data set (N = 14, data/stockholm) and generated ones of N = 300 and 3000 local agreements
(`samverkan generate`, seed 0, written to a temporary folder, or reused with --reuse DIR), each in fresh
processes, CPU seconds (user + system, from the child's rusage) and peak memory (ru_maxrss):

- parse-only: yaml-rs over the same files, nothing else (a separate process: the floor any reader pays);
- the phases of a check, timed inside one process: imports, load (samverkan.store.yaml_io.load_dataset),
  redact (as `check` does: what the rules decide by before them, in place, with
  samverkan.model.privacy.Redaction.dataset(for_rules=True), and the findings after, samverkan.app.shown_findings),
  rules (samverkan.app.run_rules), output (the findings as JSON);
- whole: `samverkan check DIR --format json` as a whole process.

Parse-only and whole run alternately, so each ratio check/parse-only is taken from one pair measured side by
side; the table reports medians. The machine is shared: compare figures of one run, not across runs.
With --commands, also `audit`, `show`, `diff` and `impact --rank` at N = 300 as whole processes.

Run: `.venv/bin/python benchmarks/bench_scale.py` (about 4 minutes; `--sizes 14 300` for a quick one).
Writes benchmarks/results/scale.json with the machine it ran on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "data" / "stockholm"
RESULTS = ROOT / "benchmarks" / "results" / "scale.json"
TARGETS = {"check_to_parse": 2.5, "peak_mib_3000": 600, "growth_3000_300": 11.0, "command_300_s": 5.0}
SYNTHETIC_AS_OF = "2025-01-01"  # samverkan.synthetic.AS_OF (not imported: the benchmark measures from outside)
REAL_AS_OF = "2024-01-01"

# yaml-rs over the files a load reads (data_files: *.yaml and *.yml, not under changes/, not waivers*).
PARSE = r"""
import sys
from pathlib import Path
import yaml_rs
root = Path(sys.argv[1])
for p in sorted(root.rglob("*")):
    if p.suffix in {".yaml", ".yml"} and "changes" not in p.relative_to(root).parts[:-1] \
            and not p.name.startswith("waivers"):
        yaml_rs.loads(p.read_bytes().decode("utf-8"), parse_datetime=False)
"""

# The phases of `samverkan check DIR --format json`, each timed in CPU seconds, in one fresh process.
PHASES = r"""
import datetime as dt, json, resource, sys, time
clock = time.process_time
t = clock()
from samverkan import app
from samverkan.findings import formats
from samverkan.model.privacy import Redaction
from samverkan.store.yaml_io import load_dataset
times = {"imports": clock() - t}
folder, as_of = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
t = clock(); data, _ = load_dataset(folder, for_process_lifetime=True); times["load"] = clock() - t
t = clock()
redaction = Redaction(data, lang="sv")
later = redaction.repeatable()
shown = redaction.dataset(data, in_place=True, for_rules=later)
times["redact"] = clock() - t
t = clock(); run = app.run_rules(shown, as_of=as_of, lang="sv"); times["rules"] = clock() - t
t = clock(); findings = app.shown_findings(run.findings, redaction) if later else run.findings
times["redact"] += clock() - t
t = clock(); text = formats.to_json(findings); times["output"] = clock() - t
times["entities"] = sum(1 for _ in shown.entities())
times["findings"] = len(run.findings)
times["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(times))
"""


def samverkan() -> list[str]:
    script = Path(sys.executable).with_name("samverkan")
    return [str(script)] if script.exists() else [sys.executable, "-m", "samverkan.cli"]


ENV = dict(os.environ)
"""The children's environment: see `with_bytecode`."""


def with_bytecode() -> None:
    """Let every child use compiled bytecode, as an installed package has (pip compiles it on install): an editable
    install under PYTHONDONTWRITEBYTECODE compiles samverkan's modules again in every process (0.1 s a process on
    this machine), which is the compiler's cost, not the tool's. The bytecode goes where Python keeps it
    (`__pycache__`, ignored by git), beside the installed libraries' own."""
    ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV.pop("PYTHONPYCACHEPREFIX", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "samverkan")], env=ENV, check=True)


def child(command: list[str], cwd: Path | None = None) -> tuple[float, float, str]:
    """Run a process to its end: (CPU seconds, peak MiB, standard output) from its own rusage."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd, env=ENV)
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        out.seek(0)
        text = out.read().decode("utf-8")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure(folder: Path, as_of: str, runs: int) -> dict:
    """Parse-only and whole check alternately (`runs` pairs), then the phases (`runs` fresh processes)."""
    parse, whole, whole_mib, ratios = [], [], [], []
    for _ in range(runs):
        p, _, _ = child([sys.executable, "-c", PARSE, str(folder)])
        w, mib, _ = child([*samverkan(), "check", str(folder), "--format", "json", "--as-of", as_of])
        parse.append(p)
        whole.append(w)
        whole_mib.append(mib)
        ratios.append(w / p)
    phases = [json.loads(child([sys.executable, "-c", PHASES, str(folder), as_of])[2]) for _ in range(runs)]
    row = {key: median([ph[key] for ph in phases])
           for key in ("imports", "load", "redact", "rules", "output", "peak_mib")}
    row.update(entities=phases[0]["entities"], findings=phases[0]["findings"], runs=runs,
               parse_s=median(parse), whole_s=median(whole), whole_peak_mib=max(whole_mib),
               check_to_parse=median(ratios), whole_runs_s=whole, parse_runs_s=parse)
    return row


def generated(n: int, tmp: Path, reuse: Path | None) -> Path:
    """The data set of n agreements (seed 0): reused from `reuse/n<n>` if there, else generated into tmp."""
    if reuse is not None and (reuse / f"n{n}").is_dir():
        return reuse / f"n{n}"
    folder = (reuse or tmp) / f"n{n}"
    subprocess.run([*samverkan(), "generate", "--agreements", str(n), "--seed", "0", "--out", str(folder)],
                   capture_output=True, check=True)
    return folder


def change_set(folder: Path, target: Path) -> Path:
    """A small change set for `diff`: remove the first group of the first local agreement, with what needs it."""
    lines = sorted((folder / "agreements").glob("*.yaml"))[0].read_text(encoding="utf-8").splitlines()
    group = lines[lines.index("groups:") + 1].split("id:", 1)[1].strip()
    target.write_text(f"title: bench\nsource:\n  document: bench\noperations:\n  - op: remove\n    id: {group}\n"
                      "    cascade: true\n", encoding="utf-8")
    return target


def commands(folder: Path, tmp: Path, runs: int) -> dict:
    """check, audit, show, diff, impact --remove and impact --rank at one size, whole processes (median CPU, peak
    memory)."""
    change = change_set(folder, tmp / "change.yaml")
    register = (folder / "register.yaml").read_text(encoding="utf-8").splitlines()
    role = register[register.index("roles:") + 1].split("id:", 1)[1].strip()  # the first role of the register
    cases = {
        "check": ["check", str(folder), "--format", "json"],
        "audit": ["audit", str(folder), "--out", str(tmp / "audit")],
        "show": ["show", str(folder), "--out", str(tmp / "graph.html"), "--force"],
        "diff": ["diff", str(folder), "--change", str(change), "--format", "json"],
        "impact --remove": ["impact", str(folder), "--remove", role, "--format", "json"],
        "impact --rank": ["impact", str(folder), "--rank", "--format", "json"],
    }
    result = {}
    for name, args in cases.items():
        cpu, mib = [], []
        for _ in range(runs):
            shutil.rmtree(tmp / "audit", ignore_errors=True)
            c, m, _ = child([*samverkan(), *args, "--as-of", SYNTHETIC_AS_OF])
            cpu.append(c)
            mib.append(m)
        result[name] = {"cpu_s": median(cpu), "peak_mib": max(mib), "runs_s": cpu}
        print(f"  {name:16} {median(cpu):8.2f} s CPU {max(mib):7.0f} MiB", flush=True)
    return result


def machine() -> dict:
    return {"platform": platform.platform(), "machine": platform.machine(), "processor": platform.processor(),
            "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "load_average": os.getloadavg(), "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


HEADER = (f"{'N':>5} {'entities':>8} {'parse':>6} {'imports':>7} {'load':>6} {'redact':>6} {'rules':>6} "
          f"{'output':>6} {'whole':>6} {'check/parse':>11} {'peak MiB':>8}")


def line(n: int, row: dict) -> str:
    return (f"{n:>5} {row['entities']:>8} {row['parse_s']:>6.2f} {row['imports']:>7.2f} {row['load']:>6.2f} "
            f"{row['redact']:>6.2f} {row['rules']:>6.2f} {row['output']:>6.2f} {row['whole_s']:>6.2f} "
            f"{row['check_to_parse']:>11.2f} {row['whole_peak_mib']:>8.0f}")


def merged(path: Path, result: dict) -> dict:
    """The results file with this run's keys replaced: a run of some sizes or of the commands alone keeps the
    figures of the others (each section says which machine and load it was measured on)."""
    old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    sizes = {**old.get("sizes", {}), **{str(n): row for n, row in result.get("sizes", {}).items()}}
    return {**old, **result, "sizes": sizes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[14, 300, 3000])
    parser.add_argument("--runs", type=int, default=5, help="runs per size up to 300 (3000: 3)")
    parser.add_argument("--reuse", type=Path, help="a folder to keep generated data sets in (n300, n3000) and reuse")
    parser.add_argument("--commands", action="store_true", help="also audit, show, diff, impact --rank at 300")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the results (JSON)")
    parser.add_argument("--command-runs", type=int, default=1, help="runs of each command (audit takes minutes)")
    args = parser.parse_args()

    result = {"machine": machine(), "targets": TARGETS, "sizes": {}}
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        with_bytecode()
        for n in args.sizes:
            folder, as_of = (REAL, REAL_AS_OF) if n == 14 else (generated(n, Path(tmp), args.reuse), SYNTHETIC_AS_OF)
            row = measure(folder, as_of, args.runs if n <= 300 else min(args.runs, 3))
            result["sizes"][n] = row
            print(line(n, row), flush=True)
        sizes = result["sizes"]
        if 300 in sizes and 3000 in sizes:
            result["growth_3000_300"] = sizes[3000]["whole_s"] / sizes[300]["whole_s"]
            print(f"whole-process CPU N3000/N300 = {result['growth_3000_300']:.1f}")
        if args.commands:
            print("commands at N = 300 (whole process):")
            result["commands_300"] = commands(generated(300, Path(tmp), args.reuse), Path(tmp), args.command_runs)
            result["commands_machine"] = machine()
    print("CPU seconds (user + system), medians; parse = yaml-rs alone over the same files; imports, load, redact, "
          "rules, output = the phases inside one process; whole = `samverkan check DIR --format json`; "
          "check/parse = median of whole ÷ parse measured side by side; peak = ru_maxrss of the whole check")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(merged(args.results, result), indent=1, sort_keys=True) + "\n",
                            encoding="utf-8")
    print(f"written: {args.results}")


if __name__ == "__main__":
    main()
