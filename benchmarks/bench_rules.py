"""How the run of all rules grows with the data: synthetic data sets of 10, 100 and 1000 local agreements.

Each local agreement has its district administration and local police area, 12 roles, a steering group, a
preparation group, three forums, five priority areas, memberships, responsibilities and reporting lines; every
third one has a defect or two, so the rules also produce findings. The time covers building the graph and
running every rule of the catalogue (profiles stockholm-2023 and remiss-hl-2019). Linear growth shows as a
ratio close to the size ratio between rows, a flat time per agreement. CPU time is measured (the wall time
is printed too but depends on what else the machine does).

    .venv/bin/python benchmarks/bench_rules.py [sizes...]
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
import time

from samverkan.model.dataset import DataSet
from samverkan.rules.engine import check, load_profile

SRC = [{"document": "bench"}]
AREAS = ["Unga i riskzon för destruktivt beteende", "Otrygga och brottsutsatta platser", "Systemhotande brottslighet",
         "Särskilt utsatta och sårbara brottsoffer", "Kriminella miljöer och livsstilar"]


def synthetic(n: int) -> DataSet:
    orgs = [
        {"id": "stockholms-stad", "name": "Stockholms stad", "kind": "city"},
        {"id": "kommunstyrelsen", "name": "KS", "kind": "political_body", "parent": "stockholms-stad"},
        {"id": "utbildningsforvaltningen", "name": "Utbildningsförvaltningen", "kind": "specialist_administration",
         "parent": "stockholms-stad"},
        {"id": "trafikkontoret", "name": "Trafikkontoret", "kind": "specialist_administration",
         "parent": "stockholms-stad"},
        {"id": "polisregion-stockholm", "name": "Polisregion Stockholm", "kind": "police_region"},
        {"id": "po-city", "name": "PO City", "kind": "police_area", "parent": "polisregion-stockholm"},
    ]
    roles = [{"id": "kommunstyrelsen/ordforande", "title": "Kommunstyrelsens ordförande",
              "organisation": "kommunstyrelsen"},
             {"id": "polisregion-stockholm/regionpolischef", "title": "Regionpolischef",
              "organisation": "polisregion-stockholm"}]
    agreements = [{"id": "central", "title": "Central", "level": "central",
                   "parties": ["stockholms-stad", "polisregion-stockholm"], "valid_from": "2023-01-01",
                   "until_further_notice": True, "signatories": [r["id"] for r in roles],
                   "annexes": [{"title": "Handlingsplan", "kind": "action_plan"}]}]
    pas = [{"id": f"central/pa{i}", "name": name, "agreement": "central"} for i, name in enumerate(AREAS)]
    groups = [{"id": "central/styrgrupp", "name": "Styrgrupp", "agreement": "central", "kind": "steering",
               "level": "central", "frequency": {"per_year": 4, "text": "4/år"}},
              {"id": "central/beredning", "name": "Beredning", "agreement": "central", "kind": "preparation",
               "level": "central"}]
    members = [{"group": "central/styrgrupp", "member": "kommunstyrelsen/ordforande", "chair": "yes"},
               {"group": "central/styrgrupp", "member": "polisregion-stockholm/regionpolischef"},
               {"group": "central/beredning", "member": "kommunstyrelsen/ordforande", "chair": "yes"},
               {"group": "central/beredning", "member": "polisregion-stockholm/regionpolischef"}]
    resp, lines, statements = [], [{"from": "central/beredning", "to": "central/styrgrupp"}], []
    for k in range(n):
        sdf, lpo, a = f"sdf-{k}", f"lpo-{k}", f"local-{k}"
        orgs += [{"id": sdf, "name": f"SDF {k}", "kind": "district_administration", "parent": "stockholms-stad",
                  "valid_from": "2007-01-01"},
                 {"id": lpo, "name": f"LPO {k}", "kind": "local_police_area", "parent": "po-city", "covers": [sdf]}]
        titles = {f"{sdf}/sdd": "Stadsdelsdirektör", f"{lpo}/chef": "Lokalpolisområdeschef",
                  f"{lpo}/kommunpolis": "Kommunpolis", f"{sdf}/tss": "Trygghets- och säkerhetssamordnare",
                  f"{sdf}/falt": "Fältassistent", f"{sdf}/socsek": "Socialsekreterare",
                  f"{lpo}/ungdom": "Ungdomspolis", f"utbildningsforvaltningen/rektor-{k}": "Rektor",
                  f"trafikkontoret/planerare-{k}": "Trafikplanerare", f"{sdf}/prev": "Preventionssamordnare",
                  f"{lpo}/gruppchef": "Gruppchef", f"{sdf}/kommunikator": "Kommunikatör"}
        roles += [{"id": rid, "title": t, "organisation": rid.split("/")[0]} for rid, t in titles.items()]
        defect = k % 3 == 0
        agreements.append({"id": a, "title": f"Lokal {k}", "level": "local", "parent": "central",
                           "parties": [sdf, lpo], "valid_from": "2020-01-01",
                           "valid_to": "2022-12-31" if defect else "2026-12-31",
                           "extension": {"period_years": 2, "consult_months_before": 6, "text": "två år"},
                           "signatories": [f"{sdf}/sdd", f"{lpo}/chef"],
                           "annexes": [{"title": "Lägesbild", "kind": "situation_picture"},
                                       {"title": "Åtgärdsplan", "kind": "action_plan"},
                                       {"title": "Kommunikationsplan", "kind": "communication_plan",
                                        "present": not defect}]})
        pas += [{"id": f"{a}/pa{i}", "name": f"Område {i}", "agreement": a, "corresponds_to": [f"central/pa{i}"]}
                for i in range(len(AREAS) - (1 if defect else 0))]
        g = {kind: f"{a}/{kind}" for kind in ("styr", "bered", "unga", "platser", "ovrigt")}
        groups += [
            {"id": g["styr"], "name": "Styrgrupp", "agreement": a, "kind": "steering", "level": "local",
             "frequency": {"per_year": 1 if defect else 4, "text": "x"}},
            {"id": g["bered"], "name": "Beredning", "agreement": a, "kind": "preparation", "level": "local"},
            {"id": g["unga"], "name": "Forum unga", "agreement": a, "kind": "forum", "level": "local",
             "priority_areas": [f"{a}/pa0"], "goal": "mål", "follow_up": ["indikator"]},
            {"id": g["platser"], "name": "Forum platser", "agreement": a, "kind": "forum", "level": "local",
             "priority_areas": [f"{a}/pa1", f"{a}/pa2"]},
            {"id": g["ovrigt"], "name": "Forum övrigt", "agreement": a, "kind": "forum", "level": "local",
             "priority_areas": [f"{a}/pa3"] + ([f"{a}/pa4"] if not defect else [])},
        ]
        members += [
            {"group": g["styr"], "member": f"{sdf}/sdd", "chair": "alternating"},
            {"group": g["styr"], "member": f"{lpo}/chef", "chair": "alternating"},
            {"group": g["styr"], "member": f"trafikkontoret/planerare-{k}"},
            {"group": g["bered"], "member": f"{lpo}/kommunpolis"},
            {"group": g["bered"], "member": f"{sdf}/tss"},
            {"group": g["unga"], "member": f"{lpo}/ungdom"},
            {"group": g["unga"], "member": f"{sdf}/falt", "chair": "yes"},
            {"group": g["unga"], "member": f"{sdf}/socsek"},
            {"group": g["unga"], "member": f"utbildningsforvaltningen/rektor-{k}",
             **({"capacity": "invited"} if defect else {})},
            {"group": g["platser"], "member": f"{lpo}/gruppchef"},
            {"group": g["platser"], "member": f"{sdf}/prev"},
            {"group": g["ovrigt"], "member": f"{lpo}/kommunpolis"},
            {"group": g["ovrigt"], "member": f"{sdf}/kommunikator"},
        ]
        resp += [{"subject": g["bered"], "holder": f"{sdf}/tss", "kind": "accountable"},
                 {"subject": g["platser"], "holder": sdf, "kind": "accountable"},
                 {"subject": g["ovrigt"], "holder": f"{sdf}/prev", "kind": "accountable"}]
        lines += [{"from": g["unga"], "to": g["bered"]}, {"from": g["platser"], "to": g["bered"]},
                  {"from": g["ovrigt"], "to": g["bered"]}, {"from": g["bered"], "to": g["styr"]},
                  {"from": g["bered"], "to": "central/beredning"}]
        if not defect:
            lines.append({"from": g["styr"], "to": "central/beredning"})
        if k % 10 == 0:
            statements += [{"id": f"{a}/f{v}", "subject": g["unga"], "field": "frequency.per_year", "value": v}
                           for v in (9, 12)]
    sections = {"organisations": orgs, "roles": roles, "agreements": agreements, "priority_areas": pas,
                "groups": groups, "memberships": members, "responsibilities": resp, "reporting_lines": lines,
                "statements": statements}
    for items in sections.values():
        for item in items:
            item["sources"] = SRC
    return DataSet.model_validate({"name": f"bench-{n}", **sections})


def main(sizes: list[int]) -> None:
    from samverkan.model.graph import build_graph

    profiles = [load_profile("stockholm-2023"), load_profile("remiss-hl-2019")]
    day = dt.date(2024, 1, 1)
    print("CPU seconds of one run: build the graph once, run every rule of both profiles (best of 3 below 1000).")
    print(f"{'agreements':>10} {'entities':>9} {'findings':>9} {'cpu s':>8} {'wall s':>8} {'ms/agreement':>13} "
          f"{'ratio':>6}")
    previous = previous_n = None
    for n in sizes:
        data = synthetic(n)
        entities = sum(len(items) for _, items in data.sections())
        gc.collect()
        gc.freeze()  # the input data set is not the run's garbage: keep the collector from re-walking it
        best = wall = float("inf")
        for _ in range(3 if n < 1000 else 1):
            cpu, start = time.process_time(), time.perf_counter()
            graph = build_graph(data)
            findings = [f for p in profiles for f in check(data, p, day, graph=graph)]
            best = min(best, time.process_time() - cpu)
            wall = min(wall, time.perf_counter() - start)
        gc.unfreeze()
        ratio = f"{best / previous:6.1f}" if previous else "     -"
        print(f"{n:>10} {entities:>9} {len(findings):>9} {best:>8.3f} {wall:>8.3f} {1000 * best / n:>13.2f} {ratio}")
        if previous_n:
            print(f"{'':>10} size x{n / previous_n:g} -> time x{best / previous:.1f}")
        previous, previous_n = best, n
    print("Linear: the time per agreement (ms/agreement) stays flat as the size grows.")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [10, 100, 1000, 3000])
