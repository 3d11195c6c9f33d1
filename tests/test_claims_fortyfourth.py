"""Claims: the wrong rows the thirty-third to thirty-sixth reads left, by kind (bench/BRIEF_REVIEW.md, "claims44"):
names that are no figure's place — the second of two subjects ("Disney and Lucasfilm announced": "in Lucasfilm"),
where a person is from ("Beverly Jones, from Newington, … finish nine spoonfuls": "in Newington"), a court's name
("he said in sworn testimony in a US District Court": "in District Court") and what a sum is held in ("replace $400
billion in short-term Treasurys": "in Treasurys"); a price shown by its verb ("individual movies going for $19.99":
"going (USD)"), a sum in securities by its verb ("replace (USD)") and a net worth by its verb ("maintain (USD)").
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import figures


def _places(text: str) -> list[list[str]]:
    return [m.places for m in figures(text)]


# the second of two subjects is an actor, as the first is


def test_a_second_subject_is_no_place() -> None:
    assert _places("Germany and France agreed on Monday to send 40 tanks.") == [[]]


def test_places_joined_after_in_stay_places() -> None:
    assert _places("Floods killed 20 people in Germany and France last week.") == [["Germany", "France"]]


# where a person is from ("X, from Y") is no figure's place


def test_where_a_person_is_from_is_no_place() -> None:
    assert _places("Mary Smith, from Bradford, was crowned champion after she managed to eat twelve pies.") == [[]]


def test_a_place_after_from_on_a_thing_stays() -> None:
    places = _places("Twelve trucks from Bradford were stopped at the border on Monday.")
    assert places == [["Bradford"]], places


# a court is an institution, not where a figure is


def test_a_court_is_no_place() -> None:
    text = "The firm hired three outside auditors, he said in sworn testimony in a US District Court in 2019."
    assert _places(text) == [[]]


# what a sum is held in ("$300 billion in Treasurys") is no place; a place after a sum stays one


def test_what_a_sum_is_in_is_no_place() -> None:
    places = _places("The central bank said it would sell $300 billion in Treasurys over six months.")
    assert all(p == [] for p in places), places


def test_a_sum_in_a_country_keeps_its_place() -> None:
    places = _places("The bank said it holds $300 million in Singapore.")
    assert places == [["Singapore"]], places


# a sum after "for" on a verb of selling is the price of what is sold, not of the verb ("going (USD)")


def _heads(text: str) -> list[str]:
    return [m.head for m in figures(text) if m.dimension == "money"]


def test_a_price_is_of_the_subject() -> None:
    assert _heads("Fans can buy the films one by one, with individual films going for $19.99 each.") == ["film"]


def test_a_sale_with_an_object_stays_the_sale() -> None:
    assert _heads("The chain sold 40 stores for $2 billion last year.") == [""]


def test_a_price_is_of_a_passive_subject() -> None:
    assert _heads("The house was sold for $2 million in May.") == ["house"]


def test_a_sum_on_another_verb_keeps_no_head() -> None:
    assert _heads("The firm lost $5 million in March.") == [""]


# a sum "in" a plural name of securities is a sum of those securities


def test_a_sum_in_securities_is_of_them() -> None:
    assert _heads("The Fed said it would replace $400 billion in short-term Treasurys with longer bonds.") == [
        "treasurys"]


# a sum before an amount noun with no "of" ("a $2.5 billion net worth") is that amount, not a sum of the verb


def test_a_net_worth_is_the_sum() -> None:
    assert _heads("He agreed that he would maintain a $2.5 billion net worth.") == ["worth"]


def test_worth_of_names_what_it_is_worth() -> None:
    assert _heads("The firm gave 150,000 euro worth of aid.") == ["aid"]
