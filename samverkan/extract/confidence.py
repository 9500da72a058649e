"""How sure a drafted fact is: the share of facts of its kind (a section's entity, or one of its fields) that were
right in the texts the extractor is never tuned on (tests/corpus/heldout and blind), smoothed as
(right + 1) / (drafted + 2) so that a few facts never claim certainty. `calibration.py` holds the counts;
`benchmarks/bench_extract.py --calibrate` measures them again."""

from __future__ import annotations

from samverkan.extract.calibration import MEASURED


def of(section: str, field: str = "") -> float | None:
    """The measured share right of facts of this kind; None for a kind no gold lists (contacts, plans)."""
    counts = MEASURED.get(f"{section}.{field}" if field else section)
    if counts is None:
        return None
    drafted, right = counts
    return round((right + 1) / (drafted + 2), 2)
