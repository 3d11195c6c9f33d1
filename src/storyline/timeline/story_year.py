"""A bare month told after a month of another year: the story's year, not the report's (time22).

The resolver puts a month with no year ("by December") at the nearest such month around the report's date. A
narrative that has just dated its story ("visited his local doctor in November 2016. At first, … But by
December, they worsened") goes on in that story's time: the next month named without a year, in a past clause,
is the one nearest that month, not the report's (December 2016, not December 2018, in a report of 2019). The
story's date must come shortly before (``BACK_SENTENCES`` sentences, across a paragraph's end too, as a narrative
runs on) with no other date between them, a month or a day with its year written out, not a thing's date before
its noun ("the November 2016 meeting"). The narrative runs on: a month the story's year would put before the story's
month ("… after he returned to office in May 2017. Even before his trial began in April, …") is no month of it, and
keeps the report's year (time38). The year is marked inferred: the text does not state it.

A bare month in a sentence whose day is of another year than the report's, stated or inferred from the story
("I thought it had to be about August or September, and I then went out to August 15", the day of 1947) is of that
day's time, not the report's: one sentence tells one time (``month_beside_a_told_day``, time39).

A month-day with no year ("On December 21, the day after the meeting, …") goes on in the year of a day of the same
month written with its year shortly before it, on or before it in the month ("arrived on December 20, 2017";
``SAME_MONTH_SENTENCES`` sentences, as a narrative of one month runs on over a few paragraphs), in a past clause
(time29): December 2017, not the December before the report. A month with its year ("In October 2021, …") moves no
day: "caught off guard by the attack on October 7" a few sentences on may be another year's.

An undated report (no date read from its page) gives a bare month or month-day no year at all ("21 Dec (year
unknown)"); the story's year written just before is the same evidence there, so both rules take it (time30: Sott's
undated page, "On December 21, the day after …" after "on December 20, 2017").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicon
from ..model import Analysis, Sentence
from ..parses import parsed
from .date_attachment import attachment
from .expressions import DateExpression
from .resolution import DateValue, resolve
from .tense_bounds import past_clause

__all__ = ["day_in_told_year", "month_beside_a_told_day", "month_in_told_year", "month_of_that_year"]

BACK_SENTENCES = 2  # the story's dated month at most this many sentences before the bare one
SAME_MONTH_SENTENCES = 8  # a bare month-day's story date, in the same month, at most this many sentences before
_DATED_FORMS = frozenset({"month_year", "month_day", "day_month", "iso"})
_BASIS = "the year of a month given with its year just before, in the story's own time"


def _story_date(a: Analysis, rows: Sequence[tuple[DateExpression, int]], expr: DateExpression, pi: int,
                sent: Sentence, back: int = BACK_SENTENCES, day: bool = False) -> dt.date | None:
    """The first day of the date written just before ``expr`` (in paragraph ``pi``, sentence ``sent``) when it is
    a month or a day with its year (a day only, with ``day``), no noun's modifier, within ``back`` sentences; else
    None."""
    at = a.paragraphs[pi].offset + expr.start
    before = [(a.paragraphs[p].offset + e.start, e, p) for e, p in rows if a.paragraphs[p].offset + e.start < at]
    if not before:
        return None
    pos, prior, ppi = max(before, key=lambda r: r[0])
    if prior.form not in _DATED_FORMS or not prior.parts.get("y") or prior.range_end is not None:
        return None
    home = next((s for s in a.sentences if s.start <= pos < s.end), None)
    if home is None or sent.index - home.index > back:
        return None
    if attachment(parsed(a.paragraphs[ppi]), prior.start, prior.end) == "premodifier":
        return None
    value = resolve(prior, None)
    if value is None or (day and value.precision != "day"):
        return None
    return value.first_day()


def _nearest(month: int, anchor: dt.date) -> int:
    """The year that puts ``month`` nearest ``anchor``'s month, forward on a tie (a narrative runs on)."""
    ahead = (month - anchor.month) % 12
    return anchor.year + (1 if month < anchor.month else 0) if ahead <= 12 - ahead else (
        anchor.year - (1 if month > anchor.month else 0))


def month_in_told_year(value: DateValue | None, future: bool, expr: DateExpression, pi: int,
                       rows: Sequence[tuple[DateExpression, int]], a: Analysis, sent: Sentence) -> DateValue | None:
    """``value`` (``expr``, a month with no year, resolved against the report's date) in the year of the story's
    month written just before it (``_story_date``), when its clause is a past one and that year differs."""
    published = a.doc.published
    if value is None or future or expr.form != "month" or expr.parts.get("y") \
            or expr.relative or expr.range_end is not None or value.month is None:
        return value
    if not past_clause(parsed(a.paragraphs[pi]), expr.start, expr.end):
        return value
    anchor = _story_date(a, rows, expr, pi, sent)
    if anchor is None:
        return value
    year = _nearest(value.month, anchor)
    last = dt.date(year, value.month, 28)
    if year == value.year or (published is not None and last > published) or (year, value.month) < (
            anchor.year, anchor.month):
        return value  # a month before the story's: the narrative does not run on into it (time38)
    return replace(value, year=year, year_inferred=True, basis=_BASIS)


