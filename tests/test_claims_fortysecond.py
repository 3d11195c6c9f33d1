"""Claims: the wrong rows the thirty-first and thirty-second reads left open, by kind (bench/BRIEF_REVIEW.md,
"claims42"): a verb taken for what a sum or measure is of ("results (USD)" of "whichever results in a larger
fine", "go (USD)" of "would go up to $8", "wants (m)" of "36 dishes, each 5 metres wide"); a contest's format
("a best-of-five series") and a game's number ("in game four of the semifinals") read as counts.
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, whats

# a free relative clause hung on the figure is no event of it; the copula's subject is what the sum is of


def test_a_whichever_clause_is_no_what() -> None:
    rows = whats("This year the harbour fee is either $40 per boat or 2% of its value, whichever comes to more.")
    assert "harbour fee (USD)" in rows, rows


def test_a_whichever_clause_gives_no_event() -> None:
    rows = claims("This year the harbour fee is either $40 per boat or 2% of its value, whichever comes to more.")
    events = [m["event"] for c in rows for m in c["mentions"] if m["unit"] == "USD"]
    assert events == ["be"], events


def test_a_copula_subject_names_the_sum() -> None:
    assert whats("The harbour fee is $40.") == ["harbour fee (USD)"]


def test_a_pronoun_subject_names_nothing() -> None:
    assert whats("It is $40.") == ["“It is $40” (USD)"]


# a verb of change whose object is the value after "to" sets its subject's value


def test_going_up_to_a_value_is_the_subjects() -> None:
    assert whats("The bridge toll for cars would go up to $8 in Dover.") == ["bridge toll (USD) in Dover"]


def test_a_spend_keeps_its_verb() -> None:
    # (claims97: a noun phrase, no quoted clause)
    assert whats("The council spent $40 on paint.") == ["council spent (USD)"]


# a measure after "each" and a comma measures the noun before the comma


def test_each_measures_the_noun_before() -> None:
    rows = whats("The council plans to build 12 towers, each 40 metres tall.")
    assert "towers (m)" in rows, rows


def test_a_measure_without_each_keeps_its_reading() -> None:
    assert "towers (m)" not in whats("The council plans to build 12 towers and a wall 40 metres tall.")


# a contest's format "best-of-five" and a game's number "game four" count nothing


def test_a_best_of_five_series_is_no_count() -> None:
    assert whats("The club has never lost a best-of-five series to a rival from the north.") == []


def test_the_best_of_many_entries_stays_a_count() -> None:
    assert whats("Some of the best of 300 entries won.") == ["entries (Some won)"]  # (some of them won: claims99)


def test_a_game_number_is_a_label() -> None:
    assert whats("The pick helped them beat the Bulls in game four of the semifinals.") == []


def test_a_game_lost_many_times_stays_a_count() -> None:
    assert whats("The team lost the game 4 times this year.") == ["times (team lost)"]


def test_raising_up_to_a_sum_keeps_its_verb() -> None:
    assert whats("The sale could eventually raise up to $9bn for the harbour board.") == [
        "sale (USD)"]  # (claims97: a noun phrase, no quoted clause)
