"""Reading the dates texts state: the one reader for cleaning, ingest and the timeline.

- Month and weekday names come from the lexicon (``months.tsv``, ``weekdays.tsv``).
- A year is plausible from 1800 to 2099 (``FIRST_YEAR``, ``LAST_YEAR``): outside that
  window a four-digit number is not a date. The same window holds for a publication
  date line, a JSON date field and a year in the text. Two other windows are decided
  here too, each for its reason: ``RECENT_YEAR_PATTERN`` (1900-2099) where an older
  four-digit number is more often not a year, and ``YEARS_IN_TEXT`` (to 2100) for a
  bare number in a sentence that names a year ("by 2100").
- A numeric date is read day-first when dotted ("30.09.2015") or when its first number
  is over 12 ("30/09/2015"), month-first when its second is ("09/30/2015");
  "03/04/2015" is ambiguous and gives no day. Never guess.
- A text with a month name goes to dateparser (English, one set of ``SETTINGS``), and
  the result says what the text states (``StatedDate.precision``): "September 2015"
  is a month, never the 1st of September. dateparser is imported on first use (it
  takes about 0.3 s to import).
- ``readable`` writes an ISO date at its precision as people write it: "30 Sep 2015",
  "week of 28 Sep 2015", "September 2015", "30 Sep (year unknown)". The JSON contract
  keeps ISO; Markdown and HTML show this.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from . import lexicon

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MONTHS",
    "RECENT_YEAR_PATTERN",
    "SETTINGS",
    "WEEKDAYS",
    "YEARS_IN_TEXT",
    "YEAR_PATTERN",
    "StatedDate",
    "calendar_date",
    "month_names",
    "numeric_date",
    "plausible",
    "read_stated_date",
    "readable",
    "weekday_names",
]

MONTHS: dict[str, int] = lexicon.numbers("months")
"""Lower-case month names and abbreviations -> month number ("sept" -> 9)."""
WEEKDAYS: dict[str, int] = lexicon.numbers("weekdays")
"""Lower-case weekday names and abbreviations -> weekday number (Monday = 0)."""

FIRST_YEAR, LAST_YEAR = 1800, 2099
YEAR_PATTERN = r"(?:1[89]\d\d|20\d\d)"
"""A plausible year as a regular expression (FIRST_YEAR to LAST_YEAR)."""
RECENT_YEAR_PATTERN = r"(?:19|20)\d\d"
"""A year from 1900 to 2099, where a four-digit number is taken for a year only when it is
recent, because an older one is more often something else (a count, a code): a copyright
line, a year-like cue in a line the furniture model scores (it was trained with this
pattern), an ISO date inside running text, the year a claim's clause names."""
YEARS_IN_TEXT = range(FIRST_YEAR, LAST_YEAR + 2)
"""A bare four-digit number in a sentence in this range names a year, not a count ("the 2005
bombings"): one year wider than a stated date's window, since projections name 2100 ("by
2100") and no report is dated then."""

SETTINGS: dict[str, Any] = {
    "PARSERS": ["absolute-time"],  # a stated date; no "yesterday", no bare timestamps
    "PREFER_DATES_FROM": "past",  # news reports the past: "September 30" without a year is the last one
    "RETURN_AS_TIMEZONE_AWARE": False,  # the date as written, not shifted to another time zone
    "DATE_ORDER": "DMY",
}
"""The one set of dateparser settings; ``read_stated_date`` adds strictness and the base date."""

_YEAR_RE = re.compile(rf"\b{YEAR_PATTERN}\b")
_MONTH_NAME_RE = re.compile(r"\b(?:" + lexicon.alternation(MONTHS) + r")\b", re.I)
_DAY_RE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\b")
_NUMERIC_RES = (
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
)

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date a text states, and how much of it the text states (finer parts of ``date`` are filler)."""

    date: dt.date
    precision: Precision


def _names(table: dict[str, int], abbreviations: bool) -> list[str]:
    """Full names in calendar order, or the abbreviations (longest first): an abbreviation is a
    name that begins another name of the same month or day ("sept", "sep"; "thurs", "thu")."""
    out = []
    for name, number in table.items():
        short = any(other != name and other.startswith(name) and n == number for other, n in table.items())
        if short == abbreviations:
            out.append(name)
    return sorted(out, key=lambda n: (table[n], -len(n)))


def month_names(*, abbreviations: bool) -> list[str]:
    """"january" ... "december", or "jan", "feb" ... "sept", "sep" ... "dec"."""
    return _names(MONTHS, abbreviations)


def weekday_names(*, abbreviations: bool) -> list[str]:
    """"monday" ... "sunday", or "mon", "tues", "tue" ... "sun"."""
    return _names(WEEKDAYS, abbreviations)


def plausible(day: dt.date) -> dt.date | None:
    """``day`` when its year is in the window, else None."""
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, if it exists and its year is plausible."""
    try:
        return plausible(dt.date(year, month, day))
    except ValueError:
        return None


