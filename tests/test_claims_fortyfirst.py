"""Claims: the thirty-first and thirty-second reads' wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims41"): a
network generation's name before a plural noun ("4G networks") read as a weight; a money range with the sign at
both ends ("between $2 to $18") read as two prices; a place among the examples a count's "range from … to" spans
read as the count's place; a hyphened size's unit with an irregular plural ("a two-man crew": "crew mans").
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures


def _rows(text: str) -> list[tuple[str, list[str]]]:
    return [(c["what"], c["place"]) for c in claims(text)]


# a generation's letter before a plural noun names the generation, no unit "g"


def test_a_network_generation_before_a_plural_is_no_figure() -> None:
    assert _rows("The boxes work on 3G, and 4G networks across the region.") == []


def test_a_thousand_before_a_plural_stays_a_figure() -> None:
    assert [w for w, _ in _rows("The harbour office gained 10K followers in March.")]


# a money range with the currency sign at both ends is one figure, not two prices


def test_a_money_range_signed_at_both_ends_is_one_figure() -> None:
    ms = figures("The tickets can be rented for between $2 to $18 each.")
    assert [(m.low, m.high, m.dimension) for m in ms] == [(2.0, 18.0, "money")]


def test_a_change_from_one_price_to_another_stays_two() -> None:
    assert len(figures("The fare rose from $40 to $90 last year.")) == 2


# the places in a count's "range from … to" span are examples of what it counts, not where it is


def test_a_range_of_examples_gives_no_place() -> None:
    rows = _rows("Some 900 new rules taking effect range from fishing limits in Spain to a ban on drones in Portugal.")
    assert rows and all(not place for _, place in rows), rows


def test_a_place_before_the_range_stays() -> None:
    rows = _rows("Some 900 new rules in Spain range from fishing limits to a ban on drones.")
    assert rows and all(place == ["Spain"] for _, place in rows), rows


# a hyphened size's unit named in its irregular plural (lexicon irregular_plurals)


def test_a_two_man_crew_counts_men() -> None:
    units = [m["unit"] for c in claims("A two-man crew repaired the bridge.") for m in c["mentions"]]
    assert units == ["crew men"], units


def test_a_regular_plural_stays() -> None:
    units = [m["unit"] for c in claims("A 550-member delegation arrived in Westmark.") for m in c["mentions"]]
    assert units == ["delegation members"], units
