"""Claims: units and measured things as reports state them, from a general checklist (bench/CLAIMS_NOTES.md,
"claims17"): rates, abbreviated scales, fractions in words, ages of things. Our own invented sentences, through
the real model (``analyse``); none comes from the benchmark stories.
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
