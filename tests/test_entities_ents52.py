"""ents52's kinds (bench/BRIEF_REVIEW.md, "ents52"), on made-up text: a town's name used as a sports team's counts for
no country when a country's name is read as a division of the story's country. Fixtures are made up for these tests;
none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _places(*texts: str) -> dict[str, tuple[str, str]]:
    return {p.name: (p.kind, p.country or "") for p in locate_places(story(*texts)).places}


def test_a_team_named_by_a_foreign_town_does_not_keep_a_state_abroad() -> None:
    got = _places(
        "The league's trade deadline passed on Monday with nine deals. Toronto beat Dallas 4-2 in the night's late "
        "game, and the coach said the trade market was thin. Ana Ruiz, who played two seasons in Ohio, was traded "
        "by Toronto for a draft pick. Georgia produced two of the league's top scorers this season, and Kansas had one.")
    assert got.get("Georgia") == ("region", "US"), got


def test_a_foreign_town_as_a_place_still_keeps_the_country() -> None:
    got = _places(
        "Ana Ruiz, who played two seasons in Ohio, flew to Toronto on Monday for talks on a gas deal. Georgia "
        "produced two of the region's pipelines this decade, and Kansas had one, she said.")
    assert got.get("Georgia") == ("country", "GE"), got
