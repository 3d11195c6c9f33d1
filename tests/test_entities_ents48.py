"""The 50th–52nd, 54th, 56th and 57th reads' entity faults, by kind (bench/BRIEF_REVIEW.md, "ents48"), on made-up
text: a named day, a deal's name, an agency's photo credit outside brackets, a town's localities listed before
"areas". Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import entities, story
from storyline.entities.glossed_words import glossed_names
from storyline.entities.peoples import observance_name
from storyline.entities.title_initials import title_initials, title_short_form
from storyline.names.credits import credit_spans
from storyline.places import locate_places
from storyline.places.division_lists import in_locality_list
from storyline.places.other_names import names_a_saints_institution
from test_brief_review23 import tagged


def test_a_named_day_is_no_body() -> None:
    text = "The council declared Friday to be Ana Ruiz International Day. Doris Day sang, Bo Lund said."
    got = tagged((text, [("Ana Ruiz International Day", "org"), ("Doris Day", "person"), ("Bo Lund", "person")]))
    assert "Ana Ruiz International Day" not in got and got.get("Doris Day", ("",))[0] == "person", got
    assert observance_name("Tarn Heritage Week", False, {"doris"}) and observance_name("Tarn Day", False, set())
    assert not observance_name("Doris Day", False, {"doris"}) and not observance_name("Doris Day", True, set())
    assert not observance_name("Day", False, set())


def test_a_deals_name_ending_in_arrangement_is_no_body() -> None:
    text = "The deal, called the Tarn Resettlement Arrangement, was signed by Bo Lund on Friday."
    got = tagged((text, [("Tarn Resettlement Arrangement", "org"), ("Bo Lund", "person")]))
    assert "Tarn Resettlement Arrangement" not in got and "Bo Lund" in got, got


def test_an_agencys_photo_credit_outside_brackets_names_no_one() -> None:
    text = ("Ana Ruiz is seen on June 5. / AP Photo/Jo Tarnwell ALDBURY, Calif. An outbreak has sickened 40, Bo Lund "
            "said.")
    assert [text[s:e] for s, e in credit_spans(text)] == ["AP Photo/Jo Tarnwell"]
    got = tagged((text, [("Ana Ruiz", "person"), ("AP Photo/Jo Tarnwell", "org"), ("Bo Lund", "person")]))
    assert "AP Photo/Jo Tarnwell" not in got and {"Ana Ruiz", "Bo Lund"} <= set(got), got


def test_names_of_a_list_closed_by_areas_are_no_people() -> None:
    text = "Police chased people away in Aldgate, Tarn Kadal and Velby Kadal areas, Bo Lund said."
    assert in_locality_list(text, text.index("Tarn"), text.index("Tarn") + 10)
    assert not in_locality_list("Bo Lund areas", 0, 7)  # one name alone before the noun: no list
    got = tagged((text, [("Aldgate", "org"), ("Tarn Kadal", "person"), ("Velby Kadal", "person"),
                         ("Bo Lund", "person")]))
    assert set(got) == {"Bo Lund"}, got


def test_a_titles_initials_alone_are_no_body() -> None:
    text = ("Inspector General of the Tarn Police Ana Ruiz said a patrol stopped a man. The IG said he was let go. "
            "The Velby Gas Board (VGB) and the Inspector of Mines agreed, Bo Lund said.")
    assert title_initials([text]) == {"IG"}
    got = tagged((text, [("Tarn Police", "org"), ("Ana Ruiz", "person"), ("IG", "org"), ("Velby Gas Board", "org"),
                         ("VGB", "org"), ("Bo Lund", "person")]))
    assert "IG" not in got and got.get("Velby Gas Board", ("",))[0] == "org", got
    assert not title_short_form("IG", {"IG"}, {"ig"})  # the initials of a name of the story's: a body's


def test_a_firms_name_ending_in_a_legal_ending_cut_at_and_is_whole() -> None:
    text = "Ana Ruiz, 51, is one of 49 victims. (Courtesy Tarnwell and Velby LLC) She sued Orbis Inc."
    got = tagged((text, [("Ana Ruiz", "person"), ("Velby LLC", "org"), ("Orbis Inc", "org")]))
    assert "Tarnwell and Velby LLC" in got and "Velby LLC" not in got and "Orbis Inc" in got, got


def test_a_holder_run_into_the_body_after_the_title_is_a_person() -> None:
    text = ("Inspector General of Tarn Police Frontier Ana Ruiz said a patrol stopped a man. A mob attacked the post, "
            "Ruiz added. The Tarn Police denied it.")
    got = tagged((text, [("Tarn Police Frontier Ana Ruiz", "org"), ("Ruiz", "person"), ("Tarn Police", "org")]))
    assert got.get("Ana Ruiz", ("",))[0] == "person" and "Tarn Police Frontier Ana Ruiz" not in got, got
    assert "Ruiz" not in got and "Tarn Police" in got, got


def test_a_name_with_an_age_and_an_occupation_after_it_is_a_persons() -> None:
    text = ('"I am helping the shelter," said Odile du Velby, 42, a high school teacher. "Let him go," du Velby said. '
            "Du Velby and others disagreed. Bo Lund agreed.")
    got = tagged((text, [("Odile du Velby", "org"), ("Velby", "person"), ("Du Velby", "person"),
                         ("Bo Lund", "person")]))
    assert got.get("Odile du Velby", ("",))[0] == "person" and "Du Velby" not in got, got


def test_a_saints_name_before_a_possessive_and_a_name_is_no_town() -> None:
    text = "The paramedics examined Bo Lund and recommended he visit St. John's Medical Center. He flew home to Utah."
    assert names_a_saints_institution(text, text.index("St."), text.index("'s"))
    assert not names_a_saints_institution("St. John's streets", 0, 8)  # a lower-case word after: the town's
    assert {p.name for p in locate_places(story(text)).places} == {"Utah"}
    plain = "Bo Lund was taken to a hospital in St. John, Indiana, on Friday."
    assert "St. John" in {p.name for p in locate_places(story(plain)).places}


def test_a_name_after_a_persons_name_and_known_as_is_that_persons() -> None:
    text = ("Crowds sang for Ana Ruiz on Friday. Ruiz, known as Lula by many here, is a towering figure. "
            '"We live as we do because of Lula," Bo Lund said.')
    got = tagged((text, [("Ana Ruiz", "person"), ("Ruiz", "person"), ("Lula", "org"), ("Lula", "org"),
                         ("Bo Lund", "person")]))
    assert "Lula" not in got and "Lula" in got.get("Ana Ruiz", ("", []))[1], got


def test_a_name_a_distance_and_away_follow_is_a_location() -> None:
    text = "The remains were moved from Ana Ruiz's home town to Velbyzo 14 miles away, Bo Lund said."
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbyzo", "org"), ("Bo Lund", "person")]))
    assert "Velbyzo" not in got and {"Ana Ruiz", "Bo Lund"} <= set(got), got


def test_a_word_the_story_translates_and_its_language_are_no_names() -> None:
    text = ("Ana Ruiz was hailed at home. Many called her Tata, which in Velsh means mother, and used her Velsh clan "
            "name, Bo Lund said.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Tata", "org"), ("Velsh", "org"), ("Velsh", "org"),
                         ("Bo Lund", "person")]))
    assert set(got) == {"Ana Ruiz", "Bo Lund"}, got
    assert glossed_names(["the Velsh word for river"]) == {"velsh"}


def test_a_placed_names_initials_are_no_body() -> None:
    text = ("Australia will send asylum seekers to Papua New Guinea, Bo Lund said in Brisbane. The deal was signed "
            "by the Australian and PNG leaders on Friday. PNG will house them.")
    got = {name: kind for name, kind, _ in entities(text)}
    assert "PNG" not in got and got.get("Bo Lund") == "person", got


def test_a_product_named_after_its_noun_and_then_which_is_no_body() -> None:
    text = ("A panel voted to ease limits on the diabetes drug Velzor, which was all but banned. Velzor was once the "
            "top-selling pill, Bo Lund said.")
    got = tagged((text, [("Velzor", "org"), ("Velzor", "org"), ("Bo Lund", "person")]))
    assert set(got) == {"Bo Lund"}, got


def test_a_bodys_name_with_and_without_its_seat_is_one_body() -> None:
    text = ("Berries packed by Tarnby Farms were recalled. Tarnby Farms of Velby said it was testing them. The Bank "
            "of Aldmoor and the Bank agreed, Bo Lund said.")
    got = tagged((text, [("Tarnby Farms", "org"), ("Tarnby Farms of Velby", "org"), ("Bank of Aldmoor", "org"),
                         ("Bank", "org"), ("Bo Lund", "person")]))
    assert "Tarnby Farms of Velby" in got.get("Tarnby Farms", ("", []))[1] or "Tarnby Farms" in got.get(
        "Tarnby Farms of Velby", ("", []))[1], got


def test_a_bodys_name_cut_after_of_the_is_no_seat() -> None:
    text = "The Tarn Opening Ceremony of the 2008 games was praised. The Tarn Opening Ceremony ran late, Bo Lund said."
    got = tagged((text, [("Tarn Opening Ceremony of the 2008", "org"), ("Tarn Opening Ceremony", "org"),
                         ("Bo Lund", "person")]))
    assert "Tarn Opening Ceremony of the 2008" not in got.get("Tarn Opening Ceremony", ("", []))[1], got
