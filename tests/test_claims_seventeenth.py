"""Claims: units and measured things as reports state them, from a general checklist (bench/CLAIMS_NOTES.md,
"claims17"): rates, abbreviated scales, fractions in words, ages of things. Our own invented sentences, through
the real model (``analyse``); none comes from the benchmark stories. Each positive test fails on main 60529c1; the
guards (a very old person, an ordinal, "two years ago", a bearing rounded apart) pass on both.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures, one


def _two_report_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == 2]


# checklist 1-2: rates


def test_a_money_rate_keeps_its_period() -> None:
    m = one("The company will pay workers $15 an hour under the new contract.")
    assert (m.value, m.dimension, m.per) == (15, "money", "hour")


def test_rates_after_a_noun_and_as_adverbs() -> None:
    assert one("The plant releases 4,000 tonnes of waste a year, the agency said.").per == "year"
    assert one("The new rule affects about 2 million people annually, officials said.").per == "year"
    assert one("The pumps moved 300 gallons per minute during the flood.").per == "minute"
    assert one("The new tax raises $50 per person, the mayor said.").per == "person"


def test_a_hyphenated_rate_is_read() -> None:
    m = one("Workers at the plant earn a $15-an-hour wage.")
    assert (m.value, m.per) == (15, "hour")


def test_a_point_in_time_is_no_rate() -> None:
    assert all(m.per == "" for m in figures("The city lost 40 jobs a day ago, the mayor said."))


def test_two_rates_of_different_periods_are_two_measures() -> None:
    rows = claims("Workers at the Dunmore plant earn $15 an hour, the union said.",
                  "Workers at the Dunmore plant earn $600 a week, the union said.")
    assert not _two_report_rows(rows), rows


def test_one_rate_in_two_reports_agrees() -> None:
    rows = claims("Workers at the Dunmore plant earn $15 an hour, the union said.",
                  "Workers at the Dunmore plant earn $15 per hour, the union said.")
    row = _two_report_rows(rows)
    assert len(row) == 1 and row[0]["verdict"] == "agree" and "per hour" in row[0]["what"], rows


# checklist 4: ages of things


def test_an_old_thing_is_one_measure_hyphenated_or_not() -> None:
    rows = claims("The 120-year-old bridge in Dunmore will close on Monday, officials said.",
                  "The bridge in Dunmore, which is 120 years old, will close on Monday, officials said.")
    row = _two_report_rows(rows)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_a_very_old_person_keeps_an_age() -> None:
    assert one("A 101-year-old woman was rescued from the flood in Dunmore.").dimension == "age"


# checklist 5: fractions in words


def test_fifths_and_tenths_are_shares() -> None:
    assert [m.value for m in figures("One-fifth of the budget goes to the schools in Dunmore.")] == [20]
    assert [m.value for m in figures("Three-tenths of the land in Dunmore burned.")] == [30]


def test_the_numerator_of_a_fraction_is_no_count() -> None:
    assert [m.value for m in figures("Three quarters of the staff left the Dunmore plant.")] == [75]


def test_an_ordinal_is_still_no_share() -> None:
    assert figures("The fifth of the month is a holiday in Dunmore.") == []


# checklist 6: abbreviated scales


def test_trillions_and_abbreviated_scales() -> None:
    assert one("The country's debt reached $1.2tn last year.").value == 1.2e12
    assert one("The company made a profit of £3bn last year.").value == 3e9
    assert one("Exports from Dunmore fell to 1.2 mln tonnes.").value == 1.2e6


# after heldout10's misses were read (heldout10 in-sample from here): units, durations and ages of things


def test_a_frequency_unit_spaced_or_glued() -> None:
    m = one("Searchers said the 37.5 kHz signal was detected near Dunmore.")
    assert (m.value, m.dimension, m.unit_code) == (37.5, "frequency", "kHz")
    m = one("The beacon has a frequency of 37.5kHz, the agency said.")
    assert (m.value, m.dimension, m.unit_code) == (37.5, "frequency", "kHz")


def test_a_long_word_after_a_possessive() -> None:
    m = one("Smith said during his hourlong speech in Dunmore that he would win.")
    assert (m.value, m.dimension, m.unit_code) == (1, "duration", "h")


def test_a_things_age_told_as_made_years_ago() -> None:
    rows = claims("Dunmore College will repay an 83-year-old donation from the Smith family, the college said.",
                  "Dunmore College will repay the Smith family the equivalent of the gift made 83 years ago.")
    row = _two_report_rows(rows)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_years_ago_of_an_event_stays_a_date() -> None:
    assert figures("The storm hit Dunmore two years ago, officials said.") == []


# the share a clause states by a condition (M006's false contested row, BRIEF_REVIEW)


def test_a_share_with_a_condition_is_another_measure() -> None:
    rows = claims("The flood in Dunmore affected about a third of the country's population, officials said.",
                  "Seventy percent of the population of Dunmore lives on less than $2 a day, the bank said.")
    assert not [r for r in _two_report_rows(rows) if r["mentions"][0]["share"] is not None], rows


def test_a_share_of_a_counted_whole_has_no_condition() -> None:
    ms = [m for m in figures("Nationwide, 40 percent of the 38.5 million voters cast a ballot.") if m.share]
    assert ms and all(m.condition == "" for m in ms)


# distances told with a compass bearing from one place


def test_two_bearings_from_one_place_are_two_points() -> None:
    rows = claims("The signal puts the wreck about 1,020 miles (1,640 kilometers) west-northwest of Dunmore.",
                  "The search area, about 1,700 km (1,050 miles) north-west of Dunmore, was chosen on Sunday.")
    assert not [r for r in _two_report_rows(rows) if r["mentions"][0]["dimension"] == "length"], rows


def test_a_bearing_is_read_hyphenated_or_not() -> None:
    assert one("The area, about 1,700 km (1,050 miles) north-west of Dunmore, was chosen.").bearing == "northwest"
    assert one("The quake struck 20 miles off the coast of Dunmore.").bearing == ""


def test_one_distance_with_a_bearing_rounded_apart_is_one_point() -> None:
    rows = claims("The storm was expected to be 300 kilometers (187 miles) south-southeast of Dunmore on Sunday.",
                  "The storm was centered about 300 kilometers (186 miles) southeast of Dunmore on Sunday.")
    assert [r for r in _two_report_rows(rows) if r["mentions"][0]["dimension"] == "length"], rows


def test_a_measure_named_by_its_dimension_joins_one_named_by_its_thing() -> None:
    rows = claims("Searchers said the 37.5 kHz signal was detected near Dunmore on Friday.",
                  "The signal has a frequency of 37.5kHz, the Dunmore agency said.")
    row = [r for r in _two_report_rows(rows) if r["mentions"][0]["dimension"] == "frequency"]
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows
