"""The forty-seventh read's entity junk, by kind (bench/BRIEF_REVIEW.md, "ents44"), on made-up text: a leader typed a
body through his administration's name, bodies typed people (a union in apposition, a chain of colleges, a name after
a wire's or a service's noun), a company's name cut after its first word. Fixtures are made up for these tests; none
comes from the bench."""

from __future__ import annotations

from storyline.entities.common_words import possessor
from test_brief_review23 import tagged


def test_a_leader_is_no_body_for_his_administrations_name() -> None:
    text = ("The Quarrow administration says it will cancel loans. Students can rest assured that the Quarrow-Tarn "
            "Administration has their back, Ana Ruiz said. The move comes as President Quarrow weighs more. On the "
            "campaign trail, Quarrow said he supported it.")
    got = tagged((text, [("Quarrow", "person"), ("the Quarrow-Tarn Administration", "org"), ("Ana Ruiz", "person"),
                         ("Quarrow", "person"), ("Quarrow", "person")]))
    assert got.get("Quarrow", ("",))[0] == "person", got
    assert "Quarrow-Tarn Administration" not in got["Quarrow"][1], got


def test_a_union_in_apposition_is_a_body() -> None:
    text = "QRA-TFU, the actors’ union, called Ana Ruiz a fine performer. Ana Ruiz was 61."
    got = tagged((text, [("QRA-TFU", "person"), ("Ana Ruiz", "person"), ("Ana Ruiz", "person")]))
    assert got.get("QRA-TFU", ("",))[0] == "org" and got["Ana Ruiz"][0] == "person", got


def test_a_chain_of_colleges_is_a_body() -> None:
    text = "Students misled by Velbrook Colleges can rest assured, Ana Ruiz said."
    got = tagged((text, [("Velbrook Colleges", "person"), ("Ana Ruiz", "person")]))
    assert got.get("Velbrook Colleges", ("",))[0] == "org", got


def test_a_name_after_a_wires_or_a_services_noun_is_a_body() -> None:
    text = ("Acme said so in a statement reported by news wire Quorvik. The manager declined an interview, Quorvik "
            "writes. Rival food delivery service Tarn Bites expanded to seven countries. It was bought by the "
            "investment company Velmora.")
    got = tagged((text, [("Acme", "org"), ("Quorvik", "place"), ("Quorvik", "person"), ("Tarn Bites", "person"),
                         ("Velmora", "place")]))
    assert got.get("Quorvik", ("",))[0] == "org", got
    assert got.get("Tarn Bites", ("",))[0] == "org", got
    assert got.get("Velmora", ("",))[0] == "org", got


def test_a_companys_name_cut_after_its_first_word_is_whole() -> None:
    text = ("Drivers from Quite Velm will no longer deliver food in the city. Some 280 Quite Velm staff will lose "
            "their jobs, Quite Velm said. Quite Velm was founded in 2001.")
    got = tagged((text, [("Velm", "org"), ("Velm", "org"), ("Velm", "org")]))
    assert "Quite Velm" in got and "Velm" not in got, got
    assert got["Quite Velm"][0] == "org", got


def test_a_books_author_after_a_works_cue_is_a_person() -> None:
    text = ("Ana Ruiz landed a role in “Quarry,” an adaptation of Bo Tarnvik’s book about harbour pilots, and won an "
            "award for it.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Bo Tarnvik’s", "person")]))
    assert got.get("Bo Tarnvik", ("",))[0] == "person", got
    assert possessor("an adaptation of Bo Tarnvik’s book", 17, 29)
    assert not possessor("an adaptation of Bo Tarnvik about", 17, 27)


def test_a_person_named_in_a_quoted_titles_tail_and_outside_it_is_listed() -> None:
    text = ("Ana Ruiz then played the runner Bo Tarnvik in the TV movie “The Trial of Bo Tarnvik” and won an "
            "award for it.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Bo Tarnvik", "person")]))
    assert got.get("Bo Tarnvik", ("",))[0] == "person", got
    cut = "Fans loved the “Night at the Gallery” movies, Ana Ruiz said."
    assert "Gallery" not in tagged((cut, [("Gallery", "org"), ("Ana Ruiz", "person")]))  # the title's cut tail


def test_a_bodys_name_cut_after_its_short_name_is_whole() -> None:
    text = ("Ana Ruiz was upset. Tell Velm Digital, a Long Island advertising firm, says it runs ads. “We are living "
            "it,” said Bo Lund, a partner at Tell Velm.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Digital", "org"), ("Bo Lund", "person"), ("Tell Velm", "org")]))
    assert "Digital" not in got and "Tell Velm Digital" in got, got


def test_a_name_only_before_a_buildings_part_is_no_body() -> None:
    text = "On the map, a red box near the Velmhall steps showed the crowd, Ana Ruiz of Tarnwell Labs said."
    got = tagged((text, [("Velmhall", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org")]))
    assert "Velmhall" not in got and got.get("Tarnwell Labs", ("",))[0] == "org", got
    kept = "Velmhall said the Velmhall steps were closed, Ana Ruiz said."
    assert "Velmhall" in tagged((kept, [("Velmhall", "org"), ("Velmhall", "org"), ("Ana Ruiz", "person")]))


def test_a_full_name_whose_last_word_is_written_alone_as_a_persons_is_a_person() -> None:
    text = "Oltay Tarn Velu takes part in the protests. Velu left his native town in early May, Bo Lund said."
    got = tagged((text, [("Oltay Tarn Velu", "org"), ("Bo Lund", "person")]))
    assert got.get("Oltay Tarn Velu", ("",))[0] == "person", got
    firm = "Tarn Velu Partners said so. Tarn Velu raised its offer, Bo Lund said."
    assert tagged((firm, [("Tarn Velu", "org"), ("Tarn Velu", "org"), ("Bo Lund", "person")]))["Tarn Velu"][0] == "org"

def test_a_name_tagged_a_place_before_a_companys_noun_stays_no_body() -> None:
    # "the Tarnvale company" says where or what the business is, not its name: only "the investment company X" (the
    # noun before the name) makes a name tagged a place a business's (lead's fix to ents44's rule, session 26)
    text = ("The Tarnvale company said it will not hand over its models. Staff at Velmora were told on Monday. The "
            "Tarnvale company says it keeps control of the safety rules. It was bought by the investment company "
            "Velmora.")
    got = tagged((text, [("Tarnvale", "place"), ("Velmora", "place"), ("Tarnvale", "place"), ("Velmora", "place")]))
    assert got.get("Tarnvale", ("",))[0] != "org", got
    assert got.get("Velmora", ("",))[0] == "org", got
