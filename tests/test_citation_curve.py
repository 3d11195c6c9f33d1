"""The precision/recall curve points that bench/citations_eval.py and scripts/train_support.py
report for the citation judge (issue 12: precision at recall 0.6 / 0.7 / 0.8)."""

from __future__ import annotations

import numpy as np
from tests.conftest import ROOT, load_module

# ten pairs ranked by score: hits at ranks 1, 2, 4, 5, 7 (of 5 positives)
SCORES = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]
GOLD = [True, True, False, True, True, False, True, False, False, False]
# recall 0.6 is reached at rank 4 (3/4), 0.8 at rank 5 (4/5): the best precision at or past each
EXPECTED = {0.6: 0.8, 0.7: 0.8, 0.8: 0.8}
AP = (1 + 1 + 3 / 4 + 4 / 5 + 5 / 7) / 5


def test_eval_curve_points_and_average_precision() -> None:
    best, ap = load_module(ROOT / "bench" / "citations_eval.py").curve(SCORES, GOLD)
    assert best == EXPECTED
    assert abs(ap - AP) < 1e-9


def test_ties_count_against_the_judge() -> None:
    best, ap = load_module(ROOT / "bench" / "citations_eval.py").curve([0.5, 0.5], [True, False])
    assert best == {0.6: 0.5, 0.7: 0.5, 0.8: 0.5}  # the negative ranks first
    assert ap == 0.5


def test_training_script_reports_the_same_curve() -> None:
    ap, at = load_module(ROOT / "scripts" / "train_support.py").curve(np.array(SCORES), np.array(GOLD))
    assert at == [EXPECTED[r] for r in (0.6, 0.7, 0.8)]
    assert abs(ap - AP) < 1e-9
