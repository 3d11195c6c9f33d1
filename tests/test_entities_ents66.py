"""ents66: a county, a department or a province written with its designator is a place, not a body or a person
(``entities.place_votes``), and a wire dateline names no place of the story (``places``), on made-up text of other
subjects. Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

from conftest import story
from storyline.entities.place_votes import division_name
from storyline.newswriting import wire_dateline_end
from storyline.places import locate_places
from test_brief_review23 import tagged


def test_a_county_written_after_co_is_one_place_with_its_bare_name() -> None:
    got = tagged(("The ferry ran aground off Co Kildrum on Sunday, the harbour master said.",
                  [("Co Kildrum", "person")]),
                 ("Walkers on the Kildrum coastline saw the ferry list.", [("Kildrum", "org")]),
                 ("Tugs from Co-Kildrum freed it at high tide, Ana Velu said.",
                  [("Co-Kildrum", "org"), ("Ana Velu", "person")]))
    assert got.get("Kildrum", ("",))[0] == "place" and "Co Kildrum" not in got and "Co-Kildrum" not in got, got


def test_a_department_written_after_a_countrys_possessive_is_a_place() -> None:
    got = tagged(("The dairy plant in southern Ruritania's Orvanne Department closed on Friday, its owner said.",
                  [("Orvanne Department", "org")]),)
    assert got.get("Orvanne", ("",))[0] == "place" and "Orvanne Department" not in got, got


def test_a_body_named_with_a_department_word_stays_a_body() -> None:
    got = tagged(("The Kelso Department said the dairy plant had broken export rules. Kelso Department staff "
                  "visited in May.", [("Kelso Department", "org"), ("Kelso Department", "org")]),)
    assert got.get("Kelso Department", ("",))[0] == "org", got  # said: an actor
    assert division_name("Justice Department") is None and division_name("Co-Founder") is None
    assert division_name("County Kildrum") == "Kildrum" and division_name("Orvanne Department") == "Orvanne"


def test_a_county_written_as_an_actor_stays_an_actor() -> None:
    got = tagged(("Co Kildrum said on Monday it would appeal the fine.", [("Co Kildrum", "org")]),)
    assert "Kildrum" not in got or got["Kildrum"][0] != "place", got


def test_a_wire_datelines_town_with_its_day_is_no_place_of_the_story() -> None:
    text = ("MADRID, March 4. /TASS/. Farmers in Kenya brought in a record tea harvest this year, the growers' board "
            "said on Monday. Board chair Wanjiru Kamau said the long rains helped.")
    assert wire_dateline_end(text) == len("MADRID, March 4. /TASS/. ")
    got = {p.name for p in locate_places(story(text)).places}
    assert "Kenya" in got and "Madrid" not in got, got


def test_a_town_named_in_the_first_sentence_is_still_a_place() -> None:
    assert wire_dateline_end("MADRID, the capital, voted on Monday.") == 0
    assert wire_dateline_end("Madrid, March 4 was a cold day for the tea growers.") == 0


def test_a_job_written_in_capitals_before_a_full_name_is_no_part_of_the_name() -> None:
    got = tagged(("The crew were Harbour Pilot Ana Velu and two deckhands.", [("Harbour Pilot Ana Velu", "org")]),
                 ("Divers still search for harbour pilot Ana Velu, the port said.", [("Ana Velu", "person")]))
    assert set(got) == {"Ana Velu"} and got["Ana Velu"][0] == "person", got


def test_capitalised_words_the_story_never_writes_in_lower_case_stay_a_name() -> None:
    got = tagged(("Grain from Velby Mills Ana Velu sold rose 4%.", [("Velby Mills Ana Velu", "org")]),
                 ("Ana Velu said prices would fall.", [("Ana Velu", "person")]))
    assert "Velby Mills Ana Velu" in got, got


def test_a_name_with_a_middle_initial_and_a_suffix_is_the_name_without_them() -> None:
    got = tagged(("District attorney Tomas K. Garvin Jr. said the ferry firm would be charged.",
                  [("Tomas K. Garvin Jr.", "person")]),
                 ("Tomas Garvin said the charge was fraud.", [("Tomas Garvin", "person")]))
    assert len(got) == 1 and got.get("Tomas K. Garvin Jr.", ("",))[0] == "person", got


def test_a_father_and_son_under_two_suffixes_stay_apart_from_the_bare_name() -> None:
    got = tagged(("Tomas Garvin Sr. founded the ferry firm; Tomas Garvin Jr. runs it.",
                  [("Tomas Garvin Sr.", "person"), ("Tomas Garvin Jr.", "person")]),
                 ("Tomas Garvin said the firm would appeal.", [("Tomas Garvin", "person")]))
    assert len(got) == 3, got


def test_a_dated_datelines_town_the_model_typed_a_body_is_not_listed() -> None:
    got = tagged(("MADRID, March 4. /TASS/. Tea growers in Kenya said the long rains helped, board chair Wanjiru Kamau "
                  "said.", [("MADRID", "org"), ("Wanjiru Kamau", "person")]),)
    assert "MADRID" not in got and "Wanjiru Kamau" in got, got
