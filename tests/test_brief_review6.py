"""The fifth read of the briefs (issue 12, bench/BRIEF_REVIEW.md, branch brief5; the file name
follows test_brief_review5.py, which holds the fourth read's leftovers): wire archives' typewriter
quotation marks are shown as quotation marks; a quotation that ends with its own question mark
keeps its speaker in the same sentence; a list of one country's places decides the reading of a
name in it. Fixtures are written for these tests in the style of wire copy; none comes from the
bench."""

from __future__ import annotations

import pytest

from conftest import story
from storyline.places import locate_places
from storyline.render.common import typeset_quotes
from storyline.render.markdown import md_inline


def sentences(text: str) -> list[str]:
    [a] = story(text)
    return [text[s.start : s.end] for s in a.sentences]


# --- typewriter quotation marks -----------------------------------------------------------------


@pytest.mark.parametrize(("raw", "shown"), [
    ("``We will rebuild the pier,'' the mayor said.", "“We will rebuild the pier,” the mayor said."),
    ("``Is it safe?'' asked one parent.", "“Is it safe?” asked one parent."),
    ("''There were 400 complaints'' last year, Ms. Orr said.", "“There were 400 complaints” last year, Ms. Orr said."),
    ("He called the plan ``reckless.''", "He called the plan “reckless.”"),
])
def test_archive_quotation_marks_are_shown_as_quotation_marks(raw: str, shown: str) -> None:
    assert typeset_quotes(raw) == shown
    assert md_inline(raw) == shown  # no backslash-escaped backticks in the Markdown


def test_text_without_archive_marks_is_shown_as_written() -> None:
    for text in ('"Yes," she said.', "It's the council's plan.", "the 1990s' boom"):
        assert typeset_quotes(text) == text


# --- a quotation's question mark does not end the sentence before its speaker ---------------------


@pytest.mark.parametrize("text", [
    "``Have we not done our best for this town?'' Mr. Pell said in an interview. ``Nobody can say that.''",
    '"Will the bridge be ready by May?" asked Rep. Ann Orr. "Nobody knows."',
    '"Is it over?" she asked. "Not yet."',
    "“Where were the inspectors?” the union's secretary said on Friday. “Nobody came.”",
])
def test_a_speaker_after_a_quoted_question_stays_with_the_quotation(text: str) -> None:
    got = sentences(text)
    assert len(got) == 2
    assert got[0].rstrip(".").endswith(("interview", "Orr", "asked", "Friday"))


@pytest.mark.parametrize("text", [
    '"Who would do this?" Neighbours said the family had lived there for years.',
    '"Why now?" The question hung over the council meeting on Monday.',
])
def test_a_new_sentence_after_a_quoted_question_is_its_own(text: str) -> None:
    got = sentences(text)
    assert len(got) == 2 and got[0].endswith('?"')


# --- a list of one country's places ------------------------------------------------------------


def places(*texts: str) -> dict[str, tuple[str, str]]:
    loc = locate_places(story(*texts))
    return {r.name: (r.kind, r.country or "") for r in loc.places}


def test_a_name_in_a_list_of_us_states_is_the_state_wherever_the_story_names_it() -> None:
    got = places("Republicans must defend seats in Ohio, Missouri, Colorado and Georgia this year, party "
                 "strategists said. The Georgia senator said he was confident.\nThe Texas race is close.")
    assert got["Georgia"] == ("region", "US")


def test_a_list_of_countries_keeps_the_country() -> None:
    got = places("Ministers from Armenia, Azerbaijan, Turkey and Georgia met in Tbilisi on Monday to discuss "
                 "the pipeline.")
    assert got["Georgia"] == ("country", "GE")


def test_a_town_in_a_list_of_another_countrys_towns_is_not_placed_abroad() -> None:
    got = places("The tremor was felt in Rancagua, San Fernando, Curicó and Talca, Chile's emergency office "
                 "said. Residents of Santiago ran into the streets.")
    assert "San Fernando" not in got  # no Chilean San Fernando in the gazetteer: not one in the Philippines
    assert got["Talca"] == ("city", "CL")


def test_a_town_the_model_reads_as_a_person_is_placed_by_its_list() -> None:
    got = places("The quake was felt in the cities of Talca, Constitución, Curicó and Linares, the emergency "
                 "office said on Monday. Rescue teams were sent to Talca.")
    assert got.get("Constitución") == ("city", "CL")


# --- names that are not people or organisations -------------------------------------------------


def listed(*texts: str) -> dict[str, str]:
    from storyline.entities import merge_entities

    a = story(*texts)
    return {e.name: e.kind for e in merge_entities(a, locate_places(a))}


def test_a_car_after_its_model_year_is_not_listed() -> None:
    got = listed("Police said the family came to look at a white 2009 four-door Kia Verano they had seen online. "
                 "The father test drove the car with a man named Dorsey Blake.")
    assert not any("Verano" in n for n in got)
    assert got["Dorsey Blake"] == "person"


def test_a_sentence_opening_preposition_is_not_part_of_a_name() -> None:
    got = listed("Across Capitol Hill on Wednesday, senators weighed the bill. Lobbyists crowded Capitol Hill all "
                 "week, and Senator Ann Orr said she was undecided.")
    assert "Across Capitol Hill" not in got
    assert "Capitol Hill" in got


