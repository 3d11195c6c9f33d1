"""ents56: second-level divisions (counties) in the gazetteer, and when a story's name reads as one (made-up text)."""

from __future__ import annotations

from conftest import story


def _rows(*texts: str) -> dict[str, tuple[str, str | None]]:
    from storyline.places import locate_places

    return {r.name: (r.kind, r.country) for r in locate_places(story(*texts)).places}


def test_an_english_county_is_not_a_namesake_town_abroad() -> None:
    got = _rows("Cheese makers from across England met at the dairy show in Cheshire on Saturday, "
                "and the prize went to a farm near Manchester.")
    assert got.get("Cheshire") == ("county", "GB"), got


def test_a_county_written_with_its_designator_is_the_county() -> None:
    got = _rows("Lifeguards closed three beaches in Suffolk County, New York, after sharks were seen off Long "
                "Island on Sunday.")
    assert got.get("Suffolk County") == ("county", "US"), got


def test_a_big_city_keeps_the_name_of_its_county() -> None:
    got = _rows("The film festival opened in Los Angeles on Friday, with a premiere on Hollywood Boulevard.")
    assert got.get("Los Angeles") == ("city", "US"), got


def test_a_town_written_with_its_state_stays_the_town() -> None:
    got = _rows("The bakery in Cheshire, Connecticut, sold out of pies before Thanksgiving, its owner said.")
    assert got.get("Cheshire") == ("city", "US"), got


def test_a_county_of_a_country_the_story_never_names_is_no_reading() -> None:
    from storyline.places.counties import county_written
    from storyline.places.gazetteer import load_gazetteer

    ms = [m for m in load_gazetteer().lookup("Cheshire") if m.place.kind == "county" and m.place.country == "GB"]
    assert ms and not county_written(ms[0], "Cheshire", False, False, 0.0)
    assert county_written(ms[0], "Cheshire", False, False, 0.6)


def test_a_county_name_the_model_did_not_tag_as_a_place_is_none() -> None:
    got = _rows("The choir sang in Manchester, England, and then the folk band Norfolk played its new song.")
    assert "Norfolk" not in got and "Manchester" in got, got


def test_a_county_in_a_state_its_report_names_outranks_a_town_elsewhere() -> None:
    got = _rows("A storm flooded roads across New Jersey on Monday. Shelters opened in Essex and schools in Newark "
                "closed.")
    assert got.get("Essex") == ("county", "US"), got


def test_a_town_inside_its_namesake_county_keeps_the_name() -> None:
    """The lead's fix of ents56's Galveston line: the town, not the county around it, unless "County" is written."""
    got = _rows("The ferry line moved its repair yard to Galveston, Texas, last spring, and hired welders "
                "from Houston.")
    assert got.get("Galveston") == ("city", "US"), got
    got = _rows("Voters in Galveston County, Texas, approved a new library tax, officials in Houston said.")
    assert got.get("Galveston County") == ("county", "US"), got
