"""The report's day by the page's own local day, where the page states its zone for its publication time.

trafilatura gives a ``Z`` time's day as written: a story published at 21:57 on a US evening is stamped
``2019-11-20T05:57:50Z``, the next day in UTC. When the page states the same instant (within
``local_minutes`` minutes: its publication or its update) with its own offset elsewhere (``sailthru.date``
"2019-11-19 21:57:00 -0800", a ``<time datetime>`` with an offset, or a ``<time>`` whose visible text gives the
local date and clock time of its UTC ``datetime``), the report's day is that local day (bench/BRIEF_REVIEW.md,
"inputs25"). A day taken from the page's URL is left alone: no UTC instant of that day is stated, so nothing
here moves it. An offset stated for a different instant (a JSON-LD time with the meta tag's clock time and
another zone) is no evidence and is not used. Tag names are data (``data/page_dates.json``).

A page that states only UTC instants may still show its own day: a ``<time datetime="2019-11-18">`` (a bare
date) whose visible text states the same date ("November 18, 2019") is the day the site printed for it, in
its own zone (``shown_days``). The publication's UTC day moves to that day when it is a day off, a day some
offset between -12 and +14 h gives the UTC instant, and the page shows no bare date of the UTC day itself
(bench/BRIEF_REVIEW.md, "inputs26": SpaceNews's 04:50 UTC on the 19th printed "November 18, 2019").

A page may print its zone for another of its instants: a ``<time datetime="...T05:24:29Z">`` that shows
"12:24 am EST, Wednesday, November 20, 2019" gives its local time and names a zone of that very offset (the
zone's offset is data, ``zone_offsets``). That names the site's zone (``named_zones``): a UTC publication or
update time within ``zone_hours`` hours of it takes its day in that zone (bench/BRIEF_REVIEW.md, "inputs27": the
CT Post's AP story, 02:07 UTC on the 20th, 21:07 EST on the 19th). A plain element's short date line names the
zone too when it shows a stated UTC instant's local date and clock time and a zone of that very offset
(``plain_zones``; inputs45: WDSU's "Updated: 6:29 PM CST Dec 5, 2023" in a ``<div>`` for 00:29 UTC on the 6th).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..dates import MONTHS
from .pagemeta import page_data

_MONTH = lexicon.alternation(MONTHS)
_VISIBLE_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I)
_VISIBLE_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})", re.I)
_BARE_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_VISIBLE_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap])\.?\s?m\b\.?", re.I)
SHOWN_DAYS = True
"""Switch: a bare date the page shows in a ``<time>`` gives the publication's local day (``_shown_day``)."""
NAMED_ZONES = True
"""Switch: a zone a ``<time>`` names for its own instant gives a nearby UTC time's local day (``named_zones``)."""
PLAIN_ZONES = True
"""Switch: a plain element's short date line naming a zone for a stated UTC instant names the site's zone too
(``plain_zones``)."""
_MAX_DATE_LINE_WORDS = 12  # a date line, not a sentence that mentions a time
_ZONE_NAME = re.compile(r"\b(" + lexicon.alternation(page_data()["zone_offsets"]) + r")\b")
_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%Y-%m-%dT%H:%M:%S%z")


def _instant(value: object) -> dt.datetime | None:
    """An aware time the value states, or None (a time without an offset, a bare date)."""
    if not isinstance(value, str) or len(value.strip()) < 16:
        return None
    s = value.strip()
    try:
        got = dt.datetime.fromisoformat(s)
    except ValueError:
        got = None
        for fmt in _FORMATS:
            try:
                got = dt.datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
    return got if got is not None and got.tzinfo is not None else None


def _visible_local(text: str, utc: dt.datetime) -> dt.datetime | None:
    """The local time a ``<time>`` element's visible text states for its UTC ``datetime``: its date and clock
    time, the offset their difference (whole quarter hours, -12 to +14 h), or None."""
    day, clock = _VISIBLE_DAY.search(text), _VISIBLE_CLOCK.search(text)
    if day is None or clock is None:
        return None
    hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
    try:
        local = dt.datetime(int(day.group(3)), MONTHS[day.group(1).lower()], int(day.group(2)),
                            hour, int(clock.group(2)))
    except ValueError:
        return None
    offset = local - utc.replace(tzinfo=None, second=0, microsecond=0)
    if offset % dt.timedelta(minutes=15) or not -dt.timedelta(hours=12) <= offset <= dt.timedelta(hours=14):
        return None
    return local.replace(tzinfo=dt.timezone(offset))


def stated_instants(html: str, tree: Any) -> list[dt.datetime]:
    """Every aware time the page states for its publication or update (meta tags, JSON-LD, ``<time>``)."""
    from .pagekind import ld_objects, meta_tags

    data = page_data()
    meta = meta_tags(tree)
    values: list[object] = [v for key in (*data["published_meta"], *data["modified_meta"]) for v in meta.get(key, [])]
    values += [obj.get(key) for obj in ld_objects(html) for key in (*data["published_ld"], *data["modified_ld"])]
    got = [t for v in values if (t := _instant(v)) is not None]
    for el in tree.iter("time") if tree is not None else ():
        stamp = _instant(el.get("datetime"))
        if stamp is None:
            continue
        got.append(stamp)
        if stamp.utcoffset() == dt.timedelta(0):
            local = _visible_local(" ".join("".join(el.itertext()).split()), stamp)
            if local is not None:
                got.append(local)
    return got


