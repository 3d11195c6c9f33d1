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


def _vocabulary(terms: Sequence[Sequence[str]]) -> dict[str, int]:
    return {t: i for i, t in enumerate(sorted({t for row in terms for t in row}))}


def _fill(
    mat: npt.NDArray[np.float32], terms: Sequence[Sequence[str]], vocab: dict[str, int], counts: Counter[str], n: int
) -> npt.NDArray[np.float32]:
    """``mat`` (zeros, one row per text) filled with L2-normalised TF-IDF weights, in place."""
    for r, row in enumerate(terms):
        for t, c in Counter(row).items():
            mat[r, vocab[t]] = (1.0 + math.log(c)) * (math.log((1 + n) / (1 + counts[t])) + 1.0)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    mat /= norms  # in place: a second matrix the size of the first is what made large stories dear
    return mat


def tfidf_matrix(texts: Sequence[str], *, df: tuple[Counter[str], int] | None = None) -> npt.NDArray[np.float32]:
    """L2-normalised TF-IDF rows for ``texts`` (sublinear tf, smoothed idf).

    Document frequency is counted over ``texts`` themselves, or given as ``df``
    (``document_frequencies`` of whole documents, to weigh terms by how many sources
    use them; the same counts also let texts be vectorised in batches).
    """
    terms = [content_terms(t) for t in texts]
    counts, n = df if df is not None else _counts(terms)
    vocab = _vocabulary(terms)
    return _fill(np.zeros((len(texts), max(len(vocab), 1)), dtype=np.float32), terms, vocab, counts, n)


ROW_BLOCK = 256
"""Rows made dense at once by ``SparseRows`` (a block is ``ROW_BLOCK`` x vocabulary floats)."""


class SparseRows:
    """The rows of ``tfidf_matrix(texts)`` kept as their non-zero entries, bit for bit the same values.

    For thousands of texts the dense matrix (texts x vocabulary) is the largest thing a brief
    builds: 9,000 sentences of news take 0.5 GB. Kept sparse, it costs a few bytes per word;
    ``dense`` and ``times`` make blocks of rows dense again, so that every product is the
    same BLAS call on the same numbers as with the whole matrix (the same results, to the bit).
    """

    def __init__(self, texts: Sequence[str]) -> None:
        terms = [content_terms(t) for t in texts]
        counts, n = _counts(terms)
        vocab = _vocabulary(terms)
        self.width = max(len(vocab), 1)
        self.rows: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]] = []
        for at in range(0, len(terms), ROW_BLOCK):
            block = _fill(np.zeros((len(terms[at : at + ROW_BLOCK]), self.width), dtype=np.float32),
                          terms[at : at + ROW_BLOCK], vocab, counts, n)
            for row in block:
                cols = np.flatnonzero(row)
                self.rows.append((cols, row[cols]))

    def __len__(self) -> int:
        return len(self.rows)

    def dense(self, index: Sequence[int]) -> npt.NDArray[np.float32]:
        """The rows ``index`` as a dense matrix (``matrix[index]``)."""
        out = np.zeros((len(index), self.width), dtype=np.float32)
        for r, i in enumerate(index):
            cols, vals = self.rows[i]
            out[r, cols] = vals
        return out

    def total(self, index: Sequence[int]) -> npt.NDArray[np.float32]:
        """``matrix[index].sum(axis=0)``: the rows added one after another, as numpy adds them."""
        acc = np.zeros(self.width, dtype=np.float32)
        for i in index:
            cols, vals = self.rows[i]
            acc[cols] += vals
        return acc

    def dots(self, i: int, index: Sequence[int]) -> npt.NDArray[np.float32]:
        """``matrix[index] @ matrix[i]`` (cosines: the rows are unit length) from the shared non-zero
        entries alone: no row is made dense, so it costs the words the rows share. The same values
        as the dense product up to the order of the additions (float32 rounding, about 1e-7)."""
        cols, vals = self.rows[i]
        out = np.zeros(len(index), dtype=np.float32)
        for r, j in enumerate(index):
            other_cols, other_vals = self.rows[j]
            _, mine, theirs = np.intersect1d(cols, other_cols, assume_unique=True, return_indices=True)
            out[r] = vals[mine] @ other_vals[theirs]
        return out

    def times(self, vector: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """``matrix @ vector``, a block of rows at a time."""
        blocks = (range(at, min(at + ROW_BLOCK, len(self))) for at in range(0, len(self), ROW_BLOCK))
        parts = [self.dense(block) @ vector for block in blocks]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
