"""``tfidf.SparseRows`` answers as the dense ``tfidf_matrix`` does, to the bit (the summary's ranking
reads it for large stories, whose dense matrix would not fit in memory: issue 16)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from storyline import tfidf
from storyline.tfidf import SparseRows, tfidf_matrix

WORDS = ("fire port warehouse officials police minister killed injured rebuild tonnes grain ship harbour crew "
         "night blaze cause investigation mayor city council said Tuesday Aldermouth Reuters").split()


def _texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 20))) for _ in range(n)]


def test_sparse_rows_give_the_dense_answers_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(700)
    dense = tfidf_matrix(texts)
    for block in (tfidf.ROW_BLOCK, 64):  # also when the rows span many blocks
        monkeypatch.setattr(tfidf, "ROW_BLOCK", block)
        rows = SparseRows(texts)
        assert np.array_equal(rows.dense(range(len(texts))), dense)
        some = list(range(0, len(texts), 3))
        total = rows.total(some)
        assert np.array_equal(total, dense[some].sum(axis=0))
        unit = total / np.linalg.norm(total)
        assert np.array_equal(rows.times(unit), dense @ unit)
        assert (rows.dense([3, 40]) @ rows.dense([9])[0]).max() == (dense[[3, 40]] @ dense[9]).max()


def test_sparse_rows_of_nothing() -> None:
    rows = SparseRows([])
    assert len(rows) == 0 and rows.times(np.zeros(1, dtype=np.float32)).shape == (0,)


def test_sparse_dots_are_the_dense_cosines() -> None:
    """``dots`` (the timeline's same-event test) gives ``dense @ dense[i]`` up to float32 rounding."""
    texts = [*_texts(300, seed=3), "nothing shared here", ""]
    dense = tfidf_matrix(texts)
    rows = SparseRows(texts)
    for i in (0, 5, 299, 300, 301):
        index = list(range(len(texts)))
        got = rows.dots(i, index)
        assert got.dtype == np.float32 and got.shape == (len(texts),)
        assert np.allclose(got, dense @ dense[i], atol=1e-6), i
    assert rows.dots(300, [0, 1, 2]).tolist() == [0.0, 0.0, 0.0]  # no word in common
    assert abs(float(rows.dots(7, [7])[0]) - 1.0) < 1e-6  # a row with itself
    assert rows.dots(0, []).shape == (0,)
