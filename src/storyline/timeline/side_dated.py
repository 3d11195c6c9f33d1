"""A sentence dated only inside a side clause files no entry (issue 12, time55).

A date belongs to the clause whose verb it hangs from. In "Before the storm hit the coast in 2009, the town was a
fishing port", "The seat has been held by the party since it was formed in 1983 but a rival won it" and "Shares rose,
despite the firm saying profits would dip in 2017", the year dates the clause that "before", "since" or "despite"
opens (``lexicon/landmark_subordinators.txt``, ``lexicon/side_subordinators.txt``), or what that clause reports;
the main clause's act, the one the sentence tells, is set against it at an unknown distance and is undated. Filed
under the side clause's date, the sentence told the main act at the wrong time (a reader's "wrong date"), and
beside the side act's own sentence it told that act twice. When no date of the sentence dates its main clause, such a
date files nothing; the side act, when the story tells it, has its own sentence. A day is left alone ("fell after the
firm said on Monday …": news sets such an act on the day told or the next; time53), as is a sentence with a date of
its main clause (``main_date.attachments`` makes the side date context of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import lexicon
from .resolution import DateValue

__all__ = ["in_a_side_clause", "side_dated"]

_REPORTED = frozenset({"ccomp", "xcomp", "conj"})  # what a clause says or means, a verb joined to it: still inside
_DESCRIBING = frozenset({"acl", "pcomp"})  # "despite the firm saying …": a clause a preposition takes
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # "since his March 2015 arrest … turned up …": a thing's date (time55)


def _subordinators() -> frozenset[str]:
    return lexicon.words("side_subordinators") | lexicon.words("landmark_subordinators")


def in_a_side_clause(sdoc: Any, start: int, end: int, value: DateValue) -> bool:
    """Is the date at ``start:end`` (paragraph offsets), coarser than a day, inside a clause a side subordinator opens
    ("since it was formed in 1983") or a preposition of one takes ("despite the firm saying …"), directly or through a
    clause it reports (module docstring)? The preposition of the date itself ("since June") is no side clause: that
    is a period (relation "since"); nor is a date in the side clause's subject, which names a thing ("held since his
    March 2015 arrest … after a search turned up …", parsed as one "since" clause). Nor is a gerund "after" or
    "before" takes ("crossed Sweden before arriving in Halden in early June"): with no subject of its own it tells the
    main subject's next act, the line's own (time34)."""
    if value.precision == "day":
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = _subordinators()
    tok, verb_seen, came = span.root, False, ""
    for _ in range(16):
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            verb_seen = True
            if tok.dep_ == "advcl":
                return came not in _SUBJECTS and any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)
            if tok.dep_ not in _REPORTED and tok.dep_ not in _DESCRIBING:
                return False
        elif verb_seen and tok.pos_ in ("ADP", "SCONJ") and tok.dep_ in ("prep", "mark"):
            return tok.lower_ in lexicon.words("side_subordinators")  # not "before arriving …": the subject's next act
        came, tok = tok.dep_, tok.head
    return False


def side_dated(sdoc: Any, items: Sequence[tuple[Any, int, DateValue, bool]], mentioned: Sequence[bool]) -> list[bool]:
    """For each of a sentence's dates (``items``: expression, paragraph, value, plan), does it file no entry: it sits
    in a side clause (``in_a_side_clause``) and no date of the sentence dates its main clause (each other date is in
    a side clause too or a mention, ``mentioned``)?"""
    side = [in_a_side_clause(sdoc, e.start, e.end, v) for e, _, v, _ in items]
    if not any(side) or not all(s or m for s, m in zip(side, mentioned, strict=True)):
        return [False] * len(items)
    return side
