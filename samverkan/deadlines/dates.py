"""How long an agreement runs, for the deadlines: samverkan.model.validity's end, or the day before a newer
agreement (a replacement or revision) takes over."""

from __future__ import annotations

import datetime as dt

from samverkan.model import validity
from samverkan.model.dataset import DataSet
from samverkan.model.entities import Agreement


def effective_end(data: DataSet, agreement: Agreement) -> dt.date | None:
    """The last day an agreement runs (extensions within its terms count); None: until further notice."""
    ends = [a.valid_from - dt.timedelta(days=1) for a in data.agreements
            if agreement.id in (a.replaces, a.revises) and a.valid_from]
    end = validity.end_of(data, agreement)
    if end is not None and not agreement.until_further_notice:
        ends.append(end)
    return min(ends, default=None)
