"""Claims: the seventeenth read's wrong rows, by kind (bench/CLAIMS_NOTES.md, "claims26"): a count opening a
sentence is no list line's label ("Two hostages — an American and …": relations.list_item), a place listed as one
of the things a number counts is not where the sentence's figures are (scope.listed_member), the unit of a
hyphenated size or length is the hyphenated word ("a 30-date tour", "an 18-year insurgency": bare.modifier_unit),
and "over" after the verb's object tells a stretch, not "more than" (numbers._span_after_object). Our own
invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures, one
from storyline.claims.relations import list_item

# a count opening a sentence is not a list line's label


def test_a_count_before_a_dash_is_no_list_label() -> None:
    assert list_item("Two hostages — a teacher and a nurse — were freed on Monday in Wardia.") is None
    assert list_item("12 miners - all from the valley - were rescued.") is None


def test_a_place_before_a_dash_is_still_a_list_label() -> None:
    item = list_item("* Sri Lanka - approximately 28,500")
    assert item is not None and item.group(1) == "Sri Lanka"


def test_a_count_opening_a_sentence_is_not_its_place() -> None:
    ms = figures("Two hostages — a teacher and a nurse — who had been held in Wardia since 2016 were released on "
                 "Monday in a swap for three prisoners.")
    assert ms and all("Two hostages" not in m.places for m in ms), [(m.text, m.places) for m in ms]


# a listed place is an item of its count


def test_a_country_listed_after_a_count_is_not_the_place_of_the_sentence() -> None:
    ms = figures("She has won a title in four different countries (Wardia, Norland, Ostria and Velmar) and is one "
                 "of only three coaches to have won the cup with two clubs.")
    assert ms and all(not m.places for m in ms), [(m.text, m.places) for m in ms]


def test_a_place_in_a_plain_prepositional_phrase_stays() -> None:
    m = one("Floods killed 40 people in Wardia on Monday.")
    assert m.places == ["Wardia"]


# the unit of a hyphenated compound


def test_a_hyphenated_count_keeps_its_unit() -> None:
    m = one("The band announced a 30-date tour on Monday.")
    assert (m.value, m.unit) == (30, "tour dates")


def test_a_hyphenated_length_is_in_its_unit_of_time() -> None:
    m = one("The deal could end the rebels' 18-year insurgency, officials said.")
    assert (m.value, m.dimension, m.unit) == (18, "duration", "yr")


def test_a_size_without_a_noun_keeps_the_noun_described() -> None:
    assert one("A 150-strong force arrived on Monday.").unit == "force"


# "over" as a preposition of a stretch


def test_over_after_the_verbs_object_is_no_bound() -> None:
    ms = figures("The coach won three league titles over two spells in charge of the club.")
    spells = next(m for m in ms if m.value == 2)
    assert spells.qualifier is None


def test_over_right_after_the_verb_is_more_than() -> None:
    assert one("The storm killed over 200 people.").qualifier == "over"


def test_a_row_of_a_hyphenated_count_shows_its_unit() -> None:
    rows = claims("The band announced a 30-date tour on Monday.")
    assert any(m["unit"] == "tour dates" for r in rows for m in r["mentions"]), rows


def test_over_before_a_percentage_after_the_object_is_still_a_bound() -> None:
    m = one("The bank kept interest rates over 40 percent, the report said.")
    assert (m.value, m.qualifier) == (40, "over")


def test_a_place_after_a_count_and_a_comma_is_no_list() -> None:
    ms = figures("Even before the storm caused floods that killed 221 people, Norway, the coldest country in the "
                 "region, was a disaster zone.")
    assert [(m.value, m.places) for m in ms] == [(221, ["Norway"])]
