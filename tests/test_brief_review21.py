"""The kinds of entity junk the twelfth read found in stories nobody tuned for (issue 12, bench/BRIEF_REVIEW.md,
"ents14"): a business (a company, an app) the model read as a person, written with a business's cues ("the chief
executive of Pinbox", "Pinbox's app", "the Vinsky app"); a list's label in capitals ('VISION: "…"'); a clock time
("5:57pm PDT"); a typographic possessive ("Modern Family‘s"). Fixtures are made up for these tests; none comes
from the bench. The guards keep people written with a person's cues, given names, acronyms and speakers' labels."""

from __future__ import annotations

from conftest import entities
from storyline.entities.common_words import caps_label
from storyline.entities.shapes import clock_time
from storyline.entities.ventures import venture_use
from storyline.names import clean_name


def listed(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {n: (k, al) for n, k, al in entities(*texts)}


def test_a_business_written_by_who_runs_it_is_an_organisation() -> None:
    got = listed("Startups like Crate and Pinbox raised money last year. Aaron Pell, the chief executive of Pinbox, "
                 "said the market was crowded. Pinbox's app lets users share files.")
    assert got.get("Pinbox", ("",))[0] == "org", got
    assert got.get("Aaron Pell", ("",))[0] == "person", got


def test_an_app_named_for_its_business_is_an_organisation() -> None:
    got = listed("Startups like Vinsky and Pinbox raised money. He posted the video on Vinsky, where it was viewed a "
                 "million times. Evan Marsh, who co-founded Vinsky, said the Vinsky app would stay free.")
    assert got.get("Vinsky", ("",))[0] == "org", got
    assert got.get("Evan Marsh", ("",))[0] == "person", got


def test_business_cues() -> None:
    for text in ["Aaron Pell, the chief executive of Pinbox, said", "Pinbox's app is free", "the Pinbox app is new",
                 "Pinbox, the company, said", "shares of Pinbox Inc. rose", "investors in Pinbox lost"]:
        at = text.index("Pinbox")
        assert venture_use(text, at, at + 6), text
    for text in ["Pinbox said he would go", "the Pinbox family", "Pinbox's wife said", "Pinbox Group of Companies",
                 "the president of Pinbox"]:
        at = text.index("Pinbox")
        assert not venture_use(text, at, at + 6), text


def test_a_person_with_a_persons_cue_or_a_given_name_stays_a_person() -> None:
    # "Spiegel's app": the founder's, a surname of the story; "Evan's app": a given name
    got = listed("Evan Spiegel, who founded Snapwell, said he was proud. Spiegel's app was updated on Monday. Spiegel "
                 "said he would not sell.")
    assert got.get("Evan Spiegel", ("",))[0] == "person", got
    assert "Spiegel" in got["Evan Spiegel"][1], got


def test_a_lists_label_in_capitals_is_no_name() -> None:
    got = listed('ON DISCIPLINE: "You must train every day," Whitby said.\nON FAILURE: "Never quit."\n'
                 'VISION: "See the finish."')
    assert "VISION" not in got, got
    assert caps_label("ON ATTITUDE") and caps_label("VISION")
    assert not caps_label("NATO") and not caps_label("FBI") and not caps_label("CNN")


def test_a_speakers_label_of_a_person_of_the_story_stays() -> None:
    got = listed("Senator Barack Obama spoke in Des Moines on Friday.\nOBAMA: We will win this state.\n"
                 "OBAMA: Thank you, Iowa.")
    assert "Barack Obama" in got, got
    assert not any(n == "OBAMA" and k != "person" for n, (k, _) in got.items()), got


def test_a_clock_time_is_no_name() -> None:
    got = listed("The update went live at 5:57pm PDT on Friday, said Dana Whitby.")
    assert not any(n.startswith("5:57") for n in got), got
    assert "Dana Whitby" in got, got
    assert clock_time("5:57pm PDT") and clock_time("10.30 a.m. ET") and clock_time("9pm EST")
    assert not clock_time("7-Eleven") and not clock_time("3M") and not clock_time("2016") and not clock_time("A380")


def test_a_typographic_possessive_is_no_part_of_the_name() -> None:
    assert clean_name("Modern Family‘s") == "Modern Family"
    assert clean_name("Modern Family’s") == "Modern Family"
    assert clean_name("‘Modern Family") == "Modern Family"


def test_a_works_title_written_as_one_is_no_name() -> None:
    got = listed("Director Paul Harker made his name with Quiet Orchards (1994) and later Hollow Bells, which won "
                 "three awards. Harker's adaptation of Hollow Bells cost $90 million. Kate Morrow starred in "
                 "Quiet Orchards.",
                 "The cast of Golden Wives of Dallas returned for a new season. Lisa Pryor, a star of Golden Wives, "
                 "said the show had changed her life. The Golden Wives finale airs Sunday.")
    names = set(got) | {a for _, al in got.values() for a in al}
    assert not {"Quiet Orchards", "Orchards", "Hollow Bells", "Golden Wives"} & names, got
    assert {"Paul Harker", "Kate Morrow", "Lisa Pryor"} <= set(got), got


def test_a_studio_or_a_body_by_a_works_cue_stays() -> None:
    # a business that makes the work acts ("said"); a body after "director of" is no work
    got = listed("Brightline Pictures said its remake of the film would open in May. Brightline Pictures said the "
                 "sequel was planned. Dana Whitby, the director of the Federal Bureau of Investigation, said nothing.")
    assert got.get("Brightline Pictures", ("",))[0] == "org", got
    assert got.get("Federal Bureau of Investigation", ("",))[0] == "org", got


def test_more_very_common_given_names_open_a_persons_name() -> None:
    # "Sofia Marquez" tagged as an organisation is a person, and "Marquez" is hers (lexicon/first_names.tsv)
    from storyline.names import FIRST_NAME_GENDERS, given_name_first

    assert given_name_first("Sofia Marquez") and given_name_first("Evan Kessler")
    assert FIRST_NAME_GENDERS["sofia"] == "f" and FIRST_NAME_GENDERS["evan"] == "m"
    assert not given_name_first("Sofia University") and "harper" not in FIRST_NAME_GENDERS
