"""The example world: a small data set (one central and one local agreement) that meets every profile.

Every rule's examples (`Example.edits`, change-set operations) are applied to it; `run_example` runs one.
"""

from __future__ import annotations

import datetime as dt

from samverkan.model.dataset import DataSet

SRC = [{"document": "test"}]


def _org(id, name, kind, parent=None, **extra):
    return {"id": id, "name": name, "kind": kind, **({"parent": parent} if parent else {}), **extra, "sources": SRC}


def _role(id, title):
    return {"id": id, "title": title, "organisation": id.split("/")[0], "sources": SRC}


def _m(group, member, **extra):
    return {"group": group, "member": member, **extra, "sources": SRC}


def _line(src, dst):
    return {"from": src, "to": dst, "sources": SRC}


def _group(id, kind, level, **extra):
    return {"id": id, "name": id.split("/")[-1].replace("-", " ").title(), "agreement": id.split("/")[0],
            "kind": kind, "level": level, **extra, "sources": SRC}


CENTRAL_AREAS = {
    "unga": "Unga i riskzon för destruktivt beteende",
    "platser": "Otrygga och brottsutsatta platser",
    "system": "Systemhotande brottslighet",
    "offer": "Särskilt utsatta och sårbara brottsoffer",
    "krim": "Kriminella miljöer och livsstilar",
}


