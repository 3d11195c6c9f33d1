"""Claims: one figure, one row (bench/CLAIMS_NOTES.md, "claims22"): a count of people told with two words of one
kind, and an age told of a title the story gives one named person; our own invented sentences through the real model
(``analyse``), none from a benchmark story. The guards keep different referents apart.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _joined(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


def _values(row: dict[str, Any]) -> list[float]:
    return sorted(m["value"] for m in row["mentions"])


# people counted with two words of one kind (lexicon people_kinds)


def test_dissidents_and_party_members_arrested_are_one_count() -> None:
    rows = claims("Police arrested 30 dissidents in the capital on Monday, activists said.",
                  "More than 30 party members have been arrested in the capital since Monday, a rights group said.")
    row = _joined(rows, 2)
    assert len(row) == 1 and _values(row[0]) == [30, 30], rows


def test_delegates_and_participants_of_one_meeting_differ() -> None:
    rows = claims("Some 180 delegates attended the summit in Oslo, its organisers said.",
                  "About 200 participants attended the summit in Oslo on Tuesday.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_two_counts_of_people_in_one_report_stay_apart() -> None:
    rows = claims("Police detained 30 protesters in the capital and 45 students in the north on Monday.")
    assert all(len(r["mentions"]) == 1 for r in rows), rows


def test_two_sides_stay_apart() -> None:
    rows = claims("Gunmen killed 12 soldiers near the border on Friday.",
                  "Gunmen killed 12 rebels near the border on Friday, the army said.")
    assert not _joined(rows, 2), rows


def test_one_kind_under_two_verbs_stays_apart() -> None:
    rows = claims("About 400 refugees crossed the border on Sunday, officials said.",
                  "About 380 migrants were sent back on Sunday, officials said.")
    assert not _joined(rows, 2), rows


# an age told of a title (holders.py)


def test_a_title_the_story_gives_one_name_is_that_persons_age() -> None:
    rows = claims("General Ramon Ortega, 82, was arrested in London on Friday at the request of a Spanish judge.",
                  "The former dictator, aged 83, was detained in a London clinic, police said.",
                  "Police in London detained former dictator Ramon Ortega on Friday.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ" and _values(row[0]) == [82, 83], rows


def test_a_title_among_the_names_own_words() -> None:
    rows = claims("The 82-year-old general was arrested in London on Friday.",
                  "Ortega, 83, had surgery in a London clinic last week, his lawyers said.",
                  "Lawyers for General Ortega said he would fight the warrant.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_a_title_given_to_two_names_joins_neither() -> None:
    rows = claims("The 45-year-old leader was sentenced on Monday, relatives said.",
                  "Mr. Wang, 44, was sentenced on Monday, the court said.",
                  "Party leader Tom Wang and party leader Ann Hong were tried together.")
    assert not [r for r in rows if any(m["value"] in (44, 45) for m in r["mentions"])], rows


def test_a_word_for_anyone_is_no_title() -> None:
    rows = claims("The 82-year-old man was arrested in London on Friday.",
                  "Ortega, 83, had surgery in a London clinic last week, his lawyers said.")
    assert not [r for r in rows if any(m["value"] in (82, 83) for m in r["mentions"])], rows


# a process's length told as its age ("N-unit-old <process>")


def test_a_process_told_by_its_age_is_its_length_so_far() -> None:
    rows = claims("The 17-day-old crackdown has emptied the monasteries, a rights group said on Friday.",
                  "The three-week crackdown has emptied the monasteries, a rights group said on Tuesday.")
    row = [r for r in _joined(rows, 2) if {m["value"] for m in r["mentions"]} == {17, 3}]
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_a_persons_or_a_things_age_stays_an_age() -> None:
    rows = claims("A 17-day-old baby was rescued from the rubble on Friday.",
                  "Rescuers pulled a 17-day-old baby from the rubble on Friday.")
    assert [m["unit"] for r in rows for m in r["mentions"]] in ([], ["age", "age"]) or all(
        r["mentions"][0]["value"] == 17 and "crackdown" not in r["what"] for r in rows), rows
