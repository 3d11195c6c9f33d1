"""Claims: the twenty-fifth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims35"): an emergency line's
number ("911 calls", lexicon emergency_numbers); a number opening a quoted term ("the term "three amigos"", lexicon
naming_words). Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures

# an emergency line's number


def test_911_calls_are_no_count() -> None:
    assert figures("Harbour police began receiving 911 calls on Tuesday afternoon.") == []


def test_a_count_of_calls_stays() -> None:
    ms = figures("Harbour police received 300 calls on Tuesday afternoon.")
    assert [m.value for m in ms] == [300]


# a number opening a quoted term


def test_a_quoted_term_is_no_count() -> None:
    assert claims('Ann Lee said she never used the term "three musketeers" about the harbour board.') == []


def test_a_quoted_count_after_a_speech_verb_stays() -> None:
    ms = figures('The harbour board said "two ferries" had been lost in the storm.')
    assert [m.value for m in ms] == [2]
