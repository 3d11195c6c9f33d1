"""Claims: a row is one figure of one event (bench/CLAIMS_NOTES.md, "claims24"): two holders' values of one figure
side by side in one report are one row that differs (rivals.py), and figures of different occasions of one kind
of event (an earthquake and its aftershock, the first and the second blast) stay apart (occasions.py). Our own
invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _values(row: dict[str, Any]) -> list[float]:
    return sorted(m["value"] for m in row["mentions"])


def _row_with(rows: list[dict[str, Any]], value: float) -> dict[str, Any]:
    return next(r for r in rows if value in _values(r))


# two holders, one report: one row, differ

def test_two_agencies_magnitudes_in_one_sentence_are_one_row() -> None:
    rows = claims("A powerful earthquake struck the coast on Saturday. The Geological Survey said the quake had a "
                  "magnitude of 7.4, while the national seismic office said its magnitude was 7.1.")
    row = _row_with(rows, 7.4)
    assert _values(row) == [7.1, 7.4] and row["verdict"] in ("differ", "contested"), rows
    assert len({m["speaker"] for m in row["mentions"]}) == 2, rows


def test_police_and_organisers_in_one_sentence_are_one_row() -> None:
    rows = claims("Police said 3,000 people marched through the city, but organisers said 12,000 people took part.")
    row = _row_with(rows, 3000)
    assert _values(row) == [3000, 12000] and row["verdict"] in ("differ", "contested"), rows


def test_a_rival_count_in_the_next_sentence_opened_by_but_is_one_row() -> None:
    rows = claims("Police estimated the crowd at 3,000 people. But organisers said 12,000 people joined the march.")
    row = _row_with(rows, 3000)
    assert _values(row) == [3000, 12000] and row["verdict"] in ("differ", "contested"), rows


def test_a_rival_pair_still_joins_another_reports_value() -> None:
    rows = claims("Police said 3,000 people marched through the city, but organisers said 12,000 people took part.",
                  "About 3,000 people marched through the city on Sunday, police said.")
    row = _row_with(rows, 12000)
    assert _values(row) == [3000, 3000, 12000] and row["verdict"] in ("differ", "contested"), rows


# guards: one holder, or two things

def test_one_figure_told_twice_by_one_holder_stays_single() -> None:
    rows = claims("About 3,000 people marched through the city on Sunday, police said. The march drew 3,000 "
                  "people, police said.")
    assert len(rows) == 1 and rows[0]["verdict"] == "single", rows


def test_two_holders_counts_of_two_things_stay_apart() -> None:
    rows = claims("Police said 14 people were arrested, while organisers said 3,000 people attended the rally.")
    assert _values(_row_with(rows, 14)) == [14], rows


# different occasions of one kind: apart

def test_an_aftershock_is_not_the_earthquake() -> None:
    rows = claims("The earthquake had a magnitude of 7.4, the Geological Survey said.",
                  "The aftershock had a magnitude of 6.1, the Geological Survey said.")
    assert _values(_row_with(rows, 7.4)) == [7.4], rows


def test_the_first_and_the_second_blast_are_two_tolls() -> None:
    rows = claims("The first blast killed 14 people at a market on Monday.",
                  "The second blast killed 31 people at a mosque.")
    assert _values(_row_with(rows, 14)) == [14], rows


def test_two_aftershocks_on_two_days_are_two_figures() -> None:
    rows = claims("An aftershock on Sunday measured magnitude 6.1.", "An aftershock on Monday measured magnitude 5.6.")
    assert _values(_row_with(rows, 6.1)) == [6.1], rows


# guards: one occasion across reports still joins

def test_one_earthquake_told_as_quake_and_earthquake_joins() -> None:
    rows = claims("The earthquake on Saturday had a magnitude of 7.4, the Geological Survey said.",
                  "The quake, which struck on Saturday, had a magnitude of 7.1.")
    assert _values(_row_with(rows, 7.4)) == [7.1, 7.4], rows


def test_one_blast_told_twice_joins() -> None:
    rows = claims("The first blast killed 14 people at a market on Monday.",
                  "Fourteen people died in the first explosion, at a market.")
    assert _values(_row_with(rows, 14)) == [14, 14], rows


# a tally sized with "at" ("put the crowd at"), and a measure an event has one value of, in the next sentence

def test_a_crowd_put_at_a_number_is_a_figure_and_a_rival_of_people_counted() -> None:
    rows = claims("Witnesses said about 6,000 people rallied in the square; police put the crowd at 1,500.")
    row = _row_with(rows, 1500)
    assert _values(row) == [1500, 6000] and row["verdict"] in ("differ", "contested"), rows


def test_a_death_toll_put_at_a_number_is_a_count_of_people_killed() -> None:
    rows = claims("Government officials put the death toll at 43.", "At least 43 people were killed, officials said.")
    row = _row_with(rows, 43)
    assert _values(row) == [43, 43] and row["verdict"] == "agree", rows


def test_two_agencies_magnitudes_in_two_sentences_are_one_row() -> None:
    rows = claims("The Geological Survey said the quake had a preliminary magnitude of 7.6. The national "
                  "meteorology agency put the magnitude at 7.9.")
    row = _row_with(rows, 7.6)
    assert _values(row) == [7.6, 7.9] and row["verdict"] in ("differ", "contested"), rows
