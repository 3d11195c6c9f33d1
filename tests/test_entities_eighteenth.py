"""The kinds of entity junk the fourteenth read left (issue 12, bench/BRIEF_REVIEW.md, "ents18"): a name written only
in a transcript's capitals is not listed; a person's name cut before its surname is whole; a middle name does not
make a second person; storms lived through ("went through Ada and Bruno") are no people; the last two names of a
list joined by "and", and two bodies run together over a list's comma, are no entry; a body's name after "the …
and" is whole; a water's or a monument's name, a name tagged a place after "in", a period's name are no people; a
name after "<person>, of" is a body. Fixtures are made up; none comes from the bench. Mentions are given by hand,
as the model tagged the bench's texts. Guards keep a report all in capitals, a name in capitals the story also
writes in ordinary case, two people with one surname and two middle names, a person after "went through" in a
story of no storm, "Procter and Gamble"-like names, "Clyde Barrow" written as a person, and "confidence in" a
person."""

from __future__ import annotations

from storyline.model import EntityKind, Sentence
from test_brief_review23 import tagged


def _split(doc: str, text: str) -> list[Sentence]:
    """The text's sentences, split after ". " (the fixtures hold no other stop)."""
    out, at = [], 0
    for i, piece in enumerate(text.split(". ")):
        end = at + len(piece) + (1 if at + len(piece) < len(text) else 0)
        out.append(Sentence(doc, i, at, end, text[at:end]))
        at += len(piece) + 2
    return out


def _with_sentences(*docs: tuple[str, list[tuple[str, EntityKind]]]) -> dict[str, tuple[str, list[str]]]:
    """As ``tagged``, with each report's sentences (the capitals rule reads them)."""
    return tagged(*docs, split=_split)


_TRANSCRIPT = ("WE CHECKED THE WARDEN'S OFFICE AND THEY SAID NOTHING. OFFICERS TRIED TO GET HER TO COME TO THE DOOR "
               "FOR AN HOUR. NORA, THIS CAME TO POLICE AS A TIP ABOUT DANA PRICE. Dana Price was arrested on Tuesday. "
               "Price later left the jail.")


def test_a_name_written_only_in_a_transcripts_capitals_is_not_listed() -> None:
    got = _with_sentences((_TRANSCRIPT, [("WARDEN", "org"), ("DOOR", "org"), ("NORA", "person"),
                                         ("DANA PRICE", "person"), ("Dana Price", "person"), ("Price", "person")]))
    assert "WARDEN" not in got and "DOOR" not in got and "NORA" not in got, got
    assert got["Dana Price"][0] == "person", got  # written in ordinary case too: kept


def test_a_report_all_in_capitals_keeps_its_names() -> None:
    got = _with_sentences(("NORA VANCE WAS ARRESTED ON TUESDAY BY TOWN POLICE. VANCE LATER LEFT THE JAIL WITH HER "
                           "LAWYER.", [("NORA VANCE", "person"), ("VANCE", "person")]))
    assert "NORA VANCE" in got, got


def test_a_persons_name_cut_before_its_surname_is_whole() -> None:
    got = tagged(("According to the agency, the detained man is Ann Beth Quarrow, 41, who is homeless. Quarrow will "
                  "be charged. It was not clear why Quarrow climbed the fence.", [("Ann Beth", "person")]))
    assert "Ann Beth" not in got and got["Ann Beth Quarrow"][0] == "person", got


def test_a_middle_name_does_not_make_a_second_person() -> None:
    got = tagged(("Nora Jane Vance was arrested Tuesday.", [("Nora Jane Vance", "person")]),
                 ("A judge told Nora Vance that she would get custody.", [("Nora Vance", "person")]))
    assert "Nora Vance" in got.get("Nora Jane Vance", ("", []))[1], got


def test_two_middle_names_are_two_people() -> None:
    got = tagged(("Nora Jane Vance and Nora Beth Vance were there. Nora Vance spoke.",
                  [("Nora Jane Vance", "person"), ("Nora Beth Vance", "person"), ("Nora Vance", "person")]))
    assert "Nora Jane Vance" in got and "Nora Beth Vance" in got, got


def test_storms_lived_through_are_no_people() -> None:
    got = tagged(("The hurricane was a day away. Dana Price said she came from the experience of going through Ada "
                  "and Bruno as a girl.", [("Dana Price", "person"), ("Ada", "person"), ("Bruno", "person")]))
    assert "Ada" not in got and "Bruno" not in got, got
    assert got["Dana Price"][0] == "person"


def test_a_person_gone_through_in_a_story_of_no_storm_stays() -> None:
    got = tagged(("Every request went through Bruno, who ran the office.", [("Bruno", "person")]))
    assert got["Bruno"][0] == "person", got


def test_the_last_two_names_of_a_list_joined_by_and_are_no_entry() -> None:
    got = tagged(("Studios including Ashby, Corral, Vantage News and TVQ were hit. TVQ said nothing.",
                  [("Ashby", "org"), ("Corral", "org"), ("Vantage News and TVQ", "org"), ("TVQ", "org")]))
    assert "Vantage News and TVQ" not in got and got["TVQ"][0] == "org", got


def test_a_companys_name_with_and_in_a_list_stays() -> None:
    got = tagged(("Makers such as Ashby, Corral, Pell and Gamber were hit.",
                  [("Ashby", "org"), ("Corral", "org"), ("Pell and Gamber", "org")]))
    assert "Pell and Gamber" in got, got


