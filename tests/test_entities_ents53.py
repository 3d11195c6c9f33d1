"""The 66th and 67th reads' entity faults, by kind (bench/BRIEF_REVIEW.md, "ents53"), on made-up text: a person's
full name set beside the name the story uses by "better known as" ("… Sr., better known as jazz drummer …") kept
as a row of its own. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_full_name_better_known_as_a_short_name_is_one_person() -> None:
    text = ("The county coroner confirmed the death of Reginald Alvin Tolliver Sr., better known as jazz drummer "
            "Reggie Tolliver. Tolliver was 84. Pia Marsh, his manager, said he toured until last year.")
    got = tagged((text, [("Reginald Alvin Tolliver Sr.", "person"), ("Reggie Tolliver", "person"),
                         ("Tolliver", "person"), ("Pia Marsh", "person")]))
    rows = [name for name, (_, aliases) in got.items() if "Reggie Tolliver" in [name, *aliases]]
    assert len(rows) == 1 and "Reginald Alvin Tolliver Sr." not in set(got) - set(rows), got
    assert "Reginald Alvin Tolliver Sr." in [rows[0], *got[rows[0]][1]], got
    assert rows == ["Reggie Tolliver"], got  # listed by the name the story uses
    assert "Pia Marsh" in got, got


def test_a_full_name_and_its_one_suffixed_form_are_one_person() -> None:
    text = ("Reginald Alvin Tolliver Sr. died on Friday, the coroner said. Reginald Alvin Tolliver was born in 1931 "
            "and played drums for Pia Marsh.")
    got = tagged((text, [("Reginald Alvin Tolliver Sr.", "person"), ("Reginald Alvin Tolliver", "person"),
                         ("Pia Marsh", "person")]))
    assert len(got) == 2 and "Pia Marsh" in got, got
    both = text + " His son, Reginald Alvin Tolliver Jr., spoke."
    got = tagged((both, [("Reginald Alvin Tolliver Sr.", "person"), ("Reginald Alvin Tolliver", "person"),
                         ("Pia Marsh", "person"), ("Reginald Alvin Tolliver Jr.", "person")]))
    assert len(got) == 4, got


def test_a_particled_surname_of_the_storys_person_is_his_not_a_bodys() -> None:
    text = ("Transport Minister Pieter Van Dam said the bridge would reopen. Mr Van Dam told reporters the cracks "
            "were small. Van Dam added that Ana Ruiz agreed.")
    got = tagged((text, [("Pieter Van Dam", "person"), ("Mr Van Dam", "org"), ("Van Dam", "org"),
                         ("Ana Ruiz", "person")]))
    assert set(got) == {"Pieter Van Dam", "Ana Ruiz"} and "Van Dam" in got["Pieter Van Dam"][1], got
    firm = "Shares in De Vries rose on Friday, Ana Ruiz said. De Vries makes bricks."
    got = tagged((firm, [("De Vries", "org"), ("Ana Ruiz", "person"), ("De Vries", "org")]))
    assert got.get("De Vries", ("",))[0] == "org", got  # no person of the story bears the name: a company's


def test_a_full_name_written_beside_a_facilitys_noun_names_the_facility() -> None:
    first = ("Flights were diverted to Miguel Arroyo airport on Friday, Ana Ruiz said. The city's other airport, "
             "Miguel Arroyo, stayed open, though it is smaller than Tarnby.")
    second = "Passengers waited at Miguel Arroyo airport for hours, Bo Lund said."
    got = tagged((first, [("Miguel Arroyo", "person"), ("Ana Ruiz", "person"), ("Miguel Arroyo", "person")]),
                 (second, [("Miguel Arroyo", "person"), ("Bo Lund", "person")]))
    assert set(got) == {"Ana Ruiz", "Bo Lund"}, got
    person = first + " Mr. Arroyo, the aviator, died in 1950. Miguel Arroyo said little."
    got = tagged((person, [("Miguel Arroyo", "person"), ("Ana Ruiz", "person"), ("Miguel Arroyo", "person"),
                           ("Arroyo", "person"), ("Miguel Arroyo", "person")]))
    assert "Miguel Arroyo" in got, got  # written once as a person's: kept
