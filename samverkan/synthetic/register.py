"""The register of a synthetic data set: an invented city with its administrations, companies and political
bodies, and an invented police region with three police areas, local police areas (LPOs) and one district
administration (SDF) with its district committee (SDN) per local agreement.

Ids that the city-wide profile names (kommunstyrelsen, ks-trygghetsutskott, stadsledningskontoret,
utbildningsforvaltningen, trafikkontoret, socialforvaltningen) are kept with generic function names;
every place in a name is invented (names.PlaceNames).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.names import PlaceNames, slug

DOCUMENT = "syntet-register.txt"
CITY = "staden"
POLICE_REGION = "polisregionen"
POLICE_AREAS = 3
COMPANIES = 3


@dataclass
class District:
    place: str
    slug: str
    sdf: str
    sdn: str
    lpo: str = ""


@dataclass
class Register:
    city_name: str
    districts: list[District]
    police_areas: list[str]
    companies: list[str]
    lpos: dict[str, list[str]] = field(default_factory=dict)
    """LPO id → the SDFs it covers."""


def _org(draft: Draft, id: str, name: str, kind: str, parent: str | None, line: int, **extra) -> dict:
    item = {"id": id, "name": name, "kind": kind, **({"parent": parent} if parent else {}), **extra,
            "sources": source(DOCUMENT, "Organisationer", line, 1)}
    return draft.add("organisations", item)


def build_register(draft: Draft, districts: int, rng: random.Random, places: PlaceNames) -> Register:
    city = places.take()
    line = 1
    _org(draft, CITY, f"{city} stad", "city", None, line)
    fixed = [
        ("kommunstyrelsen", "Kommunstyrelsen", "political_body", CITY, {"short_name": "KS"}),
        ("ks-trygghetsutskott", "Kommunstyrelsens trygghetsutskott", "political_body", "kommunstyrelsen", {}),
        ("stadsledningskontoret", "Stadsledningskontoret", "city_office", "kommunstyrelsen", {"short_name": "SLK"}),
        ("utbildningsforvaltningen", "Utbildningsförvaltningen", "specialist_administration", CITY, {}),
        ("trafikkontoret", "Trafikkontoret", "specialist_administration", CITY, {}),
        ("socialforvaltningen", "Socialförvaltningen", "specialist_administration", CITY, {}),
    ]
    for id, name, kind, parent, extra in fixed:
        line += 2
        _org(draft, id, name, kind, parent, line, **extra)
    companies = []
    for _ in range(COMPANIES):
        place = places.take()
        line += 2
        companies.append(_org(draft, f"bostad-{slug(place)}", f"Bostads AB {place}", "company", CITY, line)["id"])
    line += 2
    _org(draft, POLICE_REGION, f"Polisregion {city}", "police_region", None, line)
    police_areas = []
    for _ in range(POLICE_AREAS):
        place = places.take()
        line += 2
        police_areas.append(_org(draft, f"po-{slug(place)}", f"Polisområde {place}", "police_area", POLICE_REGION,
                                 line)["id"])
    register = Register(city, [], police_areas, companies)
    for _ in range(districts):
        place = places.take()
        s = slug(place)
        register.districts.append(District(place, s, f"sdf-{s}", f"sdn-{s}"))
    # one local police area covers one to three consecutive districts (most often two)
    lpo_places: dict[str, str] = {}
    i = 0
    while i < len(register.districts):
        size = min(rng.choice((1, 2, 2, 2, 3)), len(register.districts) - i)
        covered = register.districts[i:i + size]
        place = places.take()
        lpo = f"lpo-{slug(place)}"
        lpo_places[lpo] = place
        for d in covered:
            d.lpo = lpo
        register.lpos[lpo] = [d.sdf for d in covered]
        i += size
    for d in register.districts:
        line += 2
        _org(draft, d.sdf, f"{d.place} stadsdelsförvaltning", "district_administration", CITY, line,
             valid_from="2007-01-01")
        line += 2
        _org(draft, d.sdn, f"{d.place} stadsdelsnämnd", "political_body", CITY, line, valid_from="2007-01-01")
    for n, (lpo, covers) in enumerate(register.lpos.items()):
        line += 2
        _org(draft, lpo, f"Lokalpolisområde {lpo_places[lpo]}", "local_police_area",
             police_areas[n % POLICE_AREAS], line, covers=covers)
    return register

