"""The follow-up of one synthetic local agreement, clean: a lägesbild, one åtgärdsplan item per activity (owner
and indicator), a medborgarlöfte for the year that was followed up, and the local steering group's meetings of
the year (as many as its frequency asks). No random draws: the rest of the data set is what it was.

There is no demand on how often the lägesbild is updated (that would make a clean data set stale later on);
the violation of SAM100 adds one.
"""

from __future__ import annotations

import datetime as dt

from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.local import YEAR, LocalPlan


def build_follow_up(draft: Draft, plan: LocalPlan) -> None:
    a, doc = plan.id, plan.document
    start = dt.date.fromisoformat(plan.agreement["valid_from"])
    plan.follow_up["lagesbild"] = draft.add("situation_pictures", {
        "id": f"{a}/lagesbild", "title": "Gemensam lokal lägesbild", "agreement": a, "date": start.isoformat(),
        "areas": [area["id"] for area in plan.areas.values()],
        "basis": ["Trygghetsmätningen", "Polisens statistik över anmälda brott", "Medborgardialoger"],
        "sources": source(doc, "Bilaga 3, lägesbild", 30, 8)})
    for n, act in enumerate(plan.activities):
        owner = plan.accountable[act["id"]]["holder"]
        plan.follow_up[f"atgard-{n}"] = draft.add("action_items", {
            "id": f"{act['id']}/atgard", "agreement": a, "measure": act["name"], "area": act["priority_areas"][0],
            "work_item": act["id"], "owner": owner, "indicators": list(act["follow_up"]),
            "target": act["goal"], "status": "ongoing",
            "sources": source(doc, "Bilaga 4, åtgärdsplaner", 602 + 40 * n, 4)})
    plan.follow_up["medborgarlofte"] = draft.add("promises", {
        "id": f"{a}/medborgarlofte-{YEAR}", "promise": f"Fler trygghetsvandringar i {plan.district.place}",
        "police_area": plan.district.lpo, "district": plan.district.sdf, "agreement": a,
        "period_from": f"{YEAR}-01-01", "period_to": f"{YEAR}-12-31", "status": "fulfilled",
        "followed_up": f"{YEAR}-12-31", "sources": source(doc, "Medborgarlöfte", 1000, 6)})
    steering = plan.groups["styrgrupp"]
    times = int(steering["frequency"]["per_year"])
    span = (dt.date(YEAR, 12, 31) - start).days
    for k in range(times):
        day = start + dt.timedelta(days=span * k // times + 7)
        draft.add("meetings", {"group": steering["id"], "date": day.isoformat(),
                               "sources": source(doc, "Protokoll, styrgrupp", 1 + 20 * k, 2)})
