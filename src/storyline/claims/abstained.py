"""Those who gave no answer: "4% would not say", "3% did not answer", "2% did not know" (claims85).

A share whose verb of answering is negated and says nothing after it (no clause, no object) counts the people who gave
no answer: one option of a poll or survey beside the others, not a denial of the option another share counts. So
it is no rebuttal (grouping.py reads a negated share as stated against a claim, and the verdict as "contested") and
its value is not read as the rest of the whole.
"""

from __future__ import annotations

from spacy.tokens import Token

from .magnitudes import is_negated
from .unmet import picks_out
from .vocab import word_set

ANSWER_VERBS = word_set("answer_verbs")
_SAID = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "prep", "dative"})  # what an answer says


def gave_no_answer(event: Token | None) -> bool:
    """Is the figure's verb a negated verb of answering with nothing said after it (module docstring)?"""
    if event is None or (event.lemma_ or event.text).lower() not in ANSWER_VERBS:
        return False
    return not any(c.dep_ in _SAID for c in event.children)


def denied(event: Token | None, share: float | None) -> bool:
    """Is the figure's verb denied (magnitudes.is_negated), and not a share's "would not say" (module docstring) nor
    a negation that picks out who ("those who don't spend ...": unmet.py)?"""
    return is_negated(event) and not (share is not None and gave_no_answer(event)) and not picks_out(event)
