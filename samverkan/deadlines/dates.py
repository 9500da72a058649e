"""Date arithmetic of the terms: months and years forward and back, and how long an agreement runs."""

from __future__ import annotations

import calendar
import datetime as dt

from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, kept within the month (2018-05-31 − 6 months = 2017-11-30)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def months_between_events(per_year: float) -> int:
    """The interval of a frequency in whole months (twice a year: 6; once a year: 12), at least one."""
    return max(1, round(12 / per_year))


def effective_end(data: DataSet, agreement: Agreement) -> dt.date | None:
    """The last day an agreement runs: an extension stated in the data, else its end date, else the day before a
    successor starts; None when it runs until further notice.

    One small function on purpose: samverkan.model.validity (issue 14) takes its place when it lands.
    """
    extended = [s.value for s in data.statements
                if s.subject == agreement.id and s.field == "extended_to" and isinstance(s.value, str)]
    for value in sorted(extended, reverse=True):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            continue
    ends = [a.valid_from - dt.timedelta(days=1) for a in data.agreements if a.replaces == agreement.id and a.valid_from]
    if agreement.valid_to is not None:
        ends.append(agreement.valid_to)
    return min(ends, default=None)