def clean_dict() -> dict:
    """The sections of a data set with one central and one local agreement that pass every profile."""
    orgs = [
        _org("stockholms-stad", "Stockholms stad", "city"),
        _org("kommunstyrelsen", "Kommunstyrelsen", "political_body", "stockholms-stad"),
        _org("stadsledningskontoret", "Stadsledningskontoret", "city_office", "kommunstyrelsen"),
        _org("utbildningsforvaltningen", "Utbildningsförvaltningen", "specialist_administration", "stockholms-stad"),
        _org("trafikkontoret", "Trafikkontoret", "specialist_administration", "stockholms-stad"),
        _org("socialforvaltningen", "Socialförvaltningen", "specialist_administration", "stockholms-stad"),
        _org("svenska-bostader", "AB Svenska Bostäder", "company", "stockholms-stad"),
        _org("sdf-a", "A stadsdelsförvaltning", "district_administration", "stockholms-stad",
             valid_from="2007-01-01"),
        _org("sdn-a", "A stadsdelsnämnd", "political_body", "stockholms-stad"),
        _org("polisregion-stockholm", "Polisregion Stockholm", "police_region"),
        _org("po-city", "Polisområde City", "police_area", "polisregion-stockholm"),
        _org("po-nord", "Polisområde Nord", "police_area", "polisregion-stockholm"),
        _org("po-syd", "Polisområde Syd", "police_area", "polisregion-stockholm"),
        _org("lpo-a", "Lokalpolisområde A", "local_police_area", "po-city", covers=["sdf-a"]),
    ]
    roles = [
        _role("stadsledningskontoret/bitradande-stadsdirektor", "Biträdande stadsdirektör"),
        _role("po-syd/chef", "Polisområdeschef"),
        _role("po-city/chef", "Polisområdeschef"),
        _role("po-nord/chef", "Polisområdeschef"),
        _role("trafikkontoret/forvaltningschef", "Förvaltningschef"),
        _role("socialforvaltningen/forvaltningschef", "Förvaltningschef"),
        _role("utbildningsforvaltningen/forvaltningschef", "Förvaltningschef"),
        _role("sdf-a/stadsdelsdirektor", "Stadsdelsdirektör"),
        _role("stadsledningskontoret/sakerhetsdirektor", "Säkerhetsdirektör"),
        _role("polisregion-stockholm/samordnande-polis", "Samordnande polis"),
        _role("stadsledningskontoret/trygghetssamordnare", "Samordnare för trygghetsfrågor"),
        _role("stadsledningskontoret/sakerhetssamordnare", "Samordnare för säkerhetsfrågor"),
        _role("lpo-a/lokalpolisomradeschef", "Lokalpolisområdeschef"),
        _role("lpo-a/kommunpolis", "Kommunpolis"),
        _role("lpo-a/ungdomspolis", "Ungdomspolis"),
        _role("sdf-a/trygghetssamordnare", "Trygghets- och säkerhetssamordnare"),
        _role("sdf-a/faltassistent", "Fältassistent"),
        _role("sdf-a/socialsekreterare", "Socialsekreterare"),
        _role("utbildningsforvaltningen/rektor", "Rektor"),
        _role("trafikkontoret/trafikplanerare", "Trafikplanerare"),
        _role("svenska-bostader/trygghetschef", "Trygghetschef"),
        _role("kommunstyrelsen/finansborgarrad", "Finansborgarråd"),
        _role("polisregion-stockholm/regionpolischef", "Regionpolischef"),
    ]
    agreements = [
        {"id": "c-2023", "title": "Central", "level": "central",
         "parties": ["stockholms-stad", "polisregion-stockholm"], "valid_from": "2023-06-01",
         "until_further_notice": True, "revision_interval_years": 4,
         "signatories": ["kommunstyrelsen/finansborgarrad", "polisregion-stockholm/regionpolischef"],
         "annexes": [{"title": "Handlingsplan", "kind": "action_plan"}], "sources": SRC},
        {"id": "a-2023", "title": "Lokal A", "level": "local", "parent": "c-2023", "parties": ["sdf-a", "lpo-a"],
         "valid_from": "2023-09-01", "valid_to": "2027-08-31",
         "extension": {"period_years": 2, "consult_months_before": 6, "text": "förlängs två år efter samråd"},
         "signatories": ["sdf-a/stadsdelsdirektor", "lpo-a/lokalpolisomradeschef"],
         "annexes": [
             {"number": 1, "title": "Kontaktuppgifter", "kind": "contacts"},
             {"number": 2, "title": "Lägesbild", "kind": "situation_picture"},
             {"number": 3, "title": "Orsaksanalys", "kind": "other"},
             {"number": 4, "title": "Åtgärdsplan", "kind": "action_plan"},
             {"number": 5, "title": "Uppföljningsplan", "kind": "follow_up_plan"},
             {"number": 6, "title": "Kommunikationsplan", "kind": "communication_plan"},
         ], "sources": SRC},
    ]
    pas = [{"id": f"c-2023/pa-{k}", "name": v, "agreement": "c-2023", "sources": SRC} for k, v in CENTRAL_AREAS.items()]
    pas += [{"id": f"a-2023/pa-{k}", "name": f"Lokalt: {k}", "agreement": "a-2023",
             "corresponds_to": [f"c-2023/pa-{k}"], "sources": SRC} for k in CENTRAL_AREAS]
    four = {"per_year": 4, "text": "fyra gånger per år"}
    groups = [
        _group("c-2023/styrgrupp", "steering", "central", frequency=four),
        _group("c-2023/beredningsgrupp", "preparation", "central", frequency=four),
        _group("a-2023/styrgrupp", "steering", "local", frequency=four),
        _group("a-2023/beredningsgrupp", "preparation", "local", frequency=four),
        _group("a-2023/forum-unga", "forum", "local", priority_areas=["a-2023/pa-unga"], term="Tillsvidare",
               goal="Färre unga i kriminalitet", follow_up=["Andel unga som begår brott (Stockholmsenkäten)"],
               problems=["Unga rekryteras"],
               commitments=[{"party": "city", "text": "Sammankallande, för minnesanteckningar"}]),
        _group("a-2023/forum-trygghet", "forum", "local",
               priority_areas=["a-2023/pa-platser", "a-2023/pa-system", "a-2023/pa-offer", "a-2023/pa-krim"]),
    ]
    memberships = [
        _m("c-2023/styrgrupp", "stadsledningskontoret/bitradande-stadsdirektor", chair="yes"),
        *(_m("c-2023/styrgrupp", r) for r in [
            "po-syd/chef", "po-city/chef", "po-nord/chef", "trafikkontoret/forvaltningschef",
            "socialforvaltningen/forvaltningschef", "utbildningsforvaltningen/forvaltningschef",
            "sdf-a/stadsdelsdirektor", "stadsledningskontoret/sakerhetsdirektor"]),
        _m("c-2023/beredningsgrupp", "polisregion-stockholm/samordnande-polis", chair="yes"),
        _m("c-2023/beredningsgrupp", "stadsledningskontoret/trygghetssamordnare"),
        _m("c-2023/beredningsgrupp", "stadsledningskontoret/sakerhetssamordnare"),
        _m("a-2023/styrgrupp", "sdf-a/stadsdelsdirektor", chair="alternating", capacity="decision_maker"),
        _m("a-2023/styrgrupp", "lpo-a/lokalpolisomradeschef", chair="alternating", capacity="decision_maker"),
        _m("a-2023/styrgrupp", "utbildningsforvaltningen/rektor", on_behalf_of="utbildningsforvaltningen"),
        _m("a-2023/styrgrupp", "trafikkontoret/trafikplanerare"),
        _m("a-2023/styrgrupp", "svenska-bostader/trygghetschef"),
        _m("a-2023/beredningsgrupp", "lpo-a/kommunpolis", chair="yes"),
        _m("a-2023/beredningsgrupp", "sdf-a/trygghetssamordnare"),
        _m("a-2023/beredningsgrupp", "utbildningsforvaltningen/rektor"),
        _m("a-2023/forum-unga", "lpo-a/ungdomspolis"),
        _m("a-2023/forum-unga", "sdf-a/socialsekreterare", chair="yes"),
        _m("a-2023/forum-unga", "sdf-a/faltassistent"),
        _m("a-2023/forum-unga", "utbildningsforvaltningen/rektor"),
        _m("a-2023/forum-trygghet", "lpo-a/kommunpolis"),
        _m("a-2023/forum-trygghet", "sdf-a/trygghetssamordnare", chair="yes"),
    ]
    lines = [
        _line("c-2023/beredningsgrupp", "c-2023/styrgrupp"),
        _line("c-2023/styrgrupp", "kommunstyrelsen"),
        _line("a-2023/beredningsgrupp", "a-2023/styrgrupp"),
        _line("a-2023/beredningsgrupp", "c-2023/beredningsgrupp"),
        _line("a-2023/styrgrupp", "c-2023/beredningsgrupp"),
        _line("a-2023/styrgrupp", "sdn-a"),
        _line("a-2023/forum-unga", "a-2023/beredningsgrupp"),
        _line("a-2023/forum-trygghet", "a-2023/beredningsgrupp"),
    ]
    return {"name": "test", "organisations": orgs, "roles": roles, "agreements": agreements, "priority_areas": pas,
            "groups": groups, "memberships": memberships, "reporting_lines": lines}


def world() -> DataSet:
    """The example world as a data set."""
    return DataSet.model_validate(clean_dict())


def example_data(example) -> DataSet:
    """The example world with the example's edits applied."""
    from samverkan.model.changes import ChangeSet, apply

    data = world()
    if not example.edits:
        return data
    changeset = ChangeSet.model_validate({"title": "example", "source": {"document": "example"},
                                          "operations": yaml_list(example.edits)})
    return apply(data, changeset)[0]


def yaml_list(text: str) -> list:
    """An example's YAML list (edits or waivers), indented as it stands in the declaration."""
    import textwrap

    import yaml

    return yaml.safe_load(textwrap.dedent(text)) or []


def run_example(code: str, example) -> list:
    """The findings of rule `code` on an example (its profile, date and waivers; the rules the waivers name
    run too, so that a waiver can match)."""
    from samverkan.rules.engine import check
    from samverkan.rules.waivers import Waiver

    waivers = [Waiver.model_validate(w) for w in yaml_list(example.waivers)]
    findings = check(example_data(example), example.profile, dt.date.fromisoformat(example.as_of), lang="en",
                     select=[code, *(w.rule for w in waivers)], waivers=waivers or None)
    return [f for f in findings if f.rule == code]
