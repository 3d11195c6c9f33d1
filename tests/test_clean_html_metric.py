"""The HTML benchmark's metric as bench/clean_eval.py computes it (bench/shingle_metric.py): words are
\\w+ runs, each page weighs the same, an empty output counts for recall only, and F1 is taken of the
averaged precision and recall."""

from __future__ import annotations

import pytest
from tests.conftest import ROOT, load_module

M = load_module(ROOT / "bench" / "shingle_metric.py")
TRUTH = "one two three four five six"  # 3 shingles


def test_punctuation_is_not_a_word() -> None:
    assert M.page_counts("One, two: three four five six.", TRUTH.replace("one", "One")) == (1.0, 0.0, 0.0)


def test_counts_are_shares_of_their_sum() -> None:
    tp, fp, fn = M.page_counts("one two three four five", TRUTH)  # 2 shared shingles, 1 missed
    assert (tp, fp, fn) == pytest.approx((2 / 3, 0.0, 1 / 3))
    assert M.recall((tp, fp, fn)) == pytest.approx(2 / 3)
    assert M.precision((tp, fp, fn)) == 1.0


def test_short_text_is_one_shorter_shingle() -> None:
    assert M.page_counts("a b", "a b") == (1.0, 0.0, 0.0)
    assert M.page_counts("a b", "a c") == pytest.approx((0.0, 0.5, 0.5))


def test_empty_output_counts_for_recall_only() -> None:
    empty = M.page_counts("", TRUTH)
    perfect = M.page_counts(TRUTH, TRUTH)
    f1, p, r = M.aggregate([empty, perfect])
    assert p == 1.0  # the empty page is left out of precision
    assert r == 0.5
    assert f1 == pytest.approx(2 / 3)


def test_f1_is_of_the_averages_not_the_average_of_f1s() -> None:
    high_p = M.page_counts("one two three four", TRUTH)  # P 1, R 1/3
    high_r = M.page_counts(TRUTH + " x y z", TRUTH)  # P 1/2, R 1
    f1, p, r = M.aggregate([high_p, high_r])
    assert (p, r) == pytest.approx((0.75, 2 / 3))
    assert f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert f1 != pytest.approx((M.page_f1(high_p) + M.page_f1(high_r)) / 2)


def test_bootstrap_is_seeded() -> None:
    pages = [M.page_counts(TRUTH, TRUTH), M.page_counts("one two three four", TRUTH)]
    assert M.bootstrap_std(pages, rounds=50) == M.bootstrap_std(pages, rounds=50)


def test_earlier_metric_scores_no_output_zero() -> None:
    assert M.mean_page_f1("", TRUTH) == 0.0
    assert M.mean_page_f1(TRUTH, TRUTH) == 1.0
