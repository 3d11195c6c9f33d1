"""The twenty-fourth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents28"). Fixtures are made up;
none comes from the bench. An acronym the text defines after ", or" for lower-case words ("chronic wasting fever, or
CWF") is a condition's, no body's; an acronym written only as a kind of thing ("its EV", "in RWD form", "be AWD.",
"the ZMP platform") is no body's; a short form from inside a one-word body's name ("FH" of "Feldhaven") is its alias; a
full name opening with a hyphenated given name is a person's, and its bare surname joins it; a name after a works'
noun and "in" ("the fuel facility in Tarvok") is a location; a range of works after "from" ("films from Quiet Orchards
to Hollow Bells") names no people; a journal after "published in" is a whole body; a material written as an amount
("more Ardlite") and an owner's thing after an adjective ("its electric Vela Tourer") are no bodies; a parent body
("ZSA's Design Office") is no alias of its unit ("ZSA Sleep Team")."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_acronym_defined_after_or_for_lower_case_words_is_no_body() -> None:
    text = ("Vets found chronic wasting fever, or CWF, in the herd, the Ardley Veterinary Board, or AVB, said. CWF "
            "spreads through saliva. The AVB warned farmers about CWF.")
    got = tagged((text, [("CWF", "org"), ("the Ardley Veterinary Board", "org"), ("AVB", "org"), ("CWF", "org"),
                         ("AVB", "org"), ("CWF", "org")]))
    assert "CWF" not in got, got
    assert got.get("Ardley Veterinary Board", ("",))[0] == "org", got  # capitalised words: a body's acronym


def test_an_acronym_written_only_as_a_kind_of_thing_is_no_body() -> None:
    text = ("Kestrel's new ZMP platform carries the Vela, the fourth EV to use it, and its EV and its drivetrain "
            "are new. The car could be AWD. In RWD form it is slower. The ZMP's range is short, the ZMP platform "
            "cheap. An AFA official said the AFA would buy one; Kestrel said so too.")
    got = tagged((text, [("Kestrel", "org"), ("ZMP", "org"), ("EV", "org"), ("EV", "org"), ("AWD", "org"),
                         ("RWD", "org"), ("ZMP", "org"), ("ZMP", "org"), ("AFA", "org"), ("AFA", "org"),
                         ("Kestrel", "org")]))
    assert not {"ZMP", "EV", "AWD", "RWD"} & set(got), got
    assert got.get("AFA", ("",))[0] == "org" and got.get("Kestrel", ("",))[0] == "org", got


def test_a_short_form_from_inside_a_one_word_bodys_name_joins_it() -> None:
    text = ("Feldhaven unveiled a new van on Monday. FH says it will sell it in 2022, and FH's engineers cut its "
            "drag. A BR reporter asked Bramwell about it; BR said Bramwell declined.")
    got = tagged((text, [("Feldhaven", "org"), ("FH", "org"), ("FH", "org"), ("BR", "org"), ("Bramwell", "org"),
                         ("BR", "org"), ("Bramwell", "org")]))
    assert "FH" not in got and "FH" in got.get("Feldhaven", ("", []))[1], got
    assert "BR" not in got.get("Bramwell", ("", []))[1], got  # a prefix's letters: no compound's part



def test_a_full_name_opening_with_a_hyphenated_given_name_is_a_persons() -> None:
    text = ("Ardley's chief prosecutor, Lise-Marie Tovald, said on Tuesday the case was closed. Tovald explained "
            "that the evidence had weakened.")
    got = tagged((text, [("Lise-Marie Tovald", "org"), ("Tovald", "org")]))
    assert got.get("Lise-Marie Tovald", ("", []))[0] == "person" and "Tovald" not in got, got
    assert "Tovald" in got["Lise-Marie Tovald"][1], got


def test_a_name_after_a_works_noun_and_in_is_a_location() -> None:
    text = ("Witnesses heard gunfire near the fuel facility in Tarvok on Tuesday. A stake in Kestrel was sold, and "
            "Kestrel said its refinery in Tarvok was shut.")
    got = tagged((text, [("Tarvok", "org"), ("Kestrel", "org"), ("Kestrel", "org"), ("Tarvok", "org")]))
    assert "Tarvok" not in got, got
    assert got.get("Kestrel", ("",))[0] == "org", got


def test_the_names_of_a_range_of_works_after_from_are_no_people() -> None:
    text = ("In films from Quiet Orchards to Hollow Bells, Red Shore to Tin Sky, heroes sleep on the way. Now Ana "
            "Marsh has sent letters from Lou Vantz to Dana Morrow.")
    got = tagged((text, [("Hollow Bells", "person"), ("Tin Sky", "person"), ("Ana Marsh", "person"),
                         ("Lou Vantz", "person"), ("Dana Morrow", "person")]))
    assert not {"Hollow Bells", "Tin Sky"} & set(got), got
    assert {"Ana Marsh", "Lou Vantz", "Dana Morrow"} <= set(got), got


def test_a_journals_name_after_a_publishing_cue_is_a_whole_body() -> None:
    text = ("According to the study, published in ZQA Field Notes, the man recovered. Ana Marsh, who published in "
            "Ardley last year, agreed.")
    got = tagged((text, [("Field Notes", "person"), ("Ana Marsh", "person"), ("Ardley", "place")]))
    assert got.get("ZQA Field Notes", ("",))[0] == "org" and "Field Notes" not in got, got
    assert got.get("Ana Marsh", ("",))[0] == "person", got


def test_a_material_written_as_an_amount_is_no_body() -> None:
    text = ("Rather than leather, the seats use Ardlite, a fabric made from pulp. Kestrel swapped its plastic for "
            "more Ardlite. More Kestrel staff will follow, and Kestrel said so.")
    got = tagged((text, [("Kestrel", "org"), ("Ardlite", "org"), ("Kestrel", "org"), ("Kestrel", "org")]))
    assert "Ardlite" not in got, got
    assert got.get("Kestrel", ("",))[0] == "org", got


def test_an_owners_thing_after_an_adjective_is_no_body() -> None:
    text = ("Kestrel showed its electric Vela Tourer, and its electric Vela Tourer is the fastest yet. Its "
            "Olympic Committee said so, and their historic Ardley Society is open.")
    got = tagged((text, [("Kestrel", "org"), ("Vela Tourer", "org"), ("Vela Tourer", "org"),
                         ("Olympic Committee", "org"), ("Ardley Society", "org")]))
    assert "Vela Tourer" not in got, got
    assert got.get("Olympic Committee", ("",))[0] == "org", got  # no lower-case adjective before it
    assert got.get("Ardley Society", ("",))[0] == "org", got  # a body's word ends the name


def test_a_parent_body_does_not_join_its_units_name() -> None:
    text = ("Now ZSA has studied sleep. The work began within ZSA's Core Activities. ZSA's Design Office joined, with "
            "the help of ZSA Sleep Team scientists. Brannock said Brannock Freight would help.")
    got = tagged((text, [("ZSA", "org"), ("ZSA", "org"), ("Core Activities", "org"), ("ZSA", "org"),
                         ("Design Office", "org"), ("ZSA Sleep Team", "org"), ("Brannock", "org"),
                         ("Brannock Freight", "org")]))
    assert got.get("ZSA", ("",))[0] == "org" and "ZSA" not in got.get("ZSA Sleep Team", ("", []))[1], got
    assert "Brannock" not in got and "Brannock" in got.get("Brannock Freight", ("", []))[1], got
