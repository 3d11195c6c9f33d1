"""People typed as organisations and legislatures typed as people (issue 12, bench/BRIEF_REVIEW.md, "ents22"): a
bare surname written first that several people of the story share ("Qiao" beside "Qiao Wenbo" and "Qiao Lin"), a
name set before its holder's office ("Verhan, the foreign minister, said"; "Jon Dareby, Turkey's foreign
minister,"), a full name the model tagged an organisation whose surname the story writes alone as a person's, and a
legislature known by its own one-word name ("the Duma", "the Majlis"; lexicon/legislatures.txt, general knowledge).
Fixtures are made up (invented people, real legislatures' names); none comes from the bench. Guards: a company
named after a person and written as a company ("Philip Morris said in a statement", "shares of …"), two names joined
by "and" ("Smith and Wesson"), a body after a preposition ("At Quorvex, the head of sales said") and a person who
bears a legislature's name as a surname are not read so."""

from __future__ import annotations

from conftest import entities
from test_brief_review23 import tagged


def test_a_legislature_the_model_tagged_a_person_is_an_organisation() -> None:
    got = tagged(("The Duma voted on Friday to offer him asylum. Deputies of the Duma said Yarelkin should act.",
                  [("Duma", "person"), ("Duma", "person"), ("Yarelkin", "person")]))
    assert got["Duma"][0] == "org", got
    assert got["Yarelkin"][0] == "person", got
    got = tagged(("Israel's Knesset met on Monday, and the Majlis in Tehran debated the deal.",
                  [("Israel's Knesset", "person"), ("Majlis", "person"), ("Tehran", "place")]))
    assert got["Israel's Knesset"][0] == "org" and got["Majlis"][0] == "org", got


def test_a_legislature_is_an_organisation_with_the_real_model() -> None:
    got = {name: kind for name, kind, _ in entities(
        "The Majlis in Tehran and the Knesset debated the deal on Monday. Lawmakers in the Majlis said it was wrong.")}
    assert got.get("Majlis") == "org", got


def test_a_person_who_bears_a_legislatures_name_stays_a_person() -> None:
    got = tagged(("Anna Rada, a teacher, was hurt. Rada said she was well.",
                  [("Anna Rada", "person"), ("Rada", "person")]))
    assert got["Anna Rada"] == ("person", ["Rada"]), got


def test_a_surname_written_first_that_several_people_share_is_a_person() -> None:
    got = tagged(("Police held Qiao Wenbo and Qiao Lin. Qiao said the party would go on. Police said Qiao had broken "
                  "the law. Qiao denied it.",
                  [("Qiao Wenbo", "person"), ("Qiao Lin", "person"), ("Qiao", "org"), ("Qiao", "org"),
                   ("Qiao", "person")]))
    assert got["Qiao"][0] == "person", got


def test_a_bare_name_before_an_office_is_a_person() -> None:
    got = tagged(("Turkey warned Syria on Monday. Verhan, the foreign minister, said Ankara had lost patience. "
                  "Verhan said later that Damascus must act.", [("Verhan", "org"), ("Verhan", "org")]))
    assert got["Verhan"][0] == "person", got
    got = tagged(("Vardanek, a spokesman for the government, said talks would go on. Vardanek added that nobody was "
                  "hurt.", [("Vardanek", "org"), ("Vardanek", "org")]))
    assert got["Vardanek"][0] == "person", got


def test_a_full_name_before_an_office_with_its_words_is_a_person() -> None:
    for text in ("Jon Dareby, the foreign minister, said so.", "Jon Dareby, Turkey's foreign minister, said so.",
                 "Jon Dareby, the government's executive secretary, could not be reached."):
        got = tagged((text, [("Jon Dareby", "org")]))
        assert got["Jon Dareby"][0] == "person", (text, got)


def test_a_full_name_whose_surname_is_written_as_a_persons_is_a_person() -> None:
    got = tagged(("Romeo Vantelli said on Monday the law was clear. Later Vantelli met the envoy.",
                  [("Romeo Vantelli", "org"), ("Vantelli", "person")]))
    assert got["Romeo Vantelli"] == ("person", ["Vantelli"]), got


def test_a_company_named_after_a_person_stays_an_organisation() -> None:
    got = tagged(("Philip Morris said in a statement that sales fell. Shares of Philip Morris rose. Morris said he "
                  "would retire.", [("Philip Morris", "org"), ("Philip Morris", "org"), ("Morris", "person")]))
    assert got["Philip Morris"][0] == "org", got
    got = tagged(("Henry Dorrance founded the carmaker in 1903. Shares of Dorrance rose on Monday. Dorrance said in a "
                  "statement that sales grew.",
                  [("Henry Dorrance", "person"), ("Dorrance", "org"), ("Dorrance", "org")]))
    assert got["Dorrance"][0] == "org" and got["Henry Dorrance"] == ("person", []), got
    got = tagged(("Police found a loaded Smith and Wesson revolver. Wesson said he had sold it.",
                  [("Smith and Wesson", "org"), ("Wesson", "person")]))
    assert got["Smith and Wesson"][0] == "org", got


def test_a_body_after_a_preposition_before_an_office_stays_an_organisation() -> None:
    got = tagged(("At Quorvex, the head of sales said the plan had failed.", [("Quorvex", "org")]))
    assert got["Quorvex"][0] == "org", got
    got = tagged(("Shares of Dellmark fell. Dellmark, the chief executive said, would recover.",
                  [("Dellmark", "org"), ("Dellmark", "org")]))
    assert got["Dellmark"][0] == "org", got


def test_a_bare_surname_written_as_a_persons_takes_its_full_names_kind() -> None:
    got = tagged(("Ruben Talvo and Ana Ortiz lost ground on the climb. Talvo said he was tired.",
                  [("Ruben Talvo", "org"), ("Ana Ortiz", "person"), ("Talvo", "org")]))
    assert got["Ruben Talvo"] == ("person", ["Talvo"]), got


def test_a_bare_body_written_before_he_stays_an_organisation() -> None:
    got = tagged(("Drovak said he would be punished for the attack.", [("Drovak", "org")]))
    assert got["Drovak"][0] == "org", got
