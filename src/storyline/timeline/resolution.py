"""Resolving a date expression against the report's publication date, or the story's years.

A weekday is the most recent such day on or before the publication date ("on
Wednesday" in a report published on a Wednesday is that day), "last week" is the
previous Monday-to-Sunday week (a week, not a day), "in September" the most recent
September, a day and month the nearest such day (past preferred). Where the
document has no date, the year comes only from strong evidence (``YearHint``: another
report's publication date, or a date with a year in the same or the previous sentence)
and the value says so (``year_inferred``); otherwise the year stays unknown ("--09-30").
A date with a year elsewhere in the story is not enough: a story about Pinochet's 1998
arrest that mentions his 1973 coup must not put "Oct. 9" in 1973. A relative expression
("on Wednesday") in an undated report stays unresolved: a day is never invented.

Precision is kept: day, week, month or year, and ranges keep both ends. Each form
of expression has its own resolver (``_RESOLVERS``). The model's DATE entities the
patterns do not cover go to the shared reader (``dates.read_stated_date``, with the
publication date as its base), so dateparser's ~0.3 s start-up is paid only then.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..dates import MONTHS, WEEKDAYS, calendar_date, read_stated_date
from ..model import Precision
from ..text import WORDS
from .expressions import SEASON_MONTHS, DateExpression, DateForm

# A day and month with no year is read as the one within this many days of a story date;
# farther than that a writer states the year, so none is inferred.
YEAR_WINDOW_DAYS = 150

# "three days ago", "a year ago": number words (lexicon/number_words.tsv), and the article as one.
_NUMBERS = {"a": 1, "an": 1, **WORDS}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date with its precision; ``year`` None means the year is not known.

    ``day`` for a week is its Monday. ``end`` is the last day of a range ("Sept.
    28-30", "last week"), kept at the same precision as the start.
    """

    year: int | None
    month: int | None
    day: int | None
    precision: Precision
    end: DateValue | None = None
    year_inferred: bool = False
    basis: str | None = None  # why the year is what it is, when inferred
    other_reading: str | None = None  # the day is one of two readings: the other ("or a week later"; time46)

    def iso(self) -> str:
        """ISO 8601 text: "2015-09-30", "2015-09", "2015", "2015-W40", or "--09-30" when the year is unknown."""
        if self.precision == "week" and self.year is not None and self.month and self.day:
            y, w, _ = dt.date(self.year, self.month, self.day).isocalendar()
            return f"{y:04d}-W{w:02d}"
        if self.year is None:
            if self.precision == "day":
                return f"--{self.month:02d}-{self.day:02d}"
            return f"--{self.month:02d}" if self.month else "--"
        if self.precision == "year" or not self.month:
            return f"{self.year:04d}"
        if self.precision == "month" or not self.day:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date | None:
        if self.year is None:
            return None
        return calendar_date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date | None:
        """The last day this value covers (its range end included)."""
        if self.end is not None:
            return self.end.last_day()
        start = self.first_day()
        if start is None:
            return None
        if self.precision == "week":
            return start + dt.timedelta(days=6)
        if self.precision == "month":
            return dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
        if self.precision == "year":
            return dt.date(start.year, 12, 31)
        return start

    def sort_key(self) -> tuple[int, int, int, int]:
        """Known years first in time order; then unknown-year values by month and day."""
        rank = {"year": 0, "month": 1, "week": 2, "day": 3}[self.precision]
        return (self.year if self.year is not None else 9999, self.month or 0, self.day or 0, rank)


@dataclass(slots=True)
class YearHint:
    """What the story says about its years: dates that place an undated report in time.

    ``published``: the publication dates of the story's reports; ``explicit``: full
    dates with a stated year found anywhere in the text (used only to recognise the
    same day and month stated again: "the July 7 bombings"); ``nearby``: dates with a
    stated year in the same or the previous sentence of the mention; ``report_days``: full dates
    the mention's own report states in its latest year (``same_day_in_report``).
    """

    published: list[dt.date] = field(default_factory=list)
    explicit: list[dt.date] = field(default_factory=list)
    nearby: list[dt.date] = field(default_factory=list)
    report_days: list[dt.date] = field(default_factory=list)
    named_days: list[dt.date] = field(default_factory=list)  # days the reports name by month and day (time46)