def day_in_told_year(value: DateValue | None, future: bool, expr: DateExpression, pi: int,
                     rows: Sequence[tuple[DateExpression, int]], a: Analysis, sent: Sentence) -> DateValue | None:
    """``value`` (``expr``, a month-day with no year, resolved against the report's date) in the year of a day of
    the same month, no later in it, written with its year just before it (``_story_date``), in a past clause."""
    published = a.doc.published
    if value is None or future or expr.form not in ("month_day", "day_month") \
            or expr.parts.get("y") or expr.relative or expr.range_end is not None or value.month is None \
            or value.day is None:
        return value
    if not past_clause(parsed(a.paragraphs[pi]), expr.start, expr.end):
        return value
    anchor = _story_date(a, rows, expr, pi, sent, SAME_MONTH_SENTENCES, day=True)
    if anchor is None or anchor.month != value.month or anchor.year == value.year or anchor.day > value.day:
        return value
    try:
        day = dt.date(anchor.year, value.month, value.day)
    except ValueError:
        return value
    if published is not None and day > published:
        return value
    return replace(value, year=anchor.year, year_inferred=True, basis=_DAY_BASIS)


_DAY_BASIS = "the year of an earlier day of the same month given with its year just before, in the story's own time"


_SIBLING_BASIS = "the year of a day in the same sentence"
Item = tuple[DateExpression, int, DateValue, bool]


def month_beside_a_told_day(items: Sequence[Item], published: dt.date | None) -> list[Item]:
    """``items`` (one sentence's dated expressions) with each bare month the resolver put in the report's year moved
    to the year nearest the sentence's one day of another year ("about August or September, and I then went out to
    August 15" beside "August 15" of 1947), marked inferred and no plan."""
    days = {v.first_day() for e, _, v, _ in items if v.precision == "day" and e.form != "weekday" and not e.relative}
    if published is None or len(days) != 1:
        return list(items)
    anchor = days.pop()
    if anchor is None or anchor.year >= published.year - 1:
        return list(items)
    out: list[Item] = []
    for e, pi, v, future in items:
        if e.form == "month" and not e.parts.get("y") and not e.relative and e.range_end is None \
                and v.month is not None and not v.year_inferred and v.year in (published.year, published.year + 1):
            v, future = replace(v, year=_nearest(v.month, anchor), year_inferred=True, basis=_SIBLING_BASIS), False
        out.append((e, pi, v, future))
    return out


_THAT_YEAR = re.compile(r"\s*(?:" + lexicon.alternation(lexicon.words("that_year_phrases"), space=r"\s+") + r")\b",
                        re.IGNORECASE)
_THAT_YEAR_BASIS = "the year the text names just before, which \"of that year\" points back to"


def month_of_that_year(value: DateValue | None, future: bool, expr: DateExpression, pi: int,
                       rows: Sequence[tuple[DateExpression, int]], a: Analysis, sent: Sentence,
                       ) -> tuple[DateValue | None, bool]:
    """``value`` (``expr``, a month with no year) in the year of the last date with its year written before it,
    within ``BACK_SENTENCES`` sentences, when "of that year" follows the month (``lexicon/that_year_phrases.txt``):
    "after the January 2015 attack … In November of that year" is November 2015, a noun's modifier too (time45);
    ``future`` as the year puts the month before the report or not."""
    if value is None or expr.form != "month" or expr.parts.get("y") or expr.relative or value.month is None:
        return value, future
    if not _THAT_YEAR.match(a.paragraphs[pi].text, expr.end):
        return value, future
    at = a.paragraphs[pi].offset + expr.start
    before = [(a.paragraphs[p].offset + e.start, e) for e, p in rows
              if a.paragraphs[p].offset + e.start < at and e.parts.get("y")]
    if not before:
        return value, future
    pos, prior = max(before, key=lambda r: r[0])
    home = next((s for s in a.sentences if s.start <= pos < s.end), None)
    told = resolve(prior, None)
    if home is None or sent.index - home.index > BACK_SENTENCES or told is None or told.year is None:
        return value, future
    published = a.doc.published
    ahead = published is not None and dt.date(told.year, value.month, 1) > published
    return replace(value, year=told.year, year_inferred=True, basis=_THAT_YEAR_BASIS), future and ahead
