"""A schedule note: a short sentence whose only news is when something is expected ("Final results are not
expected until Sunday.", "A verdict is expected on Monday."). It tells the reader of one report's day what to wait
for; a story's account tells what happened, and its later reports tell whether it came. Such a sentence is ranked
and never shown (``shape.unshowable``).

The shape is read from the parse: the main verb is a passive "expect" with a date of its own, and the sentence says
nothing else (at most ``MAX_TOKENS`` words, no clause beside the expectation).
"""

from __future__ import annotations

from ..model import Analysis, Sentence
from ..parses import sentence_span

MAX_TOKENS = 14
_TIMES = ("DATE", "TIME")


def schedule_note(a: Analysis | None, s: Sentence) -> bool:
    """Is sentence ``s`` a schedule note (see the module's note)?"""
    span = sentence_span(a, s) if a is not None else None
    if span is None or len([t for t in span if not t.is_punct]) > MAX_TOKENS:
        return False
    root = span.root
    if root.lemma_.lower() != "expect" or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    if any(c.dep_ in ("ccomp", "advcl", "conj", "xcomp") for c in root.children):
        return False  # "Results are expected Monday, and the count goes on": more than the expectation
    return any(t.ent_type_ in _TIMES for c in root.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)


