"""A relative day inside a written statement the report quotes: counted from the statement's day (time26).

'"We were shocked to see her tumblr statements yesterday …," the statement read.' The statement answers a post the
report dates "On Thursday"; the report is of the Monday after. The statement's "yesterday" is the day before the
statement was written, not the day before the report: read from the report's day it is a wrong date; so is a
written statement's "tomorrow" ('… on Thursday night, X wrote on Twitter: "Tomorrow morning he may be released"': the
Friday, not the day after the report; time38). A quotation
whose attribution is a written statement speaking for itself (``lexicon/written_statements.txt``: "the statement
read", "the tweet said", or a verb of writing: "she tweeted", "he wrote") was written on a day of its own; a spoken
quotation ("…," she said) keeps the news's convention (said the day it is reported, or ``said``'s day before).

When the sentence dates the statement outside the quotation ('In a statement released Monday, the company said
"…yesterday …"'), the relative day counts from that date. Else the day is not known: the entry keeps the latest
day it can be, marked "by" (on or before it: "by 17 Nov 2019"), rather than a guessed day. A day ahead
("tomorrow") of a statement whose day is not stated is left alone: from an unknown day it has no bound.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .. import lexicon
from .expressions import DateExpression
from .quotes import open_quotes
from .resolution import DateValue

__all__ = ["counted_back", "statement_dated"]

_BACK = {"yesterday": 1, "last night": 1, "the day before yesterday": 2, "today": 0, "tonight": 0,
         "this morning": 0, "this afternoon": 0, "this evening": 0}
_AHEAD = {"tomorrow": 1}
_WORDS = r"(?:" + lexicon.alternation(lexicon.words("written_statements")) + r")"
_CLOSE = re.compile(r"[”\"]|''")
# after the closing mark: "…," the statement read / "…," she tweeted / "…," Big Machine's statement said
_AFTER = re.compile(r"^\s*(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[\w’'.-]+\s+){0,3}?" + _WORDS
                    + r"\b", re.I)
# before the opening mark: 'The statement read: "…' / 'she wrote on Instagram: "…'
_BEFORE = re.compile(r"\b" + _WORDS + r"\b[^\"“”.]{0,40}[:,]?\s*$", re.I)
_OPEN = re.compile(r"“|``|(?:^|(?<=[\s(\[—–-]))\"")


def _attribution(text: str, start: int, end: int, at: int) -> bool:
    """Does the quotation around offset ``at`` of ``text`` (a paragraph; the sentence at ``start:end``) have a
    written statement for its attribution, after its closing mark or before its opening one in the sentence?"""
    close = _CLOSE.search(text, at)  # a quotation of several sentences closes after the sentence's end
    if close is not None and _AFTER.match(text[close.end():close.end() + 80]):
        return True
    opens = [m.start() for m in _OPEN.finditer(text, start, at)]
    return bool(opens) and _BEFORE.search(text[start:opens[-1]]) is not None


def statement_dated(value: DateValue | None, expr: DateExpression, para: str, sent: tuple[int, int],
                    others: Sequence[DateExpression], resolve: Callable[[DateExpression], DateValue | None],
                    published: dt.date | None) -> tuple[DateValue | None, bool]:
    """``value`` for a relative day ``expr`` inside a written statement the sentence at ``sent`` (paragraph
    offsets) quotes, counted from the statement's day when the sentence's narration dates it (``others``: the
    paragraph's other dates, read by ``resolve``), and whether it is only a bound ("by": the statement's day
    unknown)."""
    rel = expr.parts.get("rel", "").lower()
    if value is None or published is None or expr.form != "relative_day" or rel not in _BACK and rel not in _AHEAD:
        return value, False
    if open_quotes(para[:expr.start])[0] == 0 or not _attribution(para, sent[0], sent[1], expr.end):
        return value, False
    given = [resolve(e) for e in others if sent[0] <= e.start < sent[1] and open_quotes(para[:e.start])[0] == 0]
    days = [v.first_day() for v in given if v is not None and v.precision == "day"]
    said = days[0] if len(days) == 1 and days[0] is not None and days[0] <= published else None
    if rel in _AHEAD:  # "tomorrow" from an unknown day has no bound: left as it was
        return (value, False) if said is None else (_on(value, said + dt.timedelta(days=_AHEAD[rel])), False)
    day = (said or published) - dt.timedelta(days=_BACK[rel])
    return replace(value, year=day.year, month=day.month, day=day.day), said is None


def counted_back(phrase: str) -> bool:
    """Is ``phrase`` a relative day a statement counts back from its own day ("last night", "yesterday", "today")?"""
    return phrase.strip().lower() in _BACK


def _on(value: DateValue, day: dt.date) -> DateValue:
    return replace(value, year=day.year, month=day.month, day=day.day)
