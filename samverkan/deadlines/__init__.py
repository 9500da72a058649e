"""Deadlines: every date that matters in the year of an auditor, derived from the documents' own terms.

    from samverkan.deadlines import deadlines
    for d in deadlines(data, start, end): d.date, d.what, d.citation

Expiry and the last day for consultation on extension (an agreement's validity and extension clause), revision
(its revision interval, and every statement of one), the lägesbild updates and the other lines of the
uppföljningsplan (follow_up_items), reports with a frequency (reporting_lines), promises to follow up
(medborgarlöften at the end of their period) and measures due (action_items). Each carries the clause it comes
from and how the date was computed. Plain functions over the data set; the renderers are in `render`.
"""

from samverkan.deadlines.derive import Deadline, deadlines, next_deadline, next_deadlines

__all__ = ["Deadline", "deadlines", "next_deadline", "next_deadlines"]
