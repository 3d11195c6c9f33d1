"""The nineteenth and twentieth reads' entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents25"): a box
score's lines ("Alder d. Brisco 3-1", "Alder (4-0): Ana Marsh 2 saves.") name teams and players, not the runs the
model took ("Alder d. Brisco", "Ana Marsh 2") nor a rank ("(NR)"). Fixtures are made up; none comes from the bench.
Guards: a sentence of prose with a figure ("Kestrel 3 percent") and a single item with no team's head stay as they
were."""

from __future__ import annotations

from test_brief_review23 import listed, tagged


def test_a_box_scores_lines_name_teams_and_players() -> None:
    text = ("BOYS SOCCER\nAlder d. Brisco 3-1\nAlder (4-0): K. Dole 1 goal. Ana Marsh 2 saves. Tia Renn 1 goal, "
            "1 assist.\nBrisco (NR): Lou Vantz 7 saves.\n")
    got = tagged((text, [("Alder d. Brisco", "person"), ("Alder", "person"), ("K. Dole 1 goal", "person"),
                         ("Ana Marsh 2", "org"), ("Tia", "org"), ("Renn 1", "person"), ("NR", "org"),
                         ("Lou Vantz 7", "org")]))
    assert not any(" d. " in n or n[-1].isdigit() or n.endswith("goal") for n in got), got
    assert "NR" not in got, got
    for person in ("K. Dole", "Ana Marsh", "Tia Renn", "Lou Vantz"):
        assert got.get(person, ("",))[0] == "person", (person, got)
    assert got.get("Alder", ("",))[0] == "org", got  # a team's head: the team


def test_prose_with_a_figure_is_no_box_score() -> None:
    got = tagged(("Kestrel rose 3 percent. Dana Morrow 2 goals.", [("Kestrel", "org"), ("Dana Morrow 2", "org")]))
    assert got.get("Kestrel", ("",))[0] == "org", got
    assert "Dana Morrow 2" in got, got  # one item, no team's head: not read as a box score


def test_a_team_by_its_plural_is_no_person() -> None:
    text = ("The Ospreys spent Monday trying to move on. Ospreys DL Tomas Brell was fined, and Brell said he looks "
            "forward to facing the Herons again after Brell hit Vance Oduya in the fourth quarter. Oduya was hurt.")
    got = tagged((text, [("Ospreys", "person"), ("Ospreys DL Tomas Brell", "person"), ("Brell", "person"),
                         ("Herons", "person"), ("Brell hit Vance Oduya", "org"), ("Oduya", "person")]))
    assert got.get("Ospreys", ("",))[0] == "org", got  # "The Ospreys spent …": a team
    assert got.get("Herons", ("",))[0] == "org", got
    assert got.get("Tomas Brell", ("",))[0] == "person", got  # the team and the position are no part of the name
    assert not any(" hit " in n for n in got), got  # a clause: two people and a verb
    got = tagged(("Gray Davis won. The Davis campaign said the Davis plan works.",
                  [("Gray Davis", "person"), ("Davis", "person"), ("Davis", "person")]))
    assert got.get("Gray Davis", ("",))[0] == "person" and "Davis" not in got, got  # a surname, no team
    got = tagged(("Bank of Ardley and Bram Lutz of Kestrel met.", [("Bank of Ardley", "org"), ("Bram Lutz", "person"),
                                                                   ("Kestrel", "org")]))
    assert got.get("Bank of Ardley", ("",))[0] == "org", got  # "of" joins a name's words: no clause


def test_both_x_and_y_is_two_names() -> None:
    got = listed("As both Vantor News and Denver have reported, the Kestrel plan failed in March. Vantor News said "
                 "the plan cost $3 million.")
    assert not any(n.startswith("Vantor News and") for n in got) and got.get("Vantor News", ("",))[0] == "org", got


def test_a_title_opened_by_the_inside_a_sentence_is_not_cut() -> None:
    got = tagged(("The studio set the film for 2021, according to The Ardley Courier. Dana Morrow had signed.",
                  [("The Ardley", "org"), ("Dana Morrow", "person")]))
    assert "Ardley" not in got and got.get("Ardley Courier", ("",))[0] == "org", got
    got = tagged(("The Ardley Courier said Monday the cast had signed.", [("The Ardley", "org")]))
    assert "Ardley Courier Monday" not in got, got  # no date's word; a sentence's "The" is left as it was


def test_an_acronym_written_only_as_a_graded_amount_is_no_body() -> None:
    text = ("Video units generate the highest CPV and user interest, twice the CPV of banners, and the effective "
            "RPL is 30% lower on phones, said the NHS. The average NHS patient waits.")
    got = tagged((text, [("CPV", "org"), ("CPV", "org"), ("RPL", "org"), ("NHS", "org"), ("NHS", "org")]))
    assert not {"CPV", "RPL"} & set(got), got
    assert got.get("NHS", ("",))[0] == "org", got  # written otherwise too: a body


def test_a_body_named_without_its_inner_words_is_one_body() -> None:
    text = ("Dana Morrow testified before the Senate Standing Committee on Fisheries on Monday. Morrow told the "
            "powerful Senate Committee that the quota was wrong.")
    got = tagged((text, [("Dana Morrow", "person"), ("Senate Standing Committee on Fisheries", "org"),
                         ("Morrow", "person"), ("Senate Committee", "org")]))
    assert "Senate Committee" not in got, got
    assert "Senate Committee" in got.get("Senate Standing Committee on Fisheries", ("", []))[1], got
    got = tagged(("The Senate Standing Committee on Fisheries and the Senate Select Committee on Ports met. The "
                  "Senate Committee chair spoke.", [("Senate Standing Committee on Fisheries", "org"),
                                                   ("Senate Select Committee on Ports", "org"),
                                                   ("Senate Committee", "org")]))
    assert "Senate Committee" in got, got  # two bodies so shorten to it: joined to neither
