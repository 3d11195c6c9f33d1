"""What a page states about itself that trafilatura's metadata may miss: its own address, its update.

trafilatura returns no URL for some pages that state one in ``og:url`` or ``<link rel="canonical">``
(bench/BRIEF_REVIEW.md, the twenty-second read: a Sportsnet page). ``stated_url`` reads those tags itself; the
tags' names are data (``data/page_dates.json``), and only an absolute http(s) address is taken.

A wire story updated as its news goes on is rewritten on the update's day ("… on Tuesday" of its own news)
while its metadata's publication date stays the day before. ``report_date`` takes the page's stated update
(``article:modified_time``, JSON-LD ``dateModified`` …) as the report's date when it is one or two days later
and the text names the update's weekday: the text was written on or after that day. A weekday of what is still to
come ("By Tuesday, the storm should …"; after a modal or "will" in its clause, or after "by", "until", "next") is no
such sign: CNN's storm page, published on a Monday and updated on the Tuesday, was dated a day late by it
(bench/BRIEF_REVIEW.md, "Forty-sixth read").

trafilatura's date search reads attributes a page's scripts set too: MSN's ``<head data-info="… dt: 2019-11-14…">``
gave 14 Nov for a copy whose ``<time datetime>`` says 19 Nov (bench/BRIEF_REVIEW.md, "inputs28"). ``stated_day``
keeps trafilatura's day when the page states it (or a day next to it: a zone's midnight) as its publication time
(meta tags, JSON-LD, ``<time datetime>``) or in its address, and when the page states no publication time; when
the page states one that disagrees, the page's stated day is the report's.

The ±1 day of that check is a zone's midnight, which a bare date ("2013-07-19", no clock time) cannot have: when
every publication value the page states is the same bare date, the page's visible text shows it and not
trafilatura's day, and that day is only its address's, the stated day wins (a page that shows its address's day,
as the Washington Post's "July 18, 2013" beside ``DC.date.issued`` 2013-07-19, keeps it). The NYT prints its print
edition's day in its address ("/2013/07/20/") a day after the web page's "Published: July 19, 2013",
``datePublished`` 2013-07-19 (bench/BRIEF_REVIEW.md, "inputs44").

A page with no date found anywhere else may write it in its address after a section's name, which the usual
"/YEAR/MM/DD/" readers skip: CNN's "/2010/POLITICS/08/13/…" (``url_section_day``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from .. import lexicon
from ..dates import WEEKDAYS

_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_URL_DAY = re.compile(r"/(\d{4})[/-]?(\d{2})[/-]?(\d{2})(?=[/_.-]|$)")
# A date an address writes with its section's name between the year and the month: CNN's
# "/2010/POLITICS/08/13/democrats.social.security/" (bench/BRIEF_REVIEW.md, "inputs35"). The section is one path
# segment of letters (and hyphens), so a slug's words or numbers between are not read as one.
_URL_SECTION_DAY = re.compile(r"/(\d{4})/[A-Za-z][A-Za-z-]{0,30}/(\d{2})/(\d{2})(?=/|$)")
_MIN_YEAR = 1900
URL_SECTION_DAYS = True
"""Switch: a page with no day found is dated by its address's "/YEAR/SECTION/MM/DD/" (``url_section_day``)."""
STATED_DAY = True
TOLD_WEEKDAY = True
"""Switch: a weekday under a modal or the future, or after "by"/"until"/"next", is no sign of an update's day."""
"""Switch: a day trafilatura found that no publication tag of the page states loses to the one they state."""
BARE_DAYS = True
"""Switch: a page's one stated bare publication date wins over a day only its address carries (inputs44)."""
_BARE_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
_DAY_NAMES = {n: {name for name, k in WEEKDAYS.items() if k == n and name.endswith("day")} for n in range(7)}


