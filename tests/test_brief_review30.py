"""What the seventeenth read left open (bench/BRIEF_REVIEW.md, "Seventeenth read", "Left open … by owner"; branch
places17): football clubs named by their towns placed as towns, a venue placed as the town of its name, a sentence
cut before a quoted title after a possessive, and an ordinary-case dateline shown on the timeline. Fixtures are made
up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.analyse import analyse
from storyline.model import Document
from storyline.places import locate_places
from storyline.places.other_names import names_a_venue
from storyline.timeline import build_timeline


def _places(*texts: str) -> set[str]:
    return {p.name for p in locate_places(story(*texts)).places}


def _sentences(text: str) -> list[str]:
    return [s.text for s in analyse([Document(id="d", text=text)])[0].sentences]


# --- places: a town's name used as its team's ---------------------------------------------------------------------


def test_clubs_in_a_sports_story_are_no_towns() -> None:
    got = _places("Tottenham beat Chelsea 2-0 at home on Sunday to climb to fifth in the Premier League.\n"
                  "The Porto striker signed for Everton in the summer.\n"
                  "West Ham's manager said the fixture had been hard.\n"
                  "Tottenham said in a statement that it was delighted.")
    assert not got & {"Tottenham", "Chelsea", "Porto", "Everton", "West Ham"}, got


def test_a_clubs_town_written_as_a_place_stays_a_place() -> None:
    got = _places("Tottenham beat Chelsea 2-0 on Sunday.\n"
                  "Police said a fan was attacked in Tottenham, north London, after the match.")
    assert "Tottenham" in got and "Chelsea" not in got, got


def test_towns_in_a_story_with_no_sports_cue_stay_places() -> None:
    got = _places("Flooding closed roads in Chelsea and Tottenham on Sunday.\n"
                  "Tottenham residents were told to leave their homes.")
    assert "Tottenham" in got and "Chelsea" in got, got


def test_a_countrys_name_in_a_sports_sentence_stays_on_the_map() -> None:
    assert "Portugal" in _places("Portugal beat Spain 2-1 in the match on Friday.")


# --- the splitter: a possessive before a quoted title -------------------------------------------------------------


def test_no_cut_between_a_possessive_and_its_quoted_title() -> None:
    got = _sentences("The singer joined the band in 1975 and stayed until 1982, appearing on four albums and hit "
                     "singles like 1978’s “What a Fool Believe.” He later sang with them again.")
    assert got == ["The singer joined the band in 1975 and stayed until 1982, appearing on four albums and hit "
                   "singles like 1978’s “What a Fool Believe.”", "He later sang with them again."], got


def test_no_cut_after_a_name_possessive_before_a_quoted_title() -> None:
    got = _sentences("Her best-known role was in Ridley Scott’s “The Long Way Home.” She retired in 2001.")
    assert got[0].endswith("“The Long Way Home.”"), got
    assert len(got) == 2, got


# --- places: a venue's name is not the town of that name -----------------------------------------------------------


def test_a_venue_named_for_a_town_is_no_town() -> None:
    got = _places("The band plays Raleigh, N.C., at the Harbor Music Park at Walnut Creek on June 20.\n"
                  "It then plays the Walnut Creek Amphitheatre in Raleigh on June 21.")
    assert "Walnut Creek" not in got and "Raleigh" in got, got


def test_a_town_before_a_lower_case_venue_noun_stays_a_town() -> None:
    for text in ("Police closed a Walnut Creek arena on Friday.", "the center at Walnut Creek was shut"):
        at = text.index("Walnut Creek")
        assert not names_a_venue(text, at, at + len("Walnut Creek")), text
    text = "the Music Park at Walnut Creek"
    assert names_a_venue(text, text.index("Walnut"), len(text))


# --- timeline: an ordinary-case dateline -------------------------------------------------------------------------


def test_the_timeline_leaves_out_an_ordinary_case_dateline() -> None:
    got = [e.text for e in build_timeline(story(
        "Indianapolis – Several thousand teachers surrounded the Statehouse on Tuesday to call for better pay.\n"
        "The governor said he would meet them on Friday.", published=dt.date(2019, 11, 19)))]
    assert any(t.startswith("Several thousand teachers") for t in got), got
    assert not any(t.startswith("Indianapolis") for t in got), got


def test_the_timeline_keeps_a_first_sentence_that_opens_with_no_dateline() -> None:
    got = [e.text for e in build_timeline(story(
        "Nurses – several hundred of them – marched on Tuesday to call for better pay.",
        published=dt.date(2019, 11, 19)))]
    assert any(t.startswith("Nurses") for t in got), got


def test_no_timeline_entry_ends_on_a_possessive_before_a_quoted_title() -> None:
    got = [e.text for e in build_timeline(story(
        "The singer joined the band in 1975 and stayed until 1982, appearing on four albums and hit singles like "
        "1978’s “What a Fool Believe.” He later sang with them again.", published=dt.date(2019, 11, 19)))]
    assert got and all(not t.endswith("’s") for t in got), got


def test_the_city_of_a_town_in_a_sports_sentence_stays_a_place() -> None:
    got = _places("Japan and Oman drew 1-1, settling their group match in the northern city of Porto on Sunday.\n"
                  "Japan's striker was sent off in the match.")
    assert "Porto" in got, got


def test_one_cue_or_a_beaten_charge_makes_no_sports_story() -> None:
    got = _places("His lawyer said Los Angeles prosecutors had no new evidence and that he would beat the murder rap.\n"
                  "The Denver manager of the fund said he would testify.")
    assert "Los Angeles" in got and "Denver" in got, got
