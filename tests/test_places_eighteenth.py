"""Places, eighteenth round (issue 12, "no misplaced place"; bench/BRIEF_REVIEW.md, branch places18): a first-order
division written by the short form of its gazetteer name ("Qinghai" for the row "Qinghai Sheng"), and a place
named inside a hyphenated compound of two places ("the Qinghai-Tibet plateau"). Every fixture is made up for these
tests in the style of wire copy; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places
from storyline.places.gazetteer import load_gazetteer


def _rows(*texts: str) -> dict[str, tuple[str, str | None, float, float]]:
    return {r.name: (r.kind, r.country, r.lat, r.lon) for r in locate_places(story(*texts)).places}


def _names(name: str) -> list[str]:
    return [m.place.name for m in load_gazetteer().lookup(name)]


# --- the gazetteer: a division by its name without the designator ----------------------------------------------


def test_a_division_is_found_by_its_name_without_the_designator() -> None:
    assert "Qinghai Sheng" in _names("Qinghai")  # after the name
    assert "Gyeonggi-do" in _names("Gyeonggi")  # after, hyphenated
    assert "Muhafazat Kirkuk" in _names("Kirkuk")  # before the name
    assert "Guangxi Zhuangzu Zizhiqu" in _names("Guangxi")  # a designator of two words


def test_a_name_of_only_words_that_say_where_finds_no_division() -> None:
    assert all(m.place.kind != "region" for m in load_gazetteer().lookup("Central"))


# --- a story: the province, not a namesake far away -------------------------------------------------------------


def test_a_province_by_its_short_name_is_the_province() -> None:
    got = _rows(
        "BEIJING (AP) _ China said Tuesday that herders in Qinghai had lost thousands of yaks to the snow. "
        "Officials in Beijing sent food and fodder to Qinghai and to neighbouring Gansu."
    )
    assert got["Qinghai"][:2] == ("region", "CN")
    assert abs(got["Qinghai"][2] - 36.4) < 1.5
    assert got["Gansu"][:2] == ("region", "CN")


def test_a_province_wins_over_a_tiny_namesake_village_elsewhere() -> None:
    got = _rows("BEIJING (AP) _ Floods in China's central Henan killed 12 people, state media said on Monday.")
    assert got["Henan"][:2] == ("region", "CN")


def test_a_big_city_keeps_its_name_against_its_own_division() -> None:
    got = _rows("SHANGHAI (AP) _ Stocks fell in Shanghai on Monday. Traders in Shanghai said the drop was brief.")
    assert got["Shanghai"][:2] == ("city", "CN")


def test_a_province_by_its_short_name_and_a_title() -> None:
    got = _rows("BEIJING (AP) _ Herders in Qinghai Province lost thousands of yaks to the snow, officials said.")
    assert next(v for k, v in got.items() if k.startswith("Qinghai"))[:2] == ("region", "CN")


# --- a place inside a hyphenated compound of two places ----------------------------------------------------------


def test_both_halves_of_a_compound_of_two_places_are_places() -> None:
    got = _rows(
        "BEIJING (AP) _ Snow fell across remote parts of China like Yunnan and the Qinghai-Tibet plateau, "
        "officials in Beijing said on Monday."
    )
    assert got["Qinghai"][:2] == ("region", "CN")
    assert got.get("Tibet", ("region", "CN"))[:2] == ("region", "CN")


def test_a_war_between_two_countries_names_both() -> None:
    got = _rows("BAGHDAD (AP) _ Veterans of the Iran-Iraq war marched in Baghdad on Monday.")
    assert got["Iran"][0] == "country" and got["Iraq"][0] == "country"


def test_a_name_before_province_finds_the_division_by_its_short_name() -> None:
    got = _rows("BEIJING (AP) _ A mine flooded in Jilin province on Monday, officials in Beijing said.")
    assert got["Jilin"][:2] == ("region", "CN")
    assert abs(got["Jilin"][2] - 43.6) < 0.5 and abs(got["Jilin"][3] - 125.9) < 0.5  # the province, not the city


def test_a_korean_province_without_its_hyphenated_designator() -> None:
    got = _rows("SEOUL (AP) _ Floods hit Gyeonggi on Monday, officials in Seoul said.")
    assert got["Gyeonggi"][:2] == ("region", "KR")


def test_two_provinces_whose_keys_collide_the_one_spelled_as_written() -> None:
    got = _rows("BEIJING (AP) _ A coal mine flooded in Shanxi on Monday, officials in Beijing said.")
    assert got["Shanxi"][:2] == ("region", "CN") and abs(got["Shanxi"][3] - 112.3) < 1.0  # not Shaanxi (108.7)
    got = _rows("BEIJING (AP) _ Rain fell on the terracotta army in Shaanxi on Monday, officials in Beijing said.")
    assert got["Shaanxi"][:2] == ("region", "CN") and abs(got["Shaanxi"][3] - 108.7) < 1.0
