"""The auditor's year in the audit: the deadlines of the next twelve months ("Kommande"), the next deadline of
each row (the matrix column), and the change since an earlier audit (resolved / new / unchanged per row)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from samverkan.audit.change import compare
from samverkan.audit.rows import Audit
from samverkan.model.dataset import DataSet
from samverkan.model.months import add_months

UPCOMING_MONTHS = 12



def add_upcoming(audit: Audit, data: DataSet) -> None:
    """The next twelve months of deadlines, and each row's next deadline (looking up to five years ahead): the
    five years derived once, the twelve months read from them."""
    from samverkan.deadlines.derive import NEXT_MONTHS, deadlines, next_deadlines

    ahead = deadlines(data, audit.as_of, add_months(audit.as_of, max(NEXT_MONTHS, UPCOMING_MONTHS)))
    end = add_months(audit.as_of, UPCOMING_MONTHS)
    audit.upcoming = [d for d in ahead if d.date <= end]
    next_of = next_deadlines(data, audit.as_of, ahead)
    for row in audit.all_rows:
        ids = [a.id for a in row.agreements]
        row.next_deadline = next_of(ids) if ids else None


def add_change(audit: Audit, data: DataSet, before: Sequence[Any], rules: Mapping[str, Any], since: str) -> None:
    audit.comparison = compare(data, audit, before, rules, since)


def deadline_text(d: Any, lang: str) -> str:
    """'2017-11-30 Sista dag för samråd om förlängning' for the matrix column ('' for none)."""
    return f"{d.date} {d.what.get(lang)}" if d is not None else ""
