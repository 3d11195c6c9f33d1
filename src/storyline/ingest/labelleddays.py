"""A first publication's day over an update's, both labelled in one line of the page (inputs46).

A page may print under its headline "First Published: 14:45 IST(18/7/2013) | Last Updated: 00:15 IST(19/7/2013)"
and state no date in its metadata; the extractor may read the update's day as the report's (Hindustan Times: 19 Jul
for a report of 18 Jul, its byline "Jammu, July 18, 2013"). ``first_published_day`` gives the first publication's
day when one short element of the page (``MAX_WORDS`` words at most) labels both dates
(``lexicon/first_published_labels.txt``, ``lexicon/update_labels.txt``), the day found is the update's, and the
first publication is 1 to ``MAX_DAYS`` days before it. A rewrite told on the update's day is still read from the
update's own stamp (``pagemeta.report_date``), not from this line.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from .. import lexicon
from ..dates import read_stated_date

LABELLED_DAYS = True
"""Switch: the first publication's labelled day over an update's labelled day the extractor took."""
MAX_WORDS = 25
MAX_DAYS = 7
VALUE_CHARS = 40  # a label's date is read from the characters right after it
_TAGS = ("div", "span", "p", "li", "td")  # the boxes a line of dates is set in


@cache
def _labels() -> tuple[re.Pattern[str], frozenset[str]]:
    first = lexicon.words("first_published_labels")
    updates = lexicon.words("update_labels")
    words = lexicon.alternation(first | updates, space=r"\s+")
    return re.compile(rf"\b({words})\b\s*:?", re.I), frozenset(updates)


def _labelled(text: str) -> tuple[dt.date | None, dt.date | None]:
    """The first publication's and the update's days ``text`` labels (None where it labels none)."""
    pattern, updates = _labels()
    parts = pattern.split(text)
    first = update = None
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        stated = read_stated_date(value.strip(" |,;")[:VALUE_CHARS])
        if stated is None or stated.precision != "day":
            continue
        if " ".join(label.lower().split()) in updates:
            update = update or stated.date
        else:
            first = first or stated.date
    return first, update


def first_published_day(day: dt.date | None, tree: Any) -> dt.date | None:
    """``day``, or the first publication's day when ``day`` is the update's of one line labelling both."""
    if not LABELLED_DAYS or day is None or tree is None:
        return day
    first, update = _labelled(" ".join(tree.xpath("string()").split()))
    if first is None or update is None:  # the page labels no two such dates at all: nothing to look for
        return day
    for el in tree.iter(*_TAGS):
        text = " ".join(el.xpath("string()").split())
        if not text or len(text.split()) > MAX_WORDS:
            continue
        first, update = _labelled(text)
        if first is not None and update == day and 0 < (update - first).days <= MAX_DAYS:
            return first
    return day
