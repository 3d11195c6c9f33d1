"""Claims: general causes of lost, split or wrong rows found on the fifth held-out set (bench/CLAIMS_NOTES.md,
"heldout5 first look" and "claims12"): fractions in words, lengths of delays and campaigns written as
compound adjectives, "for the past N months", a count in a "whose" clause, "one" as a casualty count,
nationality nouns, the agent of a passive verb, and merges of different things with one value.

Our own sentences, through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims_support import claims, figures


def _read(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.dimension) for m in figures(text)]


def _rows_with(cs: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [c for c in cs if any(m["value"] == value for m in c["mentions"])]


# 1. fractions in words: "three-and-a-half hours", "a year and a half", "the year-and-a-half delay"

@pytest.mark.parametrize(("text", "want"), [
    ("The ferry sat at the quay, delaying departure for three-and-a-half hours.", [(3.5, "duration")]),
    ("The talks with the dockers lasted a year and a half, officials said.", [(1.5, "duration")]),
    ("The repairs took an hour and a half on Monday.", [(1.5, "duration")]),
    ("During the year-and-a-half delay before the bridge opened, tolls rose.", [(1.5, "duration")]),
])
def test_a_fraction_in_words_is_read(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


def test_a_year_and_a_half_ago_is_still_a_date() -> None:
    assert _read("The couple moved to the harbour town a year and a half ago.") == []


def test_a_delay_told_in_years_and_in_a_fraction_differs() -> None:
    cs = claims("Disputes delayed the bridge opening for more than two years, the mayor said.",
                "During the year-and-a-half delay before the bridge opened, tolls rose.")
    rows = _rows_with(cs, 1.5)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2 and rows[0]["verdict"] == "differ", rows


# 2. the length of a delay, an extension or a campaign of force, written as a compound adjective

@pytest.mark.parametrize(("text", "want"), [
    ("Lawyers for the dockers asked for a 20-day extension.", [(20, "duration")]),
    ("Police launched a 10-day crackdown on smugglers last week.", [(10, "duration")]),
])
def test_the_length_of_an_extension_or_a_crackdown_is_a_figure(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


def test_a_visit_of_some_days_last_week_is_a_length_since_claims14() -> None:
    # claims14 (a general grammar, TIMEX3): an "N-unit" compound is a length whatever it describes
    assert _read("The minister arrived for a three-day visit last week.") == [(3, "duration")]


# 3. "for the past N months" says how long, up to now; "in the past N months" still says when

def test_for_the_past_n_months_is_a_length() -> None:
    assert _read("Divers have been searching for the missing crew for the past two months.") == [(2, "duration")]
    assert _read("Rents rose sharply in the past two months.") == []


# 4. a count in a "whose" clause states it ("the firm whose four engineers were abducted")

def test_a_count_after_whose_is_a_figure() -> None:
    ms = figures("The minister said the firm whose four engineers were abducted in the hills had been warned.")
    assert [(m.value, m.event_class) for m in ms] == [(4, "abducted")]
    assert figures("The mayor said his two sons were abducted in the hills.") == []


def test_lengths_of_another_order_are_no_sides_of_one_delay() -> None:
    cs = claims("Disputes delayed the bridge opening for more than two years, the mayor said.",
                "Protests delayed the bridge opening for three-and-a-half hours on Monday.")
    assert len(_rows_with(cs, 2)) == 1 and len(_rows_with(cs, 3.5)) == 1, cs
    assert _rows_with(cs, 2) != _rows_with(cs, 3.5), cs


# 5. the agent of a passive verb of harm did it ("kidnapped ... by two dozen armed men"); the attackers told with
# two verbs of assault in two reports are one measure, so a real disagreement reaches "Where the sources disagree"

def test_the_agent_of_a_passive_harm_is_no_victim() -> None:
    ms = figures("They were abducted from their villa in the port, by two dozen armed men on Friday.")
    assert [(m.value, m.event_class, m.assailants) for m in ms] == [(24, None, True)]


def test_the_attackers_told_with_two_verbs_are_one_row_that_differs() -> None:
    cs = claims("The engineers were seized after 20 men in masks attacked the villa, the police chief said.",
                "They were abducted from their villa in the port, by two dozen armed men on Friday.")
    rows = _rows_with(cs, 20)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2 and rows[0]["verdict"] == "differ", cs


def test_attackers_and_their_victims_stay_apart() -> None:
    cs = claims("Twenty gunmen abducted 22 villagers on Friday, the police chief said.",
                "Gunmen abducted 22 villagers on Friday after 20 men in masks raided the village.")
    assert _rows_with(cs, 20) != _rows_with(cs, 22), cs
    assert len(_rows_with(cs, 22)) == 1 and _rows_with(cs, 22)[0]["verdict"] == "agree", cs


# 6. a toll of "the attacks" (a sum) joins last, so it does not pull one blast's toll out of its differ row

def test_a_sum_over_attacks_does_not_pull_one_blast_toll_out_of_its_row() -> None:
    cs = claims("A total of 248 people were killed in the harbour bombing on Friday, officials said.",
                "He planned a bombing that left 250 people dead, prosecutors say.",
                "The man is linked to the attacks, in which more than 250 people died.",
                "The blast at the harbour killed more than 250, including 12 sailors.")
    toll = _rows_with(cs, 248)
    assert len(toll) == 1 and toll[0]["verdict"] == "differ", cs
    assert {m["doc"] for m in toll[0]["mentions"]} >= {"d0.txt", "d1.txt", "d3.txt"}, toll


# 7. people counted by their nationality, and as many people of that nationality named by another word

def test_britons_and_british_engineers_are_one_count() -> None:
    cs = claims("Gunmen abducted three Britons and a Dane in the port on Saturday.",
                "The victims were identified as three Britons and a Dane, officials said.",
                "One Danish and three British engineers were kidnapped.")
    rows = _rows_with(cs, 3)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 3, cs


def test_britons_and_three_other_people_stay_apart() -> None:
    cs = claims("Gunmen abducted three Britons in the port on Saturday.",
                "Gunmen abducted three Brazilian engineers in the port on Saturday.")
    assert len(_rows_with(cs, 3)) == 2, cs


# 8. "one" as the count of people a casualty befell ("one" is otherwise a determiner far more often than a count)

@pytest.mark.parametrize(("text", "want"), [
    ("One guard and an unknown number of raiders were wounded in the gunfight, the agency said.", (1, "injured")),
    ("The agency said one of the raiders was wounded and received treatment.", (1, "injured")),
    ("The blast at the depot killed one policeman on Monday.", (1, "killed")),
])
def test_one_as_a_casualty_count_is_read(text: str, want: tuple[float, str]) -> None:
    assert [(m.value, m.event_class) for m in figures(text)] == [want]


def test_one_elsewhere_is_still_no_figure() -> None:
    assert figures("One gunman fired at the crowd on Monday.") == []
    assert figures("Officials said one option was to close the port.") == []


# 9. East African shillings are money, so the wire's "(dlrs 833)" after them is the same sum converted, not a row

def test_a_sum_in_shillings_with_its_dollars_in_brackets_is_one_figure() -> None:
    ms = figures("Families received an immediate payment of 50,000 Kenyan shillings (dlrs 833) for funerals.")
    assert [(m.value, m.dimension, m.unit_code, m.conversion) for m in ms] == [(50000, "money", "KES", "dlrs 833")]


# 10. a clause that says which people were hit does not hide the verb of harm that governs them

@pytest.mark.parametrize("text", [
    "The fire at the depot killed 20 people trapped in the building.",
    "The fire at the depot killed 20 people who were sleeping upstairs.",
])
def test_a_describing_clause_keeps_the_casualty_verb(text: str) -> None:
    assert [(m.value, m.event_class) for m in figures(text)] == [(20, "killed")]


def test_a_casualty_in_the_clause_still_counts() -> None:
    assert [(m.value, m.event_class) for m in figures("Police found 20 people who had been killed.")] == \
        [(20, "killed")]


# 11. an age at some moment ("left for Cairo at age 15") is no side of a named person's age now

def test_an_age_at_a_moment_does_not_make_a_false_disagreement() -> None:
    cs = claims("Wanjiru, 32, said the money was not enough for her family.",
                "Omondi left for Cairo 11 years ago, at age 15, to continue his studies.",
                "Omondi left for Cairo 11 years ago, at age 15, to continue his studies, friends said.")
    assert not [c for c in cs if c["verdict"] in ("differ", "contested")], cs


# 12. two equal lengths told of different subjects in two reports are two things

def test_equal_delays_of_different_subjects_stay_apart() -> None:
    cs = claims("Returning passengers were delayed two hours at the terminal for security checks.",
                "A ferry bound for Dover was delayed for two hours over a customs demand, the radio said.")
    assert len(_rows_with(cs, 2)) == 2, cs


def test_equal_delays_of_one_subject_join() -> None:
    cs = claims("Returning passengers were delayed two hours at the terminal for security checks.",
                "Returning passengers were delayed two hours at the terminal, officials said.")
    assert len(_rows_with(cs, 2)) == 1, cs
