"""A story of one report: its lede is chosen first, so it leads.

With one report (a saved page, one article) no second source shows what the news is, and the writer has
already said it: news puts it in the first sentence (the inverted pyramid). The ranking's coverage term,
with one report, weighs the report's own repeated word pairs; it can prefer a later, shorter sentence that
restates part of the lede ("Nearly 300 school districts closed because of the rally", after "Several
thousand teachers … surrounded the Statehouse … in a protest that closed more than half of the state's
school districts") and then leave the lede out as restating it, or put background with a year before it.
So the lede's prior is raised above every other sentence's (the coverage term is at most 1), when it tells
the news (``lead.tells_news``: not a reaction, a detail, an aside or background). Stories of two or more
reports are ranked as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Sentence
from .lead import report_lede, tells_news

LEDE_MARGIN = 2.0
"""How far above every other prior the lede's is set: more than the coverage term's range (0 to 1)."""


def lede_index(analyses: Sequence[Analysis], sents: Sequence[Sentence]) -> int | None:
    """The candidate (index into ``sents``) that is the one report's lede and tells the news, or None (two or
    more reports, or a lede that is not a candidate or not news)."""
    if len(analyses) != 1:
        return None
    a = analyses[0]
    for i, s in enumerate(sents):
        if s.doc == a.doc.id and report_lede(a, s):
            return i if tells_news(a, s) else None
    return None


def lede_first(analyses: Sequence[Analysis], sents: Sequence[Sentence], alone: list[float]) -> list[float]:
    """``alone`` (each candidate's prior as it stands alone) with the one report's lede raised above the rest."""
    i = lede_index(analyses, sents)
    if i is None or not alone:
        return alone
    out = list(alone)
    out[i] = max(alone) + LEDE_MARGIN
    return out
