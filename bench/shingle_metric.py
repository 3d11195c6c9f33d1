"""The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark ``evaluate.py``),
written again here so ``bench/clean_eval.py`` scores exactly as the published table does.

Per page: the word 4-gram shingles of the text, words being ``\\w+`` runs (punctuation is not a word,
so "said." and "said" match); true/false positives and false negatives counted over shingles with
their multiplicity, then divided by their sum (every page weighs the same, long or short). A text of
fewer than four words is one shorter shingle.

Over pages: precision is averaged over the pages with any output (an empty output does not count for
precision), recall over the pages with any ground truth, and F1 is the harmonic mean of those two
averages, not the mean of per-page F1s. The spread is the bootstrap standard deviation over pages
(the benchmark's ``± std``), here with a fixed seed so a run repeats.

The metric that ``clean_eval`` used before (whitespace tokens, the mean of per-page F1s, an empty
output scoring 0 on both) is kept as ``mean_page_f1`` to show how the two differ in one run.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"\w+")
SHINGLE = 4

Counts = tuple[float, float, float]
"""(tp, fp, fn) of one page, normalised to sum to 1 (all 0 when both texts are empty)."""


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1)) if words[i:i + SHINGLE])


def page_counts(pred: str, truth: str) -> Counts:
    """One page's shingle tp/fp/fn as shares of their sum."""
    p, t = _shingles(pred), _shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(c: Counts) -> float:
    tp, fp, fn = c
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(c: Counts) -> float:
    tp, fp, fn = c
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def page_f1(c: Counts) -> float:
    p, r = precision(c), recall(c)
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(pages: Sequence[Counts]) -> tuple[float, float, float]:
    """(F1, precision, recall) over pages, as the benchmark averages them."""
    with_output = [precision(c) for c in pages if c[0] + c[1] > 0]
    with_truth = [recall(c) for c in pages if c[0] + c[2] > 0]
    p = statistics.mean(with_output) if with_output else 0.0
    r = statistics.mean(with_truth) if with_truth else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def bootstrap_std(pages: Sequence[Counts], rounds: int = 1000, seed: int = 0) -> float:
    """Standard deviation of the F1 over page resamples (the benchmark's ``± std``), seeded."""
    rng = random.Random(seed)
    n = len(pages)
    values = [aggregate([pages[rng.randrange(n)] for _ in range(n)])[0] for _ in range(rounds)]
    return statistics.stdev(values) if len(values) > 1 else 0.0


def mean_page_f1(pred: str, truth: str) -> float:
    """The earlier metric of ``clean_eval``, for comparison only: whitespace 4-grams, F1 0 for no output."""
    def grams(text: str) -> Counter[tuple[str, ...]]:
        toks = text.split()
        return Counter(tuple(toks[i:i + SHINGLE]) for i in range(max(len(toks) - SHINGLE + 1, 0)))

    p, t = grams(pred), grams(truth)
    overlap = sum((p & t).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * prec * rec / (prec + rec)
