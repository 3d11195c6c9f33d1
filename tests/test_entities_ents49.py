"""The fifty-fifth read's entity and place faults, by kind (bench/BRIEF_REVIEW.md, "ents49"), on made-up text: a
company placed as the town of its name, a company's venture made an alias of it, a capital typed a body before a
lower-case noun, products counted by a scaled figure or written before a programme's noun, a slogan's words. Fixtures
are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.entities.modifier_names import capital_name
from storyline.entities.slogan_words import slogan_word
from storyline.places import locate_places
from test_brief_review23 import tagged


def test_a_towns_name_written_with_a_legal_ending_is_the_companys() -> None:
    text = ("Kuopio Corp. says its net loss narrowed in the second quarter. On the Nasdaq, shares of Kuopio were down "
            "3%, Bo Lund said. Kuopio, Finland's biggest phone maker, sold 7m phones.")
    assert {p.name for p in locate_places(story(text)).places} == {"Finland"}
    plain = "Bo Lund opened a plant in Kuopio, Finland, on Friday. Kuopio Corp. makes phones."
    assert "Kuopio" in {p.name for p in locate_places(story(plain)).places}  # written as a place: the town


def test_a_towns_name_before_a_possessive_and_a_companys_noun_is_the_companys() -> None:
    text = ("Kuopio's chief executive, Bo Lund, said on Friday that Kuopio, Finland's biggest phone maker, sold 7m "
            "phones.")
    assert {p.name for p in locate_places(story(text)).places} == {"Finland"}


def test_a_one_word_body_is_no_alias_of_its_joint_venture() -> None:
    text = ("Velbrook sold 7m phones. Only Velbrook Tarn Networks, its joint venture for the network business, made "
            "a profit. Velbrook said sales fell.")
    got = tagged((text, [("Velbrook", "org"), ("Velbrook Tarn Networks", "org"), ("Velbrook", "org")]))
    assert {"Velbrook", "Velbrook Tarn Networks"} <= set(got), got
    alone = "Velbrook sold 7m phones. Velbrook Tarn Networks made a profit. Velbrook said sales fell."
    got = tagged((alone, [("Velbrook", "org"), ("Velbrook Tarn Networks", "org"), ("Velbrook", "org")]))
    assert "Velbrook Tarn Networks" in got.get("Velbrook", ("", []))[1], got  # no part's noun: one body, as before


def test_a_capitals_name_typed_a_body_only_before_a_lower_case_noun_is_no_body() -> None:
    assert capital_name("Helsinki") and not capital_name("Velbrook") and not capital_name("Helsinki Stock Exchange")
    text = "Velbrook's shares fell by 3% on the Helsinki stock exchange, Bo Lund said."
    got = tagged((text, [("Velbrook", "org"), ("Helsinki", "org"), ("Bo Lund", "person")]))
    assert "Helsinki" not in got and "Velbrook" in got, got
    said = "Helsinki said on Friday it would talk to Velbrook, Bo Lund said."
    got = tagged((said, [("Helsinki", "org"), ("Velbrook", "org"), ("Bo Lund", "person")]))
    assert "Helsinki" in got, got  # a capital for its government, as written


def test_a_plural_name_counted_by_a_scaled_figure_is_no_one() -> None:
    text = "Velbrook sold just 0.5m Quarnas in North America, and with 7.4m Quarnas sold it gained, Bo Lund said."
    got = tagged((text, [("Velbrook", "org"), ("Quarnas", "person"), ("Quarnas", "person"), ("Bo Lund", "person")]))
    assert "Quarnas" not in got and {"Velbrook", "Bo Lund"} <= set(got), got


def test_a_name_only_before_a_programmes_noun_is_no_person() -> None:
    text = "On a call, Bo Lund mentioned the company's revamped Quarnwords programme, which has been well received."
    got = tagged((text, [("Bo Lund", "person"), ("Quarnwords", "person")]))
    assert "Quarnwords" not in got and "Bo Lund" in got, got


def test_a_slogans_one_word_sentences_name_no_one() -> None:
    text = 'The bag bears the slogans "Grower. Packer. Distributor." and "Farm to Family," Bo Lund said.'
    assert slogan_word("Distributor", [text], {}) and not slogan_word("Distributor", [text, "Distributor said no."], {})
    got = tagged((text, [("Distributor", "person"), ("Bo Lund", "person")]))
    assert "Distributor" not in got and "Bo Lund" in got, got


def test_a_lower_case_compass_word_before_a_places_name_is_no_part_of_it() -> None:
    text = "Tension also gripped Srinagar and other major towns in south and north Kashmir, where curfew was clamped."
    assert "Kashmir" in {p.name for p in locate_places(story(text)).places}
    west = "Storms hit the south Pacific and west Africa on Friday."
    assert "Africa" not in {p.name for p in locate_places(story(west)).places}  # "West Africa" is a name of its own
