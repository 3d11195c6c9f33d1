"""A schedule note: a short sentence whose only news is when something is expected ("Final results are not
expected until Sunday.", "A verdict is expected on Monday."). It tells the reader of one report's day what to wait
for; a story's account tells what happened, and its later reports tell whether it came. Such a sentence is ranked
and never shown (``shape.unshowable``).

The shape is read from the parse: the main verb is a passive "expect" with a date of its own, and the sentence says
nothing else (at most ``MAX_TOKENS`` words, no clause beside the expectation). A passive verb of scheduling
(``lexicon/scheduling_verbs.txt``) with an infinitive of the event and no object ("The hearing was scheduled to resume
at 10 a.m. Monday via video links.") is one too, its date in the infinitive's phrases (summ43; at most
``MAX_INFINITIVE_TOKENS`` words).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..parses import sentence_span

MAX_TOKENS = 14
MAX_INFINITIVE_TOKENS = 18
_TIMES = ("DATE", "TIME")
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")


def schedule_note(a: Analysis | None, s: Sentence) -> bool:
    """Is sentence ``s`` a schedule note (see the module's note)?"""
    span = sentence_span(a, s) if a is not None else None
    if span is None:
        return False
    words = len([t for t in span if not t.is_punct])
    if words <= MAX_INFINITIVE_TOKENS and _scheduled_infinitive(span.root):
        return True
    if words > MAX_TOKENS:
        return False
    root = span.root
    if root.lemma_.lower() != "expect" or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    if any(c.dep_ in ("ccomp", "advcl", "conj", "xcomp") for c in root.children):
        return False  # "Results are expected Monday, and the count goes on": more than the expectation
    return any(t.ent_type_ in _TIMES for c in root.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)




def _scheduled_infinitive(root: Any) -> bool:
    """Is ``root`` a passive verb of scheduling whose only clause is an infinitive of the event with no object and
    a date or time in its phrases ("was scheduled to resume at 10 a.m. Monday")?"""
    verbs = lexicon.words("scheduling_verbs")
    if not {root.lemma_.lower(), root.lower_} & verbs or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "advcl", "conj", "xcomp")]
    if len(clauses) != 1 or clauses[0].dep_ != "xcomp" or not any(c.dep_ == "aux" for c in clauses[0].children):
        return False
    event = clauses[0]
    if any(c.dep_ in _OBJECTS for c in event.children):
        return False  # "was scheduled to announce a deal Monday": the deal is news of its own
    return any(t.ent_type_ in _TIMES for c in event.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)
