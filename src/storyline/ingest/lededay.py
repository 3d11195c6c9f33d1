"""An undated report's day from its lede's weekday dateline and the page's other dates (inputs47).

A health wire's lede opens "THURSDAY, June 6 (HealthDay News) -- …": a weekday and a day, no year. The page may
state its day only where extraction does not look (WebMD: ``<news_dateline>Thu, Jun 6 2013</news_dateline>`` inside
an HTML comment; "06/06/2013" in a metadata block; "/news/20130606/…" in its links) and so be undated.
``lede_day`` gives such a report the lede's month and day in the one year for which the page elsewhere states that
same month and day *and* that day falls on the lede's weekday; two such years, or none, leave it undated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .. import lexicon
from ..dates import MONTHS, RECENT_YEAR_PATTERN, WEEKDAYS, calendar_date

LEDE_DAYS = True
"""Switch: an undated report's year from the page's other dates that agree with its lede's weekday and day."""
_LEDE_CHARS = 40  # the weekday dateline is read from a line's first characters
_LEDE_LINES = 5  # … of the text's first lines (a headline and a byline may come before the lede)


@cache
def _lede() -> re.Pattern[str]:
    days, months = lexicon.alternation(WEEKDAYS), lexicon.alternation(MONTHS)
    return re.compile(rf"^\s*(?P<weekday>{days})\.?,?\s+(?P<month>{months})\.?\s+(?P<day>[0-3]?\d)\b(?!,?\s*\d{{4}})",
                      re.I)


def _stated_years(html: str, month: int, day: int) -> set[int]:
    """The years of the page's dates stating ``month`` and ``day`` (a month's name, m/d/y or d/m/y, y-m-d, ymd)."""
    y, m, d = f"(?P<y>{RECENT_YEAR_PATTERN})", f"0?{month}", f"0?{day}"
    names = lexicon.alternation({name for name, n in MONTHS.items() if n == month})
    patterns = (rf"\b(?:{names})\.?\s+{d}(?:st|nd|rd|th)?,?\s+{y}\b", rf"\b{d}\s+(?:{names})\.?,?\s+{y}\b",
                rf"(?<!\d){m}/{d}/{y}\b", rf"(?<!\d){d}/{m}/{y}\b", rf"\b{y}-{month:02d}-{day:02d}\b",
                rf"(?<!\d){y}{month:02d}{day:02d}(?!\d)")
    return {int(found.group("y")) for p in patterns for found in re.finditer(p, html, re.I)}


def lede_day(day: dt.date | None, html: str, text: str) -> dt.date | None:
    """``day``, or for an undated report the day of its lede's weekday dateline in the one year the page's
    other dates give that agrees with the weekday."""
    if day is not None or not LEDE_DAYS:
        return day
    m = next((m for line in text.split("\n")[:_LEDE_LINES] if (m := _lede().match(line[:_LEDE_CHARS]))), None)
    if m is None:
        return None
    weekday, month, mday = WEEKDAYS[m["weekday"].lower()], MONTHS[m["month"].lower()], int(m["day"])
    fits = {d for y in _stated_years(html, month, mday) if (d := calendar_date(y, month, mday)) and
            d.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None
