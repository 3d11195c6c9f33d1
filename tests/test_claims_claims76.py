"""claims76: which mentions join one row and whether they agree, by kind. Our own invented sentences through the
real model, of subjects no benchmark, in-sample or held-out story has (boreholes, a power cut, climbers on a ridge);
each rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2019, 5, 7)) for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# a plain whole measure rounded to its unit stands for a more precise exact value only when something ties the two
# to one event (rounded_events.slack_stands): two boreholes' depths, 48 km and 48.2 km, are no one figure that agrees

_BORE_A = "A borehole drilled near Kelso reached a depth of 48 km, the survey team said on Tuesday."
_BORE_B = "Another borehole, drilled near Marlow, reached a depth of 48.2 km, engineers said."


def test_two_exact_measures_of_no_one_event_do_not_agree_by_rounding() -> None:
    row = _with(_rows(_BORE_A, _BORE_B), "48 km")
    assert row["verdict"] != "agree", row


def test_a_shared_name_lets_the_whole_stand_for_its_rounding() -> None:
    row = _with(_rows("Halvorsen Energy drilled 48 km into the crust near Kelso, the survey team said.",
                      "Halvorsen Energy drilled 48.2 km into the crust, engineers said."), "48 km")
    assert row["verdict"] == "agree" and len({m["doc"] for m in row["mentions"]}) == 2, row


def test_a_shared_date_lets_the_whole_stand_for_its_rounding() -> None:
    row = _with(_rows("On March 3, the drill went down 48 km near Kelso, the survey team said.",
                      "The drill went down 48.2 km on March 3, engineers said."), "48 km")
    assert row["verdict"] == "agree" and len({m["doc"] for m in row["mentions"]}) == 2, row


def test_a_bound_beside_a_plain_whole_still_agrees() -> None:
    row = _with(_rows("The power cut at the depot lasted 30 minutes, the operator said.",
                      "The power cut at the depot lasted more than 30 minutes, according to the operator."),
                "30 minutes")
    assert row["verdict"] == "agree" and len({m["doc"] for m in row["mentions"]}) == 2, row


# "alongside five others" counts the rest besides someone named (six in all): no side of "five of the climbers"
# (besides.py)

def test_others_besides_a_named_one_are_not_the_count_itself() -> None:
    rows = _rows("Five of the climbers were rescued from the ridge on Sunday, the mountain service said.",
                 "The guide, Tomas Berg, was rescued from the ridge alongside five others on Sunday, the mountain "
                 "service said.")
    row = _with(rows, "Five of the climbers")
    assert {m["doc"] for m in row["mentions"]} == {"d0.txt"}, row


def test_others_of_nobody_named_still_join() -> None:
    rows = _rows("Five climbers were rescued from the ridge on Sunday, the mountain service said.",
                 "Five others were rescued from the ridge on Sunday, the mountain service said.")
    row = _with(rows, "Five climbers")
    assert row["verdict"] == "agree" and len({m["doc"] for m in row["mentions"]}) == 2, row


# "so far" makes a figure an update as a phrase (surroundings._update_words), not the "so" of "600 or so"; "so far"
# and a verb of update still make one

def _update(rows: list[dict[str, Any]], text: str) -> bool:
    return bool(_with(rows, text).get("update"))


def test_or_so_makes_no_update() -> None:
    rows = _rows("A swarm of 600 or so fragments of the comet were moving at 150,000 mph, the observatory said.",
                 "The comet's fragments were moving at roughly 160,000 mph, astronomers said.")
    row = _with(rows, "150,000 mph")
    assert row["verdict"] == "differ" and not _update(rows, "150,000 mph"), row


def test_so_far_and_a_verb_of_update_still_update() -> None:
    rows = _rows("Rescuers have so far pulled 40 people from the rubble of the depot, officials said.",
                 "Rescuers pulled 52 people from the rubble of the depot, officials said.")
    assert _update(rows, "40 people"), rows
    rows = _rows("Rescuers have thus far pulled 40 people from the rubble of the depot, officials said.",
                 "Rescuers pulled 52 people from the rubble of the depot, officials said.")
    assert _update(rows, "40 people"), rows
    rows = _rows("The blast at the depot killed 40 people, officials said.",
                 "The death toll from the blast at the depot rose to 52 on Friday, officials said.")
    assert _update(rows, "52"), rows


# the charges of a court case told as charges, counts or offences are one count (lexicon count_synonyms "charge"):
# three against two is a difference between the reports, not two figures

def test_charges_and_counts_are_one_count() -> None:
    rows = _rows("Police said Ortega faces three charges.",
                 "Ortega, who was arrested in Lisbon, has been charged with two counts of wildlife trafficking.")
    row = _with(rows, "three charges")
    assert row["verdict"] == "differ" and len({m["doc"] for m in row["mentions"]}) == 2, row


# a share in words of its own sentence's tally ("With 31 votes to 12 …, with most of the votes against coming from
# …") is no side of another vote's share (tallied_shares.py); a share in words with no tally beside it still is

def test_a_share_of_its_own_sentences_tally_stays_apart() -> None:
    rows = _rows("With 31 votes to 12, the council voted against the bypass on Monday, with most of the votes "
                 "against coming from the Green group.",
                 "The bypass succeeded overall with 61 percent of the vote.")
    row = _with(rows, "61 percent")
    assert {m["doc"] for m in row["mentions"]} == {"d1.txt"}, row


def test_a_share_in_words_with_no_tally_still_joins() -> None:
    rows = _rows("The council voted against the bypass on Monday, with most of the votes against coming from the "
                 "Green group.",
                 "The bypass succeeded overall with 61 percent of the vote.")
    row = _with(rows, "61 percent")
    assert len({m["doc"] for m in row["mentions"]}) == 2, row


# people counted by whom they work with ("associates", "accomplices") are people (lexicon people_roles): one
# arrest's count told as "the three associates of Ortega" and "three men who worked with Ortega" is one figure

def test_associates_are_people_of_one_arrest() -> None:
    rows = _rows("Police also detained the three associates of Ortega on Monday.",
                 "Three men who worked with Ortega were detained on Monday, police said.")
    row = _with(rows, "three associates")
    assert row["verdict"] == "agree" and len({m["doc"] for m in row["mentions"]}) == 2, row
