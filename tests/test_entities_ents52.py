"""ents52's kinds (bench/BRIEF_REVIEW.md, "ents52"), on made-up text: a town's name used as a sports team's counts for
no country when a country's name is read as a division of the story's country; a name glossed as a kind of living
thing, a fossil, a malicious program or a craft is no person and no body. Fixtures are made up for these tests;
none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places
from test_brief_review23 import tagged


def _places(*texts: str) -> dict[str, tuple[str, str]]:
    return {p.name: (p.kind, p.country or "") for p in locate_places(story(*texts)).places}


def test_a_team_named_by_a_foreign_town_does_not_keep_a_state_abroad() -> None:
    got = _places(
        "The league's trade deadline passed on Monday with nine deals. Toronto beat Dallas 4-2 in the night's late "
        "game, and the coach said the trade market was thin. Ana Ruiz, who played two seasons in Ohio, was traded "
        "by Toronto for a draft pick. Georgia produced two of the league's top scorers this season, and Kansas "
        "had one.")
    assert got.get("Georgia") == ("region", "US"), got


def test_a_foreign_town_as_a_place_still_keeps_the_country() -> None:
    got = _places(
        "Ana Ruiz, who played two seasons in Ohio, flew to Toronto on Monday for talks on a gas deal. Georgia "
        "produced two of the region's pipelines this decade, and Kansas had one, she said.")
    assert got.get("Georgia") == ("country", "GE"), got


def test_a_name_glossed_as_a_kind_of_living_thing_is_no_person() -> None:
    text = ("The moths feed on two groups of plants: Velmora, another type of flowering shrub; and Tarnids, the "
            "group that ferns belong to. Velmora was found in 1990 and Tarnids later, Bo Lund said.")
    got = tagged((text, [("Velmora", "person"), ("Tarnids", "person"), ("Velmora", "person"), ("Tarnids", "person"),
                         ("Bo Lund", "person")]))
    assert "Velmora" in got and "Tarnids" in got, got  # no kind's noun: a gloss alone ("the group") is no cue
    text = ("The moths feed on two groups of microbes: Velmora, another type of single-celled organism; and Tarnids, "
            "the domain that ferns belong to. Velmora was found in 1990 and Tarnids later, Bo Lund said.")
    got = tagged((text, [("Velmora", "person"), ("Tarnids", "person"), ("Velmora", "person"), ("Tarnids", "person"),
                         ("Bo Lund", "person")]))
    assert "Velmora" not in got and "Tarnids" not in got and "Bo Lund" in got, got


def test_a_creature_called_by_its_name_and_its_species_are_no_person() -> None:
    text = ("A beetle has been given a grand name -- Quillax Minor. Researchers called the tiny creature Quillax. "
            "The Quillax fossil is kept in Oslo, and Quillax lived in trees, Bo Lund said.")
    got = tagged((text, [("Quillax Minor", "person"), ("Quillax", "person"), ("Quillax", "person"),
                         ("Quillax", "person"), ("Bo Lund", "person")]))
    assert "Quillax" not in got and "Quillax Minor" not in got and "Bo Lund" in got, got
    person = "Ana Quillax, a fossil hunter, found it. The Quillax fossil is in Oslo, Quillax said."
    got = tagged((person, [("Ana Quillax", "person"), ("Quillax", "person"), ("Quillax", "person")]))
    assert "Ana Quillax" in got, got  # "Quillax said": a speaker; the hunter is a person


def test_a_craft_called_by_its_name_is_no_body() -> None:
    text = ("The agency will launch a lunar probe in May. Called Velta, the craft will map the poles. Velta will "
            "weigh 300kg, Bo Lund said.")
    got = tagged((text, [("Velta", "org"), ("Velta", "org"), ("Bo Lund", "person")]))
    assert "Velta" not in got and "Bo Lund" in got, got
    body = "Called Velta, the firm will build the craft. Velta said it would hire 30 people."
    got = tagged((body, [("Velta", "org"), ("Velta", "org")]))
    assert "Velta" in got, got  # "Velta said": a speaker, a body


def test_which_after_the_object_of_of_is_no_bodys_cue() -> None:
    text = ("Officials reviewed a tackle of Joren Baptiste, which the video showed was late. Baptiste said he was "
            "fine, and Joren Baptiste scored twice.")
    got = tagged((text, [("Joren Baptiste", "person"), ("Baptiste", "person"), ("Joren Baptiste", "person")]))
    assert got.get("Joren Baptiste", ("",))[0] == "person", got
    body = "Ana Ruiz is the chair of Tarnwell Holdings, which makes tyres. Tarnwell Holdings said profit rose."
    got = tagged((body, [("Ana Ruiz", "person"), ("Tarnwell Holdings", "org"), ("Tarnwell Holdings", "org")]))
    assert got.get("Tarnwell Holdings", ("",))[0] == "org", got


def test_a_made_thing_glossed_by_its_kind_is_no_person() -> None:
    text = ("Ana Ruiz tested positive for the medication Velzor during the season. Velzor, the ADHD medication, is "
            "banned, Bo Lund said.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velzor", "person"), ("Velzor", "person"), ("Bo Lund", "person")]))
    assert "Velzor" not in got and "Ana Ruiz" in got, got
    contact = "They saw the fossil Ana Ruiz found. Ana Ruiz lives in Oslo."
    got = tagged((contact, [("Ana Ruiz", "person"), ("Ana Ruiz", "person")]))
    assert "Ana Ruiz" in got, got  # a contact clause: the name is its subject, no gloss


def test_a_numbers_abbreviation_is_no_name() -> None:
    text = "The jury cited Nos. 4 and 9 of the report, Ana Ruiz said."
    got = tagged((text, [("Nos", "person"), ("Ana Ruiz", "person")]))
    assert "Nos" not in got and "Ana Ruiz" in got, got


def test_a_pet_form_of_a_given_name_is_its_bearer() -> None:
    text = ("Rob Velquist won the race on Sunday. That's just Robby, his coach said, and Robby got a kick out of it. "
            "Robby Tarn finished second.")
    got = tagged((text, [("Rob Velquist", "person"), ("Robby", "person"), ("Robby", "person"),
                         ("Robby Tarn", "person")]))
    assert "Robby" not in got and "Robby Tarn" in got, got  # "Robby" opens another full name: joined to neither
    text = ("Rob Velquist won the race on Sunday. That's just Robby, his coach said, and Robby got a kick out of it.")
    got = tagged((text, [("Rob Velquist", "person"), ("Robby", "person"), ("Robby", "person")]))
    assert "Robby" not in got and "Robby" in got.get("Rob Velquist", ("", []))[1], got
