"""The one logistic regression: the scalar scorer the product ships equals the fitted model's, and balancing works."""

from __future__ import annotations

import numpy as np

from storyline.logistic import Fitted, fit, probability


def _data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(400, 4))
    x[:, 2] = 3.0  # a constant feature: scale 1, no weight, no division by zero
    y = (2 * x[:, 0] - x[:, 1] + rng.normal(size=400) > 2.0).astype(float)
    return x, y


def test_fit_learns_the_signs_and_ignores_a_constant() -> None:
    x, y = _data()
    m = fit(x, y, 1.0)
    assert m.coef[0] > 1.0 and m.coef[1] < -0.5
    assert m.coef[2] == 0.0 and m.scale[2] == 1.0
    assert abs(m.coef[3]) < 0.3


def test_scalar_probability_equals_the_matrix_form() -> None:
    x, y = _data(1)
    m = fit(x, y, 0.5)
    rows = m.probabilities(x[:5])
    for row, p in zip(x[:5], rows, strict=True):
        assert abs(probability(list(row), m.mean, m.scale, m.coef, m.bias) - p) < 1e-12


def test_balanced_raises_the_rare_class() -> None:
    x, y = _data(2)
    assert y.mean() < 0.25
    plain, balanced = fit(x, y, 1.0), fit(x, y, 1.0, balanced=True)
    assert balanced.probabilities(x).mean() > plain.probabilities(x).mean() + 0.05


def test_extreme_scores_do_not_overflow() -> None:
    m = Fitted((0.0,), (1.0,), (1.0,), 0.0)
    high, low = m.probabilities(np.array([[1e6], [-1e6]])).tolist()
    assert high == 1.0 / (1.0 + np.exp(-40.0)) and low == 1.0 / (1.0 + np.exp(40.0))
    assert probability([1e6], (0.0,), (1.0,), (1.0,), 0.0) > 0.999


def test_a_row_of_weight_two_counts_as_two_rows() -> None:
    x, y = _data(3)
    w = np.ones(len(y))
    w[:50] = 2.0
    doubled = fit(np.vstack([x, x[:50]]), np.concatenate([y, y[:50]]), 1.0)
    weighted = fit(x, y, 1.0, sample_weight=w)
    # the same loss up to the standardisation (fitted on the rows given): the same ranking, close weights
    assert np.allclose(np.argsort(doubled.probabilities(x)), np.argsort(weighted.probabilities(x))) or \
        np.corrcoef(doubled.probabilities(x), weighted.probabilities(x))[0, 1] > 0.999
    zero = fit(x, y, 1.0, sample_weight=np.where(np.arange(len(y)) < 200, 1.0, 0.0))
    assert np.allclose(zero.coef, fit(x[:200], y[:200], 1.0).coef, atol=0.15)
