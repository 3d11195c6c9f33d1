"""The thirtieth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents34"). Fixtures are made up;
none comes from the bench."""

from __future__ import annotations

from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Located, Mention
from test_brief_review23 import tagged


def test_a_postal_code_after_a_town_and_the_town_before_it_are_no_bodies() -> None:
    text = ("The Velbrook Players open in Alderton, KS, on May 2.\nMay 4 -- Quarrow Hall, Tarnley, OR\n"
            "May 6 -- Orbis Arena, Bexford, NM\nAcme Group sells the tickets.")
    got = tagged((text, [("Velbrook Players", "org"), ("KS", "org"), ("OR", "org"), ("Bexford", "org"),
                         ("NM", "org"), ("Acme Group", "org")]))
    assert "KS" not in got and "OR" not in got and "NM" not in got, got
    assert "Bexford" not in got, got  # the town before its state's code
    assert "Velbrook Players" in got and "Acme Group" in got, got


def test_a_street_after_its_house_number_is_no_body() -> None:
    text = ("Police arrested Ana Ruiz, who resides at 2417 Tarnley Place, Acme Group said. In 2019 Orbis Foods "
            "opened. Ana Ruiz, 30, of 88 Quarrow Way, was held.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Tarnley Place", "org"), ("Acme Group", "org"),
                         ("Orbis Foods", "org"), ("Ana Ruiz", "person"), ("Quarrow Way", "org")]))
    assert "Tarnley Place" not in got and "Quarrow Way" not in got, got
    assert "Orbis Foods" in got and "Acme Group" in got, got  # a year is no house number


def _with_teams(text: str, spans: list[tuple[str, EntityKind]], team: str) -> dict[str, tuple[str, list[str]]]:
    """The entities of one made-up report whose town ``team`` the places stage read as its team's."""
    mentions, at = [], 0
    for span, kind in spans:
        at = text.index(span, at)
        mentions.append(Mention("d0", at, at + len(span), span, kind))
        at += len(span)
    located = Located()
    located.teams.add(("d0", text.index(team), text.index(team) + len(team)))
    a = Analysis(Document(id="d0", text=text, title="d0"), [], mentions)
    return {e.name: (e.kind, e.aliases) for e in merge_entities([a], located)}


def test_a_teams_one_word_name_after_the_is_no_person_in_a_story_of_sport() -> None:
    text = ("Ana Ruiz scored 30 for the Tornado, who have lost four of five. The Tornado trailed late, but the Tornado "
            "rallied to beat Alderton.\nTornado: Ruiz sat out. Quarrow said Ruiz was fine.")
    spans: list[tuple[str, EntityKind]] = [("Ana Ruiz", "person"), ("Tornado", "person"), ("Tornado", "person"),
                                           ("Tornado", "person"), ("Quarrow", "person")]
    got = _with_teams(text, spans, "Alderton")
    assert got.get("Tornado", ("",))[0] == "org", got
    assert got.get("Quarrow", ("",))[0] == "person", got  # written bare, as a speaker
    got = tagged((text, spans))
    assert got.get("Tornado", ("",))[0] == "person", got  # no story of sport: "The Unabomber thought …" is a person


def test_a_name_run_on_over_the_into_another_name_is_two_names() -> None:
    text = ("Ana Ruiz told Velbrook the Tarns have a new record. The Tarns will tour, and Alderton’s The Quarrow "
            "Pavilion hosts the last date. Quarrow Pavilion sold out. Ivan the Terrible is a play.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook the Tarns", "org"), ("Tarns", "org"),
                         ("Alderton’s The Quarrow Pavilion", "org"), ("Quarrow Pavilion", "org"),
                         ("Ivan the Terrible", "person")]))
    assert "Velbrook the Tarns" not in got and "Tarns" in got, got
    assert "Alderton’s The Quarrow Pavilion" not in got and "Quarrow Pavilion" in got, got
    assert "Ivan the Terrible" in got, got  # no name of its own after "the"


def test_a_position_letter_in_a_teams_notes_is_no_part_of_the_players_name() -> None:
    text = "Ana Ruiz scored 20.\nNOTES\nHawks: G Tom Quarrow missed the game. F Scott Bell wrote a book."
    got = tagged((text, [("Ana Ruiz", "person"), ("G Tom Quarrow", "org"), ("F Scott Bell", "person")]))
    assert "G Tom Quarrow" not in got and got.get("Tom Quarrow", ("",))[0] == "person", got
    assert "F Scott Bell" in got, got  # no team's label before it


def test_a_bare_name_written_as_a_persons_and_tagged_one_once_is_a_person() -> None:
    text = ("Quarrow has put the ball in Ruiz’s hands. “He is terrific,” Quarrow said. Quarrow said he was pleased. "
            "Ana Ruiz scored 30. Tarn said it would grow.")
    got = tagged((text, [("Quarrow", "org"), ("Quarrow", "person"), ("Quarrow", "org"), ("Ana Ruiz", "person"),
                         ("Tarn", "org")]))
    assert got.get("Quarrow", ("",))[0] == "person", got
    assert got.get("Tarn", ("",))[0] == "org", got


def test_a_class_before_a_roman_numeral_is_no_body() -> None:
    text = "Ana Ruiz faces possession of a Class III substance, Acme Group said. A Boeing 737 jet landed."
    got = tagged((text, [("Ana Ruiz", "person"), ("Class", "org"), ("Acme Group", "org"), ("Boeing", "org")]))
    assert "Class" not in got and "Acme Group" in got and "Boeing" in got, got


def test_a_dated_rows_first_name_is_its_venue_whole() -> None:
    text = ("Ana Ruiz tours in May.\nMay 2 -- Tarn Music Park at Alder Creek, Bexford, NM\n"
            "May 4 -- Quarrow Lane Live, Alderton, KS\nAcme Group said so.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Tarn Music Park", "org"), ("Quarrow Lane Live", "person"),
                         ("Acme Group", "org")]))
    assert "Tarn Music Park at Alder Creek" in got and "Tarn Music Park" not in got, got
    assert got.get("Quarrow Lane Live", ("",))[0] == "org", got
