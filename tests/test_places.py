"""Places: the shipped gazetteer, disambiguation by the story, the brief's rows and the map."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from conftest import SHARED, needs_shared
from storyline.analyse import analyse
from storyline.model import Document, PlaceRow
from storyline.places import locate_places
from storyline.places.gazetteer import (
    SKELETON_MAX_CITIES,
    distance_km,
    key,
    load_gazetteer,
    parse,
    skeleton,
    skeleton_index,
)
from storyline.render.map import render_map
from storyline.text import fold


def places_of(*texts: str) -> dict[str, dict[str, Any]]:
    analyses = analyse([Document(id=f"d{i}", text=t, title=f"d{i}") for i, t in enumerate(texts)])
    return {p.name: p.to_dict() for p in locate_places(analyses).places}


# --- gazetteer -------------------------------------------------------------------------------


def test_the_shipped_gazetteer_parses() -> None:
    """Its load time is measured in bench/geo_speed.py (issue 5's 0.5 s target), not asserted here."""
    data = resources.files("storyline").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    gaz = parse(data)
    assert len(gaz) > 100_000
    assert gaz.lookup("Paris")


def test_the_shipped_skeleton_index_is_derived_from_the_rows() -> None:
    """scripts/index_gazetteer.py re-derives it; a stale file (rows changed, index not) fails here."""
    gaz = load_gazetteer()
    assert gaz._skeletons == skeleton_index(gaz._rows)


def test_by_skeleton_finds_unlisted_transliterations_in_the_story_countries_only() -> None:
    gaz = load_gazetteer()
    assert "Tallbīsah" in {p.name for p in gaz.by_skeleton("Talbisah", {"SY"})}
    assert not gaz.by_skeleton("Talbisah", {"FR"})
    assert not gaz.by_skeleton("Tl", {"SY"})  # skeletons under three letters are too lossy
    # the same answer a scan of every row gives, in row order, for a small and a large country
    fields = [row.split("\t", 6) for row in gaz._rows]
    for cc, name in (("SY", "Homs"), ("GB", "Leeds"), ("US", "Dallas")):
        cities = [pid for pid, f in enumerate(fields) if f[1] == "c" and f[5] == cc]
        want = [pid for pid in cities if skeleton(gaz._rows[pid].split("\t", 1)[0]) == skeleton(key(name))]
        got = [p.id for p in gaz.by_skeleton(name, {cc})]
        assert got == (want if len(cities) <= SKELETON_MAX_CITIES else [])
        assert got or len(cities) > SKELETON_MAX_CITIES


def test_folding_and_transliteration_keys() -> None:
    assert fold("Ḩamāh") == "hamah"
    assert key("Ḩamāh") == key("Hama")
    assert key("Ar Raqqah") == key("Raqqa")
    assert key("Deir ez-Zor") == key("Deir-ez-Zor")
    assert key("the Caspian Sea") == "caspian sea"


@pytest.mark.parametrize(
    ("name", "expect", "country"),
    [
        ("Hama", "Ḩamāh", "SY"), ("Raqqa", "Ar Raqqah", "SY"), ("Talbiseh", "Tallbīsah", "SY"),
        ("Kiev", "Kyiv", "UA"), ("Deir al-Zour", "Deir ez-Zor", "SY"),
    ],
)
def test_lookup_by_any_spelling(name: str, expect: str, country: str) -> None:
    names = {(m.place.name, m.place.country) for m in load_gazetteer().lookup(name)}
    assert (expect, country) in names


def test_countries_seas_and_regions_are_known() -> None:
    gaz = load_gazetteer()
    kinds = {m.place.kind for m in gaz.lookup("Caspian")}
    assert "sea" in kinds
    assert any(m.place.kind == "region" for m in gaz.lookup("Middle East"))
    us = [m.place for m in gaz.lookup("U.S.") if m.place.kind == "country"]
    assert us and us[0].country == "US"
    syria = gaz.country("SY")
    assert syria is not None and distance_km(syria.lat, syria.lon, 35.0, 38.5) < 100


# --- disambiguation --------------------------------------------------------------------------


def test_homs_in_a_syria_story_is_in_syria() -> None:
    got = places_of(
        "Syrian government forces shelled rebel areas in Syria on Monday.",
        "Activists in Homs said Russian jets struck the town of Talbiseh, north of Homs.",
    )
    assert got["Homs"]["country"] == "SY"
    assert distance_km(got["Homs"]["lat"], got["Homs"]["lon"], 34.73, 36.72) < 25
    assert got["Talbiseh"]["country"] == "SY"
    assert got["Syria"]["kind"] == "country"


def test_caspian_is_the_sea_not_a_town() -> None:
    got = places_of("Russian warships in the Caspian launched cruise missiles at targets in Syria.")
    caspian = next(p for p in got.values() if "Caspian" in p["name"])
    assert caspian["kind"] == "sea"
    assert distance_km(caspian["lat"], caspian["lon"], 41.7, 50.6) < 600


def test_paris_is_in_france_unless_the_text_says_otherwise() -> None:
    got = places_of("France said the attacks in Paris killed 129 people.")
    assert got["Paris"]["country"] == "FR"
    got = places_of("Officials in Washington said the mayor of a small town in Ohio was told about Paris.")
    assert got["Paris"]["country"] == "FR"
    got = places_of("The rodeo in Paris, Texas, drew a large crowd on Saturday.")
    assert got["Paris"]["country"] == "US"


def test_people_and_groups_are_not_places() -> None:
    got = places_of(
        "President Barack Obama met reporters. Obama said the strikes against ISIL must continue.",
        "Russian Defence Minister Sergei Shoigu spoke in Moscow. Shoigu said more strikes would follow.",
    )
    assert "Obama" not in got and "ISIL" not in got and "Shoigu" not in got
    assert got["Moscow"]["country"] == "RU"


def test_place_rows_have_the_contract_fields() -> None:
    got = places_of("Jets struck Aleppo and Idlib in Syria.", "Aleppo was hit again.")
    row = got["Aleppo"]
    assert set(row) >= {"name", "lat", "lon", "kind", "docs", "mentions", "country"}
    assert row["docs"] == ["d0", "d1"] and row["mentions"] == 2 and row["kind"] == "city"


# --- map -----------------------------------------------------------------------------------


def test_map_is_offline_svg_with_markers_and_hover_sources() -> None:
    places = [
        PlaceRow("Homs", 34.73, 36.72, "city", ["a"], 4, "SY"),
        PlaceRow("Hama", 35.13, 36.75, "city", ["a", "b"], 2, "SY"),
        PlaceRow("Syria", 35.0, 38.5, "country", ["a"], 9, "SY", extent_km=243),
        PlaceRow("Caspian Sea", 41.7, 50.6, "sea", ["b"], 1, None, extent_km=600),
        PlaceRow("Washington", 38.9, -77.04, "city", ["b"], 1, "US"),
    ]
    html = render_map(places, {"a": "[1] First report", "b": "[2] Second report"})
    assert html.startswith("<figure") and "<svg" in html
    assert len(re.findall(r"<circle", html)) >= 3  # Homs, Hama, the Caspian
    assert "<title>Homs (city, SY): 4 mentions — [1] First report</title>" in html
    assert 'class="land named"' in html  # Syria tinted
    assert "Outside the map: Washington" in html  # one far mention does not zoom out to the world
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert render_map([]) == ""


def test_bigger_mention_count_gives_bigger_marker() -> None:
    html = render_map(
        [
            PlaceRow("A", 34.7, 36.7, "city", [], 9, None),
            PlaceRow("B", 35.1, 36.7, "city", [], 1, None),
        ]
    )
    radii = [float(r) for r in re.findall(r'<circle class="mk city"[^>]* r="([\d.]+)"', html)]
    assert max(radii) > min(radii)


# --- the reference story ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_places() -> list[dict[str, Any]]:
    import storyline

    return [p.to_dict() for p in storyline.brief([str(SHARED / "seeds")]).places]


@needs_shared
def test_gold_places_are_found_and_geocoded(seeds_places: list[dict[str, Any]]) -> None:
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text())
    for item in gold["places"]:
        rows = [p for p in seeds_places if fold(item["name"]) in {fold(p["name"]), *map(fold, p.get("aliases", []))}]
        assert rows, item["name"]
        tolerance = max(25.0, float(item.get("area_km", 0)))
        assert any(distance_km(p["lat"], p["lon"], item["lat"], item["lon"]) <= tolerance for p in rows), item


