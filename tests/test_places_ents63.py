"""ents63: a place where the story's other places are — by mechanism (bench/BRIEF_REVIEW.md, "ents63"), on made-up
text of another subject. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_places import places_of


def test_a_district_written_with_a_compass_part_of_its_city_is_in_that_city() -> None:
    got = places_of("A fire gutted a furniture market in Dalston, east London, on Sunday. London's fire brigade "
                    "sent 60 firefighters.")
    assert "Dalston" not in got, got  # not the Cumbrian village of that name
    assert "Dalston" in got["London"].get("aliases", []), got


def test_a_compass_word_before_a_country_is_no_district_city() -> None:
    got = places_of("Floods cut off Ardley, north-west England, and Tarnby, northern Norway, on Friday.")
    assert {"England", "Norway"} <= set(got), got


def test_a_facility_named_like_a_town_among_the_storys_places_stays_that_place() -> None:
    got = places_of("Thousands rallied in Hyde Park on Saturday. Police in London said the march was peaceful.")
    assert "Hyde Park" in got, got


def test_a_town_after_at_in_a_sports_report_is_the_team_the_story_names_elsewhere() -> None:
    got = places_of("Rovers lost 2-1 at Bolton on Saturday, their third league defeat in a row. Bolton beat Alder 3-0 "
                    "in the cup match last month. The Rovers manager said in London that the players were tired.")
    assert "Bolton" not in got and "London" in got, got


def test_a_town_after_at_in_a_sports_report_that_no_sentence_makes_a_team_stays_a_place() -> None:
    got = places_of("Rovers lost 2-1 to Alder on Saturday, their third league defeat in a row. The squad trained at "
                    "Bolton all week. The Rovers manager said in London that the players were tired.")
    assert "Bolton" in got, got


def test_a_ground_the_model_reads_as_a_facility_in_a_sports_sentence_is_no_small_town() -> None:
    got = places_of("Rovers were beaten 3-0 at Sowerby Bridge on Saturday, a league match watched by 9,000. The "
                    "Rovers manager said in Leeds that his players were tired.")
    assert "Sowerby Bridge" not in got, got
