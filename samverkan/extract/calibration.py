"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 118 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (118, 85),
    "agreement.dnr": (182, 164),
    "agreement.level": (118, 118),
    "agreement.valid_from": (112, 105),
    "agreement.valid_to": (109, 106),
    "groups": (423, 367),
    "groups.chair": (390, 328),
    "groups.chair_alternating": (55, 53),
    "groups.frequency_per_year": (372, 344),
    "groups.kind": (423, 368),
    "groups.members": (1564, 1317),
    "groups.reports_to": (364, 328),
    "parties": (247, 227),
    "parties.org_number": (59, 58),
    "parties.party": (247, 229),
    "priority_areas": (342, 316),
    "signatories": (242, 234),
    "signatories.title": (242, 230),
}
