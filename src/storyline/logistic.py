"""One logistic regression over standardised features, for every learned check and its training script.

The support judge, the entity check and the claims pair model each ship a handful of weights in a data file and
score a row with them; their training scripts fit those weights with the same few Newton steps. Both halves live
here so that a model scores in the product exactly as it was fitted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_CLIP = 40.0

Matrix = npt.NDArray[np.float64]


def probability(row: Sequence[float], mean: Sequence[float], scale: Sequence[float], coef: Sequence[float],
                bias: float) -> float:
    """The model's probability for one row (the form every shipped data file holds)."""
    z = bias + sum(c * (x - m) / s for c, x, m, s in zip(coef, row, mean, scale, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-_CLIP, min(_CLIP, z))))


@dataclass(frozen=True, slots=True)
class Fitted:
    """Weights on standardised features: ``(x - mean) / scale`` times ``coef``, plus ``bias``."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float

    def probabilities(self, x: Matrix) -> Matrix:
        """The probability for each row of ``x`` (training scripts and benches)."""
        z = (x - np.array(self.mean)) / np.array(self.scale) @ np.array(self.coef) + self.bias
        out: Matrix = 1.0 / (1.0 + np.exp(-np.clip(z, -_CLIP, _CLIP)))
        return out


def fit(x: Matrix, y: Matrix, l2: float, *, balanced: bool = False, steps: int = 100,
        sample_weight: Matrix | None = None) -> Fitted:
    """L2-penalised log loss minimised by Newton steps (the bias unpenalised).

    ``balanced`` weighs each class by half the rows over its count, so that a rare class (junk names) is not
    drowned by the common one. ``sample_weight`` weighs rows on top of that (rows made by rule count for less
    than rows a person labelled). A constant feature gets scale 1, so it scores nothing and divides by nothing.
    """
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    positives = float(y.sum())
    weight = np.ones(len(y))
    if balanced:
        weight = np.where(y == 1, len(y) / (2 * max(1.0, positives)), len(y) / (2 * max(1.0, len(y) - positives)))
    if sample_weight is not None:
        weight = weight * sample_weight
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -_CLIP, _CLIP)))
        grad = z.T @ (weight * (p - y)) + penalty * w
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Fitted(tuple(mean.tolist()), tuple(scale.tolist()), tuple(w[:-1].tolist()), float(w[-1]))
