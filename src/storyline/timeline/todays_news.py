"""The report's own day on a noun is the day's news, not a mention (time31).

"Former swimmers say today's announcement of a funding cut has dealt a further blow" (a report of that day), "A Fed
official sharply criticized Friday the Fed's policy" (a report of that Friday, the parser hanging "Friday" on the
noun): a date written before its noun or inside a relative clause is a mention (``main_date.MENTIONED``) because it
dates a thing the line only names, an earlier or a later one. The report's own day is no such thing: what it dates is
the news the report is written about, and the line, when that day is the only date it gives, is that day's own
event (beside another date, "In addition to its order of 30 jets Wednesday, it announced an order … on Monday", the
day dates a noun of a line about the other date's event, and stays a mention; so does a deadline or a start, "the
blaze, which was under control by early Friday morning", a state reached by then, not the day's event). The entry
keeps its date and loses the *(mentioned)* label; the label is cleared only after the timeline's folding, which still
treats it as a mention (a sentence shown under another date of its own keeps one entry). A date inside a quoted
question, a comparison's baseline and a landmark's date stay mentions whatever their day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .date_attachment import Attachment
from .main_date import MENTIONED
from .resolution import DateValue

__all__ = ["news_of_the_day", "todays_news"]

def todays_news(att: Attachment, value: DateValue, published: dt.date | None, relation: str | None,
                dates: int) -> bool:
    """Is a date attached as a mention (before its noun, in a relative clause or as a noun's complement) the
    report's own day, to the day, with no relation ("by", "since", "until") and the only one of its line's ``dates``?"""
    return att in MENTIONED and published is not None and relation is None and dates == 1 \
        and value.precision == "day" and value.end is None and value.first_day() == published


def news_of_the_day(events: Sequence[Any]) -> list[Any]:
    """``events`` with the *(mentioned)* label cleared on those ``todays_news`` marked (their ``own_day``)."""
    return [replace(e, mention=False) if e.own_day else e for e in events]