def numeric_date(first: int, second: int, year: int, *, dotted: bool = False) -> dt.date | None:
    """A d/m/y or m/d/y date; None when the order cannot be told (both numbers 12 or under, not dotted)."""
    if dotted or first > 12:  # dotted dates are day-first; 30/09 can only be day-first
        day, month = first, second
    elif second > 12:
        month, day = first, second
    else:  # 03/04/2015 is ambiguous: never guess
        return None
    return calendar_date(year, month, day)


def _numeric(text: str) -> StatedDate | None:
    """A numeric date (year-month-day, or day and month in either order with the year last)."""
    for regex in _NUMERIC_RES:
        m = regex.search(text)
        if m is None:
            continue
        g = m.groupdict()
        if g.get("m"):
            day = calendar_date(int(g["y"]), int(g["m"]), int(g["d"]))
        else:
            day = numeric_date(int(g["a"]), int(g["b"]), int(g["y"]), dotted=g["sep"] == ".")
        if day is not None:
            return StatedDate(day, "day")
    year = _YEAR_RE.search(text)
    return StatedDate(dt.date(int(year.group()), 1, 1), "year") if year else None


def read_stated_date(text: str, *, base: dt.date | None = None) -> StatedDate | None:
    """The date ``text`` states, or None; never a guess.

    With a month name, dateparser reads it: strictly (day, month and year all
    required) when the text states all three, else as a month; a text without a
    year is read only against ``base`` (the report's date: "September 30" is the
    last September 30 on or before it). Without a month name, only numeric dates
    and years count.
    """
    if _MONTH_NAME_RE.search(text) is None:
        return _numeric(text)
    year = _YEAR_RE.search(text)
    day = _DAY_RE.search(_YEAR_RE.sub("", text))
    if year is None and base is None:
        return None
    import dateparser

    settings = {**SETTINGS, "STRICT_PARSING": year is not None and day is not None}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date we cannot read is no date
        return None
    found = plausible(parsed.date()) if parsed is not None else None
    if found is None:
        return None
    return StatedDate(found, "day" if day is not None else "month")


_ISO_RE = re.compile(r"^(?P<y>\d{4})?(?:-W(?P<w>\d{2})|-{1,2}(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_SHORT = {n: name.capitalize() for name, n in MONTHS.items() if len(name) == 3}
_FULL = {n: name.capitalize() for name, n in MONTHS.items() if name == month_names(abbreviations=False)[n - 1]}


def readable(iso: str) -> str:
    """An ISO date at its precision as a reader writes it; the text unchanged if it is not one.

    "2015-09-30" -> "30 Sep 2015", "2015-W40" -> "week of 28 Sep 2015", "2015-09" ->
    "September 2015", "2015" -> "2015", "--09-30" -> "30 Sep (year unknown)", "--09" ->
    "September (year unknown)". Day-first with the month abbreviated: unambiguous in
    every English-speaking country.
    """
    m = _ISO_RE.match(iso or "")
    if m is None or not any(m.groupdict().values()):
        return iso
    y, w, mo, d = (m.group(g) for g in ("y", "w", "m", "d"))
    if w and y:
        try:
            monday = dt.date.fromisocalendar(int(y), int(w), 1)
        except ValueError:
            return iso
        return f"week of {monday.day} {_SHORT[monday.month]} {monday.year}"
    month = int(mo) if mo else None
    if month is not None and not 1 <= month <= 12:
        return iso
    year = y if y else "(year unknown)"
    if month is None:
        return y or iso
    if d:
        return f"{int(d)} {_SHORT[month]} {year}"
    return f"{_FULL[month]} {year}"
