"""The yearly account to the kommunstyrelse: the audit at the start and the end of the year, what changed in
between, the agreements that expired or fall due, and the follow-up of lägesbild, action plans and promises."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from samverkan.audit.change import Comparison, compare
from samverkan.audit.rows import Audit, Row
from samverkan.deadlines import Deadline, deadlines
from samverkan.model import validity
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement

DUE_KINDS = ("expiry", "consultation", "revision")
"""The deadlines that decide about an agreement itself (the report's 'due' list)."""


@dataclass
class FollowUp:
    """The follow-up of one local agreement in force during the year."""

    district: str
    agreement: str
    latest_picture: dt.date | None
    picture_undated: bool
    measures: int
    measures_complete: int
    """Measures with an owner function and an indicator."""
    measures_by_status: dict[str, int]
    promises: int
    promises_followed_up: int
    meetings: int


@dataclass
class DistrictYear:
    row_key: str
    name: str
    status_start: str
    status_end: str
    start: dict[str, int]
    end: dict[str, int]
    change: dict[str, int]


@dataclass
class AnnualReport:
    year: int
    dataset: str
    lang: str
    start: Audit
    end: Audit
    comparison: Comparison
    districts: list[DistrictYear]
    expired_in_year: list[tuple[str, Agreement]]
    due: list[Deadline]
    """Expiry, consultation and revision deadlines in the year and the next."""
    follow_up: list[FollowUp] = field(default_factory=list)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, 12, 31)


def _counts(row: Row) -> dict[str, int]:
    counts = Counter(f.severity for f in row.active_findings)
    return {s: counts.get(s, 0) for s in ("error", "warning", "info")}


def _district_name(data: DataSet, agreement: Agreement) -> str:
    from samverkan.deadlines.derive import party_label

    return party_label(data, agreement)


def _follow_up(data: DataSet, agreement: Agreement, first: dt.date, last: dt.date) -> FollowUp:
    pictures = [sp for sp in data.situation_pictures if sp.agreement == agreement.id]
    dates = [sp.date or agreement.valid_from for sp in pictures]
    dates = [d for d in dates if d is not None and d <= last]
    measures = [m for m in data.action_items if m.agreement == agreement.id]
    promises = [p for p in data.promises if (p.agreement == agreement.id or (
        p.agreement is None and p.district in agreement.parties)) and p.period_from <= last and p.period_to >= first]
    groups = {g.id for g in data.groups if g.agreement == agreement.id}
    return FollowUp(
        district=_district_name(data, agreement), agreement=agreement.title,
        latest_picture=max(dates, default=None), picture_undated=any(sp.date is None for sp in pictures),
        measures=len(measures), measures_complete=sum(1 for m in measures if m.owner and m.indicators),
        measures_by_status=dict(sorted(Counter(m.status or "unknown" for m in measures).items())),
        promises=len(promises),
        promises_followed_up=sum(1 for p in promises if p.followed_up is not None or p.status in (
            "fulfilled", "partly_fulfilled", "not_fulfilled")),
        meetings=sum(1 for m in data.meetings if m.group in groups and first <= m.date <= last))


def build_annual(data: DataSet, year: int, start: Audit, end: Audit, rules: Mapping[str, Any]) -> AnnualReport:
    """The yearly account for `year` from the audits on 1 January (`start`) and 31 December (`end`); `rules`
    are the rules the end audit ran (samverkan.app.annual runs both)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    comparison = compare(data, end, start.findings, rules, str(first))
    starts = {r.key: r for r in start.all_rows}
    districts = []
    for row in end.all_rows:
        before = starts.get(row.key)
        districts.append(DistrictYear(
            row_key=row.key, name=row.short if row.kind == "district" else "",
            status_start=before.status if before is not None else "missing", status_end=row.status,
            start=_counts(before) if before is not None else dict.fromkeys(("error", "warning", "info"), 0),
            end=_counts(row), change=comparison.by_row[row.key].counts()))
    expired = []
    for a in sorted(data.agreements, key=lambda a: (a.valid_to or dt.date.max, a.id)):
        if a.valid_to is not None and validity.within(a.valid_to, first, last):
            expired.append((_district_name(data, a), a))
    due = [d for d in deadlines(data, first, dt.date(year + 1, 12, 31)) if d.kind in DUE_KINDS]
    follow_up = [_follow_up(data, a, first, last) for a in sorted(data.agreements, key=lambda a: a.id)
                 if a.level == "local" and not validity.before(last, a.valid_from)
                 and not validity.before(validity.end_of(data, a), first)]
    return AnnualReport(year=year, dataset=data.name, lang=end.lang, start=start, end=end, comparison=comparison,
                        districts=districts, expired_in_year=expired, due=due, follow_up=follow_up)