def named_zones(tree: Any) -> list[dt.datetime]:
    """The local times ``<time>`` elements show for their UTC ``datetime`` whose text names a zone of the very
    offset between the two ("12:24 am EST, ... November 20, 2019" for 05:24Z): the site's zone, as stated."""
    offsets: dict[str, int] = page_data()["zone_offsets"]
    found: list[dt.datetime] = []
    for el in tree.iter("time") if tree is not None else ():
        stamp = _instant(el.get("datetime"))
        if stamp is None or stamp.utcoffset() != dt.timedelta(0):
            continue
        text = " ".join("".join(el.itertext()).split())
        local, zone = _visible_local(text, stamp), _ZONE_NAME.search(text)
        if local is not None and zone is not None and local.utcoffset() == dt.timedelta(minutes=offsets[zone[1]]):
            found.append(local)
    return found


def plain_zones(tree: Any, instants: Sequence[dt.datetime]) -> list[dt.datetime]:
    """The local times short date lines in plain elements show for a stated UTC instant, naming a zone of the
    very offset between the two ("Updated: 6:29 PM CST Dec 5, 2023" for 00:29Z on the 6th)."""
    offsets: dict[str, int] = page_data()["zone_offsets"]
    utcs = [t for t in instants if t.utcoffset() == dt.timedelta(0)]
    found: list[dt.datetime] = []
    if not PLAIN_ZONES or tree is None or not utcs:
        return found
    for el in tree.iter("div", "span", "p", "li"):
        own = " ".join((el.text or "").split())
        zone = _ZONE_NAME.search(own) if own and len(own.split()) <= _MAX_DATE_LINE_WORDS else None
        if zone is None:
            continue
        minutes = dt.timedelta(minutes=offsets[zone[1]])
        found += [loc for utc in utcs if (loc := _visible_local(own, utc)) is not None and loc.utcoffset() == minutes]
    return found


def _named_zone_day(published: dt.date, instants: Sequence[dt.datetime], zones: Sequence[dt.datetime]) -> dt.date:
    """``published``'s UTC instant's day in a zone the page names for an instant within ``zone_hours`` of it."""
    near = dt.timedelta(hours=page_data()["zone_hours"])
    for utc in (t for t in instants if t.utcoffset() == dt.timedelta(0) and t.date() == published):
        days = {utc.astimezone(z.tzinfo).date() for z in zones if abs(z - utc) <= near}
        if len(days) == 1:
            return days.pop()
    return published


def _visible_days(text: str) -> set[dt.date]:
    """The dates a visible text states ("November 18, 2019", "18 November 2019")."""
    found = [(int(m.group(3)), m.group(1), int(m.group(2))) for m in _VISIBLE_DAY.finditer(text)]
    found += [(int(m.group(3)), m.group(2), int(m.group(1))) for m in _VISIBLE_DAY_FIRST.finditer(text)]
    days = set()
    for year, month, day in found:
        try:
            days.add(dt.date(year, MONTHS[month.lower()], day))
        except ValueError:
            continue
    return days


def page_days(tree: Any) -> set[dt.date]:
    """The dates the page's visible text states anywhere ("Published: July 19, 2013")."""
    return _visible_days(" ".join(" ".join(tree.itertext()).split())) if tree is not None else set()


def shown_days(tree: Any) -> set[dt.date]:
    """The days the page shows in its own zone: each ``<time>`` whose ``datetime`` is a bare date its visible
    text states too."""
    days: set[dt.date] = set()
    for el in tree.iter("time") if tree is not None else ():
        m = _BARE_DATE.match(el.get("datetime") or "")
        if m is None:
            continue
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if day in _visible_days(" ".join("".join(el.itertext()).split())):
            days.add(day)
    return days


def _shown_day(published: dt.date, instants: Sequence[dt.datetime], shown: set[dt.date]) -> dt.date:
    """The page's shown bare day for the UTC instant of ``published``, when it is a day off and some offset
    (-12 to +14 h) gives it; ``published`` when the page shows its UTC day too, or no such day."""
    if not shown or published in shown:
        return published
    for utc in (t for t in instants if t.utcoffset() == dt.timedelta(0) and t.date() == published):
        near = {(utc + dt.timedelta(hours=h)).date() for h in (-12, 14)} - {published}
        days = near & shown
        if len(days) == 1:
            return days.pop()
    return published


def local_day(published: dt.date | None, instants: Sequence[dt.datetime],
              shown: set[dt.date] | None = None, zones: Sequence[dt.datetime] = ()) -> dt.date | None:
    """``published`` moved to the page's local day when it is the UTC day of a stated UTC instant and the page
    states the same instant (within ``local_minutes``) with its own nonzero offset; else ``published``.
    ``instants``: ``stated_instants`` of the page, read once for its publication and its update day; ``shown``:
    the page's ``shown_days``, given for the publication's day only (a bare date shown is the publication's);
    ``zones``: the page's ``named_zones``, used when no instant is stated twice."""
    if published is None:
        return published
    window = dt.timedelta(minutes=page_data()["local_minutes"])
    zero = dt.timedelta(0)
    for utc in (t for t in instants if t.utcoffset() == zero and t.date() == published):
        for zoned in (t for t in instants if t.utcoffset() != zero and abs(t - utc) <= window):
            day = utc.astimezone(zoned.tzinfo).date()
            if day != published:
                return day
    if zones and NAMED_ZONES:
        named = _named_zone_day(published, instants, zones)
        if named != published:
            return named
    return _shown_day(published, instants, shown) if shown and SHOWN_DAYS else published
