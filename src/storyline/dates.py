"""Date expressions: found in a text, resolved against the report's publication date.

News dates events relative to a day the reader is assumed to know: "on
Wednesday", "yesterday", "last week", "Sept. 30" with no year. This module

1. finds date expressions with its own patterns (``find_dates``), plus the
   model's DATE entities as a second opinion; it never uses dateparser's
   ``search_dates``, which reads "Sept" in running text as the 7th;
2. resolves each one (``resolve``) against the document's publication date:
   a weekday is the most recent such day on or before it ("on Wednesday" in a
   report published on a Wednesday is that day), "last week" is the previous
   Monday-to-Sunday week (a week, not a day), "in September" the most recent
   September, a day and month the nearest such day (past preferred);
3. where the document has no date, takes the year from the story (``YearHint``:
   other reports' publication dates, explicit years nearby) and says so
   (``year_inferred``), or keeps it unknown ("--09-30"). A relative expression
   ("on Wednesday") in an undated report stays unresolved: a day is never invented.

Precision is kept: day, week, month or year, and ranges keep both ends.
dateparser (with ``RELATIVE_BASE`` and strict settings) parses only the model's
DATE entities the patterns do not cover, so its ~0.3 s start-up is paid only then.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .model import Precision, Relation

# A day and month with no year is read as the one within this many days of a story date;
# farther than that a writer states the year, so none is inferred.
YEAR_WINDOW_DAYS = 150

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month names are matched case-sensitively (capitalised) so "may" the verb and "march" the noun never count.
MONTH = (
    r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAY = r"(?P<{0}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<{0}>1[89]\d\d|20\d\d)"
_PART = r"(?:(?:early|late|mid)[- ]?)?"


def _g(pattern: str, name: str) -> str:
    return pattern.format(name)


_WD_PREFIX = rf"(?:{_g(WEEKDAY, 'wd')},?\s+(?:the\s+)?)?"
_MD = rf"{_g(MONTH, 'm')}\s+{_g(DAY, 'd')}(?![\d:])(?:(?:\s*[-–]\s*{_g(DAY, 'd2')}(?![\d:]))|(?:\s*[-–]\s*{_g(MONTH, 'm2')}\s+{_g(DAY, 'd3')}))?(?:,?\s+{_g(YEAR, 'y')}|\s+(?P<rely>last|this|next) year)?"  # noqa: E501
_DM = (
    rf"(?:the\s+)?{_g(DAY, 'd')}(?:\s*[-–]\s*{_g(DAY, 'd2')})?(?:\s+of)?\s+{_g(MONTH, 'm')}"
    rf"(?:,?\s+{_g(YEAR, 'y')}|\s+(?P<rely>last|this|next) year)?"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("md", re.compile(rf"\b{_WD_PREFIX}{_MD}(?![\d])")),
    ("dm", re.compile(rf"\b{_WD_PREFIX}{_DM}(?![\d])")),
    ("my", re.compile(rf"\b{_PART}{_g(MONTH, 'm')}(?:\s+of)?,?\s+{_g(YEAR, 'y')}\b")),
    ("m", re.compile(
        rf"\b(?P<pre>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|"
        rf"[Ll]ate|[Mm]id|[Ee]arlier this|[Ll]ater this|[Bb]efore|[Aa]fter|[Ss]ince early|[Ii]n early|[Ii]n late|"
        rf"[Ii]n mid)[- ])(?:-)?{_g(MONTH, 'm')}(?![\w.]*\s+\d)"
    )),
    ("y", re.compile(
        rf"\b(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Ii]n early|"
        rf"[Ii]n late|[Ee]arly|[Ll]ate)\s+{_g(YEAR, 'y')}\b(?![-–/]\d|\s*(?:%|percent|people|troops))"
    )),
    ("wd", re.compile(
        rf"\b(?P<pre>(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?"
        rf"{_g(WEEKDAY, 'wd')}(?P<post>\s+(?:morning|afternoon|evening|night))?\b"
        r"(?!,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b)(?!,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    )),
    ("rel", re.compile(
        r"\b(?P<rel>[Tt]he day before yesterday|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
        r"|[Tt]his (?:morning|afternoon|evening))\b"
    )),
    ("period", re.compile(
        r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Tt]he past|[Oo]ver the past|"
        r"[Tt]he previous)\s+(?P<unit>week|month|year)\b"
    )),
    ("ago", re.compile(
        r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
        r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b"
    )),
]
# A model DATE entity is worth parsing only when it names a month or is a numeric date;
# bare numbers and years ("2004 tax returns", "the 18 year old") are not events' dates.
_MODEL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d\b"
)
_SINCE = re.compile(r"(?:\b(?:[Ss]ince|[Ff]rom)\s+(?:early\s+|late\s+)?)$")
_UNTIL = re.compile(r"(?:\b(?:[Uu]ntil|[Tt]ill|[Bb]y|[Tt]hrough)\s+)$")
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|[-–—])\s*$")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})  # "would stay closed until Monday"
_FUTURE_VERBS = frozenset({"set", "due", "expect", "schedule", "plan", "intend", "go"})
_DURATION = re.compile(
    r"^(?:the\s+)?(?:more than|less than|about|nearly|almost|some|over|at least|up to|for)?\s*"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|many|the coming|"
    r"the next|the last|the past)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?)$",
    re.I,
)


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
        return _safe_date(self.year, self.month or 1, self.day or 1)

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


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression found in a text: ``text[start:end]``, what kind, its parsed parts."""

    start: int
    end: int
    text: str
    form: str  # which pattern found it: iso, md, dm, my, m, y, wd, rel, period, ago, model
    parts: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    relation: Relation | None = None
    range_end: DateExpression | None = None

    @property
    def relative(self) -> bool:
        """True when only a publication date can anchor it (weekday, "yesterday", "last week")."""
        return self.form in ("wd", "rel", "period", "ago") or (self.form == "m" and self._pre() in (
            "last", "this", "next", "earlier this", "later this"))

    def _pre(self) -> str:
        return (self.parts.get("pre") or "").strip().lower()