def _month(text: str | None) -> int | None:
    if not text:
        return None
    return MONTHS.get(text.lower().rstrip("."))


def _day(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _day_value(d: dt.date, **kw: Any) -> DateValue:
    return DateValue(d.year, d.month, d.day, "day", **kw)


def _pick_year(month: int, day: int | None, refs: Sequence[dt.date], weekday: int | None,
               future: bool, limit_days: int | None) -> int | None:
    """The year that puts month/day nearest a reference date (a past date preferred).

    A stated weekday ("Friday 13th November") keeps only the years where it fits.
    ``limit_days``: give up (None) when the best is farther than this from every reference.
    """
    best: tuple[float, int] | None = None
    for ref in refs:
        for y in (ref.year - 1, ref.year, ref.year + 1):
            d = calendar_date(y, month, day or 1)
            if d is None or (weekday is not None and day is not None and d.weekday() != weekday):
                continue
            if day is None:  # a month: distance from the month to the reference
                diff = (y * 12 + month) - (ref.year * 12 + ref.month)
                gap = abs(diff) * 30.0
            else:
                diff = (d - ref).days
                gap = float(abs(diff))
            ahead = diff > 0
            if ahead != future and gap:
                gap *= 2.0  # the other direction costs double: news reports mostly the past
            if limit_days is not None and abs(diff if day is not None else diff * 30) > limit_days:
                continue
            if best is None or gap < best[0]:
                best = (gap, y)
    return best[1] if best else None


def resolve(expr: DateExpression, published: dt.date | None, hint: YearHint | None = None,
            future: bool = False) -> DateValue | None:
    """The date ``expr`` denotes, or None when it cannot be known without inventing.

    ``published`` anchors relative expressions; without it, ``hint`` may supply
    a year (flagged ``year_inferred``) for day-and-month or month expressions.
    """
    value = _resolve_one(expr, published, hint, future)
    if value is None or expr.range_end is None:
        return value
    end = _resolve_one(expr.range_end, published, hint, future)
    if end is None:
        return value
    if value.year is not None and end.year is None:
        end = replace(end, year=value.year)
    first, last = value.first_day(), end.first_day()
    if first and last and last < first and end.year == value.year and expr.range_end.parts.get("y") is None:
        end = replace(end, year=(end.year or 0) + 1)  # "Dec. 30 - Jan. 2"
    return replace(value, end=end)


def _resolve_one(expr: DateExpression, published: dt.date | None, hint: YearHint | None,
                 future: bool) -> DateValue | None:
    return _RESOLVERS[expr.form](expr, _Anchor(published, hint, future))


@dataclass(frozen=True, slots=True)
class _Anchor:
    """What an expression is resolved against."""

    published: dt.date | None
    hint: YearHint | None
    future: bool  # the clause speaks of the future ("will meet on Friday")


def _iso(expr: DateExpression, at: _Anchor) -> DateValue | None:
    p = expr.parts
    d = calendar_date(int(p["y"]), int(p["m"]), int(p["d"]))
    return _day_value(d) if d else None


def _month_day(expr: DateExpression, at: _Anchor) -> DateValue | None:
    """"Sept. 30", "30 September 2015", "Sept. 28-30", "June 1 last year", "Friday 13th November"."""
    p = expr.parts
    month, day = _month(p.get("m")), _day(p.get("d"))
    if month is None or day is None:
        return None
    wd = WEEKDAYS.get(p["wd"].lower()) if p.get("wd") else None
    end: DateValue | None = None
    if p.get("d2") or p.get("d3"):
        end_month = _month(p.get("m2")) or month
        end_day = _day(p.get("d2") or p.get("d3"))
        if end_day:
            end = DateValue(None, end_month, end_day, "day")
    if p.get("y"):
        d = calendar_date(int(p["y"]), month, day)
        if d is None:
            return None
        return _with_end(_day_value(d), end)
    if p.get("rely"):  # "June 1 last year"
        if at.published is None:
            return None
        d = calendar_date(at.published.year + {"last": -1, "this": 0, "next": 1}[p["rely"]], month, day)
        return _with_end(_day_value(d), end) if d else None
    return _with_end(_infer_year(month, day, wd, at.published, at.hint, at.future), end)


def _month_year(expr: DateExpression, at: _Anchor) -> DateValue | None:
    month = _month(expr.parts.get("m"))
    return DateValue(int(expr.parts["y"]), month, None, "month") if month else None


def _month_only(expr: DateExpression, at: _Anchor) -> DateValue | None:
    """A month without a year: "in September", "last March", "since early May"."""
    month = _month(expr.parts.get("m"))
    if month is None:
        return None
    pre = expr.lead
    published = at.published
    if published is not None:
        if pre in ("last",):
            y = published.year if month < published.month else published.year - 1
        elif pre in ("next",):
            y = published.year if month > published.month else published.year + 1
        elif pre in ("this", "earlier this", "later this"):
            y = published.year
        else:
            y = _pick_year(month, None, [published], None, at.future, None) or published.year
        return _week_of_month(pre, y, month) or DateValue(y, month, None, "month")
    if pre in ("last", "next", "this", "earlier this", "later this") or expr.parts.get("bare"):
        return None  # a bare month the model found ("the November issue"), in an undated report: no date
    return _infer_year(month, None, None, None, at.hint, at.future)


def _week_of_month(pre: str, year: int, month: int) -> DateValue | None:
    """"the first week of March" (days 1 to 7), "the last week of March" (its last seven days): a part of the month
    the words name, no whole month and no "last week" before the report (time47)."""
    if pre not in ("the first week of", "the last week of", "the final week of"):
        return None
    last = calendar.monthrange(year, month)[1]
    first = 1 if pre == "the first week of" else last - 6
    return DateValue(year, month, first, "day", end=DateValue(year, month, first + 6, "day"))


def _year(expr: DateExpression, at: _Anchor) -> DateValue | None:
    return DateValue(int(expr.parts["y"]), None, None, "year")


def _weekday_named(expr: DateExpression, at: _Anchor) -> DateValue | None:
    """A weekday counted from the report's day; "next Wednesday" with the story's named days (``next_weekday``)."""
    if at.published is None:
        return None
    value = _weekday(expr, at.published, at.future)
    if value is None or expr.lead not in ("next", "last") or at.hint is None:
        return value
    return next_weekday(value, at.published, at.hint.named_days, 1 if expr.lead == "next" else -1)


def next_weekday(near: DateValue, published: dt.date, named: Sequence[dt.date], way: int) -> DateValue:
    """"next Wednesday" said on a Monday: the Wednesday two days on (the nearer reading, common in American news)
    or the one of the week after (common in British news)? "last Monday" said on a Friday: this week's Monday or
    the one before (``way`` -1)? Only a day in the report's own week has two readings. The story decides when one
    of its reports names the farther day by its date ("on 29 March") and none the nearer: the farther one.
    Otherwise the nearer stays, marked (``other_reading``) (time46)."""
    day = near.first_day()
    if day is None or _monday(day) != _monday(published) or day == published:
        return near
    farther = day + dt.timedelta(days=7 * way)
    if farther in named and day not in named:
        return _day_value(farther)
    if day in named:
        return near
    return replace(near, other_reading="or a week later" if way > 0 else "or a week earlier")


def _weekday(expr: DateExpression, published: dt.date, future: bool) -> DateValue | None:
    """"on Wednesday" (the most recent), "next Friday", "this Monday", "Friday" in a future clause; none when
    the words after it name a season or month that day is not in ("a rainy Saturday in early autumn" read in
    December is no day of the report's week; time36)."""
    value = _weekday_of_week(expr, published, future)
    within = expr.parts.get("within")
    if within is None or value.month is None:
        return value
    months = SEASON_MONTHS.get(within) or (MONTHS[within],)
    return value if value.month in months else None


def _weekday_of_week(expr: DateExpression, published: dt.date, future: bool) -> DateValue:
    """The weekday's day counted from the report's day."""
    wd = WEEKDAYS[expr.parts["wd"].lower()]
    pre = expr.lead
    if pre == "next" or pre.endswith("coming") or (future and pre not in ("last",)):
        # "this coming Wednesday": the next one, whatever the clause's tense (check29b: "proposed … this coming
        # Wednesday" in a past sentence)
        ahead = (wd - published.weekday()) % 7 or (7 if pre == "next" or pre.endswith("coming") else 0)
        return _day_value(published + dt.timedelta(days=ahead))
    if pre == "this":
        return _day_value(_monday(published) + dt.timedelta(days=wd))
    back = (published.weekday() - wd) % 7
    if pre == "last" and back == 0:
        back = 7
    return _day_value(published - dt.timedelta(days=back))


def _relative_day(expr: DateExpression, published: dt.date, future: bool) -> DateValue:
    rel = expr.parts["rel"].lower()
    delta = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}.get(rel, 0)
    return _day_value(published + dt.timedelta(days=delta))


