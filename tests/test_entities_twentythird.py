"""The seventeenth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents23"): a town's name the places
stage read as its sports team's (``Located.teams``) and a club's name ("Brackham United") are organisations, whatever
the model tagged them; a schedule's row the model read as one name ("TX @ Kelvane Live") is the venue's after the "@";
one body written under a longer and a shorter name ("Department of Coastal Fisheries" / "Coastal Fisheries
Department" / "Coastal Fisheries"; "ZFA Premier Cup" / "Premier Cup"; "Customs and Harbour Patrol" / "Harbour
Patrol") is one entry. Fixtures are made up; none comes from the bench. Guards: a tail two bodies' names share stays
apart from both, "Department of State" stays "State Department", "Ohio State" is no "State", a person surnamed like a
club ("Ann Rovers") stays a person, and a town written as a place ("a fan in Leeds") stays a place."""

from __future__ import annotations

from conftest import entities
from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Located, Mention
from test_brief_review23 import tagged


def _with_teams(text: str, spans: list[tuple[str, EntityKind]], teams: list[str]) -> dict[str, tuple[str, list[str]]]:
    mentions, at = [], 0
    for span, kind in spans:
        at = text.index(span, at)
        mentions.append(Mention("d0", at, at + len(span), span, kind))
        at += len(span)
    located = Located(teams={("d0", (i := text.index(t)), i + len(t)) for t in teams})
    a = Analysis(Document(id="d0", text=text, title="d0"), [], mentions)
    return {e.name: (e.kind, e.aliases) for e in merge_entities([a], located)}


def test_a_town_used_as_its_team_is_an_organisation() -> None:
    text = "Mendes, who also managed Velmora, Real Cadiz and Inter Varno, was sacked by Brackham on Friday."
    got = _with_teams(text, [("Mendes", "person"), ("Velmora", "person"), ("Real Cadiz", "org"),
                             ("Inter Varno", "org"), ("Brackham", "place")], ["Velmora", "Brackham"])
    assert got.get("Velmora", ("",))[0] == "org", got
    assert got.get("Brackham", ("",))[0] == "org", got
    assert got["Mendes"][0] == "person", got


def test_a_town_written_as_a_place_stays_a_place() -> None:
    got = {name: kind for name, kind, _ in entities(
        "A fan in Leeds was hurt on Saturday. Police in Leeds said the man, 34, was in a stable condition.")}
    assert got.get("Leeds") == "place", got


def test_a_schedule_row_is_the_venue_after_its_at() -> None:
    text = "October 9 – Irving, TX @ Kelvane Live\nOctober 10 – Dalton, TX @"
    got = tagged((text, [("Irving", "place"), ("TX @ Kelvane Live", "org"), ("Dalton", "place"), ("TX @", "org")]))
    assert "Kelvane Live" in got, got
    assert not any("@" in n for n in got), got
    text = "June 14 – Tarbury, GA @ Dunmore Sun Casino June 16 – Carville, CT @ Orrin Brewster Live"
    got = tagged((text, [("GA @ Dunmore", "person"), ("Orrin Brewster", "person")]))
    assert got == {"Dunmore Sun Casino": ("org", []), "Orrin Brewster Live": ("org", [])}, got
    got = tagged(("June 24 – Tarbury, VA @ Kelvane Brewster Live\nJune 26 – Carville", [("Brewster Live", "person")]))
    assert got == {"Kelvane Brewster Live": ("org", [])}, got


def test_a_department_under_its_reordered_name_and_its_tail_is_one_body() -> None:
    got = tagged(("The Department of Coastal Fisheries said on Monday the quota would fall. A Coastal Fisheries "
                  "Department spokesman said Coastal Fisheries had written to the boats.",
                  [("Department of Coastal Fisheries", "org"), ("Coastal Fisheries Department", "org"),
                   ("Coastal Fisheries", "org")]))
    assert len(got) == 1, got
    got = tagged(("The Ministry of Coastal Fisheries said so. A Coastal Fisheries Ministry spokesman agreed.",
                  [("Ministry of Coastal Fisheries", "org"), ("Coastal Fisheries Ministry", "org")]))
    assert len(got) == 1, got


def test_a_name_and_its_tail_after_a_qualifier_are_one_body() -> None:
    for text, spans in (
            ("The ZFA Premier Cup final is in May. The Premier Cup draw was held on Friday.",
             [("ZFA Premier Cup", "org"), ("Premier Cup", "org")]),
            ("Officers of Customs and Harbour Patrol held the boat. Harbour Patrol said the crew was safe.",
             [("Customs and Harbour Patrol", "org"), ("Harbour Patrol", "org")])):
        got = tagged((text, spans))
        assert len(got) == 1, got


def test_a_department_of_state_stays_the_state_department() -> None:
    got = tagged(("The Department of State said on Monday it would act. A State Department spokesman agreed.",
                  [("Department of State", "org"), ("State Department", "org")]))
    assert len(got) == 1, got


def test_a_tail_two_bodies_share_stays_apart() -> None:
    got = tagged(("The ZFA Premier Cup and the ZTA Premier Cup both start in May. The Premier Cup draw was held.",
                  [("ZFA Premier Cup", "org"), ("ZTA Premier Cup", "org"), ("Premier Cup", "org")]))
    assert len(got) == 3, got
    got = tagged(("Ohio State beat Michigan. State officials said the game was safe.",
                  [("Ohio State", "org"), ("Michigan", "org"), ("State", "org")]))
    assert "Ohio State" in got and "State" not in got, got
    got = tagged(("The bust is between the Lords and Senate chambers. The Senate met on Monday.",
                  [("Lords", "org"), ("Senate", "org"), ("Senate", "org")]))
    assert got.get("Senate", ("",))[0] == "org", got


def test_a_club_the_model_read_as_a_person_is_an_organisation() -> None:
    got = tagged(("Mendes was sacked by Brackham United after a run of defeats. Ann Rovers, a fan, said it was fair.",
                  [("Mendes", "person"), ("Brackham United", "person"), ("Ann Rovers", "person")]))
    assert got["Brackham United"][0] == "org", got
    assert got["Mendes"][0] == "person" and got["Ann Rovers"][0] == "person", got


def test_a_town_used_as_its_team_is_no_short_form_of_the_towns_paper() -> None:
    text = ("The rematch with Brackham was moved on Monday. \"We lost that game,\" the coach told the Brackham "
            "Evening Courier.")
    got = _with_teams(text, [("Brackham", "org"), ("Brackham Evening Courier", "org")], ["Brackham"])
    assert got.get("Brackham", ("",))[0] == "org", got
    assert "Brackham" not in got.get("Brackham Evening Courier", ("", []))[1], got  # two bodies, two entries
