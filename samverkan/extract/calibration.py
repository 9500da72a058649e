"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 38 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (38, 33),
    "agreement.dnr": (39, 38),
    "agreement.level": (38, 38),
    "agreement.valid_from": (37, 36),
    "agreement.valid_to": (37, 37),
    "groups": (124, 112),
    "groups.chair": (107, 95),
    "groups.chair_alternating": (15, 15),
    "groups.frequency_per_year": (115, 108),
    "groups.kind": (124, 106),
    "groups.members": (421, 363),
    "groups.reports_to": (102, 91),
    "parties": (80, 71),
    "parties.org_number": (21, 21),
    "parties.party": (80, 73),
    "priority_areas": (120, 115),
    "signatories": (81, 81),
    "signatories.title": (81, 80),
}
