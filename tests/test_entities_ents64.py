"""ents64: one person or body, one entry — the story-level alias pass (``entities.aliases``), on made-up text of
other subjects. Fixtures are made up for these tests; none comes from the bench or the pool."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_acronym_defined_in_brackets_in_another_word_order_is_the_bodys() -> None:
    text = ("The Coastal Fishers' Alliance (CFV) called a strike on Monday. Boats stayed in port at Tarnby, and the "
            "CFV said talks with the ministry had failed.")
    got = tagged((text, [("Coastal Fishers' Alliance", "org"), ("CFV", "org"), ("Tarnby", "place"), ("CFV", "org")]))
    assert "CFV" not in got and "CFV" in got["Coastal Fishers' Alliance"][1], got


def test_a_name_in_brackets_after_its_acronym_is_the_acronyms_body() -> None:
    text = ("Members of the VGU (Velsh Growers' Union) voted to strike. Velsh Growers' Union officials said the VGU "
            "would meet again in May.")
    got = tagged((text, [("VGU", "org"), ("Velsh Growers' Union", "org"), ("Velsh Growers' Union", "org"),
                         ("VGU", "org")]))
    assert len([n for n in got if "VGU" in n or "Union" in n]) == 1, got


def test_letters_in_brackets_that_fit_no_initial_stay_apart() -> None:
    text = "The Harbour Board (KTX) met on Monday. KTX later said the pier was safe."
    got = tagged((text, [("Harbour Board", "org"), ("KTX", "org"), ("KTX", "org")]))
    assert "KTX" in got and "Harbour Board" in got, got


def test_an_acronym_alone_whose_letters_are_one_bodys_initials_in_another_order_is_that_body() -> None:
    text = ("The Velsh Democratic Party won the vote in Tarnby. The VPD will now form a government, its leader said. "
            "Voters backed the VPD in every district.")
    got = tagged((text, [("Velsh Democratic Party", "org"), ("Tarnby", "place"), ("VPD", "org"), ("VPD", "org")]))
    assert "VPD" not in got and "VPD" in got["Velsh Democratic Party"][1], got


def test_an_acronym_alone_that_two_bodies_fit_stays_apart() -> None:
    text = ("The Velsh Democratic Party and the Democratic Party of Velsh both won seats. The VPD will now form a "
            "government.")
    got = tagged((text, [("Velsh Democratic Party", "org"), ("Democratic Party of Velsh", "org"), ("VPD", "org")]))
    assert "VPD" in got, got


def test_a_bodys_short_name_without_its_body_noun_is_the_body() -> None:
    text = ("The Agrarian Democratic Party lost ten seats on Sunday. The Agrarian Democrats had led the coalition "
            "since 2009, and their leader resigned.")
    got = tagged((text, [("Agrarian Democratic Party", "org"), ("Agrarian Democrats", "org")]))
    assert "Agrarian Democrats" not in got and "Agrarian Democrats" in got["Agrarian Democratic Party"][1], got


def test_a_short_name_that_two_bodies_fit_stays_apart() -> None:
    text = ("The Agrarian Democratic Party and the Agrarian Democratic League both lost seats. The Agrarian "
            "Democrats had led the coalition.")
    got = tagged((text, [("Agrarian Democratic Party", "org"), ("Agrarian Democratic League", "org"),
                         ("Agrarian Democrats", "org")]))
    assert "Agrarian Democrats" in got, got


def test_two_spellings_of_one_transliterated_surname_with_one_given_name_are_one_person() -> None:
    got = tagged(("The monitor's director, Omar Abdel Karim, said 40 wells had dried up.",
                  [("Omar Abdel Karim", "person")]),
                 ("Omar Abdulkarim, who runs the monitor, said the wells had dried up.",
                  [("Omar Abdulkarim", "person")]))
    assert len(got) == 1, got


def test_two_spellings_with_two_given_names_stay_two_people() -> None:
    got = tagged(("The monitor's director, Omar Abdel Karim, said 40 wells had dried up.",
                  [("Omar Abdel Karim", "person")]),
                 ("Ali Abdulkarim, a farmer, said the wells had dried up.", [("Ali Abdulkarim", "person")]))
    assert len(got) == 2, got


def test_a_bare_surname_is_the_one_person_once_his_full_names_are_joined() -> None:
    got = tagged(("Governor Tomas Garza Lugo visited the dam.", [("Tomas Garza Lugo", "person")]),
                 ("Garza Lugo said repairs would take a year.", [("Garza Lugo", "person")]),
                 ("Lugo later toured the valley by boat.", [("Lugo", "person")]))
    assert list(got) == ["Tomas Garza Lugo"] and "Lugo" in got["Tomas Garza Lugo"][1], got


def test_a_bare_surname_typed_a_body_is_the_one_person_of_that_surname() -> None:
    got = tagged(("Outspoken Tomas Lugo led the march.", [("Outspoken Tomas Lugo", "person")]),
                 ("Tomas Lugo said the dam must go.", [("Tomas Lugo", "person")]),
                 ("The plan of Lugo was read out.", [("Lugo", "org")]))
    assert len(got) == 1 and "Lugo" in next(iter(got.values()))[1], got



def test_a_name_typed_a_body_that_another_report_writes_with_an_office_is_a_persons() -> None:
    got = tagged(("Rain had loosened the slope, said Tamsin Quarle, head of the valley's flood office.", []),
                 ("Tamsin Quarle confirmed the new toll on Friday.", [("Tamsin Quarle", "org")]))
    assert got.get("Tamsin Quarle", ("",))[0] == "person", got


def test_a_name_typed_a_body_after_said_a_is_a_persons() -> None:
    got = tagged(("\"The whole hill moved,\" said a shaken Tamsin Quarle, pointing at the slope.", []),
                 ("Tamsin Quarle confirmed the new toll on Friday.", [("Tamsin Quarle", "org")]))
    assert got.get("Tamsin Quarle", ("",))[0] == "person", got



def test_an_acronym_with_another_body_noun_is_no_alias_of_the_defined_body() -> None:
    text = ("The Velsh Union (VU) opened talks. The VU Council met later, and VU officials said the talks had "
            "stalled.")
    got = tagged((text, [("Velsh Union", "org"), ("VU", "org"), ("VU Council", "org"), ("VU", "org")]))
    assert "VU Council" in got, got
