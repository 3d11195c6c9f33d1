"""The forty-fifth and forty-sixth reads' entity junk, by kind (bench/BRIEF_REVIEW.md, "ents43"), on made-up text: a
tool's name and its acronym, an acronym's plural, a standard's versions, a company's name lost before its legal
ending, a table cell's first word. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import entities
from storyline.entities.common_words import capitalised_by_position
from storyline.entities.legal_owners import legal_owner
from storyline.entities.thing_acronyms import thing_acronym
from storyline.entities.tool_names import plural_acronym, spelled_tool, tool_name
from storyline.model import Mention
from storyline.places.formal_names import formal_places
from storyline.places.gazetteer import load_gazetteer
from test_brief_review23 import tagged


def test_a_tools_name_and_the_acronym_it_spells_are_no_bodies() -> None:
    text = ("Intruders abuse Quorley's Tarn Command-Line Interface (TCLI) to sign in, Ana Ruiz of Tarnwell Labs "
            "said. TCLI sign-ins rose, Tarnwell Labs said.")
    got = tagged((text, [("Quorley", "org"), ("Tarn Command-Line Interface", "org"), ("TCLI", "org"),
                         ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"), ("TCLI", "org"), ("Tarnwell Labs", "org")]))
    assert not set(got) & {"Tarn Command-Line Interface", "TCLI"}, got
    assert got.get("Tarnwell Labs", ("",))[0] == "org" and got.get("Ana Ruiz", ("",))[0] == "person", got
    assert tool_name("Velbrook Transfer Protocol", "org") and not tool_name("Velbrook Public Library", "org")
    assert not tool_name("Interface", "org") and not tool_name("Velbrook Interface", "place")
    assert not spelled_tool("QRZ", ["The Quorley Regional Zone (QRZ) met."], {})


def test_an_acronyms_plural_is_no_body() -> None:
    text = "Intruders hid behind attacking QRPs, Ana Ruiz of Tarnwell Labs said. The QRPs moved, Tarnwell Labs said."
    got = tagged((text, [("QRPs", "org"), ("Ana Ruiz", "person"), ("Tarnwell Labs", "org"), ("QRPs", "org"),
                         ("Tarnwell Labs", "org")]))
    assert "QRPs" not in got and got.get("Tarnwell Labs", ("",))[0] == "org", got
    assert plural_acronym("NGOs") and not plural_acronym("CBS") and not plural_acronym("Ivs") and not plural_acronym(
        "NASA")


def test_an_acronym_written_with_its_versions_is_a_thing() -> None:
    texts = ["Old attacks broke QVP, and newer ones broke QVP2 and QVP3 protections."]
    assert thing_acronym("QVP", texts, {})
    assert not thing_acronym("QVP", ["QVP said QVP2 is out."], {})  # a body's use keeps it
    assert not thing_acronym("QVP", ["Old attacks broke QVP."], {})


def test_a_companys_name_lost_before_its_legal_ending_is_taken_whole() -> None:
    text = "The traffic came from provider TARNWICK LLC. The LLC denied it."
    first = Mention("d", text.index("LLC"), text.index("LLC") + 3, "LLC", "org")
    grown = legal_owner(first, text, [first])
    assert grown is not None and grown.text == "TARNWICK LLC", grown
    second = Mention("d", text.rindex("LLC"), text.rindex("LLC") + 3, "LLC", "org")
    assert legal_owner(second, text, [second]) is None  # "The LLC": no name before it
    whole = Mention("d", text.index("TARNWICK"), text.index("LLC") + 3, "TARNWICK LLC", "org")
    assert legal_owner(whole, text, [whole]) is whole


def test_a_table_cells_first_word_is_capitalised_by_position() -> None:
    texts = ["The quorl campaign hit users.\n\n| Setting | Effect |\n| --- | --- |\n| Apps only | Quorl hit others. |"]
    assert capitalised_by_position("Quorl", texts)
    assert not capitalised_by_position("Quorl", ["The quorl campaign hit users, and Quorl hit others."])
    assert not capitalised_by_position("Quorl", ["The quorl campaign hit users.\n| Name | Price |\n| Quorl | 3.1 |"])


def test_a_towns_name_only_before_a_persons_noun_is_no_body() -> None:
    text = ("A 19-year-old Tarnby man was charged, the Velbrook Police Service said. The Velbrook Police Service "
            "named him.")
    got = tagged((text, [("Tarnby", "org"), ("Velbrook Police Service", "org"), ("Velbrook Police Service", "org")]))
    assert "Tarnby" not in got and got.get("Velbrook Police Service", ("",))[0] == "org", got
    said = "A Tarnby man was charged. Tarnby said it would appeal, the Velbrook Police Service said."
    got = tagged((said, [("Tarnby", "org"), ("Tarnby", "org"), ("Velbrook Police Service", "org")]))
    assert got.get("Tarnby", ("",))[0] == "org", got


def test_a_foreign_bodys_name_cut_before_its_joiner_is_whole() -> None:
    text = ("They told me to go to the Comisión Tarneña de Ayuda a Refugiados in Velbrook, Ana Ruiz said. "
            "The Quorley Trust a Velbrook group backed her.")
    got = tagged((text, [("Comisión Tarneña de Ayuda", "org"), ("Velbrook", "place"), ("Ana Ruiz", "person"),
                         ("Quorley Trust", "org")]))
    assert got.get("Comisión Tarneña de Ayuda a Refugiados", ("",))[0] == "org", got
    assert "Quorley Trust" in got, got  # no name particle: an English name ends where the model cut it


def test_a_first_level_divisions_formal_name_is_the_division() -> None:
    got = formal_places(load_gazetteer(), "State of Alabama")
    assert [(p.kind, p.country) for p in got] == [("region", "US")], got
    assert [p.kind for p in formal_places(load_gazetteer(), "State of Israel")] == ["country"]
    got_kinds = {name: kind for name, kind, _ in entities(
        "Applicants must be residents of the State of Alabama, Ana Ruiz of Tarnwell Labs said.")}
    assert got_kinds.get("State of Alabama") == "place", got_kinds
