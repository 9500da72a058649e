"""Recall and precision of `samverkan extract`, per element kind and per document, over four sets scored
separately: the development corpus (tests/corpus/dev, tuned on), the held-out corpus (tests/corpus/heldout,
never tuned on), the blind corpus (tests/corpus/blind: written without looking at the extractor, never tuned
on) and the seeds with a hand-written gold (tests/fixtures/extract). Also seconds per page (a page is a PDF
page, or 50 lines of text). Targets: corpus recall >= 0.85 and precision >= 0.95; seed 004 recall >= 0.95.
Writes benchmarks/results/extract.json.

    .venv/bin/python benchmarks/bench_extract.py [--set dev|heldout|blind|seeds ...] [--verbose] [--per-document]
    .venv/bin/python benchmarks/bench_extract.py --calibrate   # the confidence of each kind of fact

A held-out or blind set prints its totals only, unless --per-document asks for its documents too: whoever is
developing the extractor should not see which of those documents it misses.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import time
from collections import Counter
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
SEEDS = ROOT / "data" / "seeds"
RESULTS = ROOT / "benchmarks" / "results" / "extract.json"
CALIBRATION = ROOT / "samverkan" / "extract" / "calibration.py"
LINES_PER_PAGE = 50
SETS = ("dev", "heldout", "blind", "seeds")


def golds(name: str) -> list[tuple[Path, Path]]:
    """(gold, document) pairs of a set."""
    if name == "seeds":
        pairs = []
        for gold in sorted(FIXTURES.glob("*.yaml")):
            pairs.append((gold, SEEDS / YAML(typ="safe").load(gold.read_text(encoding="utf-8"))["document"]))
        return pairs
    from samverkan.extract.document import missing_tool

    folder = CORPUS / name
    out = []
    for gold in sorted(folder.glob("*.gold.yaml")):
        document = folder / YAML(typ="safe").load(gold.read_text(encoding="utf-8"))["document"]
        tool = missing_tool(document)
        if tool:
            print(f"{name}/{document.name}: not scored, read through {tool} (not installed)", file=sys.stderr)
            continue
        out.append((gold, document))
    return out


def run_one(gold: Path, document: Path, verbose: bool, shown: bool) -> dict:
    from samverkan.extract.document import read_document
    from samverkan.extract.normalise import Normaliser
    from samverkan.extract.record import recognise
    from samverkan.extract.score import score

    expected = YAML(typ="safe").load(gold.read_text(encoding="utf-8"))
    started = time.perf_counter()
    doc = read_document(document, Normaliser())
    record = recognise(doc)
    elapsed = time.perf_counter() - started
    pages = max(doc.pages) if doc.pages else max(1, -(-len(doc) // LINES_PER_PAGE))
    window = tuple(expected["lines"]) if expected.get("lines") else None
    total, sections = score(expected["sections"], record.to_plain(), window)
    result = {"document": document.name, "precision": round(total.precision, 3), "recall": round(total.recall, 3),
              "expected": sum(total.expected.values()), "extracted": sum(total.extracted.values()),
              "matched": sum(total.matched.values()), "seconds": round(elapsed, 3), "pages": pages,
              "kinds": {k: {"expected": sum(s.expected.values()), "extracted": sum(s.extracted.values()),
                            "matched": sum(s.matched.values())} for k, s in sections.items()},
              "fields": _by_field(total)}
    if not shown:
        return result
    print(f"  {document.name:40} P {total.precision:.3f}  R {total.recall:.3f}  "
          f"({result['matched']}/{result['expected']}/{result['extracted']}; {elapsed:.2f} s, {pages} p)")
    if verbose:
        for fact in total.missed():
            print("      missed:  ", fact)
        for fact in total.spurious():
            print("      spurious:", fact)
    return result


def _by_field(total) -> dict[str, Counter]:
    """Expected, extracted and matched facts per kind of fact: a section's entities ("groups") or one of its
    fields ("groups.members")."""
    out: dict[str, Counter] = {}
    for counter, key in ((total.expected, "expected"), (total.extracted, "extracted"), (total.matched, "matched")):
        for (section, _name, field, _value), n in counter.items():
            out.setdefault(f"{section}.{field}" if field else section, Counter())[key] += n
    return out


def _summed(results: list[dict], key: str) -> dict[str, Counter]:
    """The documents' counts under `key` ("kinds" or "fields") added up per kind."""
    out: dict[str, Counter] = {}
    for r in results:
        for kind, c in r[key].items():
            out.setdefault(kind, Counter()).update(c)
    return out


