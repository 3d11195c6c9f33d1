"""Claims: the twenty-second read's wrong rows, by kind (bench/CLAIMS_NOTES.md, "claims32"): a game's or a set's
score is no vote (grammar.voting_context); counts of charges are no toll (counted.numbered_tally); a quotation opened
with a curly mark and closed with a straight one ends there (attribution.quote_regions); "N units after X" fronted or
after a named event dates, it measures nothing (exclusions.point_in_time); a count through another noun's preposition
takes no role of that noun, and a negated verb keeps its "not" (counted.event_of, wording.frame); a person's "of
<country>" is no place of a figure (scope.is_place_token). Our own invented sentences through the real model
(``analyse``), none from a benchmark story.
"""

from __future__ import annotations

import pytest

from claims_support import claims, figures

# a score is no vote


@pytest.mark.parametrize("text", [
    "Holt defeated Berger 6-4, 7-6 (5) in the harbour final.",
    "The harbour club won the tie 2-1 after the doubles, and the series was level at 1-1.",
    "The Aldermouth team won 3-0 on Saturday.",
])
def test_a_score_is_no_vote(text: str) -> None:
    assert [(m.text, m.unit) for m in figures(text)] == []


@pytest.mark.parametrize(("text", "want"), [
    ("The harbour council voted 9-4 to close the quay.", [9, 4]),
    ("The committee rejected the pier plan 7-2 on Monday.", [7, 2]),
    ("The jury's verdict was 10-2 against the skipper.", [10, 2]),
])
def test_a_vote_still_has_two_sides(text: str, want: list[float]) -> None:
    assert sorted(m.value for m in figures(text)) == sorted(want)


# counts of charges are no toll


def test_counts_of_charges_are_no_people_killed() -> None:
    rows = claims("Kessler faces six counts of aggravated assault and two counts of theft from the harbour office.")
    assert rows and all("killed" not in r["what"] and r["verdict"] != "differ" for r in rows), rows


def test_a_death_count_is_still_a_toll() -> None:
    rows = claims("The count of the dead rose to 40 on Monday, the harbour office said.")
    assert [r["what"] for r in rows] == ["people killed"], rows


# a quotation closed with a mark of the other style


def test_a_writers_sentence_after_a_mixed_quotation_has_no_speaker() -> None:
    rows = claims('During the call, he asked about the club and said, “somebody ought to sink her boat," the port '
                  "office said. Kessler is one of the first two women elected to the harbour board.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


# "N units after X" that dates a clause


@pytest.mark.parametrize("text", [
    "Two days after clinching the harbour title, the pair secured a win for the club.",
    "That finding helps explain why the universe looks as it does 13.8 billion years after the Big Bang.",
    "The port reopened three years after Hurricane Katrina.",
])
def test_an_offset_after_an_event_is_no_duration(text: str) -> None:
    assert [m.text for m in figures(text)] == []


def test_a_length_after_a_clause_is_still_read() -> None:
    assert [m.value for m in figures("The plane vanished almost four hours after having departed.")] == [4]


# a count in another noun's phrase, a negation, a person's country


def test_a_count_in_a_negated_objects_phrase_keeps_the_not_and_no_country() -> None:
    rows = claims("Holt and Marsh did not drop a single set in five matches at the Harbour Open, where they "
                  "defeated Tomas Berger of South Africa in the final.")
    whats = [r["what"] for r in rows]
    assert len(whats) == 1 and "did not" in whats[0] and "South Africa" not in whats[0], whats


# a condition's or a forecast's figure is marked, not dropped


def test_a_conditions_figure_is_marked_if() -> None:
    rows = claims("If the harbour stock can break above $13.60, it will confirm the rally, Maley said.")
    assert [r["what"].endswith("(if)") for r in rows] == [True], rows


@pytest.mark.parametrize("text", [
    "The harbour firm expects revenue to reach $3 billion next year.",
    "Harbour revenue is expected to hit $3 billion next year.",
])
def test_a_forecasts_figure_is_marked_expected(text: str) -> None:
    rows = claims(text)
    assert [r["what"].endswith("(expected)") for r in rows] == [True], rows


def test_a_figure_told_as_a_fact_is_not_marked() -> None:
    rows = claims("The harbour firm earned $3 billion last year.")
    # (claims97: a noun phrase, no quoted clause)
    assert [r["what"] for r in rows] == ["harbour firm earned (USD), last year"], rows


def test_a_forecasts_starting_value_now_is_not_marked() -> None:
    rows = claims("Analysts expect the number of electric boats for sale in the port to grow from 16 currently to as "
                  "many as 80 by 2022.")
    assert sorted(r["what"].endswith("(expected)") for r in rows) == [False, True], rows


def test_a_short_gap_fronted_is_still_read() -> None:
    ms = figures("Four minutes after the alarm began, the harbour crew sent its last message.")
    assert [m.value for m in ms] == [4], [(m.text, m.value) for m in ms]
