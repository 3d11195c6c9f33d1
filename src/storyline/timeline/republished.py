"""A day a republished text counts from its own day is no day of the page's (time31).

"According to a resident, the sky went dark around 3:15 PM yesterday." on a page that ran the text a day after its
first publisher did ("This article originally appeared on VICE US.", a line cleaning removed as a republication note,
``clean.Reason.REPUBLISHED``): the page's date is the republication's, the text's "yesterday" was written on the first
publication's, which the page does not give. A day counted from the report's own ("yesterday", "today", "tomorrow",
"last night": ``relative_day``) cannot be trusted to the day there, and the timeline leaves it out, as it does in an
undated report; the page's note says so (``clean.sourcing``). A weekday ("on Monday") names a day of its week whatever
day the text was written on, and a month or a year is coarser than a republication's lag: they stay.
"""

from __future__ import annotations

from ..clean import Reason
from ..model import Document
from .expressions import DateExpression

__all__ = ["counted_from_a_republication"]


def counted_from_a_republication(expr: DateExpression, doc: Document) -> bool:
    """Is ``expr`` a day counted from the text's own ("yesterday") in a text the page says first ran elsewhere?"""
    return expr.form == "relative_day" and any(r.reason == Reason.REPUBLISHED for r in doc.removed)