def calibrate(results: list[dict]) -> Path:
    """Writes samverkan/extract/calibration.py: drafted and right facts per kind over the never-tuned sets."""
    lines = ['"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/',
             f'heldout and blind: {len(results)} documents). Written by `benchmarks/bench_extract.py --calibrate`; '
             'do not edit."""',
             "", "MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)"]
    kinds = sorted(_summed(results, "fields").items())
    lines += [f'    "{kind}": ({c["extracted"]}, {c["matched"]}),' for kind, c in kinds if c["extracted"]]
    CALIBRATION.write_text("\n".join([*lines, "}", ""]), encoding="utf-8")
    return CALIBRATION


def summarise(results: list[dict]) -> dict:
    kinds = _summed(results, "kinds")
    all_ = Counter()
    for c in kinds.values():
        all_.update(c)

    def pr(c: Counter) -> dict:
        return {"precision": round(c["matched"] / c["extracted"], 3) if c["extracted"] else 1.0,
                "recall": round(c["matched"] / c["expected"], 3) if c["expected"] else 1.0, **dict(c)}

    seconds, pages = sum(r["seconds"] for r in results), sum(r["pages"] for r in results)
    fields = _summed(results, "fields")
    results = [{k: v for k, v in r.items() if k != "fields"} for r in results]
    return {"total": pr(all_), "kinds": {k: pr(c) for k, c in sorted(kinds.items())},
            "fields": {k: pr(c) for k, c in sorted(fields.items())},
            "seconds_per_page": round(seconds / pages, 3) if pages else None, "documents": results}


def main() -> int:
    parser = argparse.ArgumentParser(description="Recall and precision of samverkan extract, per kind and document.")
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="a set to score (repeatable; "
                        "default all, which also writes the results file)")
    parser.add_argument("--verbose", "-v", action="store_true", help="each document's missed and spurious facts")
    parser.add_argument("--per-document", action="store_true",
                        help="also the documents of the held-out and blind sets (not while developing)")
    parser.add_argument("--only", metavar="GLOB", action="append",
                        help="score only the documents whose file name matches (repeatable; dev and seeds only)")
    parser.add_argument("--calibrate", action="store_true",
                        help="measure the confidence of each kind of fact on the held-out and blind sets and write "
                             "samverkan/extract/calibration.py (totals only)")
    args = parser.parse_args()
    if args.calibrate:
        results = [run_one(g, d, False, False) for name in ("heldout", "blind") for g, d in golds(name)]
        print(f"written {calibrate(results).relative_to(ROOT)} ({len(results)} documents)")
        return 0
    if args.only and set(args.sets or SETS) & {"heldout", "blind"}:
        parser.error("--only is for dev and seeds: the held-out and blind sets are scored whole")
    wanted = args.sets or list(SETS)
    report = {}
    for name in wanted:
        pairs = golds(name)
        if args.only:
            pairs = [(g, d) for g, d in pairs if any(fnmatch.fnmatch(d.name, p) for p in args.only)]
        if not pairs:
            print(f"{name}: no documents with a gold")
            continue
        print(f"{name}:")
        shown = args.per_document or name in ("dev", "seeds")
        summary = summarise([run_one(g, d, args.verbose, shown) for g, d in pairs])
        report[name] = summary
        t = summary["total"]
        print(f"{name} total: precision {t['precision']:.3f}  recall {t['recall']:.3f}  "
              f"({t['matched']}/{t['expected']}/{t['extracted']}); {summary['seconds_per_page']} s/page")
        for kind, s in summary["kinds"].items():
            print(f"    {kind:16} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                  f"({s['matched']}/{s['expected']}/{s['extracted']})")
    if set(wanted) == set(SETS) and not args.only:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
