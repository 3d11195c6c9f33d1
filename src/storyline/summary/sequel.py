"""A sentence that tells what followed an event told before it ("The council later approved the plan", "Police
eventually freed him"): it leans on that event, so it may stand in an account but not open it.

Only an adverb of the main verb counts (``lexicon/sequel_adverbs.txt``), and not one a date anchors ("later on
Monday", "later that year": the date says when, and the sentence stands). Used with ``standalone.not_a_lead`` by
``account.arrange``'s choice of the lead; the ROUGE order is untouched by it.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..parses import sentence_span

_SEQUEL = lexicon.words("sequel_adverbs")
_UNITS = frozenset(lexicon.document("claims")["lists"]["time_units"].split())  # "day", "year": a span's unit


def _count(t: Any) -> bool:
    """A count ("two", "3") or an indefinite article ("a year")."""
    return bool(t.like_num) or "Ind" in t.morph.get("Definite")


def _span_word(t: Any) -> bool:
    """Is ``t`` a word of a bare span of time: a count, an indefinite article, a unit ("years")?"""
    return _count(t) or t.lemma_.lower() in _UNITS
_TIMES = ("DATE", "TIME")


def tells_a_sequel(a: Analysis, s: Sentence) -> bool:
    """Does the main verb of sentence ``s`` carry an adverb of sequence with no date of its own?"""
    span = sentence_span(a, s)
    if span is None:
        return False
    root = span.root
    for tok in root.children:
        if tok.dep_ == "advmod" and tok.lower_ in _SEQUEL and not _dated(tok):
            return True
    return False


def _dated(adverb: Any) -> bool:
    """Does a date anchor the adverb ("later that day", "later on Monday", "a year later, in 2009")? A span of time
    alone ("two days later", "a year later": a count and a unit) counts from the event told before: no anchor."""
    timed = [t for t in adverb.subtree if t.ent_type_ in _TIMES and t.i != adverb.i]
    if timed:
        return not (all(_span_word(t) for t in timed) and any(_count(t) for t in timed))
    if adverb.ent_type_ in _TIMES:
        return True
    doc, k = adverb.doc, adverb.i + 1
    if k < len(doc) and doc[k].pos_ == "ADP":
        k += 1
    return k < len(doc) and doc[k].ent_type_ in _TIMES
