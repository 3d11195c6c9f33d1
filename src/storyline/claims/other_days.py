"""A casualty toll told of another day or over a span of days, against one told of the day itself (claims72).

"Five soldiers killed in an attack the day before", "10 soldiers have been killed in the fighting in recent days" and
"three soldiers killed in the airstrike" are three tolls: an earlier incident's, a span's and the story's own. Joined,
they read as reports that differ ("10 vs 5 vs 3"), which no report says. A time phrase of the figure's clause with a
word that puts it before the telling or over a stretch (lexicon ``other_day_words``: "before", "earlier", "recent",
"previous" ...) that the other toll's clause does not share is one point of evidence that the two are of different
occasions (grouping.compatible adds it to the others: a cause told with other words, places, dates). A running toll
told on two weekdays ("72 dead on Tuesday" / "113 on Wednesday") has no such word and keeps its update.
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .vocab import word_set

OTHER_DAY_WORDS = word_set("other_day_words")


def _other_days(times: list[str]) -> frozenset[str]:
    return frozenset(t.lower() for t in times if OTHER_DAY_WORDS & set(t.lower().split()))


def toll_of_other_days(a: FigureMention, b: FigureMention) -> bool:
    """Two casualty tolls whose clauses put them on other days or spans: one "the day before" and one with no such
    phrase, or "in recent days" and "the day before" (module docstring)."""
    if not a.event_class or not b.event_class:
        return False
    return _other_days(a.times) != _other_days(b.times)
