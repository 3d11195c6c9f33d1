"""Dates of things said: a quotation's "today", a survey's "past month".

A survey's "in the past month" ("respondents who used cannabis in the past month", "the number who said they had
smoked in the past month") is the span the question asked about, each respondent's own month before answering,
not the month before the report (``survey_span``: no entry).

A quotation's "today" in a report that tells its news as the day before its own date (``said_on``):

A report dated Wednesday that writes "the committee concluded its hearing on Tuesday" and quotes a speaker at that
hearing ("'Today's hearing is over,' the press secretary said") puts the speech on Tuesday: the speaker's "today" is
the day the words were said, not the report's. A report published the next morning, or in a time zone ahead of the
event's, often does so. ``speech_day`` finds that day: the report's own narration (outside quotation marks) dates
something "yesterday", "last night" or by the weekday before its date, and nothing on its own date ("today", its own
weekday). A quotation's "today" then takes that day when the lede, its own paragraph or the one before dates it
so, or a narration sentence that names a thing the quotation names; with no such narration it keeps the report's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..dates import WEEKDAYS
from ..model import Paragraph
from ..parses import parsed
from .expressions import DateExpression
from .quotes import open_quotes
from .resolution import DateValue

__all__ = ["said_on", "speech_day", "survey_span"]

_TODAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
_YESTERDAY = frozenset({"yesterday", "last night"})
# a survey's words, or the people counted by what they answered ("the number who said they had used …")
_SURVEY = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lexicon.words("survey_words"))))
                     + r"|who (?:said|reported) (?:that )?they)\b", re.I)


def _quoted(text: str, at: int) -> bool:
    return open_quotes(text[:at])[0] > 0


def _day_of(expr: DateExpression, published: dt.date) -> dt.date | None:
    """The day a narration's "today", "yesterday" or bare weekday ("on Tuesday") names, else None."""
    if expr.form == "relative_day":
        rel = expr.parts.get("rel", "").lower()
        return published if rel in _TODAY else published - dt.timedelta(days=1) if rel in _YESTERDAY else None
    if expr.form != "weekday" or expr.lead not in ("", "on"):
        return None
    back = (published.weekday() - WEEKDAYS[expr.parts["wd"].lower()]) % 7
    return published - dt.timedelta(days=back) if back <= 1 else None


def _nouns(sdoc: Any, at: int) -> set[str]:
    """The common nouns (lemmas) of the sentence of ``sdoc`` (a paragraph's parse) around offset ``at``."""
    span = sdoc.char_span(at, at + 1, alignment_mode="expand")
    return set() if span is None else {t.lemma_.lower() for t in span.sent if t.pos_ == "NOUN"}


def speech_day(found: Sequence[tuple[DateExpression, int]], paragraphs: Sequence[Paragraph],
               published: dt.date | None, at: int, where: int) -> dt.date | None:
    """The day before ``published`` when the report's narration dates its news then and nothing on its own day,
    for a quotation's "today" at offset ``where`` of paragraph ``at``: that day must date the quotation's own
    event, in the lede, the quotation's paragraph or the one before it (where its speaker is introduced), or in a
    sentence that names a thing the quotation's sentence names ("concluded its hearings on Tuesday" for "Today's
    hearing is over"). An "on Monday" of other events further off ("Russia beat Croatia on Monday", paragraphs
    before a quoted "we're really happy today") does not tell when these words were said (time20)."""
    if published is None:
        return None
    texts = [p.text for p in paragraphs]
    narrated = [(_day_of(e, published), pi, e.start) for e, pi in found if not _quoted(texts[pi], e.start)]
    yesterday = published - dt.timedelta(days=1)
    if {d for d, _, _ in narrated} - {None} != {yesterday}:
        return None
    said = [(pi, start) for d, pi, start in narrated if d == yesterday]
    if any(pi in (0, at - 1, at) for pi, _ in said):
        return yesterday
    things = _nouns(parsed(paragraphs[at]), where)
    return yesterday if any(things & _nouns(parsed(paragraphs[pi]), start) for pi, start in said) else None


def said_on(value: DateValue | None, spoken: dt.date | None, expr: DateExpression, paragraph: str
            ) -> DateValue | None:
    """``value``, or ``spoken`` (``speech_day``) when ``expr`` is a "today" inside a quotation ("'Today's hearing
    is over,' she said")."""
    if value is None or spoken is None or expr.form != "relative_day" or not _quoted(paragraph, expr.start):
        return value
    if expr.parts.get("rel", "").lower() not in _TODAY:
        return value
    return replace(value, year=spoken.year, month=spoken.month, day=spoken.day)


def survey_span(expr: DateExpression, sentence: str) -> bool:
    """Is ``expr`` "the past month" (week, year) of a survey's question ("respondents who used cannabis in the past
    month", lexicon/survey_words.txt names the survey)? Each respondent's own month before the question, asked when
    the survey was taken: no span before the report's date."""
    return expr.form == "period" and expr.parts.get("which", "").lower() in (
        "the past", "over the past", "the last") and _SURVEY.search(sentence) is not None
