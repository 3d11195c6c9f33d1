"""The kind of entity junk every read found again (issue 12, bench/BRIEF_REVIEW.md, "ents12" and "Left open after
the eleventh read", entities; branch ents13): a capitalised ordinary word taken for a name (a word that opens a
sentence or a quotation), a title-case run of ordinary words (a headline's or a joke title's words), a work's
title, a data service's name, a made thing's name, and a masthead's last word alone apart from the paper. The
prior of what is an ordinary word comes from general text (``wordfreq``), the rules from how the story writes
the word. Fixtures are made up for these tests; none comes from the bench. The guards keep real one-word names
that are also words ("Apple", "Amazon", "Bush", "Turkey", "Reading") where the text treats them as names."""

from __future__ import annotations

from conftest import entities
from storyline.entities.common_words import (
    building_cut,
    capitalised_by_position,
    ordinary_word,
    sentence_start,
    title_run,
)


def listed(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {n: (k, al) for n, k, al in entities(*texts)}


def _names(got: dict[str, tuple[str, list[str]]]) -> set[str]:
    return set(got) | {a for _, al in got.values() for a in al}


def test_an_ordinary_word_opening_a_quotation_is_no_name() -> None:
    got = listed(
        'Police were called to the house on Elm Street in Corvallis many times, neighbours said.\n"Drift racing up '
        'and down. Trucks in and out all night," said a neighbour, Tom Marsh. "Noise is constant."',
        "Corvallis police arrested Dana Whitby, 31, on Tuesday. Marsh said the street was quiet now.")
    assert "Noise" not in _names(got), got
    assert "Tom Marsh" in got and "Dana Whitby" in got, got


def test_a_title_case_run_of_ordinary_words_is_no_name() -> None:
    got = listed('Reality star Kelsey Ortiz laughed off the listing on Friday.\n"Honestly the worst part of this story '
                 'is that my efforts to hide The Worst Passport Picture Of All Time have failed," Ortiz wrote.')
    assert not any("Passport Picture" in n for n in _names(got)), got
    assert "Kelsey Ortiz" in got, got


def test_a_works_title_after_its_noun_is_no_name() -> None:
    got = listed("The writer Harriet Vane, 71, died on Sunday. Her memoir Gaudy Night Revisited sold 200,000 copies, "
                 "and her novel Strong Poison was filmed in 1987.",
                 "Vane wrote eleven books, among them her book Yorkshire Larder and the cookbook Hattie's Kitchen, "
                 "which sold well.")
    names = _names(got)
    assert "Strong Poison" not in names and "Yorkshire Larder" not in names and "Hattie" not in names, got
    assert "Harriet Vane" in got, got


def test_a_person_a_works_title_is_about_and_an_owner_of_a_thing_stay() -> None:
    got = listed("A collector found a rare reel in a tin. The film, Buster Keaton in Lagos, is the only known copy. "
                 "A United States Navy hospital ship, the USNS Mercy, arrived on Friday.")
    assert got.get("Buster Keaton", ("",))[0] == "person", got
    assert got.get("United States Navy", ("",))[0] == "org", got

    got = listed("Amid concerns about the industry, the Society Of Film Arts And Sciences, the honorary body, "
                 "changed its rules on Friday, said Dana Whitby.")
    assert got.get("Society Of Film Arts And Sciences", ("",))[0] == "org", got


def test_a_data_service_written_as_one_is_no_name() -> None:
    got = listed("The firm said it would seek costs.\nAccording to Casefinder data, out of 40 decisions involving "
                 "retaliation, 30 were upheld on appeal.",
                 "According to Lexwell data, of 49 decisions involving discrimination, only 12 were reversed, said "
                 "Dana Whitby, a lawyer.",
                 "Families can enter cases into the CaseTrack database. CaseTrack, a federal database of missing "
                 "persons, lists 12 cases in the county, and the CaseTrack website shows photographs. Her name was "
                 "removed from the Oregon Department of Justice's website on Friday.")
    assert not {"Casefinder", "Lexwell", "CaseTrack"} & _names(got), got
    assert "Dana Whitby" in got and got.get("Oregon Department of Justice", ("",))[0] == "org", got


def test_a_made_thing_after_an_indefinite_article_is_no_name() -> None:
    got = listed("Harold Pike flew 40 missions in the Pacific, piloting an Osprey torpedo bomber with his wife's name "
                 "painted on it.")
    assert "Osprey" not in _names(got), got
    assert "Harold Pike" in got, got


def test_a_mastheads_last_word_alone_is_the_paper() -> None:
    got = listed("The Harbour Valley Journal published a cover story on the missing. According to Journal research, "
                 "the county has the highest rate.",
                 "Sheriff Dana Whitby told the Journal in an interview that most people are found. "
                 '"We do what we can," Whitby told the Journal.')
    assert got.get("Harbour Valley Journal", ("", []))[1] == ["Journal"], got
    assert "Journal" not in got, got


def test_one_word_names_that_are_also_words_stay_where_the_text_treats_them_as_names() -> None:
    got = listed("Apple said on Monday it would open a store in Reading. Amazon shares fell 3 percent after Apple's "
                 "announcement.",
                 "Reading's council welcomed the plan. Mr. Bush, the council leader, said Turkey and Amazon were also "
                 "interested.",
                 "Bush said he had spoken to Apple. Turkey's trade minister visited Reading on Friday.")
    assert {"Apple", "Amazon", "Bush", "Reading", "Turkey"} <= set(got), got
    assert got["Apple"][0] == "org" and got["Bush"][0] == "person" and got["Turkey"][0] == "place", got


def test_an_institutions_word_stays_at_a_sentence_start() -> None:
    got = listed("The veterans marched through Honolulu on Saturday.\nCongress honours the veterans of the regiment "
                 "with a gold medal on Tuesday, said Rep. Dana Whitby.")
    assert got.get("Congress", ("",))[0] == "org", got


def test_a_surname_that_is_a_word_stays_at_a_sentence_start() -> None:
    got = listed("Governor Ann Bush visited the flooded town of Millbrook on Monday.\nBush toured the levee, and "
                 "residents asked for help.")
    assert "Ann Bush" in got and got["Ann Bush"][0] == "person", got


_OBITUARY = (
    "Harold Ashby Whitcombe, the governor who led Ohio through the recession of the 1970s, died on Friday at his "
    "home in Dayton. He was 94.\nWhitcombe was born in Akron in 1924. Whitcombe flew bombers in the war, and "
    "Whitcombe came home to run his father's bakery. His son, Thomas Whitcombe, said he died peacefully. His wife, "
    "Margaret Whitcombe, died in 2018.\nWhitcombe won the governorship in 1970. Mr. Whitcombe later taught at Ohio "
    "State. Harold A. Whitcombe was the last governor to serve three terms, and Whitcombe never lost an election. "
    "Whitcombe is to be buried in Akron on Tuesday.")


def test_a_bare_surname_is_the_ledes_bearer_when_the_evidence_is_strong() -> None:
    got = listed(_OBITUARY)
    assert "Whitcombe" in got.get("Harold Ashby Whitcombe", ("", []))[1], got
    assert "Harold A. Whitcombe" in got.get("Harold Ashby Whitcombe", ("", []))[1], got
    assert "Thomas Whitcombe" in got and "Margaret Whitcombe" in got, got


def test_a_bare_surname_stays_apart_when_reports_open_on_different_bearers() -> None:
    got = listed(_OBITUARY, "Thomas Whitcombe, the son of a former governor, opened a bakery in Akron on Monday. "
                 "Whitcombe said the bakery would sell his grandfather's bread.")
    assert "Whitcombe" not in got.get("Harold Ashby Whitcombe", ("", []))[1], got
    assert "Whitcombe" not in got.get("Thomas Whitcombe", ("", []))[1], got


def test_the_word_tests() -> None:
    assert ordinary_word("Drag") and ordinary_word("Journal") and not ordinary_word("Westlaw")
    assert sentence_start('said.\n"Drag racing', 7) and sentence_start("Up. Drag", 4)
    assert not sentence_start("the Drag Queens", 4)
    assert capitalised_by_position("Drag", ['"Drag racing up and down."', "They drag it."])
    assert not capitalised_by_position("Drag", ["Drag racing.", "She met Drag on Monday."])
    assert not capitalised_by_position("Reading", ["Reading's mayor spoke."])
    assert title_run("Worst Drivers License Photo Of All Time") and not title_run("Bank of America")
    assert not title_run("Department Of Homeland Security")
    assert building_cut("Civic Center Courthouse on Tuesday", len("Civic Center"))