def _period(expr: DateExpression, published: dt.date, future: bool) -> DateValue:
    """"last week" (Monday to Sunday), "next month", "this year", "the past week" (a span of days)."""
    which, unit = expr.parts["which"].lower(), expr.parts["unit"]
    shift = {"last": -1, "next": 1, "the previous": -1}.get(which, 0)
    if unit in SEASON_MONTHS:
        return _season(SEASON_MONTHS[unit], published, shift)
    if which in ("the past", "over the past", "the last"):  # "within the last month": the days up to the report
        span = {"week": 6, "month": 30, "year": 365}[unit]
        start = published - dt.timedelta(days=span)
        prec: Precision = "day"
        return replace(_day_value(start), precision=prec, end=_day_value(published))
    if unit == "week":
        monday = _monday(published) + dt.timedelta(weeks=shift)
        return DateValue(monday.year, monday.month, monday.day, "week")
    if unit == "month":
        y, m = _shift_month(published.year, published.month, shift)
        return DateValue(y, m, None, "month")
    return DateValue(published.year + shift, None, None, "year")


def _season(months: tuple[int, ...], published: dt.date, shift: int) -> DateValue:
    """"last fall" (the last one over before the report), "this summer" (the report's year's), "next spring" (the
    first one to begin after the report): its months, as a span (time47; seasons of one calendar year only)."""
    first, last = months[0], months[-1]
    year = published.year
    if shift < 0 and (year, last) >= (published.year, published.month):
        year -= 1
    elif shift > 0 and (year, first) <= (published.year, published.month):
        year += 1
    return DateValue(year, first, None, "month", end=DateValue(year, last, None, "month"))


