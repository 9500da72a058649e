"""Whole months forward and back, as the documents count them ("sex (6) månader före", "varje halvår")."""

from __future__ import annotations

import calendar
import datetime as dt

from samverkan.model.validity import add_months

__all__ = ["add_months", "day_in", "months_between_events"]


def months_between_events(per_year: float) -> int:
    """The interval of a frequency in whole months (twice a year: 6; once a year: 12), at least one."""
    return max(1, round(12 / per_year))


def day_in(year: int, month: int, day: int) -> dt.date:
    """The day of that month, or its last day when the month is shorter (29 February in other years)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
