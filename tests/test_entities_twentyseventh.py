"""The twenty-first and twenty-second reads' entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents27"): a
person written as an owner ("Dana Voss's cosmetics company") is no business, a bare surname is the one of a full name
ending on "Jr.", an office written after a body ("… Speaker") is no part of it. Fixtures are made up; none comes
from the bench. The sides of a match's result ("Ana Marsh beat Lou Vantz 6-2") are players both, or teams
both. A company named for its productions ("… Productions") is no person; a clause's "that" no part of a name; a
subheading's word in capitals that the story writes in lower case ("SCORES QUARANTINED") no name; initials before
a surname ("B. U. Carr") the one full name they open ("Benjamin Carr"); a rare word the story writes in lower case too
and capitalises only where a sentence, a quotation or a clause opens ("“Meth, we're on it.”") no name."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_owner_written_with_her_business_is_no_business() -> None:
    text = ("Kestrel took a majority stake in Dana Voss's cosmetics company on Monday. A label owned by Ivo Brandt "
            "was sold; critics named Ivo Brandt's company too. Voss still has a partnership with Ardley to sell her "
            "products.")
    got = tagged((text, [("Kestrel", "org"), ("Dana Voss's", "person"), ("Ivo Brandt", "person"),
                         ("Ivo Brandt's", "org"), ("Voss", "person"),
                         ("Ardley", "org")]))
    assert got.get("Dana Voss", ("",))[0] == "person" and "Voss" not in got, got  # one person, hers the company
    assert got.get("Ivo Brandt", ("",))[0] == "person", got
    got = tagged(("Investors sold shares of Kestrel's parent. Kestrel's shares fell.", [("Kestrel's", "org"),
                                                                                     ("Kestrel's", "org")]))
    assert got.get("Kestrel", ("",))[0] == "org", got  # "Kestrel's shares": traded


def test_a_bare_surname_joins_a_full_name_with_a_generational_suffix() -> None:
    text = "Tomas K. Brell Jr., 55, of Ardley, was charged on Monday. Brell said he would plead guilty."
    got = tagged((text, [("Tomas K. Brell Jr.", "person"), ("Brell", "person")]))
    assert "Brell" not in got and "Brell" in got.get("Tomas K. Brell Jr.", ("", []))[1], got


def test_an_office_or_a_title_after_a_bodys_name_is_no_part_of_it() -> None:
    text = ("The deaths of former Ardley Council of Elders Speaker, Tomas Brell, and of the Speaker of the Ardley "
            "Council of Elders Rt. Hon. Ana Marsh were mourned. The Student Leader said so.")
    got = tagged((text, [("Ardley Council of Elders Speaker", "org"), ("Tomas Brell", "person"),
                         ("the Ardley Council of Elders Rt", "org"), ("Ana Marsh", "person"),
                         ("Student Leader", "org")]))
    assert got.get("Ardley Council of Elders", ("",))[0] == "org", got
    assert not any(n.endswith(("Speaker", "Rt")) for n in got), got
    assert "Student Leader" in got, got  # no "of": the word may be the name's own


def test_the_sides_of_a_result_are_of_one_kind() -> None:
    text = ("Ana Marsh beat Lou Vantz 6-2, 6-3 and Tia Renn edged Kofi Brandt 7-6, 6-4. Then Orla Venn and Ivo "
            "Stam defeated Lou Vantz and Bram Lutz 6-4, 7-5, while Kofi Brandt had beaten Dana Morrow 6-2, 6-1.")
    got = tagged((text, [("Ana Marsh", "person"), ("Lou Vantz", "person"), ("Tia Renn", "org"),
                         ("Kofi Brandt", "person"), ("Ivo Stam", "person"), ("Lou Vantz", "person"),
                         ("Bram Lutz", "person"), ("Kofi Brandt", "person"), ("Dana Morrow 6-2", "person")]))
    assert got.get("Tia Renn", ("",))[0] == "person", got  # a player's opponent is a player
    assert got.get("Orla Venn", ("",))[0] == "person", got  # a side's name the model missed, beside a player
    assert got.get("Dana Morrow", ("",))[0] == "person" and "Dana Morrow 6-2" not in got, got  # no score
    got = tagged(("Alder beat Brisco 3-1 on Friday.", [("Alder", "org"), ("Brisco", "org")]))
    assert got.get("Alder", ("",))[0] == "org" and got.get("Brisco", ("",))[0] == "org", got  # teams stay teams


def test_a_production_company_is_no_person() -> None:
    got = tagged(("The company that runs the show, Dana Morrow Productions, denies it.",
                  [("Dana Morrow Productions", "person")]))
    assert got.get("Dana Morrow Productions", ("",))[0] == "org", got


def test_a_clauses_that_is_no_part_of_a_name() -> None:
    got = tagged(("His lawyer said in an email to The Ardley Courier that Brell never meant harm.",
                  [("The Ardley Courier that", "org"), ("Brell", "person")]))
    assert "Ardley Courier that" not in got and got.get("Ardley Courier", ("",))[0] == "org", got


def test_a_subheadings_word_in_capitals_the_story_writes_in_lower_case_is_no_name() -> None:
    text = ("Officials said the risk was minimal.\nSCORES QUARANTINED\nTwenty-eight people were quarantined in "
            "Ardley on Monday, officials said, and the rest were sent home.")
    got = tagged((text, [("QUARANTINED", "org"), ("Ardley", "org")]))
    assert "QUARANTINED" not in got, got


def test_a_name_written_with_initials_is_the_full_names_person() -> None:
    text = "Mourners honoured former Speaker Benjamin Carr on Monday. Speaker Rt. Hon. B. U. Carr died in June."
    got = tagged((text, [("Benjamin Carr", "person"), ("B. U. Carr", "person")]))
    assert len([n for n in got if n.endswith("Carr")]) == 1, got
    text = "Benjamin Carr and Bola Carr spoke. B. Carr later left."
    got = tagged((text, [("Benjamin Carr", "person"), ("Bola Carr", "person"), ("B. Carr", "person")]))
    assert len([n for n in got if n.endswith("Carr")]) == 3, got  # two who fit: neither


def test_a_rare_word_opening_a_slogan_that_the_story_writes_in_lower_case_is_no_name() -> None:
    text = ("The state launched a campaign with the slogan “Glurp, we’re on it.” Critics mocked it. Officials said "
            "it works - Glurp is a serious problem. “Glurp is here,” one wrote. The state's glurp epidemic grows.")
    got = tagged((text, [("Glurp", "person"), ("Glurp", "org"), ("Glurp", "person")]))
    assert "Glurp" not in got, got
    got = tagged(("Officials said it works - Glurp is a serious problem. Glurp said so.", [("Glurp", "person"),
                                                                                        ("Glurp", "person")]))
    assert "Glurp" in got, got  # never written in lower case: a name
