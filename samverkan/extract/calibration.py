"""Facts drafted and right per kind over the texts the extractor is never tuned on (tests/corpus/
heldout and blind: 58 documents). Written by `benchmarks/bench_extract.py --calibrate`; do not edit."""

MEASURED: dict[str, tuple[int, int]] = {  # kind: (drafted, right)
    "agreement": (58, 47),
    "agreement.dnr": (77, 74),
    "agreement.level": (58, 58),
    "agreement.valid_from": (55, 54),
    "agreement.valid_to": (55, 55),
    "groups": (195, 175),
    "groups.chair": (182, 161),
    "groups.chair_alternating": (28, 28),
    "groups.frequency_per_year": (172, 164),
    "groups.kind": (195, 173),
    "groups.members": (696, 595),
    "groups.reports_to": (172, 156),
    "parties": (125, 109),
    "parties.org_number": (45, 44),
    "parties.party": (125, 110),
    "priority_areas": (183, 167),
    "signatories": (124, 123),
    "signatories.title": (124, 122),
}