def test_two_bodies_run_together_over_a_lists_comma_are_no_entry() -> None:
    got = tagged(("The dig is a partnership between the University of Wessex, Heritage Wessex, and the county "
                  "museum. Heritage Wessex said so.", [("the University of Wessex, Heritage Wessex", "org"),
                                                      ("Heritage Wessex", "org")]))
    assert "University of Wessex, Heritage Wessex" not in got and "Heritage Wessex" in got, got


def test_a_bodys_name_after_the_and_and_is_whole() -> None:
    got = tagged(("The dig is funded by the Crafts and Heritage Research Council and the county museum.",
                  [("Crafts", "org"), ("Heritage Research Council", "org")]))
    assert "Heritage Research Council" not in got and got["Crafts and Heritage Research Council"][0] == "org", got


def test_a_waters_and_a_monuments_names_are_no_people() -> None:
    got = tagged(("Like Stonebury itself, Aldbury was linked to the river Aldwater by a flow. Built in 2,400 BC, "
                  "Aldbury henge is the largest. Aldbury had a huge enclosure, Dana Price said.",
                  [("Aldbury", "person"), ("Aldwater", "person"), ("Aldbury", "org"), ("Aldbury", "person"),
                   ("Dana Price", "person")]))
    assert "Aldbury" not in got and "Aldwater" not in got, got
    assert got["Dana Price"][0] == "person"


def test_a_monument_only_after_the_is_no_entry_and_a_person_of_that_surname_stays() -> None:
    got = tagged(("The ring enclosed the Hatchet Barrow, which was once 15 metres tall.",
                  [("the Hatchet Barrow", "person")]),
                 ("Clyde Barrow robbed banks. Barrow died in 1934.",
                  [("Clyde Barrow", "person"), ("Barrow", "person")]))
    assert "Hatchet Barrow" not in got and got["Clyde Barrow"][0] == "person", got


def test_a_name_tagged_a_place_after_in_is_no_person() -> None:
    got = tagged(("A skeleton was found at a dig in Aldshire. The site lies in rich Aldshire farmland.",
                  [("Aldshire", "place"), ("Aldshire", "person")]))
    assert got.get("Aldshire", ("",))[0] != "person", got


def test_confidence_in_a_person_keeps_the_person() -> None:
    got = tagged(("Voters lost confidence in Vance. Vance said he would stay.",
                  [("Vance", "place"), ("Vance", "person")]))
    assert got["Vance"][0] == "person", got


def test_a_period_is_no_person() -> None:
    got = tagged(("A 4,000-year-old Iron Age skeleton was found, Dana Price said.",
                  [("Iron Age", "person"), ("Dana Price", "person")]))
    assert "Iron Age" not in got, got


def test_a_name_after_a_person_and_of_is_a_body() -> None:
    got = tagged(('Ann Quarrow, of Heritage Wessex, said: "The work will help Heritage Wessex focus."',
                  [("Ann Quarrow", "person"), ("Heritage Wessex", "person"), ("Heritage Wessex", "person")]))
    assert got["Heritage Wessex"][0] == "org", got


def test_a_bare_surname_is_the_one_every_report_names_first_with_or_without_a_middle_name() -> None:
    got = tagged(("Nora Jane Vance was arrested Tuesday. Vance went home.",
                  [("Nora Jane Vance", "person"), ("Vance", "person")]),
                 ('A judge told Nora Vance she would get custody. "It was wrong," said Bo Vance, her father. Vance '
                  "thanked the judge.", [("Nora Vance", "person"), ("Bo Vance", "person"), ("Vance", "person")]))
    assert "Vance" not in got and "Vance" in got["Nora Jane Vance"][1] and "Bo Vance" in got, got


def test_a_body_tagged_a_place_once_after_in_stays() -> None:
    got = tagged(("Part of our work in Brightway is to help. Since Brightway began working in 2007, Brightway has "
                  "grown. Brightway estimates that it can end the practice, the charity said.",
                  [("Brightway", "place"), ("Brightway", "person"), ("Brightway", "person"), ("Brightway", "person")]))
    assert "Brightway" in got, got


def test_a_body_after_a_person_and_of_keeps_its_own_entry() -> None:
    got = tagged(("Carl Lund of Vantage Entertainment Group, who was his manager, said so. Lund dropped him.",
                  [("Carl Lund", "person"), ("Vantage Entertainment Group", "org"), ("Lund", "person")]))
    assert got.get("Vantage Entertainment Group", ("",))[0] == "org", got


def test_two_bodies_joined_by_and_keep_the_second_body() -> None:
    got = tagged(("Everybody is watching whether there is an Ardmore Fund and World Bank package. With the Ardmore "
                  "Fund aid package expected soon, markets rose.",
                  [("Ardmore Fund", "org"), ("World Bank", "org"), ("Ardmore Fund", "org")]))
    assert got.get("World Bank", ("",))[0] == "org", got


def test_two_bodies_modifying_a_noun_keep_the_second_body() -> None:
    got = tagged(("The bust remains in the lobby between the Lords and Senate chambers at the state Capitol.",
                  [("Lords", "org"), ("Senate", "org")]))
    assert got.get("Senate", ("",))[0] == "org", got