def test_an_award_written_as_a_plural_is_not_an_organisation() -> None:
    got = listed("The Academy, which hands out the Oscars, invited 683 new members on Wednesday. Several Oscar "
                 "nominees were among them, the Academy said.")
    assert "Oscars" not in got and "Academy" in got
    got = listed("The Academy, which hands out the Oscars, invited 683 new members on Wednesday.",
                 "Several Oscar nominees were among the new members, the Academy said.")
    assert "Oscars" not in got  # the plural in one report, the modifier in another


def test_an_apartment_block_is_not_an_organisation() -> None:
    got = listed("Neighbours in the Stone Ridge Apartments called police. A woman who lives in the Stone Ridge "
                 "Apartments said she heard shots.")
    assert not any("Stone Ridge" in n for n in got)


def test_a_name_cut_inside_a_bracket_is_not_listed() -> None:
    got = listed("The quake was felt in Maule (III, IV), O'Higgins (IV) and Valparaíso (III), the office said.")
    assert not any("(" in n for n in got)


@pytest.mark.parametrize(("name", "bill"), [
    ("H.R. 2231", True), ("S. 1", True), ("H.Res. 24", True), ("Bill C-51", True),
    ("Harry Reid", False), ("S. Korea", False), ("HR Block", False),
])
def test_a_bill_number_is_a_document(name: str, bill: bool) -> None:
    from storyline.entities.shapes import bill_name

    assert bill_name(name) is bill


# --- summary sentences that lean on what is not shown -------------------------------------------


def why(text: str) -> dict[str, str | None]:
    from storyline.summary.standalone import why_not_alone

    [a] = story(text)
    return {s.text: why_not_alone(a, s) for s in a.sentences}


def test_a_quoted_reply_leans_on_the_question_before_it() -> None:
    got = why('Was the shutdown a failure? "Yes, it is embarrassing," Sen. Ann Orr said on Sunday. '
              '"No one knows what happens next," Sen. Orr said.')
    assert "reply" in (got['"Yes, it is embarrassing," Sen. Ann Orr said on Sunday.'] or "")
    assert got['"No one knows what happens next," Sen. Orr said.'] is None


@pytest.mark.parametrize(("text", "first"), [
    ("Politicians have lost their power to frighten me.", True),
    ("I no longer believe the sky is falling.", True),
    ("My view is that the plan fails.", True),
    ('"I am tired of the talk," Mayor Ann Orr said.', False),
    ("World War I veterans marched on Sunday.", False),
    ("The senator's aides said they weren't sure.", False),
    ("Coal mine workers struck on Monday.", False),
])
def test_a_writers_first_person_is_told_from_a_quoted_one(text: str, first: bool) -> None:
    from storyline.summary.standalone import first_person

    assert first_person(text) is first


def test_a_writers_first_person_is_not_shown_when_the_switch_is_on() -> None:
    from storyline.summary import select
    from storyline.summary.config import SummaryConfig

    a = story("Politicians have lost their power to frighten me, and the budget talks in the capital prove it "
              "again this week.\nThe state budget cuts take effect on Friday, officials in the capital said on "
              "Monday.\nSchools and clinics will lose about a tenth of their state money under the cuts, officials "
              "said.")
    shown = [s.text for s in select(a, 60, SummaryConfig(hide_first_person=True))]
    assert shown and not any("frighten me" in t for t in shown)
    assert any("frighten me" in s.text for s in select(a, 60))  # off by default (ROUGE, see SummaryConfig)


# --- dates inside a relative clause ---------------------------------------------------------------


def test_a_date_of_an_infinitive_inside_a_relative_clause_is_a_mention() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story('"They are closer than they say," said Ann Orr, the lawyer who ran for the '
                                   "party nomination to challenge the senator in 1992. The council approved the "
                                   "plan in 1994. The mayor went to Rome to sign the treaty in 1995."))
    by_year = {e.date: e.mention for e in entries}
    assert by_year == {"1992": True, "1994": False, "1995": False}


def test_a_name_inside_an_idiom_is_no_place() -> None:
    got = places("Many members fear that having opened Pandora's box on Thursday, they will never get it closed. "
                 "The vote was held in Ohio, Michigan and Indiana.")
    assert "Pandora" not in got and got["Ohio"] == ("region", "US")
    got = places("Pandora, a village in Putnam County, Ohio, flooded on Monday, and Ottawa, Ohio, closed its schools.")
    assert "Pandora" in got


def test_a_town_a_list_places_is_that_town_where_the_story_names_it_again() -> None:
    got = listed("The quake was felt in the cities of Talca, Constitución, Curicó and Linares, the emergency "
                 "office said on Monday.", "The president flew to Constitución on Tuesday to see the damage.")
    assert got.get("Constitución") == "place"


def test_a_name_written_with_a_divisions_title_is_no_person() -> None:
    got = listed("Rain fell across the Bío Bío Region on Wednesday. Residents of Bío Bío said the roads were "
                 "flooded.", "The quake struck near Talca, Maule Region. Maule was hit hardest.")
    assert not any(n.startswith(("Bío", "Maule")) and k == "person" for n, k in got.items())  # ents21: "Maule
    # Region" is the Maule region's row now ("X Region": places/formal_names.py), a place
    assert got["Talca"] == "place"
