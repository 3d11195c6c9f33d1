"""Which week a bare weekday is in, read from the verb it dates (summ47).

A bare weekday is the day of that name on or before the report's day, unless its clause speaks of the future
(``expressions.future_tense``, ``tense_bounds.coming_weekday``). Two readings went a week off:

- "Scotland's leader said on Monday she would seek authority for a new referendum" (a report of Tuesday): the
  parser hangs "on Monday" from the reported clause's "would seek", so the saying's Monday was read as the coming
  one. A weekday right after a past verb of saying, before the clause it reports, dates the saying
  (``dates_the_saying``): the day before, whatever the reported clause's tense.
- "his lawyer said he could be released as early as Monday" (a report of Friday): a weekday under a modal of
  possibility ("could", "may", "might", "can", "should"; ``lexicon/forecast_modals.txt``), not negated nor perfect,
  is a day that may still come (``possible_day``): the coming one. "could not attend Monday's meeting" (a past
  ability, negated) and "could have left on Monday" (a past that did not happen) keep the day before.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..newswriting import rules
from .expressions import DateExpression
from .told import date_verb

__all__ = ["dates_the_saying", "possible_day"]

_MODALS = lexicon.words("forecast_modals")


def _bare_weekday(expr: DateExpression) -> bool:
    return expr.form == "weekday" and expr.lead in ("", "on")


def dates_the_saying(sdoc: Any, expr: DateExpression) -> bool:
    """Is ``expr`` (offsets in ``sdoc``, a paragraph's parse) a bare weekday right after a past verb of saying,
    before the clause that verb reports ("said on Monday she would seek …", "announced Tuesday that it will …")?"""
    if not _bare_weekday(expr):
        return False
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    verb = sdoc[span.start - 1]
    if verb.lower_ == "on" and verb.i > 0:  # "on" outside the expression's span
        verb = sdoc[verb.i - 1]
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in rules().reporting_verbs:
        return False
    after = sdoc[span.end] if span.end < len(sdoc) else None
    return after is not None and (after.lower_ == "that" or after.dep_ in ("nsubj", "nsubjpass")) \
        and any(c.dep_ == "ccomp" and c.i > span.end for c in verb.children)


_NOMINAL = frozenset({"poss", "compound", "nmod", "amod", "nsubj", "nsubjpass", "dobj", "attr", "appos"})


def _adverbial(sdoc: Any, expr: DateExpression) -> bool:
    """Does the weekday date its verb ("released as early as Monday", "vote on Thursday"), not name a thing on the way
    up to it ("Tuesday's revelations could play out …": the revelations are Tuesday's, the playing out is not)?"""
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok.pos_ in ("VERB", "AUX")
        if tok.dep_ in _NOMINAL:
            return False
        tok = tok.head
    return False


def possible_day(sdoc: Any, expr: DateExpression) -> bool:
    """Is ``expr`` a bare weekday dating a verb under a modal of possibility, not negated nor perfect ("could be
    released as early as Monday", "may vote on Thursday")? What may still happen on it is to come."""
    if not _bare_weekday(expr) or not _adverbial(sdoc, expr):
        return False
    verb = date_verb(sdoc, expr.start, expr.end)
    if verb is None:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in _MODALS for a in aux) and "have" not in aux and not any(c.dep_ == "neg" for c in verb.children)
