"""Counts of a data set, per entity kind and per agreement (`samverkan summary`)."""

from __future__ import annotations

from samverkan.model.dataset import DataSet


def summarise(data: DataSet) -> dict:
    agreements = []
    for a in sorted(data.agreements, key=lambda a: a.id):
        groups = data.groups_of(a.id)
        activities = data.activities_of(a.id)
        subjects = {g.id for g in groups} | {x.id for x in activities}
        agreements.append({
            "id": a.id,
            "title": a.title,
            "level": a.level,
            "valid_from": a.valid_from.isoformat() if a.valid_from else None,
            "valid_to": a.valid_to.isoformat() if a.valid_to else None,
            "groups": len(groups),
            "groups_by_kind": _count(g.kind for g in groups),
            "activities": len(activities),
            "priority_areas": len(data.priority_areas_of(a.id)),
            "memberships": sum(m.group in subjects for m in data.memberships),
            "responsibilities": sum(r.subject in subjects for r in data.responsibilities),
        })
    return {
        "dataset": data.name,
        "counts": {section: len(items) for section, items in data.sections()},
        "organisations_by_kind": _count(o.kind for o in data.organisations),
        "agreements": agreements,
    }


def _count(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))
