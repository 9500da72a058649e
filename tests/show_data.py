"""Made-up data sets for the `samverkan show` tests and benchmark: a small local agreement shaped like
Norrmalm's (with hostile names when asked) and a large one of many local agreements."""

from __future__ import annotations

from samverkan.model.dataset import DataSet

HOSTILE_ORG = "<img src=x onerror=alert(1)>"
HOSTILE_GROUP = "<b onmouseover=alert(3)>forum</b> & co"
HOSTILE_AGREEMENT = "<script>window.__pwned = true</script> Överenskommelse"
HOSTILE_LINK = '<a href="javascript:window.__pwned=1">länk</a>'
PERSON_NAME = "Anna Berg"
PERSON_CONTACT = "anna.berg@example.se, 070-123 45 67"


def _src(section: str = "5. Organisation", lines: str = "67-92") -> list[dict]:
    return [{"document": "004_test.txt", "section": section, "lines": lines, "quote": "citat " + PERSON_NAME}]


def small_dataset(hostile: bool = False) -> DataSet:
    """A city-wide agreement with two groups and a local one with steering, preparation, coordinators,
    a council, two forums, a working group and an activity; members from both parties and outside."""
    ext_name = HOSTILE_ORG if hostile else "Fastighetsägare i Norrmalm"
    forum_b = HOSTILE_GROUP if hostile else "Forum för trygg stadsmiljö"
    local_title = HOSTILE_AGREEMENT if hostile else "Samverkansöverenskommelse Norrmalm"
    prevention = HOSTILE_LINK if hostile else "preventionssamordnare"
    orgs = [
        ("stockholms-stad", "Stockholms stad", "city", None),
        ("kommunstyrelsen", "Kommunstyrelsen", "political_body", "stockholms-stad"),
        ("sdn-norrmalm", "Norrmalms stadsdelsnämnd", "political_body", "stockholms-stad"),
        ("sdf-norrmalm", "Norrmalms stadsdelsförvaltning", "district_administration", "stockholms-stad"),
        ("stadsledningskontoret", "Stadsledningskontoret", "city_office", "kommunstyrelsen"),
        ("polisregion-stockholm", "Polisregion Stockholm", "police_region", None),
        ("lpo-norrmalm", "Lokalpolisområde Norrmalm", "local_police_area", "polisregion-stockholm"),
        ("ext-fastighetsagare", ext_name, "external", None),
    ]
    roles = [
        ("sdf-norrmalm/stadsdelsdirektor", "stadsdelsdirektör", "sdf-norrmalm", "person/anna-berg"),
        ("sdf-norrmalm/trygghetssamordnare", "trygghets- och säkerhetssamordnare", "sdf-norrmalm", None),
        ("sdf-norrmalm/preventionssamordnare", prevention, "sdf-norrmalm", None),
        ("lpo-norrmalm/lpo-chef", "lokalpolisområdeschef", "lpo-norrmalm", None),
        ("lpo-norrmalm/kommunpolis", "kommunpolis", "lpo-norrmalm", None),
        ("stadsledningskontoret/bitradande-stadsdirektor", "biträdande stadsdirektör", "stadsledningskontoret", None),
        ("polisregion-stockholm/samordnande-polis", "samordnande polis", "polisregion-stockholm", None),
    ]
    c, n = "central-x", "norrmalm-x"
    groups = [
        (f"{c}/styrgrupp", "Central styrgrupp", c, "steering", "central", None),
        (f"{c}/beredningsgrupp", "Stadsövergripande beredningsgrupp", c, "preparation", "central", None),
        (f"{n}/chefsamrad", "Chefsamrådet", n, "steering", "local",
         {"per_year": 4, "text": "minst två (2) gånger varje halvår", "minimum": True}),
        (f"{n}/beredningsgrupp", "Beredningsgrupp", n, "preparation", "local", None),
        (f"{n}/samordnare", "Samordnarna", n, "coordinators", "local", None),
        (f"{n}/tsr", "Norrmalms trygghets- och säkerhetsråd", n, "council", "local",
         {"per_year": 2, "text": "två gånger per år"}),
        (f"{n}/forum-a", "Forum för unga i riskmiljöer", n, "forum", "local",
         {"per_year": 12, "text": "en gång i månaden"}),
        (f"{n}/forum-b", forum_b, n, "forum", "local", {"text": "vid behov"}),
        (f"{n}/arbetsgrupp", "Arbetsgrupp skolor", n, "working", "local", None),
    ]
    memberships = [
        (f"{c}/styrgrupp", "stadsledningskontoret/bitradande-stadsdirektor", "decision_maker", "yes"),
        (f"{c}/beredningsgrupp", "polisregion-stockholm/samordnande-polis", "member", "no"),
        (f"{n}/chefsamrad", "sdf-norrmalm/stadsdelsdirektor", "decision_maker", "alternating"),
        (f"{n}/chefsamrad", "lpo-norrmalm/lpo-chef", "decision_maker", "alternating"),
        (f"{n}/chefsamrad", "sdf-norrmalm/trygghetssamordnare", "rapporteur", "no"),
        (f"{n}/chefsamrad", "lpo-norrmalm/kommunpolis", "rapporteur", "no"),
        (f"{n}/beredningsgrupp", "sdf-norrmalm/trygghetssamordnare", "member", "no"),
        (f"{n}/beredningsgrupp", "lpo-norrmalm/kommunpolis", "member", "no"),
        (f"{n}/samordnare", "sdf-norrmalm/trygghetssamordnare", "member", "no"),
        (f"{n}/samordnare", "lpo-norrmalm/kommunpolis", "member", "no"),
        (f"{n}/tsr", "sdf-norrmalm/stadsdelsdirektor", "member", "yes"),
        (f"{n}/tsr", "ext-fastighetsagare", "invited", "no"),
        (f"{n}/forum-a", "sdf-norrmalm/preventionssamordnare", "member", "no"),
        (f"{n}/forum-a", "lpo-norrmalm/kommunpolis", "member", "no"),
        (f"{n}/forum-b", "sdf-norrmalm/trygghetssamordnare", "member", "no"),
        (f"{n}/forum-b", "ext-fastighetsagare", "member", "no"),
        (f"{n}/arbetsgrupp", "sdf-norrmalm/preventionssamordnare", "member", "no"),
        (f"{n}/arbetsgrupp", "person/anna-berg", "coopted", "no"),
    ]
    reporting = [
        (f"{c}/styrgrupp", "kommunstyrelsen"),
        (f"{c}/beredningsgrupp", f"{c}/styrgrupp"),
        (f"{n}/chefsamrad", "sdn-norrmalm"),
        (f"{n}/beredningsgrupp", f"{n}/chefsamrad"),
        (f"{n}/samordnare", f"{n}/chefsamrad"),
        (f"{n}/tsr", f"{n}/chefsamrad"),
        (f"{n}/forum-a", f"{n}/chefsamrad"),
        (f"{n}/forum-b", f"{n}/chefsamrad"),
        (f"{n}/arbetsgrupp", f"{n}/forum-a"),
        (f"{n}/chefsamrad", f"{c}/beredningsgrupp"),
    ]
    return DataSet.model_validate({
        "name": "test-norrmalm",
        "organisations": [
            {"id": i, "name": name, "kind": kind, "parent": parent, "sources": _src()} for i, name, kind, parent in orgs
        ],
        "people": [{"id": "person/anna-berg", "name": PERSON_NAME, "contact": PERSON_CONTACT, "sources": _src()}],
        "roles": [{"id": i, "title": title, "organisation": org, "holder": holder, "sources": _src()}
                  for i, title, org, holder in roles],
        "agreements": [
            {"id": c, "title": "Stadsövergripande överenskommelse", "level": "central",
             "parties": ["stockholms-stad", "polisregion-stockholm"], "sources": _src()},
            {"id": n, "title": local_title, "level": "local", "parent": c,
             "parties": ["sdf-norrmalm", "lpo-norrmalm"], "sources": _src()},
        ],
        "groups": [
            {"id": i, "name": name, "agreement": a, "kind": kind, "level": level, "frequency": freq,
             "purpose": "Samordna arbetet; sammankallande är " + PERSON_NAME + ".",
             "sources": _src("6. Samverkansforum", "94-101")}
            for i, name, a, kind, level, freq in groups
        ],
        "activities": [{"id": f"{n}/aktivitet-1", "name": "Trygghetsvandring", "agreement": n,
                        "forum": f"{n}/forum-a", "sources": _src("Bilaga 4", "1074")}],
        "memberships": [{"group": gr, "member": m, "capacity": cap, "chair": chair, "sources": _src()}
                        for gr, m, cap, chair in memberships],
        "responsibilities": [
            {"subject": f"{n}/forum-a", "holder": "sdf-norrmalm/preventionssamordnare", "kind": "accountable",
             "sources": _src()},
            {"subject": f"{n}/forum-b", "holder": "sdf-norrmalm/trygghetssamordnare", "kind": "accountable",
             "sources": _src()},
            {"subject": f"{n}/aktivitet-1", "holder": "person/anna-berg", "kind": "accountable", "sources": _src()},
            {"subject": f"{n}/tsr", "holder": "sdf-norrmalm", "kind": "accountable", "sources": _src()},
        ],
        "reporting_lines": [{"from": u, "to": v, "sources": _src()} for u, v in reporting],
    })


def small_findings() -> list[dict]:
    """Findings as the rules engine gives them (dicts here; the view reads objects or dicts)."""
    n = "norrmalm-x"
    return [
        {"rule": "SAM010", "severity": "error", "agreement": n, "subject": f"{n}/beredningsgrupp",
         "message": "Beredningsgrupp saknar ansvarig part", "citation": "004, 5. Organisation", "path": [],
         "suggestion": "Ange sammankallande"},
        {"rule": "SAM011", "severity": "warning", "agreement": n, "subject": f"{n}/aktivitet-1",
         "message": f"Ansvarig är bara en namngiven person: {PERSON_NAME} (person/anna-berg)", "citation": "",
         "path": [f"{n}/aktivitet-1", "person/anna-berg"], "suggestion": ""},
        {"rule": "SAM020", "severity": "info", "agreement": n, "subject": f"{n}/arbetsgrupp",
         "message": "Rapportkedja", "citation": "", "path": [f"{n}/arbetsgrupp", f"{n}/forum-a", f"{n}/chefsamrad"],
         "suggestion": ""},
        {"rule": "SAM002", "severity": "error", "agreement": n, "subject": n,
         "message": "Överenskommelsen gäller inte per datumet", "citation": "", "path": [], "suggestion": ""},
    ]