@dataclass(slots=True)
class YearHint:
    """What the story says about its years: dates that place an undated report in time.

    ``published``: the publication dates of the story's reports; ``explicit``:
    full dates with a stated year found in the text (same document first).
    """

    published: list[dt.date] = field(default_factory=list)
    explicit: list[dt.date] = field(default_factory=list)
    nearby_year: int | None = None  # a year stated in the same sentence


def _month(text: str | None) -> int | None:
    if not text:
        return None
    return _MONTHS.get(text.lower().rstrip("."))


def _day(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def find_dates(text: str, model_spans: Iterable[tuple[int, int]] = ()) -> list[DateExpression]:
    """Every date expression in ``text`` (non-overlapping, longest first, in text order).

    ``model_spans`` are the model's DATE entities (character offsets into
    ``text``); those no pattern covers are kept as form "model" for ``resolve``
    to try with dateparser.
    """
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for form, pat in _PATTERNS:
        for m in pat.finditer(text):
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            if form in ("md", "dm") and not (1 <= int(parts["d"]) <= 31):
                continue
            found.append(DateExpression(a, b, text[a:b], form, parts))
            taken.append((a, b))
    for a, b in model_spans:
        span = text[a:b]
        if free(a, b) and _MODEL_DATE.search(span) and not _DURATION.match(span.strip()):
            found.append(DateExpression(a, b, span, "model"))
            taken.append((a, b))
    found.sort(key=lambda e: e.start)
    return _relate(text, found)


def _relate(text: str, exprs: list[DateExpression]) -> list[DateExpression]:
    """Attach "since"/"until" from the words before, and join "from A to B" / "A - B" into ranges."""
    out: list[DateExpression] = []
    i = 0
    while i < len(exprs):
        e = exprs[i]
        before = text[max(0, e.start - 16) : e.start]
        rel: Relation | None = None
        pre = (e.parts.get("pre") or "").strip().lower()
        if _SINCE.search(before) or pre in ("since", "from"):
            rel = "since"
        elif _UNTIL.search(before) or pre in ("until", "by", "through"):
            rel = "until"
        if i + 1 < len(exprs):
            nxt = exprs[i + 1]
            between = text[e.end : nxt.start]
            ranged = _RANGE_JOIN.match(between) and (
                re.search(r"\b(?:[Ff]rom|[Bb]etween)\s+$", before) or between.strip() in ("-", "–", "—")
            )
            if ranged and not e.relative and not nxt.relative:
                out.append(replace(e, end=nxt.end, text=text[e.start : nxt.end], range_end=nxt, relation=None))
                i += 2
                continue
        out.append(replace(e, relation=rel) if rel else e)
        i += 1
    return out


def future_tense(sdoc: Any, start: int, end: int) -> bool:
    """Whether the clause a date (char offsets in ``sdoc``) belongs to speaks of the future.

    "will meet on Friday", "is set to travel next week": the verb the date hangs
    from has a "will"/"shall" auxiliary or sits under "set/due/expected/plan to".
    """
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.lower_ in _FUTURE_AUX and c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and (head.lemma_ in _FUTURE_VERBS or head.lemma_ == "be"):
        return True  # "is set to travel", "is to arrive"
    return head.lemma_ in _FUTURE_VERBS and any(c.lower_ == "to" for c in tok.children)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _day_value(d: dt.date, **kw: Any) -> DateValue:
    return DateValue(d.year, d.month, d.day, "day", **kw)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick_year(month: int, day: int | None, refs: Sequence[dt.date], weekday: int | None,
               future: bool, limit_days: int | None) -> int | None:
    """The year that puts month/day nearest a reference date (a past date preferred).

    A stated weekday ("Friday 13th November") keeps only the years where it fits.
    ``limit_days``: give up (None) when the best is farther than this from every reference.
    """
    best: tuple[float, int] | None = None
    for ref in refs:
        for y in (ref.year - 1, ref.year, ref.year + 1):
            d = _safe_date(y, month, day or 1)
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
    p = expr.parts
    form = expr.form
    if form == "iso":
        d = _safe_date(int(p["y"]), int(p["m"]), int(p["d"]))
        return _day_value(d) if d else None
    if form in ("md", "dm"):
        month, day = _month(p.get("m")), _day(p.get("d"))
        if month is None or day is None:
            return None
        wd = _WEEKDAYS.get(p["wd"].lower()) if p.get("wd") else None
        end: DateValue | None = None
        if p.get("d2") or p.get("d3"):
            end_month = _month(p.get("m2")) or month
            end_day = _day(p.get("d2") or p.get("d3"))
            if end_day:
                end = DateValue(None, end_month, end_day, "day")
        if p.get("y"):
            d = _safe_date(int(p["y"]), month, day)
            if d is None:
                return None
            return _with_end(_day_value(d), end)
        if p.get("rely"):  # "June 1 last year"
            if published is None:
                return None
            d = _safe_date(published.year + {"last": -1, "this": 0, "next": 1}[p["rely"]], month, day)
            return _with_end(_day_value(d), end) if d else None
        return _with_end(_infer_year(month, day, wd, published, hint, future), end)
    if form == "my":
        month = _month(p.get("m"))
        return DateValue(int(p["y"]), month, None, "month") if month else None
    if form == "m":
        month = _month(p.get("m"))
        if month is None:
            return None
        pre = expr._pre()
        if published is not None:
            if pre in ("last",):
                y = published.year if month < published.month else published.year - 1
            elif pre in ("next",):
                y = published.year if month > published.month else published.year + 1
            elif pre in ("this", "earlier this", "later this"):
                y = published.year
            else:
                y = _pick_year(month, None, [published], None, future, None) or published.year
            return DateValue(y, month, None, "month")
        if pre in ("last", "next", "this", "earlier this", "later this"):
            return None
        return _infer_year(month, None, None, None, hint, future)
    if form == "y":
        return DateValue(int(p["y"]), None, None, "year")
    if published is None:
        return None if form != "model" else _dateparser(expr.text, None)
    if form == "wd":
        wd = _WEEKDAYS[p["wd"].lower()]
        pre = expr._pre()
        if pre == "next" or (future and pre not in ("last",)):
            ahead = (wd - published.weekday()) % 7 or (7 if pre == "next" else 0)
            return _day_value(published + dt.timedelta(days=ahead))
        if pre == "this":
            return _day_value(_monday(published) + dt.timedelta(days=wd))
        back = (published.weekday() - wd) % 7
        if pre == "last" and back == 0:
            back = 7
        return _day_value(published - dt.timedelta(days=back))
    if form == "rel":
        rel = p["rel"].lower()
        delta = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}.get(rel, 0)
        return _day_value(published + dt.timedelta(days=delta))
    if form == "period":
        which, unit = p["which"].lower(), p["unit"]
        shift = {"last": -1, "next": 1, "the previous": -1}.get(which, 0)
        if which in ("the past", "over the past"):
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
    if form == "ago":
        n = int(p["n"]) if p["n"].isdigit() else _NUMBERS.get(p["n"].lower(), 0)
        unit = p["unit"].rstrip("s")
        if unit == "day":
            return _day_value(published - dt.timedelta(days=n))
        if unit == "week":
            monday = _monday(published - dt.timedelta(weeks=n))
            return DateValue(monday.year, monday.month, monday.day, "week")
        if unit == "month":
            y, m = _shift_month(published.year, published.month, -n)
            return DateValue(y, m, None, "month")
        return DateValue(published.year - n, None, None, "year")
    if form == "model":
        return _dateparser(expr.text, published)
    return None


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
        if hint.nearby_year is not None:
            return DateValue(hint.nearby_year, month, day, precision, year_inferred=True,
                             basis="a year stated in the same sentence")
        for refs, basis in ((hint.published, "the publication dates of the story's reports"),
                            (hint.explicit, "dates with a year elsewhere in the story")):
            if refs:
                y = _pick_year(month, day, refs, weekday, future, YEAR_WINDOW_DAYS)
                if y is not None:
                    return DateValue(y, month, day, precision, year_inferred=True, basis=basis)
    if day is None and weekday is None:
        return DateValue(None, month, None, "month")
    return DateValue(None, month, day, precision)


def _dateparser(text: str, published: dt.date | None) -> DateValue | None:
    """A model-found expression our patterns missed, parsed by dateparser (strictly).

    Only expressions that state their parts count: the precision is what the
    text gives (a year, a month name, a day number), never what dateparser fills in.
    """
    has_year = re.search(r"\b(?:1[89]|20)\d\d\b", text) is not None
    has_month = re.search(r"\b(?:" + "|".join(_MONTHS) + r")\b", text, re.I) is not None
    has_day = re.search(r"\b[0-3]?\d(?:st|nd|rd|th)?\b", re.sub(r"\b(?:1[89]|20)\d\d\b", "", text)) is not None
    if not has_year and published is None:
        return None
    if not (has_month or has_year):
        return None
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": has_day and has_month and has_year,
                                "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    got = dateparser.parse(text, languages=["en"], settings=settings)
    if got is None:
        return None
    d = got.date()
    if has_month and has_day:
        return _day_value(d)
    if has_month:
        return DateValue(d.year, d.month, None, "month")
    return DateValue(d.year, None, None, "year")
