"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 28 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (28, 24),
    "agreement.dnr": (23, 23),
    "agreement.level": (28, 28),
    "agreement.valid_from": (28, 28),
    "agreement.valid_to": (28, 28),
    "groups": (91, 82),
    "groups.chair": (76, 65),
    "groups.chair_alternating": (11, 11),
    "groups.frequency_per_year": (85, 80),
    "groups.kind": (91, 77),
    "groups.members": (296, 254),
    "groups.reports_to": (75, 67),
    "parties": (62, 54),
    "parties.org_number": (18, 18),
    "parties.party": (62, 56),
    "priority_areas": (85, 81),
    "signatories": (62, 62),
    "signatories.title": (62, 61),
}
