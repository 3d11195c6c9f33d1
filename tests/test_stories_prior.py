"""The general-English prior for the story clustering's term weights (round 12 of bench/STORIES_EXPERIMENTS.md;
``ClusterSettings.prior_*``, off by default)."""

from __future__ import annotations

import math

import pytest

from storyline.stories import ClusterSettings, MemoryIndex, assign, report_terms
from storyline.stories.prior import REPORT_TOKENS, general_share, smoothed
from storyline.stories.vectors import report_cues

pytest.importorskip("wordfreq")


def test_general_share_orders_common_words_above_rare_names() -> None:
    people, washington, quennell = (general_share(t) for t in ("people", "washington", "quennell"))
    assert people > washington > quennell >= 0.0
    assert people > 0.4  # most news reports speak of people
    assert general_share("zqxjvw") == 0.0  # not English: no prior
    from wordfreq import word_frequency

    # a term sums the English words that stem to it: at least the share of one of them
    term = report_terms("officials").most_common(1)[0][0]
    assert term != "officials"
    assert general_share(term) > 1 - math.exp(-REPORT_TOKENS * word_frequency("officials", "en"))


def test_smoothed_adds_pseudo_reports_or_floors_the_frequency() -> None:
    terms = {"people": 1, "quennell": 2}
    df, n = smoothed({1: 2, 2: 2}, 5, terms, 100.0)
    assert n == 105.0
    assert df[1] == pytest.approx(2 + 100 * general_share("people"))
    assert df[2] == pytest.approx(2 + 100 * general_share("quennell")) and df[2] < 2.01
    floored, same = smoothed({1: 0, 2: 2}, 50, terms, 100.0, floor=True)
    assert same == 50.0
    assert floored[1] == pytest.approx(50 * general_share("people")) and floored[2] == 2.0


def test_the_prior_makes_a_common_word_weigh_less_than_a_rare_name_in_a_young_store() -> None:
    """Both seen once in a store of one report: the store alone weighs them alike; with the prior, "people"
    (in most general news reports) weighs less than "Quennell" (in almost none)."""
    counts = {"people": 1, "quennell": 1}
    plain, index = MemoryIndex(), MemoryIndex()
    v0 = assign(plain, counts).vector
    ids0 = plain.term_ids(counts)
    assert v0[ids0["people"]] == pytest.approx(v0[ids0["quennell"]])
    v1 = assign(index, counts, settings=ClusterSettings(prior_docs=1000.0)).vector
    ids1 = index.term_ids(counts)
    assert v1[ids1["people"]] < 0.5 * v1[ids1["quennell"]]
    assert index.documents() == 1  # the pseudo-reports are never stored


def test_the_prior_in_the_name_tests_makes_a_common_name_not_rare() -> None:
    """The gray zone needs a shared name few reports use: "Washington" is one in a young store, not with
    ``prior_names`` (general English uses it often); a rare name still is."""

    def run(settings: ClusterSettings, name: str) -> bool:
        index = MemoryIndex()
        first = f"{name} officials said the harbour audit found missing funds. The audit named {name} twice."
        later = f"A report on the audit. Officials in {name} spoke of funds and the harbour on Tuesday."
        a = assign(index, report_terms(first), settings=settings, cues=report_cues(first))
        b = assign(index, report_terms(later), settings=settings, cues=report_cues(later))
        return a.story == b.story

    gray = ClusterSettings(threshold=0.99, gray_low=0.0, gray_lead=0.0)
    assert run(gray, "Washington") and run(gray, "Quennell")
    with_prior = ClusterSettings(threshold=0.99, gray_low=0.0, gray_lead=0.0, prior_names=1000.0)
    assert not run(with_prior, "Washington")
    assert run(with_prior, "Quennell")


def test_the_prior_is_off_by_default() -> None:
    st = ClusterSettings()
    assert st.prior_docs == 0.0 and st.prior_names == 0.0 and not st.prior_floor and st.prior_scope == ""
