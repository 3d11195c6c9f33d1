"""A count of things and a count of the people who use or do them are two figures ('3 bombs' / '3 bombers')."""

from __future__ import annotations

import pytest

from claims_support import claims
from storyline.claims.kin import agent_of, words_kin


@pytest.mark.parametrize(
    ("thing", "agent"),
    [("bombs", "bombers"), ("attacks", "attackers"), ("protests", "protesters"), ("votes", "voters"),
     ("visits", "visitors"), ("fights", "fighters")],
)
def test_agent_noun_is_not_kin_of_its_thing(thing: str, agent: str) -> None:
    assert agent_of(thing, agent)
    assert not words_kin(thing, agent)
    assert not words_kin(agent, thing)


@pytest.mark.parametrize(("x", "y"), [("ships", "warships"), ("bomb", "bombs"), ("firefighter", "firefighters")])
def test_other_kin_still_join(x: str, y: str) -> None:
    assert words_kin(x, y)


def test_two_reports_bombs_and_bombers_stay_apart() -> None:
    rows = claims("Police said three bombs exploded on the trains in Ardmere on Monday.",
                  "Investigators said three bombers carried the devices onto the trains in Ardmere on Monday.")
    assert all(len({m["doc"] for m in r["mentions"]}) == 1 for r in rows), rows


def test_one_count_of_bombs_in_two_reports_still_joins() -> None:
    rows = claims("Police said three bombs exploded on the trains in Ardmere on Monday.",
                  "Three bombs went off on the trains in Ardmere on Monday, officials said.")
    assert any(len({m["doc"] for m in r["mentions"]}) == 2 for r in rows), rows
