"""Write tests/golden/stockholm-findings.json: the findings of the real data set (data/stockholm) at three
dates, with the profile each date chooses by itself (profile_for). Run it after a change that is meant to
change findings, read the diff, and explain each change in the commit message:

    python -m tests.golden.regenerate
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "stockholm-findings.json"
DATES = ("2016-06-01", "2019-12-01", "2024-01-01")
KEYS = ("rule", "severity", "agreement", "subject", "message_en", "citation")


def findings_at_dates() -> dict:
    from samverkan.rules.engine import check, profile_for
    from samverkan.store.yaml_io import load_dataset

    data, _ = load_dataset(ROOT / "data" / "stockholm")
    out = {}
    for day in DATES:
        as_of = dt.date.fromisoformat(day)
        profile = profile_for(data, as_of)
        found = check(data, profile, as_of, lang="en")
        out[day] = {"profile": profile, "count": len(found),
                    "findings": [{k: getattr(f, k) for k in KEYS} for f in found]}
    return out


def render(golden: dict) -> str:
    return json.dumps(golden, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


if __name__ == "__main__":
    GOLDEN.write_text(render(findings_at_dates()), encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
