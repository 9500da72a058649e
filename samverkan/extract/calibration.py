"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 38 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (38, 32),
    "agreement.dnr": (39, 38),
    "agreement.level": (38, 38),
    "agreement.valid_from": (37, 37),
    "agreement.valid_to": (38, 38),
    "groups": (125, 113),
    "groups.chair": (111, 99),
    "groups.chair_alternating": (15, 15),
    "groups.frequency_per_year": (116, 110),
    "groups.kind": (125, 109),
    "groups.members": (429, 370),
    "groups.reports_to": (106, 96),
    "parties": (82, 72),
    "parties.org_number": (24, 24),
    "parties.party": (82, 74),
    "priority_areas": (123, 118),
    "signatories": (81, 81),
    "signatories.title": (81, 80),
}