def large_dataset(agreements: int = 60, groups_per: int = 12, members_per_group: int = 6) -> DataSet:
    """Many local agreements, each with a steering group and a fan of forums and working groups."""
    src = [{"document": "synthetic", "section": "s"}]
    orgs = [{"id": "stockholms-stad", "name": "Stockholms stad", "kind": "city", "sources": src},
            {"id": "polisregion-stockholm", "name": "Polisregion Stockholm", "kind": "police_region", "sources": src}]
    roles, agreements_, groups, memberships, reporting, responsibilities = [], [], [], [], [], []
    kinds = ["preparation", "coordinators", "council", "forum", "forum", "working"]
    for a in range(agreements):
        aid = f"a{a:03d}"
        sdf, lpo, sdn = f"sdf-{aid}", f"lpo-{aid}", f"sdn-{aid}"
        orgs += [{"id": sdf, "name": f"Stadsdelsförvaltning {a}", "kind": "district_administration", "sources": src},
                 {"id": sdn, "name": f"Stadsdelsnämnd {a}", "kind": "political_body", "sources": src},
                 {"id": lpo, "name": f"Lokalpolisområde {a}", "kind": "local_police_area", "sources": src}]
        agreements_.append({"id": aid, "title": f"Lokal överenskommelse {a}", "level": "local",
                            "parties": [sdf, lpo], "sources": src})
        for r in range(members_per_group * 2):
            org = sdf if r % 2 == 0 else lpo
            roles.append({"id": f"{org}/roll-{r}", "title": f"funktion {r}", "organisation": org, "sources": src})
        steering = f"{aid}/styrgrupp"
        groups.append({"id": steering, "name": f"Chefsamråd {a}", "agreement": aid, "kind": "steering",
                       "level": "local", "sources": src})
        reporting.append({"from": steering, "to": sdn, "sources": src})
        for gi in range(groups_per - 1):
            gid = f"{aid}/grupp-{gi}"
            groups.append({"id": gid, "name": f"Grupp {gi} i {a}", "agreement": aid, "kind": kinds[gi % len(kinds)],
                           "level": "local", "sources": src})
            reporting.append({"from": gid, "to": steering, "sources": src})
            responsibilities.append({"subject": gid, "holder": f"{sdf}/roll-{gi % (members_per_group * 2) // 2 * 2}",
                                     "kind": "accountable", "sources": src})
        for gid in [steering] + [f"{aid}/grupp-{gi}" for gi in range(groups_per - 1)]:
            for m in range(members_per_group):
                org = sdf if m % 2 == 0 else lpo
                memberships.append({"group": gid, "member": f"{org}/roll-{(m + len(gid)) % (members_per_group * 2)}",
                                    "sources": src})
    # duplicates of one membership would be a validation error; keep the first
    seen, unique = set(), []
    for m in memberships:
        if (m["group"], m["member"]) not in seen:
            seen.add((m["group"], m["member"]))
            unique.append(m)
    return DataSet.model_validate({
        "name": "synthetic", "organisations": orgs, "roles": roles, "agreements": agreements_, "groups": groups,
        "memberships": unique, "reporting_lines": reporting, "responsibilities": responsibilities,
    })
