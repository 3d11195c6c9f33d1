"""Claims: heldout14's misses, by kind (bench/BRIEF_REVIEW.md, "claims58"): a number spelled with "and" under a
scale word ("two thousand and eight", "one hundred and twenty"; number_words._and_rest); a name written family name
first and later shortened to its first word is one person (kin.one_name); "after N units in <a bare noun>" is how
long a stay lasted (exclusions.point_in_time); one named thing's length is one whatever the casualty class of one
report's clause (grouping._same_event); a change told through a raising verb counts the raised subject
(counted._set_by_verb). Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

import pytest

from claims_support import claims, figures

# a number spelled with "and" under its scale word


@pytest.mark.parametrize(("text", "want"), [
    ("The harbour festival opened with two thousand and eight lanterns on the water.", [2008.0]),
    ("The parade had one hundred and twenty floats this year.", [120.0]),
    ("Some two hundred and twenty-five sailors were rescued off the cape.", [225.0]),
    ("Three hundred and fifty thousand people marched through Aldermouth.", [350000.0]),
])
def test_a_number_spelled_with_and_is_one_number(text: str, want: list[float]) -> None:
    assert [m.value for m in figures(text)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Five hundred people and twenty dogs came to the pier.", [500.0, 20.0]),
    ("About 300 and 40 more boats left the harbour.", [300.0, 40.0]),
])
def test_and_between_two_counts_still_parts_them(text: str, want: list[float]) -> None:
    assert sorted(m.value for m in figures(text)) == sorted(want)


# a name written family name first, later shortened to its first word


def test_a_name_shortened_to_its_first_word_is_one_person() -> None:
    rows = claims("Tan Weiming, 52, was charged on Monday in Aldermouth with fraud.",
                  "The engineer Tan Weiming, 52, appeared in court.",
                  "Tan, 53, has been held in Aldermouth since May.")
    ages = [r for r in rows if r["what"].startswith("age of")]
    assert len(ages) == 1 and ages[0]["verdict"] == "differ", rows
    assert sorted(m["value"] for m in ages[0]["mentions"]) == [52, 52, 53], rows


def test_another_name_is_still_another_person() -> None:
    rows = claims("Tan Weiming, 52, was charged on Monday in Aldermouth with fraud.",
                  "The engineer Tan Weiming, 52, appeared in court.",
                  "Lo, 53, has been held in Aldermouth since May.")
    assert all(53 not in [m["value"] for m in r["mentions"]] or len(r["mentions"]) == 1 for r in rows), rows


# "after N units in <a state told by a bare noun>": how long the stay lasted


@pytest.mark.parametrize(("text", "want"), [
    ("After 27 years in prison, Holt walked free on Monday.", 27.0),
    ("After 3 1/2 years in prison, Holt was freed.", 3.5),
    ("Holt resigned after ten years in office.", 10.0),
    ("The harbour keeper died after 10 days in hospital.", 10.0),
])
def test_after_a_stay_in_a_state_is_its_length(text: str, want: float) -> None:
    assert [m.value for m in figures(text)] == [want]


@pytest.mark.parametrize("text", [
    "He left after two days in the city.",
    "The ferry resumed service after two weeks.",
])
def test_after_a_span_elsewhere_still_dates(text: str) -> None:
    assert figures(text) == []


# one named thing's length, a casualty class told in one report's clause only


def test_a_named_length_is_one_whatever_its_clause_counts() -> None:
    rows = claims("Police have questioned 20 fishermen in a 17-day-old crackdown on the harbour, the union said.",
                  "Police arrested the harbour master Holt in a three-week crackdown on the harbour.")
    lengths = [r for r in rows if r["what"].startswith("crackdown")]
    assert len(lengths) == 1 and len(lengths[0]["mentions"]) == 2, rows


# a change told through a raising verb ("is set to increase from ... to ...") counts the raised subject


@pytest.mark.parametrize(("text", "want"), [
    ("The number of boats in the harbour is set to increase from 2,700 to 3,000.", [2700.0, 3000.0]),
    ("The death toll is expected to rise to 40, officials in Aldermouth said.", [40.0]),
])
def test_a_change_through_a_raising_verb_counts_its_subject(text: str, want: list[float]) -> None:
    ms = figures(text)
    assert sorted(m.value for m in ms) == want and all(m.counted for m in ms), [(m.text, m.counted) for m in ms]


def test_a_raising_verb_without_a_count_still_gives_none() -> None:
    assert figures("The union is set to meet from 9 to 11 on Monday.") == []
