"""A running total against a count of one period (claims67, the 67th read): "North Korea has conducted five nuclear
tests" (a present perfect: every test up to now) and another report's "conducted two nuclear tests last year" (one
year's) count different scopes; joined, the two read as a dispute ("differ") that no report makes. A running total
is set apart from a count its clause bounds by a period named relative to the report ("last year", "this month") or by
a year, when the two values differ (an equal value told with and without its period is one count told twice). A
casualty toll is left to the running-toll rules (a toll "has killed 20" and "killed 18 this week" is one toll's update).
"""

from __future__ import annotations

from spacy.tokens import Token

from .figure_mention import FigureMention
from .relations import relative_period_word


def running_total(event: Token | None) -> bool:
    """The figure's verb is a present perfect ("has conducted", "have lost"): a total up to now."""
    if event is None or event.pos_ != "VERB" or event.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in event.children)


def _bounded(m: FigureMention) -> bool:
    return bool(m.years) or any(relative_period_word(s) for s in m.scope)


def running_apart(a: FigureMention, b: FigureMention) -> bool:
    """One report's running total and another's count of one period, of different values (module docstring)."""
    if a.doc == b.doc or (a.value, a.high) == (b.value, b.high) or a.event_class or b.event_class:
        return False
    return any(x.running and not _bounded(x) and _bounded(y) and not y.running for x, y in ((a, b), (b, a)))
