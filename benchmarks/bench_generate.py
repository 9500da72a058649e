"""Benchmark: `samverkan generate` for N = 14, 300 and 3000 local agreements: building the data set
(samverkan.synthetic.generate), rendering its files (yaml_io.dataset_files and injected.json) and writing
them (outputs.write_all, atomically, as the command does). Prints one row per size.

Run: `.venv/bin/python benchmarks/bench_generate.py [N ...]` (give sizes to run others). With `--ruamel` the
files are also rendered through ruamel.yaml alone (yaml_io.dump_sections_ruamel, the writer before the fast
one) for the two smaller sizes, to show what the fast writer saves.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samverkan.io.outputs import write_all  # noqa: E402
from samverkan.store import yaml_io  # noqa: E402
from samverkan.synthetic import generate  # noqa: E402

SIZES = (14, 300, 3000)


def run(n: int, ruamel: bool) -> None:
    start = time.perf_counter()
    s = generate(n, 0)
    built = time.perf_counter()
    files = {rel: text for rel, text in yaml_io.dataset_files(s.data).items()}
    files["injected.json"] = s.manifest()
    rendered = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_all({Path(tmp) / rel: text for rel, text in files.items()})
    written = time.perf_counter()
    entities = sum(1 for _ in s.data.entities())
    size = sum(len(t.encode("utf-8")) for t in files.values()) / 1e6
    slow = ""
    if ruamel and n <= 300:
        original = yaml_io.dump_sections
        yaml_io.dump_sections = yaml_io.dump_sections_ruamel
        try:
            t = time.perf_counter()
            assert yaml_io.dataset_files(s.data) == {k: v for k, v in files.items() if k != "injected.json"}
            slow = f"{time.perf_counter() - t:10.2f}"
        finally:
            yaml_io.dump_sections = original
    print(f"{n:>6} {entities:>9} {len(files):>6} {size:>7.1f} {built - start:>9.2f} {rendered - built:>8.2f} "
          f"{written - rendered:>7.2f} {written - start:>7.2f} {slow}", flush=True)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sizes = [int(a) for a in args] or SIZES
    ruamel = "--ruamel" in sys.argv
    print(f"{'N':>6} {'entities':>9} {'files':>6} {'MB':>7} {'generate':>9} {'render':>8} {'write':>7} {'total':>7}"
          + (f" {'ruamel':>10}" if ruamel else ""))
    for n in sizes:
        run(n, ruamel)


if __name__ == "__main__":
    main()
