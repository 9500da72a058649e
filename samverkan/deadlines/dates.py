"""How long an agreement runs, for the deadlines (its month arithmetic is samverkan.model.months)."""

from __future__ import annotations

import datetime as dt

from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement


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
