"""Claims: the cross-report faults of the fifty-fourth read, by kind (bench/BRIEF_REVIEW.md, "claims53"): one pair of
figures three reports tell ("67 minutes … 67 years") split by their verbs into rows of two and of one, two people's
own uses of the story's figure ("his 67 minutes") a row of their own, a share and its count ("25%, or 4.6 million
people") two rows; and the fifty-third read's Moscow crowd, one protest's estimates by two reports ("estimated the
crowd at 2,000" / "At least 3,000 people protested") two rows. Our own invented sentences through the real model
(``analyse``), none from a page.
"""

from __future__ import annotations

from typing import Any

from tests.claims_support import claims


def _rows_with(rows: list[dict[str, Any]], figure: str) -> list[dict[str, Any]]:
    return [r for r in rows if any(figure in m["text"] for m in r["mentions"])]


# one pair of figures told again is one figure, whatever the verbs (restated.told_with_its_pair)


def test_a_pair_of_figures_told_by_three_reports_is_one_row() -> None:
    rows = claims(
        "The Lindmoor Youth Foundation asked well-wishers to dedicate 43 minutes on Friday to charity in honor of "
        "the 43 years Ada Vale spent fighting hunger, a cause she championed at rallies, schools and markets in "
        "the northern districts.",
        "Pupils across the valley are being urged to mark 43 years of public service with 43 minutes of "
        "charitable acts.",
        "At the urging of the council, many people paid tribute to her by volunteering for 43 minutes to mark "
        "Ada Vale's 43 years of public service, and others donated food, blankets and clothes to orphanages and "
        "shelters across the province.")
    minutes = [r for r in _rows_with(rows, "43 minutes") if any("min" in m["unit"] for m in r["mentions"])]
    assert len(minutes) == 1 and {m["doc"] for m in minutes[0]["mentions"]} == {"d0.txt", "d1.txt", "d2.txt"}, rows


def test_one_equal_value_alone_with_other_verbs_stays_apart() -> None:
    # guard: the same value told of two things, with no second figure in common, is not joined by this rule
    rows = claims("The ferry crossing took 43 minutes on Friday, the operator said.",
                  "Volunteers spent 43 minutes painting the old school hall.")
    assert len(_rows_with(rows, "43 minutes")) == 2, rows


# a possessive before the story's figure is that figure taken up, no claim (restated.owned_retellings)


def test_his_own_minutes_are_no_row_of_their_own() -> None:
    text = ("A charity asked townspeople to give 43 minutes on Friday to a neighbour. \"I am helping at the shelter "
            "for my 43 minutes,\" said Ana Ruiz, a nurse. Tom Bell said he is happy to be spending his 43 minutes "
            "painting his school.")
    rows = _rows_with(claims(text), "43 minutes")
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 1, rows


def test_a_possessive_figure_told_once_is_kept() -> None:
    # guard: "his 43 minutes" with no such figure elsewhere is still a claim
    rows = claims("Tom Bell said he is happy to be spending his 43 minutes painting his school.")
    assert len(_rows_with(rows, "43 minutes")) == 1, rows


# one figure in a second unit after ", or" is the first one's row (restated.second_units)


def test_a_share_and_its_count_after_or_are_one_row() -> None:
    rows = claims("Joblessness in Lindmoor is at 23%, or 1.7 million people, according to the statistics office.")
    assert len(rows) == 1 and rows[0]["mentions"][0]["text"].startswith("23"), rows


def test_a_second_figure_after_and_is_kept() -> None:
    # guard: "and" adds a figure of its own
    rows = claims("Joblessness in Lindmoor is at 23%, and 1.7 million people have left the region, the office said.")
    assert len(rows) == 2, rows


# two reports' estimates of one protest's crowd are one figure (crowds.py: a gathering's noun, a verb of protest,
# estimates within CROWD_RATIO)


def test_two_reports_crowds_of_one_protest_are_one_row() -> None:
    rows = claims("The police estimated the crowd at 4,000, while organisers said it was upward of 7,000.",
                  "At least 5,000 people protested near the town hall in Lindmoor on Thursday.")
    found = _rows_with(rows, "5,000")
    assert len(found) == 1 and len(found[0]["mentions"]) == 3, rows


def test_crowds_of_two_places_stay_apart() -> None:
    # guard: a protest in another place, its count far from the first crowd's, is its own row
    rows = claims("At least 5,000 people protested in Lindmoor on Thursday.",
                  "At least 1,000 people protested in Varnholt, where police said about 40 were detained.")
    assert len(_rows_with(rows, "5,000")) == 1 and len(_rows_with(rows, "5,000")[0]["mentions"]) == 1, rows


def test_a_possessive_before_a_compound_is_no_retelling() -> None:
    # guard: "his 17-year rule" tells the rule's length, the ruler's; it is not left out
    rows = claims("Varno Kell ruled Lindmoor for 17 years.",
                  "Thousands were jailed during his 17-year rule, from 1961 to 1978.")
    assert sum(len(r["mentions"]) for r in _rows_with(rows, "17")) == 2, rows


def test_a_count_before_its_share_keeps_both() -> None:
    # guard: "65 million people, or about one in five" — the share names its whole; both rows stay
    rows = claims("More than 37 million people, or about one in five Freedonians, are in the path of the storm.")
    assert len(rows) == 2, rows


def test_an_object_pronoun_is_no_owner() -> None:
    # guard: "places her 1.3 miles inside" — "her" the ship, the object; the figure is still a claim
    rows = claims("The ship was stopped 1.3 miles inside the bay, the navy said.",
                  "The captain said the position places her 1.3 miles inside the bay.")
    assert sum(len(r["mentions"]) for r in _rows_with(rows, "1.3")) == 2, rows
