"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 103 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (103, 74),
    "agreement.dnr": (159, 142),
    "agreement.level": (103, 103),
    "agreement.valid_from": (96, 90),
    "agreement.valid_to": (95, 92),
    "groups": (376, 325),
    "groups.chair": (344, 293),
    "groups.chair_alternating": (47, 46),
    "groups.frequency_per_year": (329, 307),
    "groups.kind": (376, 329),
    "groups.members": (1329, 1137),
    "groups.reports_to": (321, 292),
    "parties": (224, 199),
    "parties.org_number": (58, 57),
    "parties.party": (224, 200),
    "priority_areas": (300, 277),
    "signatories": (210, 206),
    "signatories.title": (210, 202),
}
