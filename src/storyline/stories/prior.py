"""How common a term is in general English: a prior for the store's document frequencies.

The store learns its IDF from what it has stored, so early in a stream every word is rare: in a store
of ten reports "people" and "Washington" weigh like "Quennell". The prior is the ``wordfreq`` package's
word frequencies (general English from many corpora, news among them; nothing learned from the bench
files), turned into the share of general news reports that use a term: a term with token frequency f
is in a report of ``REPORT_TOKENS`` tokens with chance 1 - exp(-REPORT_TOKENS * f). ``assign`` adds
``ClusterSettings.prior_docs`` such pseudo-reports to the store's counts (``smoothed``): a young store's
IDF is general English's, and as the store grows its own counts take over.

A term is a stem (``vectors._term``); its frequency is the sum over the English words that stem to it,
looked up once per term and cached (the table is built on first use, about half a second). wordfreq is
in the `eval` extra: only the round-12 off switches (``ClusterSettings.prior_docs``, ``prior_names``) read it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache

REPORT_TOKENS = 500
"""Tokens (stopwords included) of a typical news report: a term's token frequency times this is how
many times a report is expected to use it (not tuned: the order of a wire story's length)."""
LEAST_FREQUENCY = 1e-7
"""Words rarer than this in general English are left out of the table (they would add under 0.05
pseudo-reports per 1,000)."""
_CACHE_MAX = 500_000


@cache
def _table() -> dict[str, float]:
    """Term -> summed token frequency of the English words that stem to it."""
    from wordfreq import get_frequency_dict

    from .vectors import _term

    out: dict[str, float] = {}
    for word, f in get_frequency_dict("en").items():
        if f < LEAST_FREQUENCY:
            continue
        term = _term(word)
        if term and not term.isdigit():
            out[term] = out.get(term, 0.0) + f
    return out


_SHARE: dict[str, float] = {}


def general_share(term: str) -> float:
    """The share of general news reports that use ``term`` (0 for a term general English lacks)."""
    share = _SHARE.get(term)
    if share is None:
        if term.isdigit():
            from wordfreq import word_frequency

            f = word_frequency(term, "en")
        else:
            f = _table().get(term, 0.0)
        share = 1.0 - math.exp(-REPORT_TOKENS * f)
        if len(_SHARE) < _CACHE_MAX:
            _SHARE[term] = share
    return share


def smoothed(df: Mapping[int, int], n: int, terms: Mapping[str, int], docs: float,
             floor: bool = False) -> tuple[dict[int, float], float]:
    """The store's document frequencies ``df`` (by term id; ``terms``: term -> id) and report count ``n``
    with ``docs`` pseudo-reports of general English added: (frequencies, reports). With ``floor``, instead,
    no pseudo-reports: a term's frequency is at least what general English expects in ``n`` reports (a
    common word never counts as rare in a young store; a rare one keeps the store's count)."""
    out: dict[int, float] = {i: float(d) for i, d in df.items()}
    for term, i in terms.items():
        if i in out:
            out[i] = max(out[i], n * general_share(term)) if floor else out[i] + docs * general_share(term)
    return out, float(n) if floor else n + docs
