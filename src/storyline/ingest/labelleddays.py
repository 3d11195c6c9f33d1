"""A first publication's day over an update's, both labelled in one line of the page (inputs46).

A page may print under its headline "First Published: 14:45 IST(18/7/2013) | Last Updated: 00:15 IST(19/7/2013)"
and state no date in its metadata; the extractor may read the update's day as the report's (Hindustan Times: 19 Jul
for a report of 18 Jul, its byline "Jammu, July 18, 2013"). ``first_published_day`` gives the first publication's
day when one short element of the page (``MAX_WORDS`` words at most) labels both dates
(``lexicon/first_published_labels.txt``, ``lexicon/update_labels.txt``), the day found is the update's, and the
first publication is 1 to ``MAX_DAYS`` days before it. A rewrite told on the update's day is still read from the
update's own stamp (``pagemeta.report_date``), not from this line.

A day the page labels as its publication ("Published: June 5, 2013") is the page's own statement of its day, more
than a day shown elsewhere on it: the NYT shows its address's print day (/2013/06/06/) in "A version of this article
appeared in print on June 6, 2013" and in other stories' stamps, beside "Published: June 5, 2013" and
``datePublished`` 2013-06-05 (inputs50). ``labelled_published`` gives that day; ``html._shown_bare`` lets the page's
one stated bare date win over its address's day when the page labels it so.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from .. import lexicon
from ..dates import YEAR_PATTERN, read_stated_date

LABELLED_DAYS = True
"""Switch: the first publication's labelled day over an update's labelled day the extractor took."""
LABELLED_PUBLISHED = True
"""Switch: a page's labelled publication day that is its one stated bare date wins over its address's shown day."""
MAX_WORDS = 25
MAX_DAYS = 7
VALUE_CHARS = 40  # a label's date is read from the characters right after it
_YEAR = re.compile(rf"\b{YEAR_PATTERN}\b")
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


def labelled_published(tree: Any) -> dt.date | None:
    """The first day the page's text labels as its first publication ("Published: June 5, 2013"), or None."""
    if not LABELLED_PUBLISHED or tree is None:
        return None
    pattern, updates = _labels()
    parts = pattern.split(" ".join(tree.xpath("string()").split()))
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        year = _YEAR.search(value[:VALUE_CHARS])  # the date up to its year: the lede may follow at once
        stated = read_stated_date(value[:year.end()].strip(" |,;")) if year else None
        if stated is not None and stated.precision == "day" and " ".join(label.lower().split()) not in updates:
            return stated.date
    return None
