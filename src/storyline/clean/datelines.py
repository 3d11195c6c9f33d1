"""Date lines: a line that only states when the article was published or updated.

"Published: September 30, 2015", "Posted on Sep 30, 2015 by admin", "Updated
14/03/2025", "By Jane Doe | September 30, 2015", and bare dates in the header or
footer ("Moscow, 30 Sep 2015"). Dates are read through ``storyline.dates`` (month
names, the plausible-year window, the one dateparser setting). Their date becomes ``Document.published`` when the
input stated none ("Published" wins over "Updated"). Never invent a date:
relative ("3 hours ago") or ambiguous ("03/04/2015") dates give None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS, calendar_date, numeric_date, read_stated_date
from .config import DEFAULT_CONFIG, CleanConfig
from .lines import HAS_ALNUM_RE, Line, nwords
from .patterns import DATE_KW_RE, DIGIT_RE
from .reasons import Reason
from .rules import classify_line, is_byline

_MONTH = r"(?P<mon>" + lexicon.alternation(MONTHS) + r")"
_DATE_RES = (
    re.compile(_MONTH + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+" + _MONTH + r"\.?,?[\s\-]+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
)

_DATE_FILLER_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)"
    r"|\b(?:" + lexicon.alternation(WEEKDAYS) + r")\b\.?"
    r"|(?-i:\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|ET|PT|CT|MT)\b)"
    r"|(?:UTC|GMT)?[+\-]\d{1,2}(?::?\d{2})?\b|\b(?:published|first|originally|posted|updated|last|modified|"
    r"on|at|and|created|date|dated|released|issued)\b|T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?",
    re.I,
)

_MONTH_WORD_RE = re.compile(r"\b" + _MONTH + r"\b", re.I)
_RELATIVE_DATE_RE = re.compile(
    r"\b(?:(?:about|around|over)\s+)?(?:\d+|an?|one|a few)\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?"
    r"|weeks?|months?)\s+ago\b|\btoday\b|\byesterday\b|\bjust now\b",
    re.I,
)
_DATE_BY_RE = re.compile(r"\bby\s+(?:[A-Z][\w.'’-]*|admin|staff)(?:\s+[A-Z][\w.'’-]*){0,3}", re.I)
_SEGMENT_SEP_RE = re.compile(r"\s+(?:\||•|·|—|–|-)\s+|\s*\|\s*")
_UPDATED_KW = ("updated", "last updated", "last modified", "modified")


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    """The day a ``_DATE_RES`` match states (``dates``: one plausible-year window; never guess a day-month order)."""
    g = m.groupdict()
    year = int(g["y"])
    if g.get("mon"):
        month = MONTHS.get(g["mon"].lower())
        return calendar_date(year, month, int(g["d"])) if month else None
    if g.get("m"):
        return calendar_date(year, int(g["m"]), int(g["d"]))
    return numeric_date(int(g["a"]), int(g["b"]), year, dotted=g["sep"] == ".")


def dates_in(s: str) -> tuple[list[dt.date], str, bool]:
    """(dates found, ``s`` without them, whether any date-like text was found)."""
    found: list[dt.date] = []
    any_match = False
    for regex in _DATE_RES:
        while (m := regex.search(s)) is not None:
            any_match = True
            d = _date_from_match(m)
            if d is not None:
                found.append(d)
            s = s[: m.start()] + " " + s[m.end() :]
    return found, s, any_match


def _leftover_words(s: str) -> int:
    rest = _DATE_FILLER_RE.sub(" ", s)
    return sum(1 for w in rest.split() if HAS_ALNUM_RE.search(w))


def _stated_day(s: str) -> dt.date | None:
    """Last resort for stated dates the patterns above do not know: the shared reader, whole days only."""
    got = read_stated_date(s)
    return got.date if got is not None and got.precision == "day" else None


@dataclass(slots=True)
class DateLine:
    """A date line's date (None: stated, but not a date we may use) and whether it is an update."""

    date: dt.date | None
    updated: bool  # an "Updated:" date is only used when no publication date is stated


