"""Claims: general causes of lost rows found on the sixth held-out set (bench/CLAIMS_NOTES.md, "heldout6 first
look" and "claims13"): the story's main count written after "the" / "these" with no count before it, and
lengths of time after "in the past", "within", or before "of" and a noun.

Our own sentences, through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

import pytest

from claims_support import figures


def _read(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.dimension) for m in figures(text)]


# 1. "the N ..." / "these N ..." with no count given before: the count a story is about, not a pointer back

@pytest.mark.parametrize("text", [
    "The court has pardoned these 12 fishermen, the minister said.",
    "The twelve fishermen held by the coastguard were freed on Monday.",
])
def test_a_count_after_a_determiner_with_nothing_before_it_is_read(text: str) -> None:
    assert (12, "count") in _read(text)


def test_a_count_after_a_determiner_that_repeats_one_given_before_is_still_a_pointer_back() -> None:
    assert _read("Twelve fishermen were seized. The court has pardoned these 12 fishermen.") == [(12, "count")]


# 2. lengths of time that the point-in-time rule took for dates

@pytest.mark.parametrize(("text", "want"), [
    ("In the past four years, thieves robbed three shops on the quay.", (4, "duration")),
    ("The patient was hit at noon but he would die within two hours.", (2, "duration")),
    ("The crew returned home after thirteen days of captivity.", (13, "duration")),
    ("Hundreds died in seven months of fighting between the clans.", (7, "duration")),
])
def test_a_length_of_time_is_read(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


@pytest.mark.parametrize("text", [
    "The council will decide within three weeks.",
    "The shop reopened in two days.",
    "The theft happened two days ago.",
    "Rents on the quay rose sharply in the past four years.",
])
def test_a_point_in_time_is_still_no_figure(text: str) -> None:
    assert _read(text) == []


# 3. one unit of time said as "a" / "an" where a length is asked for

@pytest.mark.parametrize(("text", "want"), [
    ("The fight between the guards and the thieves lasted an hour.", (1, "duration")),
    ("Detectives have been investigating the thefts for more than a year.", (1, "duration")),
])
def test_a_unit_of_time_after_a_verb_of_lasting_or_for_is_read(text: str, want: tuple[float, str]) -> None:
    assert _read(text) == [want]


@pytest.mark.parametrize("text", [
    "The bakery sells bread twice a day.",
    "He moved to the coast a year ago.",
    "A week later the shop reopened.",
])
def test_a_unit_of_time_as_a_rate_or_a_date_is_still_no_figure(text: str) -> None:
    assert _read(text) == []


# 4. "a week-long ...", "a weeklong ...", "an hour-long ...": "-long" says how long ("a three-day visit" only describes)

@pytest.mark.parametrize("text", [
    "The mayor led a week-long mission to the harbour towns.",
    "Dockers began a weeklong strike on Monday.",
    "They held an hour-long debate on the bridge.",
])
def test_a_unit_long_is_a_length(text: str) -> None:
    assert _read(text) == [(1, "duration")]


def test_a_mile_long_strip_is_no_length_of_time() -> None:
    assert (1, "duration") not in _read("The farm is a mile-long strip of land.")


# 5. "period" is a noun whose length is a figure ("a three-year transition period")

def test_the_length_of_a_period_is_a_figure() -> None:
    assert _read("The pact sets a three-year transition period of self-rule.") == [(3, "duration")]