def _ago(expr: DateExpression, published: dt.date, future: bool) -> DateValue:
    """"three days ago", "two weeks ago", "a year ago"."""
    n_text = expr.parts["n"]
    n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text.lower(), 0)
    unit = expr.parts["unit"].rstrip("s")
    if unit == "day":
        return _day_value(published - dt.timedelta(days=n))
    if unit == "week":
        monday = _monday(published - dt.timedelta(weeks=n))
        return DateValue(monday.year, monday.month, monday.day, "week")
    if unit == "month":
        y, m = _shift_month(published.year, published.month, -n)
        return DateValue(y, m, None, "month")
    return DateValue(published.year - n, None, None, "year")


def _model(expr: DateExpression, at: _Anchor) -> DateValue | None:
    return _stated(expr.text, at.published)


Resolver = Callable[[DateExpression, _Anchor], DateValue | None]


def _needs_publication_date(resolver: Callable[[DateExpression, dt.date, bool], DateValue | None]) -> Resolver:
    """A resolver for a relative form: without a publication date there is no day to count from."""

    def resolve_relative(expr: DateExpression, at: _Anchor) -> DateValue | None:
        return None if at.published is None else resolver(expr, at.published, at.future)

    return resolve_relative


_RESOLVERS: dict[DateForm, Resolver] = {
    "iso": _iso,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month": _month_only,
    "year": _year,
    "weekday": _weekday_named,
    "relative_day": _needs_publication_date(_relative_day),
    "period": _needs_publication_date(_period),
    "ago": _needs_publication_date(_ago),
    "model": _model,
}


