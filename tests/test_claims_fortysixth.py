"""Claims: two kinds of wrong places left after claims45 on the thirty-ninth and fortieth reads' pages
(bench/BRIEF_REVIEW.md, "claims46"): a place taken from an exclusion ("… won all of them except Missouri and
Louisiana": "in Missouri"), and a place taken from a body's name written as a person's title ("Federal Reserve Bank
of Kansas City President Thomas Hoenig, one of 10 people who …": "in Kansas City").
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.claims import figure_mentions
from storyline.model import Document


def _places(text: str) -> list[list[str]]:
    mentions, _ = figure_mentions(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [list(m.places) for m in mentions]


# the places an exclusion leaves out are no place of the figure


def test_places_after_except_are_no_place() -> None:
    # ("gainers of two seats": claims47 made "two-seat gainers" no figure, a size of each, so no place to test)
    text = ("Other likely gainers of two seats are Ohio, Utah, Texas, Georgia and Nevada — the governor visited all "
            "of them except Utah and Nevada.")
    assert _places(text) == [[]]


def test_a_place_after_but_of_a_whole_is_no_place() -> None:
    assert _places("Rents rose 5 percent last year in every state but Vermont.") == [[]]


def test_a_place_after_other_than_is_no_place() -> None:
    assert _places("Rents rose 5 percent last year in all states other than Vermont.") == [[]]


def test_a_place_of_the_figure_beside_an_exclusion_is_kept() -> None:
    # guard: the figure's own place stays; only the left-out one goes
    assert _places("Rents rose 5 percent last year in Ohio, except in the suburbs.") == [["Ohio"]]


def test_but_joining_two_places_is_no_exclusion() -> None:
    # guard: "but" with no whole before it ("not in Ohio but in Utah") excludes nothing
    assert _places("The company will build 40 stores in Ohio but also in Utah.") == [["Ohio", "Utah"]]


# a place in a body's name written as a person's title


def test_a_place_in_a_title_body_name_is_no_place() -> None:
    text = ("Central Savings Bank of Green Bay President Mary Olsen, one of 12 people who set the bank's rates, said "
            "the rise was too fast.")
    assert _places(text) == [[]]


def test_a_place_after_a_body_name_as_subject_is_kept() -> None:
    # guard: the body itself the sentence's subject keeps the sentence's own place
    assert _places("Officials in Green Bay said 12 people were hurt.") == [["Green Bay"]]
