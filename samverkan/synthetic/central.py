"""The city-wide agreement: the central steering group (styrgrupp) and preparation group (beredningsgrupp),
the five city-wide priority areas, and the parties' heads as signatories.

Its id is the name of the bundled profile that governs synthetic data sets (rules/profiles/syntet-2023.yaml),
so `profile_for` picks that profile for any audit date from VALID_FROM on. The priority areas carry the
names the profile's SAM050 demand lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.register import CITY, POLICE_REGION, Register
from samverkan.synthetic.roles import Roles

CENTRAL_ID = "syntet-2023"
VALID_FROM = "2024-01-01"
DOCUMENT = f"{CENTRAL_ID}.txt"

AREAS = {
    "unga-i-riskzon": "Unga i riskzon för destruktivt beteende",
    "otrygga-platser": "Otrygga och brottsutsatta platser",
    "systemhotande": "Systemhotande brottslighet",
    "brottsoffer": "Särskilt utsatta och sårbara brottsoffer",
    "kriminella-miljoer": "Kriminella miljöer och livsstilar",
}
"""City-wide priority areas (key → name), as the 2023 city-wide agreement names them."""


@dataclass
class Central:
    id: str
    steering: str
    preparation: str
    areas: dict[str, str]
    """Area key → priority area id."""


def build_central(draft: Draft, register: Register, roles: Roles) -> Central:
    a = CENTRAL_ID
    doc = DOCUMENT

    def role(org: str, key: str, title: str, line: int) -> str:
        return roles.get(f"{org}/{key}", title, doc, line)

    signatories = [role("kommunstyrelsen", "finansborgarrad", "finansborgarråd", 200),
                   role(POLICE_REGION, "regionpolischef", "regionpolischef", 201)]
    draft.add("agreements", {
        "id": a, "title": f"Övergripande samverkansöverenskommelse mellan {register.city_name} stad och "
        f"Polisregion {register.city_name}", "level": "central", "parties": [CITY, POLICE_REGION],
        "valid_from": VALID_FROM, "until_further_notice": True, "signatories": signatories,
        "goal": "Invånarnas trygghet ska öka och den faktiska brottsligheten ska minska.",
        "annexes": [{"number": 1, "title": "Prioriterade samverkansområden", "kind": "priority_areas"},
                    {"number": 2, "title": "Handlingsplan", "kind": "action_plan"}],
        "sources": source(doc, "Överenskommelse", 1, 40)})
    areas = {}
    for n, (key, name) in enumerate(AREAS.items()):
        areas[key] = draft.add("priority_areas", {"id": f"{a}/pa-{key}", "name": name, "agreement": a,
                                                  "sources": source(doc, "Prioriterade områden", 43 + n, 0)})["id"]
    steering = draft.add("groups", {
        "id": f"{a}/styrgrupp", "name": "Central styrgrupp", "agreement": a, "kind": "steering", "level": "central",
        "purpose": "Ansvarar för långsiktigheten i samverkan och följer upp delmål och indikatorer årligen.",
        "frequency": {"per_year": 4, "text": "minst fyra gånger per år", "minimum": True},
        "priority_areas": list(areas.values()),
        "sources": source(doc, "Styrgrupp", 60, 8)})["id"]
    preparation = draft.add("groups", {
        "id": f"{a}/beredningsgrupp", "name": "Stadsövergripande beredningsgrupp", "agreement": a,
        "kind": "preparation", "level": "central",
        "purpose": "Bereder frågor till styrgruppen och är länken till den lokala samverkansorganisationen.",
        "frequency": {"per_year": 4, "text": "inför varje möte i styrgruppen"},
        "sources": source(doc, "Beredningsgrupp", 70, 8)})["id"]
    first = register.districts[0]
    steering_members = [
        (role("stadsledningskontoret", "bitradande-stadsdirektor", "biträdande stadsdirektör", 61), "yes"),
        *((role(po, "polisomradeschef", "polisområdeschef", 62), "no") for po in register.police_areas),
        (role("trafikkontoret", "forvaltningschef", "förvaltningschef", 63), "no"),
        (role("socialforvaltningen", "forvaltningschef", "förvaltningschef", 63), "no"),
        (role("utbildningsforvaltningen", "forvaltningschef", "förvaltningschef", 64), "no"),
        (role(first.sdf, "stadsdelsdirektor", "Stadsdelsdirektör", 64), "no"),
        (role("stadsledningskontoret", "sakerhetsdirektor", "säkerhetsdirektör", 65), "no"),
    ]
    for member, chair in steering_members:
        draft.add("memberships", {"group": steering, "member": member, "capacity": "decision_maker",
                                  **({"chair": chair} if chair != "no" else {}),
                                  "sources": source(doc, "Styrgrupp", 61, 4)})
    preparation_members = [
        (role(POLICE_REGION, "samordnande-polis", "samordnande polis", 72), "yes"),
        (role("stadsledningskontoret", "samordnare-trygghetsfragor", "samordnare för trygghetsfrågor", 73), "no"),
        (role("stadsledningskontoret", "samordnare-sakerhetsfragor", "samordnare för säkerhetsfrågor", 73), "no"),
    ]
    for member, chair in preparation_members:
        draft.add("memberships", {"group": preparation, "member": member,
                                  **({"chair": chair} if chair != "no" else {}),
                                  "sources": source(doc, "Beredningsgrupp", 72, 2)})
    draft.add("reporting_lines", {"from": preparation, "to": steering, "what": "beredda frågor till styrgruppen",
                                  "sources": source(doc, "Beredningsgrupp", 74, 1)})
    draft.add("reporting_lines", {"from": steering, "to": "ks-trygghetsutskott",
                                  "what": "återrapportering av samverkansarbetet",
                                  "frequency": {"per_year": 1, "text": "en gång per år"},
                                  "sources": source(doc, "Styrgrupp", 67, 1)})
    return Central(a, steering, preparation, areas)
