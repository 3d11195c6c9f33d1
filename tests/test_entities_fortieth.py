"""The thirty-ninth and fortieth reads' entity junk, by kind (bench/BRIEF_REVIEW.md, "ents40"), on made-up text: a
street's or a square's name written in one word ("Quorleyallee", "Maji-Maji-Allee") or opening with a street word
("Rue Velbrook") is a place inside a town, no person and no body. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_one_word_and_hyphened_street_names_are_no_people_or_bodies() -> None:
    text = ("Quorleyallee will be renamed, Ana Ruiz of Tarnwell Labs said. Velbrookstraße and Marisolplatz keep their "
            "names; Bexhaven-Dorn-Allee and Rue Velbrook get new ones, Ana Ruiz said.")
    got = tagged((text, [("Quorleyallee", "person"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("Velbrookstraße", "org"), ("Marisolplatz", "org"), ("Bexhaven-Dorn-Allee", "person"),
                         ("Rue Velbrook", "org"), ("Ana Ruiz", "person")]))
    assert not set(got) & {"Quorleyallee", "Velbrookstraße", "Marisolplatz", "Bexhaven-Dorn-Allee",
                           "Rue Velbrook"}, got
    assert got.get("Ana Ruiz", ("",))[0] == "person" and got.get("Tarnwell Labs", ("",))[0] == "org", got


def test_a_towns_quarter_is_no_body() -> None:
    text = "Streets in Aldermouth's Velbrook Quarter will be renamed, Ana Ruiz of Tarnwell Labs said."
    got = tagged((text, [("Velbrook Quarter", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org")]))
    assert "Velbrook Quarter" not in got and got.get("Ana Ruiz", ("",))[0] == "person", got


def test_a_name_that_only_holds_a_street_ending_stays() -> None:
    text = "Ana Platz and Bo Steinweg of Tarnwell Labs said Strasse Capital and Allee Partners grew."
    got = tagged((text, [("Ana Platz", "person"), ("Bo Steinweg", "person"), ("Tarnwell Labs", "org"),
                         ("Strasse Capital", "org"), ("Allee Partners", "org")]))
    assert all(n in got for n in ("Ana Platz", "Bo Steinweg", "Strasse Capital", "Allee Partners")), got


def test_a_bodys_name_cut_at_for_before_its_cause_in_capitals_is_whole() -> None:
    text = ("“It is hard,” said Ana Ruiz of the Velbrook Committee for an Open Tarnwell, which tracks voters. "
            "The Quorley Council for Fair Pay agreed, Ana Ruiz said.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook Committee", "org"), ("Quorley Council", "org"),
                         ("Ana Ruiz", "person")]))
    assert "Velbrook Committee for an Open Tarnwell" in got and "Quorley Council for Fair Pay" in got, got
    assert "Velbrook Committee" not in got and "Quorley Council" not in got, got


def test_a_body_for_a_person_or_a_month_stays_cut() -> None:
    text = "The Velbrook Fund for Ana Ruiz paid. The Quorley Council for March met, Bo Lund said."
    got = tagged((text, [("Velbrook Fund", "org"), ("Ana Ruiz", "person"), ("Quorley Council", "org"),
                         ("Bo Lund", "person")]))
    assert "Velbrook Fund" in got and "Quorley Council" in got, got


def test_a_bodys_name_cut_before_of_and_a_place_is_whole() -> None:
    text = ("Tarnwell Reserve Bank of Aldermouth President Ana Ruiz criticized the plan on Friday. Ruiz said the "
            "Tarnwell Reserve Bank of Aldermouth would vote.")
    got = tagged((text, [("Tarnwell Reserve Bank", "org"), ("Aldermouth", "place"), ("Ana Ruiz", "person"),
                         ("Ruiz", "person"), ("Tarnwell Reserve Bank", "org"), ("Aldermouth", "place")]))
    assert got.get("Tarnwell Reserve Bank of Aldermouth", ("",))[0] == "org", got
    assert "Tarnwell Reserve Bank" not in got, got


def test_a_body_written_alone_too_or_a_company_of_its_town_stays_cut() -> None:
    text = ("Velbrook Bank of Aldermouth said rates rose; Velbrook Bank will vote. Quorley Inc. of Aldermouth grew, "
            "Ana Ruiz said.")
    got = tagged((text, [("Velbrook Bank", "org"), ("Aldermouth", "place"), ("Velbrook Bank", "org"),
                         ("Quorley Inc.", "org"), ("Aldermouth", "place"), ("Ana Ruiz", "person")]))
    assert "Velbrook Bank" in got and "Velbrook Bank of Aldermouth" not in got, got
    assert not any(n.startswith("Quorley") and n.endswith("Aldermouth") for n in got), got


def test_a_negated_adjective_opening_a_sentence_is_no_body() -> None:
    text = ("Nonfinancial debt rose, Ana Ruiz of Tarnwell Labs said. Non-Western buyers waited. Nonhlanhla Dube of "
            "Tarnwell Labs said prices fell.")
    got = tagged((text, [("Nonfinancial", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"),
                         ("Non-Western", "org"), ("Nonhlanhla Dube", "person"), ("Tarnwell Labs", "org")]))
    assert "Nonfinancial" not in got and "Non-Western" not in got, got
    assert got.get("Nonhlanhla Dube", ("",))[0] == "person", got


def test_a_person_after_a_lower_case_office_then_which_stays_a_person() -> None:
    text = ("Logging grew under far-right president Tomas Velbrek, which has prompted protests, Ana Ruiz of Tarnwell "
            "Labs said.")
    got = tagged((text, [("Tomas Velbrek", "person"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org")]))
    assert got.get("Tomas Velbrek", ("",))[0] == "person", got


def test_a_person_set_before_an_editors_job_is_a_person() -> None:
    text = ("Tomas Velbrek, an editor at the news group Quorley, said the air was worse. Ana Ruiz of Tarnwell Labs "
            "agreed.")
    got = tagged((text, [("Tomas Velbrek", "org"), ("Quorley", "org"), ("Ana Ruiz", "person"),
                         ("Tarnwell Labs", "org")]))
    assert got.get("Tomas Velbrek", ("",))[0] == "person", got


def test_a_title_after_a_bodys_name_is_its_office_not_a_style() -> None:
    text = ("“It is tougher,” said TDS President Ana Ruiz. President Bo Lund agreed, Ana Ruiz of Tarnwell Labs said.")
    got = tagged((text, [("TDS", "org"), ("Ana Ruiz", "person"), ("Bo Lund", "person"), ("Ana Ruiz", "person"),
                         ("Tarnwell Labs", "org")]))
    assert got.get("Ana Ruiz", ("", []))[1] == [], got
    assert "President Bo Lund" in got.get("Bo Lund", ("", []))[1], got
