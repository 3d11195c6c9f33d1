"""claims85: when two mentions are one quantity, by kind: the same act (a part's own act is not the whole's), a rate
against a whole. Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out
story has (a warehouse fire, a pipeline, a ferry, a tram line); each rule's test fails without it, and a guard beside
it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2022, 5, 14)) for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


def _texts(row: dict[str, Any]) -> set[str]:
    return {m["text"] for m in row["mentions"]}


# a part with an act of its own ("six of those detained have been freed") counts those freed, not the detained: it is
# no side of the detained count, and it joins the other report's count of the freed (own_acts.py)

_FIRE_A = ("Police have detained 11 people over the warehouse fire in Dunmore. Six of those detained have been freed "
           "without charge, police said.")
_FIRE_B = "Eleven people have been detained over the Dunmore warehouse fire, police said. Seven have since been freed."


def test_a_parts_own_act_is_no_side_of_the_whole() -> None:
    rows = _rows(_FIRE_A.replace("detained 11 people", "detained several people"), _FIRE_B)
    row = _with(rows, "Six")
    assert "Eleven people" not in _texts(row) and not row["what"].startswith("people arrested"), row


def test_a_parts_own_act_joins_that_acts_count() -> None:
    row = _with(_rows(_FIRE_A, _FIRE_B.replace("Seven have since", "Seven people have since")), "Six")
    assert "Seven people" in _texts(row) and row["verdict"] == "differ", row


def test_a_part_told_with_the_wholes_own_class_keeps_it() -> None:
    rows = _rows("A blast at the Dunmore warehouse injured 11 workers. Three of them died in hospital, officials said.")
    assert _with(rows, "Three")["what"].startswith("people killed"), rows


# a price per unit of a measure ("$2 million per kilometre") is no side of a whole sum ("$300 million"), whatever verb
# both share (rates._measure_unit, grouping.measure_key_compatible)

_PIPE_A = "The new pipeline would cost about $2 million per kilometre, engineers said."
_PIPE_B = "The pipeline is expected to cost between $300 million and $400 million, the ministry said."


def test_a_price_per_kilometre_is_no_side_of_the_total() -> None:
    row = _with(_rows(_PIPE_A, _PIPE_B), "$2 million")
    assert len(row["mentions"]) == 1 and row["verdict"] == "single", row
    assert "per kilometre" in row["what"], row


def test_two_prices_per_unit_still_join() -> None:
    row = _with(_rows(_PIPE_A, "The pipeline will cost $2 million per kilometre, the ministry said."), "$2 million")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", row


# a count whose noun carries one event's participle and which is the subject of a verb of another event ("nine fans
# arrested after the final have been released") counts those who underwent the second; the whole of a partitive with
# its own participle ("eight of the 23 fans arrested") is that participle's count (own_acts.py)

_FINAL_A = "Nine fans arrested after the cup final in Portmore have since been released on bail, police said."
_FINAL_B = "Police arrested 23 fans after the cup final in Portmore, a spokesman said."


def test_a_count_told_by_its_own_verb_is_of_that_act() -> None:
    row = _with(_rows(_FINAL_A, _FINAL_B), "Nine fans")
    assert "released" in row["what"] and "23" not in " ".join(_texts(row)), row


def test_a_participle_and_a_verb_of_no_other_event_keep_the_participles_class() -> None:
    rows = _rows("Thirty fans injured after the cup final in Portmore were taken to hospital, police said.")
    assert _with(rows, "Thirty fans")["what"].startswith("fans injured"), rows


# a share that "would not say" counts those who gave no answer: an option of its own, no rebuttal of another share
# (abstained.py)

_SURVEY = ("Of the 1,000 residents asked about the new stadium, 49% said they were against it and 4% would not say, "
           "the council said.")


def test_a_share_that_would_not_say_is_no_rebuttal() -> None:
    row = _with(_rows(_SURVEY), "4%")
    assert _texts(row) == {"4%"} and row["verdict"] == "single" and "not say" in row["what"], row


# a count marked "other" or "more" whose clause tells the act of a count just before ("two more arrests have been made
# … nine other people were arrested") is an increment on it, no side of another report's total (increments.py)

_RIOT_A = ("Two more arrests have been made over the Portmore riot. Nine other people were arrested after homes across "
           "the county were searched.")
_RIOT_B = "Police said 12 people had been arrested over the Portmore riot."


def test_other_people_told_after_a_count_of_one_act_are_an_increment() -> None:
    row = _with(_rows(_RIOT_A, _RIOT_B), "Nine other people")
    assert "12 people" not in _texts(row) and row["verdict"] == "single", row



# the lead's narrowing at the merge: a part's verb of no event family ("have been named") is no act of its own, so
# the part stays in its whole's class, as the other report's count of it does (own_acts.own_act)

_CRASH_A = ("Five people died when a light aircraft crashed in the Carrow hills. Two of those killed have been named "
            "by police.")
_CRASH_B = "Two victims of the Carrow crash were named on Wednesday."


def test_a_parts_verb_of_no_family_keeps_the_wholes_class() -> None:
    row = _with(_rows(_CRASH_A, _CRASH_B), "Two victims")
    assert row["what"].startswith("people killed") and len({m["doc"] for m in row["mentions"]}) == 2, row
