"""Does `samverkan extract` give a draft whose check finds the same problems as the hand-made data set?

Extracts seed 004 against the register of data/stockholm and compares the findings for the Norrmalm
agreement (rule, severity, subject) two ways: the draft alone against the hand-made Norrmalm agreement with
the same register and city-wide agreements, and the draft put in place of the hand-made agreement inside
the whole data set.
Subjects are matched by entity name, since the draft's ids are its own. The follow-up rules (SAM100–SAM103,
family `followup`) are left out: extraction does not read lägesbilder, action plans or meeting records yet.
The score of a run is the share of the findings of either side that both sides have (Jaccard); `compare`
returns the lowest over the runs.

    .venv/bin/python benchmarks/bench_extract_check.py [--verbose]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "stockholm"
SEED = ROOT / "data" / "seeds" / "004_f4e994a290e1df75.txt"
HAND = "norrmalm-2016"
RUNS = [("stockholm-2019", dt.date(2017, 1, 1)), ("stockholm-2019", dt.date(2020, 1, 1)),
        ("stockholm-2023", dt.date(2024, 1, 1))]


NOT_READ = {"followup"}
"""Rule families about what extraction does not read (yet)."""


def _load(files: list[Path]):
    from samverkan.store.yaml_io import load_dataset

    with tempfile.TemporaryDirectory() as tmp:
        for i, f in enumerate(files):
            (Path(tmp) / f"{i:02d}_{f.name}").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        return load_dataset(tmp)[0]


def _names(data) -> dict[str, str]:
    return {e.id: getattr(e, "name", None) or getattr(e, "title", None) or e.id for e in data.entities()}


def _mapping(draft, hand) -> dict[str, str]:
    """Draft id → hand-made id, by kind of entity and name (one to one, best first)."""
    out: dict[str, str] = {}
    for section in ("agreements", "groups", "activities", "priority_areas"):
        a = getattr(draft, section)
        b = [y for y in getattr(hand, section) if hand.agreement_of(y.id) == HAND]
        pairs = sorted(((fuzz.token_set_ratio(x.name if hasattr(x, "name") else x.title,
                                              y.name if hasattr(y, "name") else y.title), x.id, y.id)
                        for x in a for y in b), reverse=True)
        used: set[str] = set()
        for score, x, y in pairs:
            if score >= 80 and x not in out and y not in used:
                out[x] = y
                used.add(y)
    return out


def _findings(data, agreement: str, profile: str, day: dt.date, rename: dict[str, str] | None = None):
    from samverkan.rules.engine import check

    rename = rename or {}
    from samverkan.rules.catalogue import RULES

    found = [f for f in check(data, profile, day, agreement=agreement) if RULES[f.rule].family not in NOT_READ]
    return sorted({(f.rule, f.severity, rename.get(f.subject, f.subject)) for f in found}), found


def compare(verbose: bool = False) -> float:
    from samverkan.extract.run import run_extract
    from samverkan.store.yaml_io import load_dataset

    full = load_dataset(DATA)[0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft"
        result = run_extract(SEED, out, full, register_path=DATA)
        if result.load_problems:
            print("the draft does not load:", *result.load_problems, sep="\n  ")
            return 0.0
        draft = load_dataset(out)[0]
        draft_agreement = result.draft.agreement_id
        register_files = sorted((DATA / "register").glob("*.yaml"))
        city_wide = sorted((DATA / "agreements").glob("stockholm-*.yaml"))  # the draft carries them as context
        hand_alone = _load([*register_files, *city_wide, DATA / "agreements" / f"{HAND}.yaml"])
        drafted = set(result.draft.drafted)
        extra = [e for e in [*draft.organisations, *draft.roles] if e.id in drafted]
        in_context = type(full)(
            name="in-context",
            **{s: [e for e in getattr(full, s) if full.agreement_of(e.id) != HAND]
               + ([e for e in getattr(draft, s) if draft.agreement_of(e.id) == draft_agreement]
                  + [e for e in extra if draft.section_of(e) == s])
               for s, _ in full.sections()},
        )
    rename = _mapping(draft, full)
    score = 1.0
    print(f"draft {draft_agreement}: {sum(len(v) for _, v in draft.sections())} entities; "
          f"{len(drafted)} draft entities; subjects matched by name: {len(rename)}")
    for label, hand_data, draft_data in (("alone (register, city-wide, agreement)", hand_alone, draft),
                                         ("in the whole data set", full, in_context)):
        for profile, day in RUNS:
            hand_set, _ = _findings(hand_data, HAND, profile, day)
            draft_set, raw = _findings(draft_data, draft_agreement, profile, day, rename)
            same = set(hand_set) & set(draft_set)
            only_hand, only_draft = sorted(set(hand_set) - same), sorted(set(draft_set) - same)
            status = "same" if not only_hand and not only_draft else "differ"
            union = set(hand_set) | set(draft_set)
            score = min(score, len(same) / len(union) if union else 1.0)
            print(f"{label:34} {profile} as of {day}: hand-made {len(hand_set)}, draft {len(draft_set)}, "
                  f"same {len(same)} -> {status}")
            for f in only_hand:
                print("    only hand-made:", f)
            for f in only_draft:
                print("    only draft:    ", f)
            if verbose:
                for f in hand_set:
                    print("    ", f)
    return score


if __name__ == "__main__":
    result = compare("--verbose" in sys.argv or "-v" in sys.argv)
    print(f"lowest share of findings both sides have: {result:.3f}")
    sys.exit(0)
