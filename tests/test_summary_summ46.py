"""summ46: an item opening on a response to an act it does not show ("In response angry …", "In reply, …") never
stands alone, with or without a comma, unless it names what it answers ("In response to the ruling, …"); a filler (a
sentence that came in to fill words a left-out item freed) must not retell what a kept item tells, at a looser
cosine bar than two kept items; a passive past ("were paid") tells its act as done. Fixtures are made up (a harbour
council, a rowing club); none comes from the bench or the pools."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import story
from storyline.newswriting import response_opener
from storyline.summary.retold import retold
from storyline.summary.standalone import dangling_start, points_back

_DAY = dt.date(2019, 3, 11)


@pytest.mark.parametrize("text", [
    "In response angry rowers blocked the Dunmore bridge with their boats.",
    "In reply, the club sold its boathouse to the council.",
    "In return the council gave the club a new slipway.",
    "In retaliation, fishermen cut the ferry's mooring lines.",
    "As a consequence the harbour stayed shut for a week.",
    "In response to this, the council closed the pier.",
])
def test_an_opening_response_to_an_act_not_shown_dangles(text: str) -> None:
    assert dangling_start(text) is not None
    assert points_back(text)


@pytest.mark.parametrize("text", [
    "In response to the ruling, the club appealed to the High Court.",
    "In return for the loan, the council took a seat on the club's board.",
    "In the wake of the storm, the harbour stayed shut for a week.",
    "Responses to the plan were mixed, the council said.",
])
def test_a_response_that_names_what_it_answers_stands(text: str) -> None:
    assert response_opener(text) is None
    assert dangling_start(text) is None


_OIL = ("Councillor Brandt said a contractor dumped waste oil into the Dunmore harbour.",
        "According to the Dunmore Gazette, a contractor was paid to get rid of waste by pouring barrels of it off the "
        "pier.")


def test_a_filler_that_retells_a_kept_item_goes() -> None:
    a = story(*_OIL, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,)) == {}  # two kept items at this cosine stay two (summ45's bar)
    assert retold([s, t], a, lambda k: (-k,), fillers=frozenset({1})) == {1: 0}


def test_a_filler_goes_even_when_it_would_lead_better() -> None:
    a = story(*_OIL, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (k,), fillers=frozenset({1})) == {1: 0}


def test_a_filler_of_another_act_stays() -> None:
    a = story(_OIL[0], "The Dunmore rowing club elected a new treasurer at its meeting on Sunday.", published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,), fillers=frozenset({1})) == {}


def test_a_passive_past_is_a_done_act() -> None:
    from storyline.summary.retold import _modes

    a = story("The two rowers were paid to tip the boat over near the Dunmore bridge.", published=_DAY)
    assert _modes(a[0], a[0].sentences[0]) == frozenset({"done"})


def test_a_filler_reading_close_to_a_kept_item_goes_with_no_name_in_common() -> None:
    a = story("The harbour office said two boats sank in the storm overnight.",
              "The port authority said a pair of boats went down in the overnight storm.", published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retold([s, t], a, lambda k: (-k,)) == {}
    assert retold([s, t], a, lambda k: (-k,), fillers=frozenset({1})) == {1: 0}
