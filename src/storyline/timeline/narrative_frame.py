"""A bare weekday of a story the text has set in another week is no day of the report's week (time37).

A weekday with no date beside it ("On Friday, the relatives brought their cookies …") is counted from the report's
day (``resolution``), which is right for a report of the week's news. A feature that tells a past story sets its own
calendar first: once the text has placed one of its weekdays outside the report's week, by the season or month
after it ("So on a rainy Saturday in early autumn, …" in a December report, time36), the weekdays that follow
are that story's days, not the report's, until the text comes back to the report's own time with a day or a week
counted from it ("yesterday", "this week", "today"). Such a weekday dates nothing: no date rather than a wrong one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .expressions import DateExpression
from .resolution import resolve

__all__ = ["weekday_of_a_story_elsewhere"]

NEAR_DAYS = 7  # a day counted from the report's that falls within this many days of it brings the text back to it


def weekday_of_a_story_elsewhere(expr: DateExpression, pi: int, rows: Sequence[tuple[DateExpression, int]],
                                 published: dt.date | None) -> bool:
    """Is ``expr`` (in paragraph ``pi``) a bare weekday after one the text placed outside the report's week, with no
    day of the report's own week counted between them? ``rows``: the report's date expressions with their
    paragraphs, in the text's order."""
    if published is None or expr.form != "weekday" or expr.parts.get("within") \
            or expr.lead in ("next", "this", "last") or expr.lead.endswith("coming"):
        return False
    elsewhere = False
    for other, p in rows:
        if (p, other.start) >= (pi, expr.start):
            break
        if other.form == "weekday" and other.parts.get("within") and resolve(other, published) is None:
            elsewhere = True
        elif elsewhere and _counted_near_the_report(other, published):
            elsewhere = False
    return elsewhere


def _counted_near_the_report(expr: DateExpression, published: dt.date) -> bool:
    """Is ``expr`` a day or a week counted from the report's day ("yesterday", "this week") that falls near it?"""
    if not expr.relative or expr.form == "weekday":
        return False
    value = resolve(expr, published)
    first, last = (None, None) if value is None else (value.first_day(), value.last_day())
    if first is None or last is None:
        return False
    return first <= published + dt.timedelta(days=NEAR_DAYS) and last >= published - dt.timedelta(days=NEAR_DAYS)