@cache
def page_data() -> dict[str, Any]:
    """The tag names of ``data/page_dates.json``."""
    text = resources.files("storyline").joinpath("data/page_dates.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _absolute(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.hostname and " " not in value:
        return value
    return None


def stated_url(tree: Any) -> str | None:
    """The page's own address from its link and meta tags (canonical first, then ``og:url``), None without one."""
    if tree is None:
        return None
    data = page_data()
    rels = set(data["url_links"])
    for el in tree.iter("link"):
        if rels & set((el.get("rel") or "").lower().split()):
            url = _absolute(el.get("href"))
            if url:
                return url
    from .pagekind import meta_tags

    meta = meta_tags(tree)
    return next((url for key in data["url_meta"] for value in meta.get(key, []) if (url := _absolute(value))), None)


def _iso_day(value: object) -> dt.date | None:
    m = _ISO_DAY.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def stated_update(html: str, tree: Any) -> dt.date | None:
    """The latest day the page states it was modified (meta tags, JSON-LD), as written (ISO dates only)."""
    from .pagekind import ld_objects, meta_tags

    data = page_data()
    meta = meta_tags(tree)
    days = [_iso_day(value) or dt.date.min for key in data["modified_meta"] for value in meta.get(key, [])]
    for obj in ld_objects(html):
        for key in data["modified_ld"]:
            days.append(_iso_day(obj.get(key)) or dt.date.min)
    return max(days, default=None) if any(d != dt.date.min for d in days) else None


def report_date(published: dt.date | None, updated: dt.date | None, text: str) -> dt.date | None:
    """``updated`` when it is 1 to ``max_update_days`` days after ``published`` and ``text`` names its weekday
    ("on Tuesday"): the text was written on the update's day. Else ``published``."""
    if published is None or updated is None:
        return published
    if not 0 < (updated - published).days <= page_data()["max_update_days"]:
        return published
    return updated if _tells_weekday(text, _DAY_NAMES[updated.weekday()]) else published


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_WORDS = re.compile(r"[\w'’]+")
_CLAUSE_BREAK = re.compile(r"[,;:—]")


def _tells_weekday(text: str, names: set[str]) -> bool:
    """Does ``text`` name one of the weekday ``names`` as a day it tells news of? Not one still to come: after
    "by", "until", "next" …, or after a modal or "will" in its own clause ("will be at the lectern on Tuesday"; a
    "would" after a comma, in what a Tuesday's letter said, leaves it the news' day)."""
    pattern = re.compile(r"\b(?:" + "|".join(sorted(names)) + r")\b", re.I)
    if not TOLD_WEEKDAY:
        return pattern.search(text) is not None
    ahead = lexicon.words("forecast_modals") | lexicon.words("future_auxiliaries")
    deadline = lexicon.words("weekday_deadline_words")
    for sentence in _SENTENCE.findall(text):
        for match in pattern.finditer(sentence):
            before = _WORDS.findall(sentence[:match.start()])
            clause = {w.lower() for w in _WORDS.findall(_CLAUSE_BREAK.split(sentence[:match.start()])[-1])}
            if (not before or before[-1].lower() not in deadline) and not clause & ahead:
                return True
    return False


def _url_days(url: str | None, pattern: re.Pattern[str] = _URL_DAY) -> set[dt.date]:
    days = set()
    for m in pattern.finditer(urlsplit(url).path if url else ""):
        try:
            days.add(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return days


def url_section_day(url: str | None) -> dt.date | None:
    """The one day an address writes as "/YEAR/SECTION/MM/DD/" (a section's name between year and month), or None
    (none, two different ones, no real day, or before 1900)."""
    days = {d for d in _url_days(url, _URL_SECTION_DAY) if d.year >= _MIN_YEAR}
    return next(iter(days)) if len(days) == 1 and URL_SECTION_DAYS else None


def _published_values(html: str, tree: Any) -> list[object]:
    from .pagekind import ld_objects, meta_tags

    data = page_data()
    meta = meta_tags(tree)
    values: list[object] = [v for key in data["published_meta"] for v in meta.get(key, [])]
    return values + [obj.get(key) for obj in ld_objects(html) for key in data["published_ld"]]


def bare_published(html: str, tree: Any) -> set[dt.date]:
    """The publication days the page's tags state when every value is a bare date (no clock time), else none."""
    values = [v for v in _published_values(html, tree) if v]
    if not values or not all(isinstance(v, str) and _BARE_DAY.match(v) for v in values):
        return set()
    return {d for v in values if (d := _iso_day(v)) is not None and d.year >= _MIN_YEAR}


def stated_published(html: str, tree: Any) -> set[dt.date]:
    """The publication days the page's tags state: meta tags and JSON-LD keys of ``published_meta`` and
    ``published_ld``; when they state none, the ``<time datetime>`` elements' days."""
    days = {d for v in _published_values(html, tree) if (d := _iso_day(v)) is not None}
    if not days and tree is not None:
        days = {d for el in tree.iter("time") if (d := _iso_day(el.get("datetime"))) is not None}
    return {d for d in days if d.year >= _MIN_YEAR}  # not a CMS's empty value ("0001-01-01")


def stated_day(
    found: dt.date | None, stated: set[dt.date], url: str | None, bare: set[dt.date] | None = None
) -> dt.date | None:
    """``found`` (trafilatura's day) unless the page's stated publication days (``stated_published``) all
    disagree with it by more than a day, it is not in the page's address, and they are one day or two next
    to each other: then the earliest of them. When ``bare`` is one day (``bare_published``, the caller keeping only
    a day the page shows when it does not show ``found``) and ``found`` is not it but a day of its address, it."""
    if found is None or not stated or not STATED_DAY:
        return found
    if BARE_DAYS and bare and len(bare) == 1 and found not in bare and found in _url_days(url):
        return next(iter(bare))
    near = {d + dt.timedelta(days=k) for d in stated | _url_days(url) for k in (-1, 0, 1)}
    if found in near or (max(stated) - min(stated)).days > 1:
        return found
    return min(stated)
