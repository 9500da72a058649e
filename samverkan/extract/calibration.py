"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 48 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (48, 41),
    "agreement.dnr": (57, 56),
    "agreement.level": (48, 48),
    "agreement.valid_from": (47, 47),
    "agreement.valid_to": (48, 48),
    "groups": (166, 148),
    "groups.chair": (155, 143),
    "groups.chair_alternating": (24, 24),
    "groups.frequency_per_year": (149, 143),
    "groups.kind": (166, 147),
    "groups.members": (597, 515),
    "groups.reports_to": (142, 132),
    "parties": (103, 92),
    "parties.org_number": (36, 36),
    "parties.party": (103, 94),
    "priority_areas": (152, 145),
    "signatories": (106, 106),
    "signatories.title": (106, 105),
}