def _with_end(value: DateValue | None, end: DateValue | None) -> DateValue | None:
    if value is None or end is None:
        return value
    end = replace(end, year=value.year, year_inferred=value.year_inferred)
    if value.year is not None and end.first_day() is None:
        return value  # "Sept. 28-31": no such end day; keep the start
    return replace(value, end=end)


def _infer_year(month: int, day: int | None, weekday: int | None, published: dt.date | None,
                hint: YearHint | None, future: bool) -> DateValue | None:
    """Day-and-month or month with no year: from the publication date, else from the story."""
    precision: Precision = "day" if day else "month"
    if published is not None:
        y = _pick_year(month, day, [published], None, future, None)
        if weekday is not None and day is not None:
            y = _pick_year(month, day, [published], weekday, future, 400) or y
        if y is None:
            return None
        if day is not None and not future and hint is not None and dt.date(y, month, day) > published:
            # "the July 7 bombings" in a report of May 2008: not a day still to come, but the
            # July 7 the story dates elsewhere ("July 7, 2005")
            same = [d for d in hint.explicit if (d.month, d.day) == (month, day) and d <= published]
            if same:
                return DateValue(max(same).year, month, day, precision, year_inferred=True,
                                 basis="the same day given with a year elsewhere in the story")
        return DateValue(y, month, day, precision)
    if hint is not None:
        told = same_day_in_report(month, day, hint.report_days) if not hint.nearby else None
        if told is not None:
            return told
        for refs, basis in ((hint.nearby, "a date with a year in the same or the previous sentence"),
                            (hint.published, "the publication dates of the story's reports")):
            if refs:
                y = _pick_year(month, day, refs, weekday, future, YEAR_WINDOW_DAYS)
                if y is not None:
                    return DateValue(y, month, day, precision, year_inferred=True, basis=basis)
    if day is None and weekday is None:
        return DateValue(None, month, None, "month")
    return DateValue(None, month, day, precision)


def same_day_in_report(month: int, day: int | None, report_days: Sequence[dt.date]) -> DateValue | None:
    """The year of a day and month an undated report states without one ("reported missing on Nov. 18 by her
    mother") when the same report writes that day with its year ("Nov. 18, 2017") in the latest year it
    states: the same day told twice. Only a day (a month recurs every year), and only in that latest year (a
    report that gives "June 12, 1924" for a birth and 2024 elsewhere may mean this year's June 12)."""
    if day is None:
        return None
    years = {d.year for d in report_days if (d.month, d.day) == (month, day)}
    if len(years) != 1:
        return None
    return DateValue(years.pop(), month, day, "day", year_inferred=True,
                     basis="the same day given with its year elsewhere in the report")


def _stated(text: str, published: dt.date | None) -> DateValue | None:
    """A model-found expression our patterns missed, read by ``dates.read_stated_date``.

    Only what the text states counts: the precision is what the text gives (a day,
    a month name, a year), never what the reader fills in.
    """
    got = read_stated_date(text, base=published)
    if got is None:
        return None
    if got.precision == "day":
        return _day_value(got.date)
    if got.precision == "month":
        return DateValue(got.date.year, got.date.month, None, "month")
    return DateValue(got.date.year, None, None, "year")
