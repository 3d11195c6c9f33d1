"""A publication day the extractor read off another story's teaser: replaced by the day the page states as its own.

Pages that state no publication time in their tags leave trafilatura to search the markup, and it takes the
first date it meets in a date-looking element, which may belong to a related story's teaser
(``<a href="/other-story"><h2>… <span class="date">01.08.2019</span></h2></a>``), while the page prints its own
day elsewhere ("Date 10.06.2013") and in its title ("… | DW | 10.06.2013"): a 2013 feature was dated 2019
(bench/BRIEF_REVIEW.md, "inputs30").

``own_day`` keeps the extractor's day unless every place the page prints that day (as a day-first dotted date,
an ISO date, "June 10, 2013" or "10 June 2013") is inside a teaser: an element within a link (``<a href>``),
or within a block whose class or id names a teaser or related links (``lexicon/furniture_markup.txt``'s teaser
words, read from ``lexicon/teaser_markup.txt``). Then the page's own day is taken: the date its title
(``<title>`` or ``og:title``) ends with, or else the one day the page prints outside any teaser. With none of
those, or when the page's tags state a publication day (``pagemeta.stated_published``), the day stays.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import lexicon
from ..dates import MONTHS, RECENT_YEAR_PATTERN
from .markup import class_words

_Y = r"(?P<y>" + RECENT_YEAR_PATTERN + r")"
_MONTH = r"(?P<mon>" + lexicon.alternation(MONTHS) + r")\.?"
_PATTERNS = (
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\." + _Y + r"\b"),
    re.compile(r"\b" + _Y + r"-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2}),?\s+" + _Y + r"\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\s+" + _MONTH + r"\s+" + _Y + r"\b", re.I),
)
_SKIP = frozenset({"script", "style", "noscript", "head", "title", "meta"})


def _days(text: str) -> list[dt.date]:
    """The days ``text`` prints ("June 10, 2013", "10 June 2013", "10.06.2013", "2013-06-10")."""
    out = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            mon = m.groupdict().get("mon")
            month = MONTHS.get(mon.lower()) if mon else int(m.group("m"))
            try:
                out.append(dt.date(int(m.group("y")), month or 0, int(m.group("d"))))
            except ValueError:
                continue
    return out


days_in = _days
"""Public name of ``_days`` (``pageboxes``' dated teaser items)."""


def _in_teaser(el: Any) -> bool:
    teaser = lexicon.words("teaser_markup")
    for anc in (el, *el.iterancestors()):
        if anc.tag == "a" and anc.get("href"):
            return True
        if class_words(anc) & teaser:
            return True
    return False


def printed_days(tree: Any) -> list[tuple[dt.date, Any]]:
    """Each day the page's body prints, with the element holding it (a tail's: the parent's)."""
    out: list[tuple[dt.date, Any]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP or any(a.tag in _SKIP for a in el.iterancestors()):
            continue
        out.extend((day, el) for day in _days(el.text or ""))
        parent = el.getparent()
        if el.tail and parent is not None:
            out.extend((day, parent) for day in _days(el.tail))
    return out


def _shown(tree: Any) -> list[tuple[dt.date, bool]]:
    """Each day the page's body prints, with whether it is inside a teaser."""
    return [(day, _in_teaser(el)) for day, el in printed_days(tree)]


def _title_day(tree: Any) -> dt.date | None:
    from .pagekind import meta_tags

    titles = [t.text or "" for t in tree.iter("title")] + meta_tags(tree).get("og:title", [])
    for title in titles:
        days = _days(title.strip()[-20:])
        if days:
            return days[-1]
    return None


def own_day(found: dt.date | None, tree: Any, stated: set[dt.date]) -> dt.date | None:
    """``found`` unless the page prints it only inside teasers (module docstring): then the page's own day."""
    if found is None or tree is None or stated:
        return found
    shown = _shown(tree)
    at_found = [teaser for day, teaser in shown if day == found]
    if not at_found or not all(at_found):
        return found
    title = _title_day(tree)
    if title is not None:
        return title
    own = {day for day, teaser in shown if not teaser}
    return own.pop() if len(own) == 1 else found