# --- ambiguous names read with the story's context (issue 12, item 4) --------------------------


def test_washington_in_a_british_story_about_us_policy_is_the_us_capital() -> None:
    # a London-heavy story (which puts a town of Tyne and Wear near its places) that names the US capital
    rows = places_of(
        "LONDON - The former ruler was arrested in London on Friday. Britain said the warrant came from Spain.",
        "Officials in London and Madrid discussed the case. In Britain, ministers defended the arrest.",
        "Washington declined to comment on the arrest in London, and the United States said it would not intervene.",
    )
    assert rows["Washington"]["country"] == "US"
    assert distance_km(rows["Washington"]["lat"], rows["Washington"]["lon"], 38.9, -77.04) < 25


def test_a_town_named_like_a_capital_keeps_its_own_story() -> None:
    rows = places_of(
        # a local story of north-east England that never names the United States: no capital bonus
        "Sunderland council said a new bridge would link Washington to Sunderland, Gateshead and Newcastle.",
        "Residents of Washington and Sunderland in north-east England welcomed the plan.",
    )
    assert rows["Washington"]["country"] == "GB"


def test_outlet_domains_name_countries_and_vanity_domains_do_not() -> None:
    from storyline.places import outlet_countries

    docs = [
        Document(id="a", text="x", url="https://www.bbc.co.uk/news/1"),
        Document(id="b", text="x", url="https://www.abc.net.au/news/2"),
        Document(id="c", text="x", url="https://example.tv/story"),
        Document(id="d", text="x", url="https://example.com/story"),
        Document(id="e", text="x"),
    ]
    analyses = analyse(docs)
    assert outlet_countries(analyses, load_gazetteer()) == ["GB", "AU"]


def test_capital_is_the_biggest_city_of_that_name_in_its_country() -> None:
    from storyline.places.resolver import Resolver

    gaz = load_gazetteer()
    r = Resolver(gaz, set())
    capitals = {(m.place.country, m.place.admin1) for m in gaz.lookup("Washington") if r.is_capital(m.place)}
    assert capitals == {("US", "DC")}
