"""The twenty-fifth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents29"). Fixtures are made up;
none comes from the bench. An owner's possessive inside a person's span ("Ada Vance’s Kestrel Aero") is cut into the
owner and the owned name, the owned name typed as the story's other mentions type it."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_owners_possessive_in_a_persons_span_is_cut_into_owner_and_owned() -> None:
    text = ("Upstarts such as Ada Vance’s Kestrel Aero and Bo Lund’s Nimbra joined the bid. Kestrel Aero said it "
            "would fly in 2025.")
    got = tagged((text, [("Ada Vance’s Kestrel Aero", "person"), ("Bo Lund’s", "person"), ("Kestrel Aero", "org")]))
    assert "Ada Vance’s Kestrel Aero" not in got and "Bo Lund’s Nimbra" not in got, got
    assert got.get("Ada Vance", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got
    assert got.get("Kestrel Aero", ("",))[0] == "org", got
    assert "Nimbra" not in got, got  # tagged nowhere else: left out, not guessed


def test_a_bodys_name_with_its_parents_possessive_stays_whole() -> None:
    text = "Acme’s Office of Audit released a report. Acme said it would reply."
    got = tagged((text, [("Acme’s Office of Audit", "org"), ("Acme", "org")]))
    assert "Acme’s Office of Audit" in got, got


def test_a_portfolios_words_before_an_office_and_its_holder_are_no_body() -> None:
    text = ("Transport Secretary Ana Ruiz met former Rural Affairs Adviser Jo Kerr and Acme CEO Lee Park. The Rural "
            "Affairs Council disagreed, Lee Park said. Acme said so too.")
    got = tagged((text, [("Transport", "org"), ("Ana Ruiz", "person"), ("Rural Affairs", "org"), ("Jo Kerr", "person"),
                         ("Acme", "org"), ("Lee Park", "person"), ("The Rural Affairs Council", "org"),
                         ("Lee Park", "person"), ("Acme", "org")]))
    assert "Transport" not in got and "Rural Affairs" not in got, got
    assert got.get("Acme", ("",))[0] == "org" and "Rural Affairs Council" in got, got


def test_a_bodys_name_after_a_government_seat_joins_its_tail() -> None:
    text = ("Ana Ruiz told the Senate Fisheries Board on Monday. The Fisheries Board heard her. Later the White House "
            "Ocean Council met; the Ocean Council said it agreed.")
    got = tagged((text, [("Ana Ruiz", "person"), ("the Senate Fisheries Board", "org"), ("The Fisheries Board", "org"),
                         ("the White House Ocean Council", "org"), ("the Ocean Council", "org")]))
    assert "Fisheries Board" not in got and "Ocean Council" not in got, got
    assert "Fisheries Board" in got.get("Senate Fisheries Board", ("", []))[1], got


def test_a_tail_after_two_government_seats_joins_neither() -> None:
    text = "The House Fisheries Board and the Senate Fisheries Board differ. The Fisheries Board met."
    got = tagged((text, [("The House Fisheries Board", "org"), ("the Senate Fisheries Board", "org"),
                         ("The Fisheries Board", "org")]))
    assert "Fisheries Board" in got, got


def test_a_headings_verb_is_no_part_of_a_persons_name() -> None:
    text = ("Lise Tovald testified on Monday.\n3. Questioning Tovald's account\nCounsel asked about it. Sterling "
            "Marsh said she agreed.\n4. Praising Quarrow\nThe panel ended.")
    got = tagged((text, [("Lise Tovald", "person"), ("Questioning Tovald's", "person"), ("Sterling Marsh", "person"),
                         ("Praising Quarrow", "person")]))
    assert "Questioning Tovald" not in got and "Tovald" in got.get("Lise Tovald", ("", []))[1], got
    assert "Sterling Marsh" in got, got  # a given name, no verb
    assert "Praising Quarrow" in got, got  # the rest named nowhere else: left as it was


def test_an_officers_title_before_of_and_a_bodys_name_is_no_part_of_it() -> None:
    text = ("“We are ready,” said Ana Ruiz, CEO and Founder of Kestrel Rovers Inc.\nThe Bank of Ardley agreed, and "
            "the President of Ardley spoke.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Founder of Kestrel Rovers Inc.", "org"),
                         ("The Bank of Ardley", "org"), ("President of Ardley", "org")]))
    assert "Founder of Kestrel Rovers Inc." not in got and got.get("Kestrel Rovers Inc.", ("",))[0] == "org", got
    assert "Bank of Ardley" in got, got


def test_a_name_written_only_before_a_crafts_noun_is_no_actor() -> None:
    text = ("“We are using our Vela Dawn lander,” Ana Ruiz of Kestrel said. A Kestrel engineer built the Kestrel "
            "rover.")
    got = tagged((text, [("Vela Dawn", "person"), ("Ana Ruiz", "person"), ("Kestrel", "org"), ("Kestrel", "org"),
                         ("Kestrel", "org")]))
    assert "Vela Dawn" not in got, got
    assert got.get("Kestrel", ("",))[0] == "org", got  # written otherwise too: a body


def test_an_acronym_written_only_before_a_scans_noun_is_no_body() -> None:
    text = ("Doctors ordered a more detailed QX scan. An AFA official said the AFA paid for it, and the car still has "
            "to pass the US NHTA test.")
    got = tagged((text, [("QX", "org"), ("AFA", "org"), ("AFA", "org"), ("NHTA", "org")]))
    assert "QX" not in got, got
    assert got.get("AFA", ("",))[0] == "org", got
    assert got.get("NHTA", ("",))[0] == "org", got  # a body's own test ("the US EPA test") is no kind of thing


def test_a_good_samaritan_is_no_body() -> None:
    text = "Ardley Police said the victim was a good Samaritan who tried to help."
    got = tagged((text, [("Ardley Police", "org"), ("Samaritan", "org")]))
    assert "Samaritan" not in got and "Ardley Police" in got, got


def test_a_masthead_typed_a_person_is_the_publication() -> None:
    text = ("The Ardley Chronicle says police are looking into it. The Chronicle says a man was arrested, Ed Vance "
            "said.")
    got = tagged((text, [("The Ardley Chronicle", "org"), ("Chronicle", "person"), ("Ed Vance", "person")]))
    assert got.get("Ardley Chronicle", ("",))[0] == "org", got
    assert "Chronicle" not in got and "Chronicle" in got["Ardley Chronicle"][1], got


def test_two_bearers_named_at_once_make_the_first_of_them_the_bare_surnames() -> None:
    text = ("Nobody urged Ardley to look into Ann and Lee Tovald.\n2. Never urged Ardley to look into Ann Tovald\n"
            "Nobody asked about Governor Tovald, Ed Vance said. Tovald was not a topic.")
    got = tagged((text, [("Ardley", "org"), ("Ann", "person"), ("Lee Tovald", "person"), ("Ardley", "org"),
                         ("Ann Tovald", "person"), ("Tovald", "person"), ("Ed Vance", "person"), ("Tovald", "person")]))
    assert "Tovald" in got.get("Ann Tovald", ("", []))[1], got
    assert "Tovald" not in got.get("Lee Tovald", ("", []))[1], got


def test_a_surname_with_a_letter_doubled_joins_its_full_name() -> None:
    text = ("President Ardan Vorensky met envoys on Monday. Later, President Vorenskyy said the talks went well.")
    got = tagged((text, [("Ardan Vorensky", "person"), ("Vorenskyy", "person")]))
    assert "Vorenskyy" not in got and "Vorenskyy" in got.get("Ardan Vorensky", ("", []))[1], got
