"""Claims: rules from heldout13's misses (bench/CLAIMS_NOTES.md, "claims21"), each on our own invented sentences
through the real model (``analyse``); none comes from a benchmark story.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures


def _rows_of(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


def _values(text: str, dimension: str) -> list[float]:
    return [m.value for m in figures(text) if m.dimension == dimension]


# how often and how long: durations that say neither when nor "ago"


def test_a_recurring_interval_is_a_figure() -> None:
    assert _values("The market is held once every four years in the old square.", "duration") == [4]
    assert _values("The board agreed to meet as often as every six months.", "duration") == [6]


def test_a_span_up_to_now_or_from_now_is_a_figure() -> None:
    assert _values("The treaty will be negotiated over the next three years.", "duration") == [3]
    assert _values("The custom has been kept for at least the last 500 years.", "duration") == [500]
    assert _values("She spent the last 12 years of her life in the village.", "duration") == [12]
    assert _values("The work must be done during the short span of the next two years.", "duration") == [2]


def test_a_span_that_says_when_stays_out() -> None:
    assert _values("Rents rose in the last two years.", "duration") == []
    assert _values("The mayor will visit the town in the next two years.", "duration") == []
    assert _values("The bridge opened two years ago.", "duration") == []


def test_two_recurring_intervals_of_one_thing_join_whatever_the_verb() -> None:
    rows = claims("The festival returns every 12 years, its organisers said on Monday.",
                  "The town holds the festival once every 12 years, residents said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


# hedges glued to a number


def test_a_hedge_suffix_keeps_the_count() -> None:
    assert _values("Every one of the 300-odd boats in the harbour was damaged.", "count") == [300]
    assert _values("Many of the city's 300-plus buses were idle on Monday.", "count") == [300]


def test_a_hedge_suffix_is_no_name() -> None:
    assert _values("The mayor praised the Odd Fellows club on Monday.", "count") == []


# populations


def test_a_population_is_read_in_its_wordings() -> None:
    assert _values("Some 60 percent of Moldavia's 2.4 million population is rural.", "count") == [2_400_000]
    assert _values("The flood reached the town of Oakridge, population 12,000, on Monday.", "count") == [12_000]


def test_two_populations_of_one_country_told_differently_differ() -> None:
    rows = claims("Some 60 percent of Moldavia's 2.7 million population is rural, officials said.",
                  "The minister arrived in Moldavia, a country of 2 million that borders the sea.")
    row = [r for r in _rows_of(rows, 2) if all(m["value"] >= 1_000_000 for m in r["mentions"])]
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_a_company_and_its_people_is_no_population() -> None:
    heads = [m.head for m in figures("The company moved its 300 people to a new office on Monday.")]
    assert "population" not in heads


def test_populations_of_two_places_stay_apart() -> None:
    rows = claims("Some 60 percent of Portugal's 10.3 million population is rural, officials said.",
                  "Some 70 percent of Greece's 10.7 million population is urban, officials said.")
    assert not [r for r in _rows_of(rows, 2) if all(m["value"] >= 1_000_000 for m in r["mentions"])], rows


# "more than N" against "about M", and kin words for one counted thing


def test_more_than_n_differs_from_about_a_rounder_m() -> None:
    rows = claims("Delegates from about 150 countries met in the capital on Monday, officials said.",
                  "Delegates from more than 140 nations met in the capital on Monday, officials said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_more_than_n_agrees_with_a_value_inside_its_step() -> None:
    rows = claims("Delegates from about 145 countries met in the capital on Monday, officials said.",
                  "Delegates from more than 140 nations met in the capital on Monday, officials said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_a_visit_and_a_trip_of_one_length_are_one_figure() -> None:
    rows = claims("The minister ended his four-day visit to the region on Monday.",
                  "The minister ended his four-day trip to the region on Monday with a speech.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


# one range told with its unit at both ends, or with both ends alike in other words


def test_a_range_with_its_unit_at_both_ends_is_one_range() -> None:
    ms = [m for m in figures("Rich nations should cut emissions by 15 percent to 35 percent by 2030.")
          if m.dimension == "percent"]
    assert [(m.low, m.high) for m in ms] == [(15, 35)]


def test_one_range_told_in_other_words_is_one_figure() -> None:
    rows = claims("The draft sets a target of a 15-35% cut in emissions, delegates said.",
                  "Delegates debated the inclusion of a 15-35% range for reductions on Monday.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


# counts whose things are said by another word of the clause


def test_the_object_of_number_counts_its_subject() -> None:
    ms = figures("The Jews in Moldavia, who number about 3,000, expressed concern.")
    assert [(m.value, m.head) for m in ms] == [(3000, "jews")]


def test_the_object_of_a_conjoined_verb_counts_the_same_things() -> None:
    ms = figures("The bishop has ordained more than 270 priests and blessed close to 800, aides said.")
    assert [(m.value, m.head) for m in ms] == [(270, "priest"), (800, "priest")]


def test_a_conjoined_casualty_verb_keeps_its_own_class() -> None:
    ms = figures("The blast killed 60 people and injured 162, officials said.")
    assert [(m.value, m.event_class) for m in ms] == [(60, "killed"), (162, "injured")]


# number words and units in words


def test_half_a_million_is_a_number() -> None:
    assert _values("Half a million people lined the streets on Sunday.", "count") == [500_000]
    assert _values("Half a dozen people were hurt on Sunday.", "count") == [6]


def test_a_distance_with_a_conversion_in_brackets_is_read() -> None:
    assert _values("Crowds stood as far as a kilometer (half-mile) from the stage.", "length") == [1]


# one crowd estimated differently


def test_one_crowd_told_with_other_verbs_and_words_differs() -> None:
    rows = claims("More than 350,000 pilgrims crowded the hillside for the Mass, officials said.",
                  "More than 400,000 people stood under the trees at the Mass on Saturday.",
                  "Half a million people watched the Mass with delight, organisers said.")
    row = _rows_of(rows, 3)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_crowds_of_very_different_sizes_stay_apart() -> None:
    rows = claims("More than 350,000 pilgrims crowded the hillside for the Mass, officials said.",
                  "About 20,000 people watched the match in the stadium on Saturday.")
    assert not _rows_of(rows, 2), rows


# an age at a moment of a life


def test_an_age_at_death_joins_no_named_age_of_another_value() -> None:
    rows = claims("He died at 62 in 1960 while under house arrest, historians say.",
                  "The archbishop, Monsignor Ivan Kovac, 49, spoke out against corruption.")
    assert not _rows_of(rows, 2), rows


def test_a_conjoined_verb_of_its_own_gives_its_own_event() -> None:
    ms = figures("The quake killed about 20,000 people and affected two million, officials said.")
    assert [(m.value, m.event_class, m.event) for m in ms] == [(20_000, "killed", "kill"), (2_000_000, None, "affect")]


def test_vague_plurals_alike_are_no_one_range() -> None:
    rows = claims("The landslide entombed dozens of people in the hills on Monday.",
                  "Dozens of stargazers gathered on the beach to watch the meteors.")
    assert not _rows_of(rows, 2), rows
