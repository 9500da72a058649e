"""Fuzz benchmark: malformed inputs of every class for every reader through the CLI, for a count or time budget.

Each example picks a reader (data set, change set, profile, waivers, extract) and a class of bad input
(truncated, binary, encoding, huge, deep, alias, odd-id, bad-date, type-swap, empty, not-a-file, mutated, and
since issue 22: number (.inf, .nan, 1e400, giant or unbounded integers), collection (a list or map where a word
belongs), program-text (formula prefixes, raw control characters, ESC, bidi and emoji codes in text)),
draws a random variant of it and runs the real CLI on it in its own process (tests/cli_runner.py: a
forked `samverkan.cli.main()`, 1 GiB memory limit, timeout). It counts per class how many inputs were
tried, how many gave a located error (exit 2 naming the file; "with line" when a line is named too),
how many loaded (exit 0/1), and failures (a traceback, a crash, a timeout, another exit status); and it
records the slowest case and the peak memory. The class `out` tries the output side instead: a FIFO or device
node as --out, a symlinked subfolder, a hand-added file (tests/malformed_inputs.out_cases): each must be refused
(exit 2) in bounded time with the user's files intact. Prints a table and writes benchmarks/results/fuzz.json.

    .venv/bin/python benchmarks/fuzz_inputs.py --examples 5000 --seconds 300
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import malformed_inputs as mi  # noqa: E402
from tests.cli_runner import Runner  # noqa: E402

CLASSES = ("truncated", "binary", "encoding", "huge", "deep", "alias", "odd-id", "bad-date", "type-swap", "empty",
           "not-a-file", "mutated", "number", "collection", "program-text", "out")
NUMBERS = [".inf", "-.inf", "+.INF", ".nan", ".NaN", "1e400", "-1e999", "1.7976931348623159e308", "9" * 25,
           "9" * 400, "9" * 5000, "0x" + "f" * 40, "9000", "30000", "-1", "0", "2147483648", "9223372036854775808"]
PROGRAM = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\x1b[1A\x1b[2K", "\x1b]0;t\x07",
           "\x9b2J", "\x00", "\x0b\x0c", "\ufffe", "\u202e", "\u2066", ":100:", ":smile:", "file.yaml:1:2:", "🙂"]
MAGIC = [b"", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x7fELF", b"%PDF-1.4\n", b"\xff\xd8\xff", b"\x1f\x8b",
         b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]
ODD = ["stockholms stad", "a/../b", "'\"", "<script>alert(1)</script>", "\x01\x02", "\u202e\u200f", "é" * 500,
       "\ud7ff", "x" * 5000, "", " ", "\u0000", "–—", "🙂", "null", "~", "- x", "a: b"]
DATES = ["2018-02-30", "0000-01-01", "2018-13-01", "2018-00-10", "99999-01-01", "2018-1-1", "-2018-01-01",
         "2018-02-29", "2020-02-30T25:00", "yesterday"]
TOKENS = mi.VALID["dataset"].split() + mi.VALID["changeset"].split() + [
    "- ", ": ", "[", "]", "{", "}", "&a ", "*a ", "<<: ", "!!python/object ", "\n", "  ", "\t", "'", '"', "#",
    "%YAML 1.1\n", "---\n", "...\n", "? ", "|\n", ">\n", "\ufeff", "\x00", "\x85", "\u2028"]


def variant(rng: random.Random, reader: str, cls: str) -> mi.Case:
    """A random case of a class for a reader."""
    doc = reader == "extract"
    text = mi.VALID[reader]
    suffix = rng.choice([".txt", ".md", ".pdf"]) if doc else rng.choice([".yaml", ".yml"])
    base = mi.tiny_pdf() if suffix == ".pdf" else text.encode("utf-8")

    def case(make, env=None, suffix=suffix):
        return mi.Case(cls, "random", reader, make, "any", suffix, env)

    if cls == "truncated":
        cut = rng.randrange(len(base) + 1)
        return case(mi._write(base[:cut]))
    if cls == "binary":
        return case(mi._write(rng.choice(MAGIC) + rng.randbytes(rng.randrange(1, 20_000))))
    if cls == "encoding":
        enc = rng.choice(["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "mac-roman",
                          "cp437"])
        extra = "" if doc else "# Södermalm – Kungsholmen, Älvsjö\n"
        return case(mi._write((text + extra).encode(enc, "replace")), suffix=".txt" if doc else suffix)
    if cls == "huge":
        pick = rng.random()
        limit = mi.LIMITS_MB["pdf" if suffix == ".pdf" else "text"] * 1_000_000
        if pick < 0.4:
            return case(mi._sparse(limit + rng.randrange(1, 200_000_000)))
        if pick < 0.7:
            return case(mi._long_line(rng.randrange(100_000, 2_000_000), reader), suffix=".txt" if doc else suffix)
        size = rng.randrange(100_000, 1_500_000)
        return case(mi._padded(text, size, doc), env={"SAMVERKAN_MAX_FILE_MB": rng.choice(["0.1", "1", "2"])},
                    suffix=".txt" if doc else suffix)
    if cls == "deep":
        levels = rng.choice([50, 99, 100, 101, 500, 5_000, 30_000, 200_000])
        if doc:
            if suffix == ".pdf":
                return case(mi._write(mi.tiny_pdf(b"/X " + b"[" * levels + b"]" * levels)))
            return case(mi._write(rng.choice(["(", "[", "> ", "- ", "#"]) * levels + text))
        kind = rng.choice(["flow-seq", "flow-map", "block-seq", "unclosed", "indented-map"])
        if kind == "indented-map":
            levels = min(levels, 3_000)
        return case(mi._write(mi.deep(kind, levels)))
    if cls == "alias":
        if doc:
            return case(mi._write("&a *a <<: " * rng.randrange(1, 2000) + text), suffix=".txt")
        depth, width = rng.randrange(1, 12), rng.randrange(2, 12)
        lines = [f"l0: &l0 {'x' * rng.randrange(1, 50)}"]
        lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]" for i in range(1, depth)]
        if rng.random() < 0.3:
            lines.append("m:\n  <<: [*l0, *l0]")
        return case(mi._write("\n".join(lines) + "\n"))
    if cls == "odd-id":
        value = rng.choice(ODD) + (rng.choice(ODD) if rng.random() < 0.5 else "")
        value = value.encode("utf-8", "replace").decode("utf-8")
        return case(mi._write(mi.odd_id(reader, value)), suffix=".txt" if doc else suffix)
    if cls == "bad-date":
        return case(mi._write(mi.bad_date(reader, rng.choice(DATES))), suffix=".txt" if doc else suffix)
    if cls == "type-swap":
        swaps = mi.TYPE_SWAPS.get(reader)
        if not swaps:
            return case(mi._write(text.replace(" ", rng.choice(["1", "2.5", "true", "null"]), 3)), suffix=".txt")
        new = text
        for old, repl in rng.sample(swaps, rng.randrange(1, len(swaps) + 1)):
            new = new.replace(old, repl)
        return case(mi._write(new))
    if cls == "empty":
        return case(mi._write(rng.choice([b"", b"\n", b" \n\t\n", b"# x\n", b"\xef\xbb\xbf", b"---\n", b"...\n",
                                          b"~\n", b"null\n", b"[]\n", b"{}\n", b"''\n"])))
    if cls == "not-a-file":
        return case(rng.choice([mi._directory, mi._fifo, mi._loop, mi._dangling]))
    if cls == "number":
        if suffix == ".pdf":
            return case(mi._write(lambda: mi.hostile_pdf(rng.choice(["bomb", "length", "nested", "shared"]))))
        return case(mi._write(mi.bad_number(reader, rng.choice(NUMBERS))), suffix=".txt" if doc else suffix)
    if cls == "collection":
        swaps = mi.COLLECTION_SWAPS.get(reader)
        if not swaps:
            return case(mi._write(text.replace(" ", rng.choice([" [x] ", " {a: 1} "]), 3)), suffix=".txt")
        new = text
        for old, repl in rng.sample(swaps, rng.randrange(1, len(swaps) + 1)):
            new = new.replace(old, repl, 1)
        return case(mi._write(new))
    if cls == "program-text":
        value = "".join(rng.choice(PROGRAM) for _ in range(rng.randrange(1, 4))) + " text"
        return case(mi._write(mi.program_text(reader, value, raw=rng.random() < 0.3)), suffix=".txt" if doc else suffix)
    # mutated: random edits of the valid file, or token soup
    if rng.random() < 0.5 or doc:
        data = bytearray(base)
        for _ in range(rng.randrange(1, 30)):
            at = rng.randrange(len(data) + 1)
            op = rng.random()
            if op < 0.4:
                data[at:at + rng.randrange(1, 20)] = b""
            elif op < 0.8:
                data[at:at] = rng.choice(TOKENS).encode("utf-8", "surrogatepass")
            else:
                data[at:at] = rng.randbytes(rng.randrange(1, 8))
        return case(mi._write(bytes(data)))
    return case(mi._write("".join(rng.choice(TOKENS) for _ in range(rng.randrange(1, 80))).encode("utf-8")))


def outcome(result: dict, target: Path) -> str:
    err = result["stderr"]
    if result["timed_out"]:
        return "timeout"
    if "Traceback" in err:
        return "traceback"
    if result["rc"] < 0:
        return "crash"
    if result["rc"] in (0, 1):
        return "loaded"
    if result["rc"] == 2:
        names = {target.name, target.parent.name}
        lines = [line for line in err.splitlines() if any(n in line for n in names)]
        if not lines:
            return "error-unnamed"
        with_line = any(re.search(re.escape(target.name) + r":\d+", line) for line in lines)
        return "error+line" if with_line else "error"
    return f"exit-{result['rc']}"


OUT_CASES = mi.out_cases()


def out_outcome(result: dict, case: mi.OutCase, work: Path) -> str:
    """An output-side case: refused (exit 2, a message) with the target and the user's files intact."""
    if result["timed_out"]:
        return "timeout"
    if "Traceback" in result["stderr"]:
        return "traceback"
    if not case.intact(work):
        return "damaged"
    return "error" if result["rc"] == 2 and result["stderr"].strip() else f"exit-{result['rc']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=300, help="stop after this long even if examples are left")
    parser.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.json")
    args = parser.parse_args()

    stats: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    failures: list[dict] = []
    slowest = {"seconds": 0.0}
    peak = {"peak_mb": 0.0}
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds
    counter = iter(range(args.examples))
    base = Path(tempfile.mkdtemp(prefix="samverkan-fuzz-"))
    start = time.monotonic()

    def worker(k: int) -> None:
        rng = random.Random(args.seed * 1000 + k)
        runner = Runner(ROOT)
        try:
            while time.monotonic() < deadline:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                reader = rng.choice(mi.READERS)
                cls = rng.choice(CLASSES)
                work = base / str(n)
                if cls == "out":
                    out_case = rng.choice(OUT_CASES)
                    reader, case = "output", mi.Case(cls, out_case.name, "output", None, "error", "")
                    work.mkdir(parents=True)
                    result = runner.run(out_case.make(work), cwd=work, timeout=args.timeout)
                    kind = out_outcome(result, out_case, work)
                else:
                    case = variant(rng, reader, cls)
                    argv, target = mi.place(case, work)
                    result = runner.run(argv, cwd=work, env=case.env, timeout=args.timeout)
                    kind = outcome(result, target)
                with lock:
                    row = stats[cls]
                    row["tried"] += 1
                    row[reader] += 1
                    row[kind] += 1
                    info = {"class": cls, "reader": reader, "suffix": case.suffix, "example": n,
                            "seconds": result["seconds"], "peak_mb": result["peak_mb"], "outcome": kind,
                            "message": result["stderr"].strip().splitlines()[-1][:200] if result["stderr"].strip()
                            else ""}
                    if result["seconds"] > slowest["seconds"]:
                        slowest.clear()
                        slowest.update(info)
                    if result["peak_mb"] > peak["peak_mb"]:
                        peak.clear()
                        peak.update(info)
                    if kind not in ("loaded", "error", "error+line"):
                        failures.append({**info, "stderr": result["stderr"][-2000:]})
                shutil.rmtree(work, ignore_errors=True)
        finally:
            runner.close()

    with ThreadPoolExecutor(args.workers) as pool:
        list(pool.map(worker, range(args.workers)))
    shutil.rmtree(base, ignore_errors=True)
    elapsed = time.monotonic() - start

    columns = ["tried", "error+line", "error", "loaded", "failures"]
    print(f"{'class':12} " + " ".join(f"{c:>10}" for c in columns) + "   readers (d/c/p/w/x)")
    total = defaultdict(int)
    for cls in CLASSES:
        row = stats.get(cls, {})
        fails = sum(v for k, v in row.items()
                    if k not in ("tried", "error+line", "error", "loaded", "output", *mi.READERS))
        values = [row.get("tried", 0), row.get("error+line", 0), row.get("error", 0), row.get("loaded", 0), fails]
        for c, v in zip(columns, values, strict=True):
            total[c] += v
        readers = "/".join(str(row.get(r, 0)) for r in mi.READERS)
        print(f"{cls:12} " + " ".join(f"{v:>10}" for v in values) + f"   {readers}")
    print(f"{'total':12} " + " ".join(f"{total[c]:>10}" for c in columns))
    print(f"{total['tried']} inputs in {elapsed:.0f} s with {args.workers} workers; slowest {slowest.get('seconds')} s "
          f"({slowest.get('class')}/{slowest.get('reader')}{slowest.get('suffix', '')}, {slowest.get('outcome')}); "
          f"peak memory {peak.get('peak_mb')} MB ({peak.get('class')}/{peak.get('reader')})")
    for f in failures[:10]:
        print("FAILURE", json.dumps(f, ensure_ascii=False)[:600])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "command": " ".join(["benchmarks/fuzz_inputs.py", *sys.argv[1:]]), "seed": args.seed,
        "seconds": round(elapsed, 1), "workers": args.workers, "inputs": total["tried"],
        "classes": {cls: dict(stats.get(cls, {})) for cls in CLASSES}, "totals": dict(total),
        "slowest": slowest, "peak_memory": peak, "failures": failures[:50],
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
