"""A report day the extractor read off a script's comment: the page's own dateline's day instead.

A page that states no publication day in its tags leaves trafilatura to search the markup, and its quick search
reads the raw page, scripts too: a developer's note in a ``<script>`` ("// Updated 2015.02.04 by …", "/* ::
2015.02.04 rewrite :: */") dated a health-news report of 23 Feb 2015 to 4 Feb, while its first paragraph opens
on its own dateline "Feb. 23, 2015 -- …" (bench/BRIEF_REVIEW.md, "inputs38").

``script_day`` drops such a day when the page's tags state no publication day, its address holds no day, the
page's visible text prints that day nowhere (``teaserdate.printed_days``), and every place the raw page writes it
as digits ("2015.02.04", "2015-02-04", "2015/2/4") is inside a ``<script>``, a ``<style>`` or an HTML comment.
The report's day is then the one a dateline at the head of one of the text's first lines gives ("Feb. 23, 2015
--", "23 February 2015 —"), or none: better no day than a script's.

A day the page shows in slashed digits with a four-digit year is printed too (inputs52: MLB.com's preview shows
"6/6/2013 10:00 A.M. ET" in its time stamp, and its script's ``article_date`` is the same day): month first or day
first, either reading confirms the script's day, since only a day already found is checked against it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import lexicon
from ..dates import MONTHS, RECENT_YEAR_PATTERN
from .pagemeta import _url_days
from .teaserdate import printed_days

SCRIPT_DATES = True
"""Switch: a day written only in the page's scripts or comments is no report day (``script_day``)."""
DATELINE_LINES = 3  # the text's first lines a dateline may head (a headline line may come first)
_HIDDEN = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", re.I | re.S)
_MONTH = r"(?P<mon>" + lexicon.alternation(MONTHS) + r")\.?"
_Y = r"(?P<y>" + RECENT_YEAR_PATTERN + r")"
_DASH = r"\s*(?:--|[-–—])\s"
_DATELINES = (
    re.compile(r"^\s*" + _MONTH + r"\s+(?P<d>\d{1,2}),?\s+" + _Y + _DASH, re.I),
    re.compile(r"^\s*(?P<d>\d{1,2})\s+" + _MONTH + r",?\s+" + _Y + _DASH, re.I),
)


def _written(day: dt.date, html: str) -> list[int]:
    """Where the raw page writes ``day`` as digits, year first ("2015.02.04", "2015-2-4")."""
    pattern = rf"(?<!\d){day.year}(?P<sep>[-./])0?{day.month}(?P=sep)0?{day.day}(?!\d)"
    return [m.start() for m in re.finditer(pattern, html)]


def dateline_day(text: str) -> dt.date | None:
    """The day a dateline heading one of the text's first ``DATELINE_LINES`` lines gives ("Feb. 23, 2015 -- …")."""
    for line in text.split("\n")[:DATELINE_LINES]:
        for pattern in _DATELINES:
            m = pattern.match(line)
            if m is None:
                continue
            try:
                return dt.date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
            except (KeyError, ValueError):
                continue
    return None


SLASHED_DAYS = True
"""Switch: a day printed "6/6/2013" (either order) confirms the script's day (inputs52)."""
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/" + _Y + r"(?![\d/])")


def _slashed_days(tree: Any) -> set[dt.date]:
    """The days the page's body prints as "6/6/2013": both readings, month first and day first."""
    out: set[dt.date] = set()
    for el in tree.iter() if SLASHED_DAYS else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title") or not el.text:
            continue
        for m in _SLASHED.finditer(el.text):
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            for month, day in ((a, b), (b, a)):
                try:
                    out.add(dt.date(y, month, day))
                except ValueError:
                    continue
    return out


def script_day(found: dt.date | None, html: str, tree: Any, stated: set[dt.date], url: str | None,
               text: str) -> dt.date | None:
    """``found``, or the text's dateline's day (or None) when the page writes ``found`` only in its scripts
    (module docstring)."""
    if not SCRIPT_DATES or found is None or tree is None or stated or found in _url_days(url):
        return found
    if any(day == found for day, _ in printed_days(tree)) or found in _slashed_days(tree):
        return found
    places = _written(found, html)
    hidden = [(m.start(), m.end()) for m in _HIDDEN.finditer(html)]
    if not places or not all(any(a <= p < b for a, b in hidden) for p in places):
        return found
    return dateline_day(text)