def parse_date_line(text: str, bare_ok: bool, strict: bool = False) -> DateLine | None:
    """Recognise a line that only states when the article was published or updated.

    ``bare_ok``: accept a date with no "Published:" keyword (only where the
    caller knows the line sits in the header or the footer); ``strict``: a
    bare date must then be the whole line (times and weekdays aside).
    """
    if len(text) > 160 or nwords(text) > 16:
        return None
    if not DIGIT_RE.search(text) and not _RELATIVE_DATE_RE.search(text):
        return None
    m = DATE_KW_RE.match(text)
    if m:
        kw = m.group("kw").lower()
        rest = m.group("rest")
        updated = kw in _UPDATED_KW or kw.endswith("updated")
        dates, leftover, matched = dates_in(rest)
        if matched:
            # "Posted on Sep 30, 2015 by admin" is a date line; "Issued 30 September 2015, the order
            # required ..." is a sentence.
            if _leftover_words(_DATE_BY_RE.sub(" ", leftover, count=1)) <= 1:
                return DateLine(dates[0] if dates else None, updated)
            return None
        if _leftover_words(_RELATIVE_DATE_RE.sub(" ", rest)) == 0:
            return DateLine(None, updated)  # "3 hours ago": stated, but no date we may use
        if nwords(rest) <= 8 and _MONTH_WORD_RE.search(rest) and DIGIT_RE.search(rest):
            d = _stated_day(rest)
            if d is not None:
                return DateLine(d, updated)
        return None
    if not bare_ok:
        return None
    dates, leftover, matched = dates_in(text)
    if matched and _leftover_words(leftover) <= (0 if strict else 2):  # "Moscow, September 30, 2015"
        return DateLine(dates[0] if dates else None, False)
    return None


def meta_line_date(text: str) -> DateLine | None:
    """'By Jane Doe | September 30, 2015': a byline and a date sharing one line."""
    if len(text) > 200 or nwords(text) > 20:
        return None
    segments = [s for s in _SEGMENT_SEP_RE.split(text) if s.strip()]
    if len(segments) < 2:
        return None
    found: DateLine | None = None
    for seg in segments:
        seg = seg.strip()
        date_line = parse_date_line(seg, bare_ok=True)
        if date_line is not None:
            found = found or date_line
        elif not (
            is_byline(seg)
            or _leftover_words(seg) == 0
            or classify_line(seg) in (Reason.BYLINE, Reason.COMMENTS, Reason.CMS)
        ):
            return None
    return found



def mark_bare_date_lines(
    lines: list[Line], first_par: int, last_par: int, cfg: CleanConfig = DEFAULT_CONFIG
) -> list[DateLine]:
    """Bare date lines in the header and the footer ("Moscow, September 30, 2015"), or a line that
    is nothing but a date near the top (after a one-paragraph standfirst, say)."""
    dates: list[DateLine] = []
    top = cfg.date_line_top_lines
    for i, ln in enumerate(lines):
        if not ln.kept or first_par <= i <= last_par and i >= top or not DIGIT_RE.search(ln.text):
            continue
        if i < first_par or i > last_par:
            date_line = parse_date_line(ln.text, bare_ok=True)
        elif i < top:
            date_line = parse_date_line(ln.text, bare_ok=True, strict=True)
        else:
            continue
        if date_line is not None:
            ln.reason = Reason.DATE_LINE
            dates.append(date_line)
    return dates


DATELINE_FRAGMENTS = True
"""Switch: a dateline's place alone on a line, its date cut, before the report's own dateline is furniture."""
# A dateline's place alone on a line, ending in a bar or a dash: "KIROV, Russia |" (a page's header prints the
# place and the time apart, and the extractor keeps the place; bench/BRIEF_REVIEW.md, "inputs44").
_PLACE_FRAGMENT = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{1,}?[A-Z.](?:,\s+[A-Z][\w.'’ -]{0,30}?)?)\s*[|–—-]+$")
# What follows the place in the report's own dateline: a credit in brackets, a dash, a comma and a region.
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—_,]")


def mark_dateline_fragments(lines: list[Line]) -> None:
    """A dateline's place alone on a line, ending in a bar or a dash, whose next kept line opens with that place
    as the report's own dateline ("KIROV, Russia (Reuters) - …"): a date line, removed."""
    if not DATELINE_FRAGMENTS:
        return
    kept = [ln for ln in lines if ln.kept]
    for ln, nxt in zip(kept, kept[1:], strict=False):
        m = _PLACE_FRAGMENT.match(ln.text.strip())
        place = m.group("place") if m else ""
        if place and _DATELINE_AFTER.match(nxt.text.strip().removeprefix(place)) and nxt.text.startswith(place):
            ln.reason = Reason.DATE_LINE


def publication_date(dates: Sequence[DateLine]) -> dt.date | None:
    """The stated publication date: the first "Published" date, else the first "Updated" one."""
    return next((d.date for d in dates if d.date and not d.updated), None) or next(
        (d.date for d in dates if d.date), None
    )
