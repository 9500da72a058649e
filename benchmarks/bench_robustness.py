"""How much of `samverkan extract`'s reading survives a change of form that keeps the meaning: every .txt and .md
text of the corpus read as written and through each perturbation of `perturbations.py` (forwarded in a mail,
copied out of a PDF, headings unnumbered or in capitals, page headers left in, blank lines lost, other list
marks, OCR noise), each scored against its own gold. Prints precision and recall per set and perturbation and the
change against the text as written; writes benchmarks/results/robustness.json. Totals only, as for
bench_extract's held-out and blind sets.

    .venv/bin/python benchmarks/bench_robustness.py [--set dev|heldout|blind ...] [--perturbation NAME ...]
                                                     [--every N] [--jobs N]
    .venv/bin/python benchmarks/bench_robustness.py --set dev --perturbation NAME --per-document [--only GLOB]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import tempfile
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_extract  # noqa: E402
from perturbations import PERTURBATIONS, perturb  # noqa: E402

RESULTS = bench_extract.ROOT / "benchmarks" / "results" / "robustness.json"
AS_WRITTEN = "as_written"
TEXTS = {".txt", ".md"}


def _score(job: tuple[str, str, str, bool]) -> tuple[str, str, dict]:
    """(set, perturbation, counts) of one document read through one perturbation; with `facts`, also the facts
    missed and invented (dev only)."""
    set_, name, gold_path, facts = job
    gold = Path(gold_path)
    expected = YAML(typ="safe").load(gold.read_text(encoding="utf-8"))
    document = gold.parent / expected["document"]
    with tempfile.TemporaryDirectory() as tmp:
        if name != AS_WRITTEN:
            text, changed = perturb(name, document.read_text(encoding="utf-8"))
            document = Path(tmp) / document.name
            document.write_text(text, encoding="utf-8")
            if expected.get("lines"):
                expected["lines"] = list(changed.window(*expected["lines"]))
            expected["document"] = document.name
            gold = Path(tmp) / gold.name
            gold.write_text(json.dumps(expected, default=str, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
        result = bench_extract.run_one(gold, document, False, False)
        counts = {k: result[k] for k in ("expected", "extracted", "matched")}
        if facts:
            counts["document"] = document.name
            counts["missed"], counts["invented"] = _differences(gold, document)
    return set_, name, counts


def _differences(gold: Path, document: Path) -> tuple[list, list]:
    from samverkan.extract.document import read_document
    from samverkan.extract.normalise import Normaliser
    from samverkan.extract.record import recognise
    from samverkan.extract.score import score

    expected = YAML(typ="safe").load(gold.read_text(encoding="utf-8"))
    record = recognise(read_document(document, Normaliser()))
    window = tuple(expected["lines"]) if expected.get("lines") else None
    total, _ = score(expected["sections"], record.to_plain(), window)
    return total.missed(), total.spurious()


def _jobs(sets: list[str], names: list[str], every: int, only: list[str], facts: bool) -> list[tuple]:
    jobs = []
    for set_ in sets:
        pairs = [(g, d) for g, d in bench_extract.golds(set_) if d.suffix in TEXTS][::every]
        if only:
            pairs = [(g, d) for g, d in pairs if any(fnmatch.fnmatch(d.name, p) for p in only)]
        jobs += [(set_, name, str(g), facts) for g, _ in pairs for name in [AS_WRITTEN, *names]]
    return jobs


def _per_document(scored: list) -> None:
    """Each dev document's score through each perturbation that lowers it, with the facts lost and gained."""
    as_written = {c["document"]: c for _, name, c in scored if name == AS_WRITTEN}
    for _, name, c in scored:
        base = as_written[c["document"]]
        if name == AS_WRITTEN or (c["matched"] >= base["matched"] and c["extracted"] <= base["extracted"]):
            continue
        print(f"  {c['document']:44} {name:18} matched {base['matched']} → {c['matched']}, "
              f"invented {base['extracted'] - base['matched']} → {c['extracted'] - c['matched']}")
        for fact in sorted(set(c["missed"]) - set(base["missed"])):
            print("      lost:    ", fact)
        for fact in sorted(set(c["invented"]) - set(base["invented"])):
            print("      invented:", fact)


def _pr(c: Counter) -> dict:
    return {"precision": round(c["matched"] / c["extracted"], 3) if c["extracted"] else 1.0,
            "recall": round(c["matched"] / c["expected"], 3) if c["expected"] else 1.0, **dict(c)}


def main() -> int:
    parser = argparse.ArgumentParser(description="Extraction scores of the corpus texts through changes of form.")
    parser.add_argument("--set", dest="sets", action="append", choices=("dev", "heldout", "blind"))
    parser.add_argument("--perturbation", dest="names", action="append", choices=sorted(PERTURBATIONS))
    parser.add_argument("--every", type=int, default=1, help="every Nth text of a set (default all)")
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--only", metavar="GLOB", action="append", help="dev texts whose file name matches")
    parser.add_argument("--per-document", action="store_true",
                        help="each dev text that a perturbation lowers, with the facts lost and invented")
    args = parser.parse_args()
    sets, names = args.sets or ["dev", "heldout", "blind"], args.names or list(PERTURBATIONS)
    if (args.only or args.per_document) and set(sets) != {"dev"}:
        parser.error("--only and --per-document are for dev: held-out and blind texts are scored whole")
    jobs = _jobs(sets, names, args.every, args.only or [], args.per_document)
    with Pool(args.jobs) as pool:
        scored = pool.map(_score, jobs, chunksize=4) if args.jobs > 1 else list(map(_score, jobs))
    if args.per_document:
        _per_document(scored)
    totals: dict[str, dict[str, Counter]] = {}
    for set_, name, counts in scored:
        totals.setdefault(set_, {}).setdefault(name, Counter()).update(
            {k: counts[k] for k in ("expected", "extracted", "matched")})
    report = {set_: {name: _pr(c) for name, c in by_name.items()} for set_, by_name in totals.items()}
    for set_, by_name in report.items():
        base = by_name[AS_WRITTEN]
        print(f"{set_} ({sum(1 for j in jobs if j[0] == set_ and j[1] == AS_WRITTEN)} texts):")
        for name, s in by_name.items():
            print(f"  {name:18} P {s['precision']:.3f} ({s['precision'] - base['precision']:+.3f})  "
                  f"R {s['recall']:.3f} ({s['recall'] - base['recall']:+.3f})")
    if args.every == 1 and not args.names and not args.sets and not args.only:
        RESULTS.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {RESULTS.relative_to(bench_extract.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
