"""Places, sixteenth round (issue 12, "no misplaced place"; bench/BRIEF_REVIEW.md, branch places16): a world city
against a small namesake in the story's country, a province written as one ("X province", "capital of X"), a
district written with its city ("Beeston, Leeds"), a facility's name read as a town's skeleton ("Luton Station"),
and a hometown ("Ramos, of Fullerton,"). Every fixture is made up for these tests in the style of wire copy; none
comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _rows(*texts: str) -> dict[str, tuple[str, str | None, float, float]]:
    return {r.name: (r.kind, r.country, r.lat, r.lon) for r in locate_places(story(*texts)).places}


# --- a world city against a small namesake in the story's country ---------------------------------------------------


def test_a_world_city_wins_over_a_small_namesake_in_the_story_country() -> None:
    got = _rows(
        "MANILA, Philippines (AP) _ The Philippine carrier said it would cut flights from Manila to Cebu and Davao. "
        "It will keep a few routes abroad, to Tokyo and San Francisco, officials in Manila said. "
        "The Philippines' government in Manila offered no new loans to the airline."
    )
    assert got["San Francisco"][1] == "US"
    assert got["Manila"][1] == "PH"


def test_a_small_namesake_written_with_its_region_keeps_it() -> None:
    got = _rows(
        "MANILA, Philippines (AP) _ Floods hit the town of San Francisco, Agusan del Sur, on Mindanao island, "
        "officials in Manila said. Rescuers reached San Francisco by boat from Butuan."
    )
    assert got.get("San Francisco", ("", "PH"))[1] != "US"


# --- a province written as one -----------------------------------------------------------------------------------


def test_a_name_before_province_is_the_province_and_so_are_its_bare_mentions() -> None:
    got = _rows(
        "TEHRAN, Iran (AP) _ The Election Committee said turnout was high in Golestan province. Golestan "
        "residents disputed that. A teacher was reached by telephone in Gorgan, capital of Golestan."
    )
    assert got["Golestan"][0] == "region"


def test_capital_of_a_country_stays_the_country() -> None:
    got = _rows("TBILISI (AP) _ Protesters gathered in Tbilisi, the capital of Georgia, on Sunday. "
                "Georgia's president spoke in Tbilisi.")
    assert got["Georgia"][0] == "country"


# --- a district written with its city ----------------------------------------------------------------------------


def test_a_district_written_with_its_city_is_not_a_namesake_far_away() -> None:
    got = _rows(
        "LONDON (AP) _ Police searched houses in Leeds on Tuesday in connection with the London bombings. "
        "One suspect, a man in his thirties from Beeston, Leeds, was questioned in London. "
        "Officers returned to Beeston later that day, police in London said."
    )
    beeston = next(v for k, v in got.items() if k in ("Beeston", "Leeds"))  # at Leeds (the gazetteer's finest)
    assert "Beeston" not in got or (abs(got["Beeston"][2] - 53.8) < 0.3 and abs(got["Beeston"][3] + 1.55) < 0.3)
    assert abs(beeston[2] - 53.8) < 0.3


def test_the_region_of_a_city_is_the_city() -> None:
    got = _rows("WASHINGTON (AP) _ The storm put the Washington region in its sights, officials in Maryland said. "
                "Schools in Washington closed on Friday.")
    assert got["Washington"][0] == "city"


def test_a_list_of_cities_with_commas_is_not_a_district() -> None:
    got = _rows("LONDON (AP) _ The band will play in Paris, London and Berlin next spring, its label said in London.")
    assert got["Paris"][1] == "FR" and got["Berlin"][1] == "DE"


# --- a facility's name is no town's skeleton ---------------------------------------------------------------------


def test_a_station_is_not_a_town_of_a_similar_skeleton() -> None:
    got = _rows(
        "LONDON (AP) _ The four men met at Luton Station at 7:20 and took a train to King's Cross in London, "
        "police in London said. Officers in Luton searched a car."
    )
    assert "Luton Station" not in got or abs(got["Luton Station"][3] + 0.42) < 0.1
    assert abs(got["Luton"][3] + 0.42) < 0.1  # the station's mentions join Luton's row


# --- a hometown --------------------------------------------------------------------------------------------------


def test_a_hometown_is_the_bigger_namesake_not_the_one_near_the_story() -> None:
    got = _rows(
        "FORT MEADE, Md. (AP) _ An Army sergeant was charged on Friday at Fort Meade, Maryland, with abusing "
        "detainees, officials in Washington said. Sgt. Luis Ramos, of Fullerton, with the 42nd Military Police "
        "Detachment, denied the charges, his lawyer said in Baltimore. The hearing in Baltimore lasted an hour."
    )
    assert got["Fullerton"][2] < 35  # Fullerton, California, not Fullerton, Pennsylvania


def test_the_capital_after_a_demonym_is_the_city() -> None:
    got = _rows("TEHRAN, Iran (AP) _ The sailors were taken to the Iranian capital of Tehran, officials said. "
                "They were held in Tehran for two weeks before flying home from Iran.")
    assert got["Tehran"][0] == "city"


def test_a_listed_name_is_no_far_namesake_of_the_list_towns() -> None:
    got = _rows(
        "LONDON (AP) _ Police searched six houses in Leeds on Tuesday in connection with the London bombings. "
        "Houses were searched in the Burley, Beeston and Holbeck areas. A man from Beeston, Leeds, was held."
    )
    burley = got.get("Burley")
    assert burley is None or burley[2] > 53  # not Burley in the New Forest (50.83)
