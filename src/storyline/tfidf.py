"""TF-IDF vectors in plain numpy: how close two texts are in what they say.

The summary ranks and cites with them, the timeline merges same-day events with
them, and a story's title is the headline closest to all the others.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .text import content_terms


def _counts(term_lists: Sequence[Sequence[str]]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    for unit in term_lists:
        df.update(set(unit))
    return df, len(term_lists)


def document_frequencies(texts: Sequence[str]) -> tuple[Counter[str], int]:
    """How many of ``texts`` use each content term, and how many texts there are."""
    return _counts([content_terms(t) for t in texts])


def tfidf_matrix(texts: Sequence[str], *, df: tuple[Counter[str], int] | None = None) -> npt.NDArray[np.float32]:
    """L2-normalised TF-IDF rows for ``texts`` (sublinear tf, smoothed idf).

    Document frequency is counted over ``texts`` themselves, or given as ``df``
    (``document_frequencies`` of whole documents, to weigh terms by how many sources
    use them; the same counts also let texts be vectorised in batches).
    """
    terms = [content_terms(t) for t in texts]
    counts, n = df if df is not None else _counts(terms)
    vocab = {t: i for i, t in enumerate(sorted({t for row in terms for t in row}))}
    mat = np.zeros((len(texts), max(len(vocab), 1)), dtype=np.float32)
    for r, row in enumerate(terms):
        for t, c in Counter(row).items():
            mat[r, vocab[t]] = (1.0 + math.log(c)) * (math.log((1 + n) / (1 + counts[t])) + 1.0)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: npt.NDArray[np.float32] = (mat / norms).astype(np.float32, copy=False)
    return out
