"""Claims: people's ages and counts of victims told in other words, from a checklist (bench/CLAIMS_NOTES.md,
"claims19"). Our own invented sentences, through the real model (``analyse``); none comes from a benchmark
story. The positive tests fail on main 6fbb689 (but "five victims were found" / "five people were killed", which
main joins already: kept as a guard of the story-level rule); the guards (a price "at 63", a score "was 63", a count
of people shot beside a different killed count, "governing bodies") pass on both.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures


def _ages(text: str) -> list[float]:
    return [m.value for m in figures(text) if m.dimension == "age"]


def _rows_of(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


# ages


def test_an_age_after_at_on_a_verb_of_a_life() -> None:
    assert _ages("Tom Hadley died at 63, his family said on Monday.") == [63]
    assert _ages("Hadley, who retired at 63, was charged on Monday.") == [63]


def test_an_age_after_the_age_of() -> None:
    assert _ages("Hadley retired at the age of 63, his family said.") == [63]


def test_an_age_told_with_now_or_in_brackets() -> None:
    assert _ages("The actress, now 26, testified against him on Monday.") == [26]
    assert _ages("Mary Hadley (63) was charged on Monday.") == [63]


def test_an_age_told_with_be_of_a_person() -> None:
    assert _ages("Hadley, who was 63, died on Monday.") == [63]
    assert _ages("Tom Hadley was 63 when he died.") == [63]


def test_an_age_after_the_name_at_the_end_of_a_sentence() -> None:
    assert _ages("Police identified the driver as Tom Hadley, 63.") == [63]


def test_no_age_where_at_or_be_tell_a_price_or_a_score() -> None:
    assert _ages("Shares in the company closed at 63 on Monday.") == []
    assert _ages("The final score was 63 when the game ended.") == []
    assert _ages("Hadley died at 63 Elm Street, police said.") == []


def test_one_age_told_three_ways_is_one_row() -> None:
    rows = claims("Tom Hadley died at 63, his family said on Monday.",
                  "Hadley died on Monday at the age of 63, his family said.",
                  "The 63-year-old Hadley died on Monday, his family said.")
    row = _rows_of(rows, 3)
    assert len(row) == 1 and row[0]["verdict"] == "agree" and "Hadley" in row[0]["what"], rows


def test_an_age_told_with_now_joins_the_age_beside_the_name() -> None:
    rows = claims("The actress, now 26, testified on Monday against Tom Hadley, police said.",
                  "Actress Jane Dole, 26, testified on Monday against Tom Hadley, police said.")
    assert len(_rows_of(rows, 2)) == 1, rows


# one count of victims


def test_gunned_down_and_shot_dead_are_killed() -> None:
    rows = claims("A gunman gunned down five people at a Dunmore apartment complex on Monday, police said.",
                  "A gunman shot dead five neighbors at a Dunmore apartment complex on Monday, police said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "agree" and "killed" in row[0]["what"], rows


def test_bodies_join_an_equal_killed_count() -> None:
    rows = claims("Police found the bodies of five people at a Dunmore apartment complex on Monday.",
                  "Five people were killed at a Dunmore apartment complex on Monday, police said.")
    row = _rows_of(rows, 2)
    assert len(row) == 1 and "killed" in row[0]["what"], rows


def test_bodies_found_at_a_scene_are_no_side_of_a_larger_toll() -> None:
    rows = claims("Police said 59 bodies were found at the scene of the Dunmore crash on Monday.",
                  "The Dunmore crash on Monday killed 64 people, police said.")
    assert not _rows_of(rows, 2), rows


def test_governing_bodies_are_no_dead() -> None:
    assert all(m.event_class is None for m in figures("The plan was backed by five governing bodies on Monday."))


def test_shot_and_bodies_and_killed_are_one_count() -> None:
    rows = claims("A gunman shot five neighbors at a Dunmore apartment complex on Monday, police said.",
                  "Police found five bodies at a Dunmore apartment complex on Monday after a shooting.",
                  "Five people were killed at a Dunmore apartment complex on Monday, police said.")
    row = _rows_of(rows, 3)
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_victims_found_join_the_killed_count() -> None:
    rows = claims("Five victims were found at a Dunmore apartment complex on Monday, police said.",
                  "Five people were killed at a Dunmore apartment complex on Monday, police said.")
    assert len(_rows_of(rows, 2)) == 1, rows


def test_people_shot_stay_apart_from_a_different_killed_count() -> None:
    rows = claims("A gunman shot 12 people at a Dunmore apartment complex on Monday, police said.",
                  "Five people were killed at a Dunmore apartment complex on Monday, police said.")
    shot = [m for r in rows for m in r["mentions"] if m["value"] == 12]
    assert shot and all(m["event"] != "killed" for m in shot), rows


# what is not such a figure


def test_previous_arrests_are_no_people_arrested() -> None:
    ms = figures("Hadley had two previous arrests for drunk driving, police said.")
    assert all(m.event_class is None for m in ms)


def test_a_ruling_told_by_its_words_is_no_count() -> None:
    assert figures("The court issued a 16,000-word ruling on Monday.") == []


def test_a_surname_the_tagger_reads_as_an_adverb_keeps_its_age() -> None:
    assert _ages("Sizemore, 55, gained renown in the 1990s for a series of tough-guy roles.") == [55]
    assert _ages("\u200bSizemore, 55, gained renown in the 1990s for a series of tough-guy roles.") == [55]
    assert _ages("However, the plant, which employs 55, closed in 2009.") == []
