"""Things of a year, not a period since it: "leaked tax filings from 1995" (issue 12; time48).

"from 1995" with no end is read as "since 1995" ("has played in the league from 1995"). After a plural noun that is
a core argument of its clause, an object, a subject or an attribute ("released photos from 2009", "leaked filings
from 1995 that revealed …", "Receipts from 2009 were lost"), it tells when the things were made: the things' date,
a mention, and no period the sentence's act runs through ("since 1995" put a 2016 publication under 1995). A noun
after a preposition ("played in the top league from 1995") or a singular one ("held the post from 2001", a
tenure) keeps the period.
"""

from __future__ import annotations

from typing import Any

from .expressions import DateExpression

__all__ = ["things_of_a_year"]

_CORE = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def things_of_a_year(sdoc: Any, expr: DateExpression) -> bool:
    """Is ``expr`` (paragraph offsets in ``sdoc``) a year or a date after "from" with no end (read "since"), right
    after a plural noun that is a core argument of its clause?"""
    if expr.range_end is not None:
        return False
    span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    at = span.start if span[0].lower_ == "from" else span.start - 1  # the expression may hold its "from"
    if at < 1 or sdoc[at].lower_ != "from":
        return False
    noun = sdoc[at - 1]
    return bool(noun.tag_ == "NNS" and noun.dep_ in _CORE)
