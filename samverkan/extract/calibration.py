"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 73 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (73, 57),
    "agreement.dnr": (106, 96),
    "agreement.level": (73, 73),
    "agreement.valid_from": (70, 68),
    "agreement.valid_to": (68, 67),
    "groups": (259, 227),
    "groups.chair": (238, 214),
    "groups.chair_alternating": (38, 38),
    "groups.frequency_per_year": (227, 211),
    "groups.kind": (259, 225),
    "groups.members": (920, 783),
    "groups.reports_to": (223, 201),
    "parties": (161, 141),
    "parties.org_number": (50, 49),
    "parties.party": (161, 142),
    "priority_areas": (225, 206),
    "signatories": (154, 150),
    "signatories.title": (154, 147),
}
