"""Field-level precision and recall of `samverkan extract` against the hand-written expectations in
tests/fixtures/extract/ (seed 004 whole, seed 003's structure section). Target: at least 0.9 each.

    .venv/bin/python benchmarks/bench_extract.py [--verbose]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
SEEDS = ROOT / "data" / "seeds"
TARGET = 0.9


def run(fixture: Path, verbose: bool = False) -> tuple[float, float]:
    from samverkan.extract.document import read_document
    from samverkan.extract.normalise import Normaliser
    from samverkan.extract.record import recognise
    from samverkan.extract.score import score

    expected = YAML(typ="safe").load(fixture.read_text(encoding="utf-8"))
    started = time.perf_counter()
    doc = read_document(SEEDS / expected["document"], Normaliser())
    record = recognise(doc)
    elapsed = time.perf_counter() - started
    window = tuple(expected["lines"]) if expected.get("lines") else None
    total, sections = score(expected["sections"], record.to_plain(), window)
    print(f"{expected['document']} lines {window[0]}-{window[1]}: precision {total.precision:.3f}  "
          f"recall {total.recall:.3f}  ({sum(total.matched.values())} of {sum(total.expected.values())} expected, "
          f"{sum(total.extracted.values())} extracted; {elapsed:.2f} s)")
    for name, s in sections.items():
        print(f"    {name:16} P {s.precision:.3f}  R {s.recall:.3f}  "
              f"({sum(s.matched.values())}/{sum(s.expected.values())}/{sum(s.extracted.values())})")
    if verbose:
        for fact in total.missed():
            print("    missed:  ", fact)
        for fact in total.spurious():
            print("    spurious:", fact)
    return total.precision, total.recall


def main() -> int:
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    results = [run(f, verbose) for f in sorted(FIXTURES.glob("*.yaml"))]
    ok = all(p >= TARGET and r >= TARGET for p, r in results)
    print(f"target precision and recall >= {TARGET}: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
