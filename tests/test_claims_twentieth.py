"""Claims: rules from heldout11's and heldout12's misses (bench/CLAIMS_NOTES.md, "claims20"), each on our own
invented sentences through the real model (``analyse``); none comes from a benchmark story. The positive tests
fail on main 81d7de7 (eight); the guards pass on both (five).
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures


def _rows_of(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


def _values(text: str, dimension: str) -> list[float]:
    return [m.value for m in figures(text) if m.dimension == dimension]


# whose age: the name "N-year-old" describes, not the first word after it


def test_an_age_before_a_full_name_joins_the_age_after_the_surname() -> None:
    rows = claims("Police said 35-year-old John Mark Dunmore was arrested on Monday at his home.",
                  "John Mark Dunmore, 35, was arrested at Hillcrest Middle School on Monday, police said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree" and "Dunmore" in row[0]["what"], rows


def test_an_age_before_a_title_and_a_name_is_the_named_persons() -> None:
    rows = claims("Prosecutors charged him in the death of 18-year-old University of Ohio student Jane Pelham.",
                  "A detective testified that a dog found 18-year-old Jane Pelham's scent near the car.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree" and "Pelham" in row[0]["what"], rows


def test_two_people_named_differently_keep_two_ages() -> None:
    rows = claims("Police said 35-year-old John Mark Dunmore was arrested on Monday.",
                  "Police said 35-year-old Mary Ann Pelham was arrested on Monday.")
    assert not _rows_of(rows, 2), rows


# counts and measures in words


def test_one_million_is_a_count() -> None:
    assert _values("The valley is the homeland of more than one million Canadians.", "count") == [1_000_000]
    assert _values("One billion people live there, the report said.", "count") == [1_000_000_000]


def test_one_alone_stays_a_determiner() -> None:
    assert figures("One resident said the valley had changed.") == []


def test_a_mile_from_a_place_is_a_distance() -> None:
    assert _values("The hikers were found about a mile from the village on Monday.", "length") == [1]
    assert _values("The boat sank a kilometre off the coast on Monday.", "length") == [1]
    assert _values("The crash happened half a mile from the school.", "length") == [0.5]


def test_a_mile_not_told_from_a_place_is_no_figure() -> None:
    assert _values("The fire burned more than a mile of forest.", "length") == []
    assert _values("Residents built a mile-long wall.", "length") == []


def test_a_number_with_a_thousands_separator_after_a_name_is_no_name() -> None:
    assert _values("The comet swung by Earth 26,500 km closer than usual on Monday.", "length") == [26500]
    assert figures("Passengers of Flight 17 were rebooked on Monday.") == []


def test_a_number_word_opening_a_title_in_quotes_is_no_figure() -> None:
    assert figures('He later starred in "Six Degrees of Separation" and other films.') == []
    assert _values('"Six people died," the mayor said on Monday.', "count") == [6]


# one gap since the last time, told two ways in one report


def test_two_gaps_since_the_last_time_are_one_figure() -> None:
    text = ("Such a flood has not happened in the valley for more than 80 years, officials said.\n\n"
            "The storm brought the first flood of the valley in nearly 82 years.")
    rows = claims(text)
    gaps = [r for r in rows if any(m["unit_code"] == "yr" for m in r["mentions"])]
    assert len(gaps) == 1 and len(gaps[0]["mentions"]) == 2 and gaps[0]["verdict"] == "single", rows


def test_two_spans_of_other_things_stay_two() -> None:
    text = ("The dam has stood in the valley for more than 80 years, officials said.\n\n"
            "The mayor served the valley for nearly 82 years before he retired.")
    rows = claims(text)
    assert not any(len(r["mentions"]) == 2 for r in rows), rows


# a streak told with its things left unsaid


def test_a_number_in_a_row_counts_a_streak() -> None:
    assert _values("The team has won five in a row, the coach said.", "count") == [5]
    assert _values("Three storms in succession hit the coast.", "count") == [3]


def test_a_time_in_a_row_stays_a_span_or_an_ordinal() -> None:
    assert _values("The bank cut rates for the third time in a row.", "count") == []
    assert _values("Rates rose for three months in a row.", "duration") == [3]
