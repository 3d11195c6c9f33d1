"""A missed deadline's day in a vow that failed keeps the report's year (time24).

"Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU on Oct. 31"
(a report of 20 November 2019): the "would" makes the leaving a plan, and a plan's bare day already past in the
report's year is put in the next year (``tense_bounds.bounded``): "31 Oct 2020 *(expected)*". But the sentence says
the vow failed: the day is the one that passed, 31 Oct 2019, and nothing is still to come. The date's clause hangs,
through its heads, from a verb that tells a thing was not kept (``lexicon/failure_verbs.txt``: "failing", "broke",
"missed"), whose phrase names a vow or a deadline (``lexicon/vow_words.txt``) before the date. A vow not said to
fail ("has promised that the bridge would open on March 3") stays a plan.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .told import date_verb

__all__ = ["failed_vow"]

_VOWS = lexicon.words("vow_words")
_FAILURES = lexicon.words("failure_verbs")


def failed_vow(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` (paragraph offsets) date a vow's or a deadline's clause that a verb above it
    says was not kept ("failing to deliver on his vow that Britain would leave the EU on Oct. 31")? The vow's word
    stands between that verb and the date, inside the verb's phrase (the parse may hang the clause on the verb, not
    on the noun: "deliver on his vow [that … would leave]")."""
    tok = date_verb(sdoc, start, end)
    if tok is None:
        return False
    for _ in range(12):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _FAILURES:
            return any(t.lemma_.lower() in _VOWS and tok.i < t.i and t.idx < start for t in tok.subtree)
    return False
