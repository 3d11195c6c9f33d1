"""claims78: which mentions join one row, what a row's event is and whether its figures agree, by kind. Our own
invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a dam's
flood, a ferry strike, a lighthouse keeper's vigil); each rule's test fails without it, and a guard beside it keeps
what must stay.
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


# one toll of one past event, one report giving its year and the other naming the event by the same word without it:
# one figure, not an earlier event's (dated_once.one_toll_of_one_event)

_FLOOD_A = ("The engineer who ran the Varno dam for 20 years was blamed for the deaths during the three-day flood, in "
            "which about 140 people were killed as the spillway failed.")
_FLOOD_B = "An estimated 140 people died during the 2008 flood, the inquiry found."


def test_one_toll_of_one_named_event_dated_once_is_one_row() -> None:
    row = _with(_rows(_FLOOD_A, _FLOOD_B), "140")
    assert len({m["doc"] for m in row["mentions"]}) == 2, row


def test_a_toll_of_an_earlier_event_of_another_word_stays_apart() -> None:
    row = _with(_rows(_FLOOD_A, "An estimated 140 people died in the 2008 earthquake, the inquiry found."), "140")
    assert len({m["doc"] for m in row["mentions"]}) == 1, row


# a figure inside a phrase that sets another event before or after the verb's ("detained … following the council's
# ban on permits for 12 taxi firms") is that event's, not the verb's (counted._event_of, order_prepositions.txt)

_TAXI = ("A driver who was arrested at the depot following the council's ban on permits for 12 taxi firms said he "
         "would appeal.")


def test_a_figure_in_a_following_phrase_takes_no_event_of_the_verb_beyond() -> None:
    row = _with(_rows(_TAXI), "12 taxi firms")
    assert row["event"] != "arrested" and "arrest" not in row["what"], row


def test_a_figure_the_verb_governs_keeps_its_event() -> None:
    row = _with(_rows("Police arrested 12 taxi drivers at the depot following the council's ban on permits."),
                "12 taxi drivers")
    assert row["event"] == "arrested", row


# a span of years told by its decade ("for more than 30 years") holds any value of that decade: no disagreement with
# "36 years"; but "40 years" is another decade, and a count's "more than 30" stays "a little over" (verdicts.decade_cap)

_KEEPER = "The keeper of the Harlow Point lighthouse has tended its lamp for {}, the trust said."


def test_a_span_of_years_by_its_decade_holds_a_value_of_that_decade() -> None:
    row = _with(_rows(_KEEPER.format("36 years"), _KEEPER.format("more than 30 years")), "30 years")
    assert len(row["mentions"]) == 2 and row["verdict"] == "agree", row


def test_a_span_of_years_past_its_decade_still_differs() -> None:
    row = _with(_rows(_KEEPER.format("40 years"), _KEEPER.format("more than 30 years")), "30 years")
    assert len(row["mentions"]) == 2 and row["verdict"] == "differ", row


def test_a_count_over_a_round_number_stays_a_little_over() -> None:
    row = _with(_rows("The trust said 38 boats were repaired at the Harlow Point yard.",
                      "More than 30 boats were repaired at the Harlow Point yard, the trust said."), "30 boats")
    assert len(row["mentions"]) == 2 and row["verdict"] == "differ", row


# a figure of a noun its owner names ("that country's nearly nine-year border dispute") is the owner's: a place
# elsewhere in the sentence (where the mediators met) is not its place (extract._where)

def test_an_owned_noun_takes_no_place_beyond_its_phrase() -> None:
    row = _with(_rows("Mediators gathered in Geneva on Monday in a bid to end that country's nearly nine-year "
                      "border dispute, officials said."), "nine-year")
    assert "Geneva" not in row["place"], row


def test_a_noun_no_one_owns_keeps_the_place_of_its_clause() -> None:
    row = _with(_rows("Mediators gathered in Geneva on Monday for talks that lasted nine days, officials said."),
                "nine days")
    assert "Geneva" in row["place"], row


# a sum "worth" modifies a noun with ("contracts worth more than $40 million"): the row names those contracts, not the
# verb of the clause (sums.valued_thing)

def test_a_sum_a_noun_is_worth_names_that_noun() -> None:
    row = _with(_rows("The two ports discussed a new ferry link, with contracts worth more than $40 million, the "
                      "harbour board said."), "40 million")
    assert row["what"].startswith("contracts"), row


def test_a_figure_in_what_a_verb_of_talking_refers_to_is_that_nouns() -> None:
    row = _with(_rows("Referring to a council ban on nine taxi firms, the mayor said the rules were fair."),
                "nine taxi firms")
    assert "Referring" not in row["what"] and "refer" not in row["what"], row


# a place joined by a hyphen to "made", "led", "backed" … says who made, led or backs the thing, not where the figure
# is (lexicon claims.toml attributive_place_participles, placeless.attributive_place)

def test_a_place_that_made_the_thing_is_not_where_the_figure_is() -> None:
    row = _with(_rows("Police seized 40 Japan-made rifles in the raid, officials said."), "40")
    assert "Japan" not in row["place"], row



def test_a_figure_in_a_following_phrase_takes_no_place_of_the_verb_beyond() -> None:
    row = _with(_rows("A driver was arrested at a depot in Leeds on Monday following the council's ban on permits for "
                      "12 taxi firms."), "12 taxi firms")
    assert "Leeds" not in row["place"], row


# one length of one thing named by the same word, one telling giving a year: the year dates something else in the
# clause, not an earlier length (dated_once.one_length_of_one_thing)

_GOVERNOR = "The governor, who ruled for 12 years, was ousted by the assembly, officials said."


def test_one_length_of_one_named_thing_dated_once_is_one_row() -> None:
    row = _with(_rows(_GOVERNOR, "A 2009 vote in the assembly ended the governor's 12-year rule."), "12")
    assert len({m["doc"] for m in row["mentions"]}) == 2, row


def test_a_length_of_another_thing_dated_once_stays_apart() -> None:
    row = _with(_rows(_GOVERNOR, "A 2009 vote in the assembly ended the governor's 12-year lease."), "12")
    assert len({m["doc"] for m in row["mentions"]}) == 1, row


# one report tells each of its votes whole: two of its tallies in two sentences that differ on one side are two votes,
# not one vote's side told twice (tallies.tallies_apart)

_POOL = "The council voted by 30 votes to 12 to close the pool on Monday."


def test_one_reports_two_votes_with_one_side_alike_are_two_rows() -> None:
    rows = _rows(_POOL + " Later the council approved the budget by a margin of 30 votes to 9.")
    assert not any(len(r["mentions"]) > 1 and {m["value"] for m in r["mentions"]} == {30} for r in rows), rows


def test_one_reports_one_vote_told_twice_is_one_row() -> None:
    rows = _rows(_POOL + " After a long debate the motion passed by 30 votes to 12, officials said.")
    assert any(len(r["mentions"]) == 2 and {m["value"] for m in r["mentions"]} == {30} for r in rows), rows


def test_an_owned_noun_keeps_the_place_that_sets_the_whole_sentence() -> None:
    row = _with(_rows("In northern Peru, climbers were heading to Huascaran, the Andean country's highest peak at "
                      "6,768 meters, guides said."), "6,768")
    assert "Peru" in row["place"], row
