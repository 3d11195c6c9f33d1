"""Claims: one figure stated differently by different reports, from a general checklist (bench/CLAIMS_NOTES.md,
"claims16"). Our own invented sentences, through the real model (``analyse``); none comes from the benchmark
stories. Each positive test fails on main 0fa60e1; the guards pass on both.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures


def _rows_with(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if any(m["value"] == value for m in r["mentions"])]


def _one_row(rows: list[dict[str, Any]], value: float, verdict: str = "agree") -> None:
    row = _rows_with(rows, value)
    assert len(row) == 1 and len({m["doc"] for m in row[0]["mentions"]}) == 2 and row[0]["verdict"] == verdict, rows


# checklist 13: a ratio in numbers beside a percentage is the share it states, rounded

def test_three_in_four_agrees_with_seventy_five_percent() -> None:
    rows = claims("Three in four voters in Dunmore backed the plan, the survey found.",
                  "About 75 percent of Dunmore voters backed the plan, the survey found.")
    _one_row(rows, 75)


def test_one_in_seven_agrees_with_about_fifteen_percent_but_not_with_twenty() -> None:
    from storyline.claims.verdicts import ratio_interval
    lo, hi = ratio_interval(1, 7)
    assert lo <= 15 * 0.95 <= hi and not lo <= 20 * 0.95 <= hi


def test_one_in_two_and_twenty_percent_differ() -> None:
    rows = claims("One in two voters in Dunmore backed the plan, the survey found.",
                  "Some 20 percent of Dunmore voters backed the plan, the survey found.")
    assert not any(r["verdict"] == "agree" and len(r["mentions"]) == 2 for r in rows), rows


# checklist 12: "a third of" / "a quarter of" people are shares, as "33 percent" / "25 percent" are

def test_a_third_of_the_workers_agrees_with_thirty_three_percent() -> None:
    rows = claims("A third of the workers at the Dunmore plant lost their jobs.",
                  "Some 33 percent of workers at the Dunmore plant lost their jobs.")
    _one_row(rows, 33)


def test_a_quarter_of_the_residents_is_read() -> None:
    assert [m.value for m in figures("A quarter of the residents left Dunmore before the storm.")] == [25]


def test_most_of_the_residents_is_still_no_figure() -> None:
    assert figures("Most of the residents left Dunmore before the storm.") == []


# checklist 15: a word for people by age or sex and a general one, in one casualty class

def test_four_children_and_four_boys_hurt_are_one_toll() -> None:
    rows = claims("Four children were injured when the wall collapsed in Dunmore.",
                  "Four boys were hurt when the wall fell in Dunmore.")
    _one_row(rows, 4)


def test_four_boys_and_six_girls_hurt_stay_apart() -> None:
    rows = claims("Four boys were hurt when the wall collapsed in Dunmore.",
                  "Six girls were hurt when the wall fell in Dunmore.")
    assert all(len({m["value"] for m in r["mentions"]}) == 1 for r in rows), rows


# checklist 17: a prison term told by its verb, its place or its noun

def test_years_in_prison_and_a_year_term_are_one_length() -> None:
    rows = claims("Smith was sentenced to 12 years in prison on Monday in Dunmore.",
                  "The judge in Dunmore gave Smith a 12-year term.")
    _one_row(rows, 12)


def test_jailed_for_years_and_a_prison_term_are_one_length() -> None:
    rows = claims("Smith was jailed for 12 years in Dunmore.",
                  "Smith got a 12-year prison term in Dunmore on Monday.")
    _one_row(rows, 12)


# checklist 4: a count of people in a criminal case told by their role and by a verb of the case

def test_three_defendants_and_three_men_indicted_are_one_row() -> None:
    rows = claims("Three defendants appeared in court in Dunmore on Monday.",
                  "Three men were indicted in Dunmore last week on fraud charges.")
    _one_row(rows, 3)


def test_three_were_indicted_is_read_and_joins_the_defendants() -> None:
    rows = claims("Three were indicted in Dunmore on fraud charges.",
                  "Three defendants were indicted on fraud charges in Dunmore.")
    _one_row(rows, 3)


def test_three_defendants_and_two_men_indicted_stay_apart() -> None:
    rows = claims("Three defendants appeared in court in Dunmore on Monday.",
                  "Two men were indicted in Dunmore last week on fraud charges.")
    assert all(len({m["value"] for m in r["mentions"]}) == 1 for r in rows), rows


# checklist 18: one count in two periods named relative to the report is two figures

def test_murders_last_year_and_this_year_are_two_rows() -> None:
    rows = claims("Dunmore recorded 40 murders last year, police said.",
                  "Dunmore has recorded 25 murders so far this year, police said.")
    assert len(_rows_with(rows, 40)) == 1 and len(_rows_with(rows, 25)) == 1 and _rows_with(rows, 40) != \
        _rows_with(rows, 25), rows


def test_murders_this_year_in_two_reports_still_agree() -> None:
    rows = claims("Dunmore has recorded 25 murders this year, police said.",
                  "Police said 25 murders have been recorded in Dunmore so far this year.")
    _one_row(rows, 25)


# read from heldout9's misses (after the checklist rules above were committed): a fraction sign after a whole
# number, an age "then N" beside a name, "other" as no scope, a prison term's kind as no scope

def test_a_fraction_sign_after_a_number_is_one_value() -> None:
    assert [(m.value, m.dimension) for m in figures("The reporter spent 2 ½ years in a Ruvanian jail.")] == \
        [(2.5, "duration")]


def test_an_age_then_n_beside_a_name_joins_an_age_in_another_report() -> None:
    rows = claims("Brown asked his nephew Karl Brown, then 19, to drive the van in Dunmore.",
                  "Brown had his 19-year-old nephew drive the van in Dunmore.")
    _one_row(rows, 19)


def test_two_other_boys_and_two_young_boys_are_one_row() -> None:
    rows = claims("Two young boys jumped into the river in Dunmore to help the girl.",
                  "The girl in Dunmore was pulled out by two other boys who jumped into the river.")
    _one_row(rows, 2)


def test_a_federal_prison_term_and_a_custodial_term_are_one_length() -> None:
    rows = claims("Smith is serving a decade-long federal prison term for fraud in Dunmore.",
                  "Smith received a 10-year custodial term for fraud in Dunmore.")
    row = [r for r in rows if len(r["mentions"]) == 2]
    assert len(row) == 1 and row[0]["verdict"] == "agree", rows


def test_an_additional_term_stays_apart_from_the_term() -> None:
    rows = claims("Smith is serving a 12-year federal prison sentence for fraud in Dunmore.",
                  "The judge gave Smith an additional 12-year term for fraud in Dunmore.")
    assert not any(len({m["doc"] for m in r["mentions"]}) == 2 for r in rows), rows


# read from heldout8's misses: "only one <noun>" is a count (checklist 7), and "a N-year-old <place> <noun>"
# is the noun's age, not the age of someone named after the place (checklist 8)

def test_only_one_victim_is_a_count() -> None:
    assert [(m.value, m.head) for m in figures("Police now say there was only one victim in Dunmore.")] == \
        [(1, "victim")]


def test_one_as_a_determiner_is_still_no_count() -> None:
    assert figures("It was one of the worst storms in Dunmore's history.") == []


def test_ages_of_a_girl_named_by_two_places_are_one_row() -> None:
    rows = claims("A 3-year-old Dunmore girl died after a visit to a dentist, police said.",
                  "Police said a three-year-old Ruvania girl died after a visit to a dentist.")
    _one_row(rows, 3)


# read from heldout8's misses (checklist 14, spelled numbers): "two-dozen" with a hyphen is 24, as "two dozen" is

def test_two_dozen_with_a_hyphen_is_twenty_four() -> None:
    assert [m.value for m in figures("As many as two-dozen people saw the attack in Dunmore.")] == [24]


def test_two_dozen_and_twenty_four_witnesses_agree() -> None:
    rows = claims("Police in Dunmore said two-dozen people witnessed the attack.",
                  "Some 24 people witnessed the attack in Dunmore, police said.")
    _one_row(rows, 24)
