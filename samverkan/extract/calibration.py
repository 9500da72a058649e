"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 93 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (93, 69),
    "agreement.dnr": (141, 126),
    "agreement.level": (93, 93),
    "agreement.valid_from": (88, 83),
    "agreement.valid_to": (86, 83),
    "groups": (332, 289),
    "groups.chair": (307, 266),
    "groups.chair_alternating": (42, 42),
    "groups.frequency_per_year": (290, 271),
    "groups.kind": (332, 292),
    "groups.members": (1185, 995),
    "groups.reports_to": (280, 254),
    "parties": (203, 179),
    "parties.org_number": (55, 54),
    "parties.party": (203, 180),
    "priority_areas": (272, 249),
    "signatories": (188, 180),
    "signatories.title": (188, 177),
}
