"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 38 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (38, 32),
    "agreement.dnr": (39, 38),
    "agreement.level": (38, 38),
    "agreement.valid_from": (37, 37),
    "agreement.valid_to": (38, 38),
    "groups": (124, 112),
    "groups.chair": (109, 97),
    "groups.chair_alternating": (15, 15),
    "groups.frequency_per_year": (115, 108),
    "groups.kind": (124, 107),
    "groups.members": (422, 364),
    "groups.reports_to": (104, 93),
    "parties": (81, 72),
    "parties.org_number": (22, 22),
    "parties.party": (81, 74),
    "priority_areas": (120, 115),
    "signatories": (81, 81),
    "signatories.title": (81, 80),
}
