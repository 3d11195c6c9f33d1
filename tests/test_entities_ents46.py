"""The forty-eighth and forty-ninth reads' entity faults and the session-26 clean check's, by kind
(bench/BRIEF_REVIEW.md, "ents46"), on made-up text: an outlet's short form on its own page, one-word names only ever
a modifier inside a noun phrase typed people, a venue cased unlike its gazetteer namesake. Fixtures are made up for
these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.entities import merge_entities
from storyline.model import Analysis, Document, Mention
from storyline.names import speaks_use
from storyline.places import locate_places
from storyline.places.namesakes import cased_apart
from test_brief_review23 import tagged


def test_an_outlets_short_form_on_its_own_page_is_no_entity() -> None:
    text = "The Aldbury Gazette reviewed the files. When contacted by The Gazette, Ana Ruiz declined to comment."
    mentions = [Mention("d0", text.index("Gazette,") - 4, text.index("Gazette,") + 7, "The Gazette", "org"),
                Mention("d0", text.index("Ana"), text.index("Ana") + 8, "Ana Ruiz", "person")]
    doc = Document(id="d0", text=text, title="d0", outlet="The Aldbury Gazette")
    got = {e.name for e in merge_entities([Analysis(doc, [], mentions)])}
    assert got == {"Ana Ruiz"}, got
    other = Document(id="d0", text=text, title="d0", outlet="The Tarn Herald")  # another outlet's page: a body
    assert "Gazette" in {e.name for e in merge_entities([Analysis(other, [], mentions)])}


def test_a_one_word_name_only_a_modifier_inside_a_noun_phrase_is_no_person() -> None:
    text = ("Ana Ruiz has called the Fenpox vaccine risky. Few sought access to Fenpox vaccines, the technology used "
            "in the Velox and Quarn shots. The agency rejected Quarn’s application. She wrote a book about Tarnby "
            "detectives.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Fenpox", "person"), ("Fenpox", "person"), ("Velox", "person"),
                         ("Quarn", "person"), ("Quarn", "person"), ("Tarnby", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_one_word_name_written_as_a_speakers_or_a_leaders_stays_a_person() -> None:
    text = ("Few trust the Quarrow administration or the Tarnwell aides, Ana Ruiz said. The move comes as Velox says "
            "the Fenpox vaccine is safe, and Bo Lund agrees with Velox.")
    got = tagged((text, [("Quarrow", "person"), ("Tarnwell", "person"), ("Ana Ruiz", "person"), ("Velox", "person"),
                         ("Fenpox", "person"), ("Bo Lund", "person"), ("Velox", "person")]))
    assert got.get("Quarrow", ("",))[0] == "person" and got.get("Velox", ("",))[0] == "person", got
    assert got.get("Tarnwell", ("",))[0] == "person", got


def test_a_name_cased_unlike_its_towns_is_no_town() -> None:
    assert cased_apart("LakeWood", "Lakewood") and cased_apart("DeVale", "Devale")
    assert not cased_apart("DeKalb", "DeKalb") and not cased_apart("LAKEWOOD", "Lakewood")
    assert not cased_apart("Lakewood", "Lakewood") and not cased_apart("McAllen", "McAllen")
    text = "Ana Ruiz lives in Denver. On Friday, friends brought trays to LakeWood, her wedding site, in the rain."
    assert "lakewood" not in {p.name.lower() for p in locate_places(story(text)).places}
    plain = text.replace("LakeWood", "Lakewood")
    assert "lakewood" in {p.name.lower() for p in locate_places(story(plain)).places}


def test_a_platform_written_as_an_owners_product_and_as_a_versions_is_no_body() -> None:
    text = ("Ana Ruiz allowed a dozen apps on her Velox phone to track her. Just three apps on iOS and one on Velox "
            "told users. In the most recent version of Velox, apps that are not in use collect less.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velox", "org"), ("iOS", "org"), ("Velox", "org"),
                         ("Velox", "org")]))
    assert "Velox" not in got and got.get("Ana Ruiz", ("",))[0] == "person", got
    assert not speaks_use(text, text.index(" told"), text.index("Velox told"))
    assert speaks_use("Velox told users.", 5, 0)


def test_two_names_of_a_list_run_over_its_comma_are_not_one() -> None:
    text = ("Acme’s loss could be a win for Orbis and Velox, Quarrow suggested. Jim Quarrow hosts a show. Velox was "
            "probed by the Tarn Congress, Department of Roads, and 48 states.")
    got = tagged((text, [("Acme", "org"), ("Orbis", "org"), ("Velox, Quarrow", "person"), ("Jim Quarrow", "person"),
                         ("Velox", "org"), ("Tarn Congress, Department of Roads", "org")]))
    assert "Velox, Quarrow" not in got and "Tarn Congress, Department of Roads" not in got, got
    assert got.get("Jim Quarrow", ("",))[0] == "person" and "Velox" in got, got
    kept = "Ana Ruiz studied at the University of Tarn, Velbrook, for a year."
    assert "University of Tarn, Velbrook" in tagged((kept, [("Ana Ruiz", "person"),
                                                             ("University of Tarn, Velbrook", "org")]))


def test_a_bodys_name_of_two_plurals_of_members_cut_at_and_is_whole() -> None:
    text = "On Tuesday, the Tarn College of Surveyors and Assessors announced its withdrawal, Ana Ruiz said."
    got = tagged((text, [("the Tarn College of Surveyors", "org"), ("Assessors", "org"), ("Ana Ruiz", "person")]))
    assert "Tarn College of Surveyors and Assessors" in got and "Assessors" not in got, got
    two = "Ana Ruiz met the Tarn Department of Roads and Velox on Tuesday."  # no plural of members: two names
    assert "Tarn Department of Roads and Velox" not in tagged((two, [("Ana Ruiz", "person"),
                                                                    ("the Tarn Department of Roads", "org"),
                                                                    ("Velox", "org")]))


def test_a_portfolios_word_in_a_titles_tail_or_a_longer_bodys_name_is_no_body() -> None:
    text = ("Roads Secretary Jo Kerr spoke. A spokesperson for the Department of Roads and Bridges declined. The "
            "Minister for Higher Education and Mines, Ana Ruiz, called it a breach.")
    got = tagged((text, [("Roads", "org"), ("Jo Kerr", "person"), ("the Department of Roads and Bridges", "org"),
                         ("Mines", "org"), ("Ana Ruiz", "person")]))
    assert "Roads" not in got and "Mines" not in got, got
    assert "Department of Roads and Bridges" in got, got
    holder = "Former Secretary of Roads Jo Kerr reportedly said so, Ana Ruiz said."
    assert "Jo Kerr" in tagged((holder, [("Roads", "org"), ("Jo Kerr", "person"), ("Ana Ruiz", "person")]))


def test_a_person_named_like_a_division_is_no_person() -> None:
    text = "Ana Ruiz opened a market in Tarnby area, Velbrook West Sub County, and met John Ward there."
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook West Sub County", "person"), ("John Ward", "person")]))
    assert "Velbrook West Sub County" not in got and got.get("John Ward", ("",))[0] == "person", got


def test_a_person_listed_only_among_bodies_is_a_body() -> None:
    text = "Velox Azure topped Acme Web Services, Orbis Cloud and Quarn Cloud in the race, Ana Ruiz said."
    got = tagged((text, [("Velox Azure", "org"), ("Acme Web Services", "org"), ("Orbis Cloud", "org"),
                         ("Quarn Cloud", "person"), ("Ana Ruiz", "person")]))
    assert got.get("Quarn Cloud", ("",))[0] == "org", got
    people = "Ana Ruiz thanked Acme, Orbis and Maria Tarn for the race."  # a given name: a person among bodies
    assert tagged((people, [("Ana Ruiz", "person"), ("Acme", "org"), ("Orbis", "org"),
                            ("Maria Tarn", "person")])).get("Maria Tarn", ("",))[0] == "person"


def test_a_speakers_adjective_of_a_language_is_no_body() -> None:
    text = "If you bought a keyboard in a Tarnophone country, the letter is a special character, Ana Ruiz said."
    got = tagged((text, [("Tarnophone", "org"), ("Ana Ruiz", "person")]))
    assert "Tarnophone" not in got, got


def test_a_name_in_brackets_right_after_a_bodys_is_a_bodys() -> None:
    text = "Backing came from the centrist Social Liberals (Tarnske Venstre) and others, Ana Ruiz said."
    got = tagged((text, [("Social Liberals", "org"), ("Tarnske Venstre", "person"), ("Ana Ruiz", "person")]))
    assert got.get("Tarnske Venstre", ("",))[0] == "org", got


def test_a_name_spelled_for_a_plural_acronym_is_a_class_no_body() -> None:
    text = "Ana Ruiz outlined support for Small and Tiny Firms (STFs) by building markets."
    got = tagged((text, [("Ana Ruiz", "person"), ("Small and Tiny Firms", "org"), ("STFs", "org")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_well_known_one_word_name_the_model_left_untagged_inside_a_sentence_is_listed() -> None:
    text = ("Share\nFacebook Twitter Email\nShares of Acme rose 17%, compared with a 33% gain for Velox and 29% for "
            "Facebook, the No. 2 seller, Ana Ruiz said.")
    got = tagged((text, [("Acme", "org"), ("Velox", "org"), ("Ana Ruiz", "person")]))
    assert got.get("Facebook", ("",))[0] == "org", got
    bar = "Share\nFacebook Twitter Email\nShares of Acme rose 17%, Ana Ruiz said."
    assert "Facebook" not in tagged((bar, [("Acme", "org"), ("Ana Ruiz", "person")]))


def test_a_towns_part_named_like_a_far_city_is_placed_in_the_town() -> None:
    text = ("Ana Ruiz arrived in Guadalajara in July. She had to go to the immigration office in Guadalajara’s Toronto "
            "neighbourhood to get her papers.")
    rows = {(p.name, round(p.lat)) for p in locate_places(story(text)).places}
    assert not any(name == "Toronto" and lat == 44 for name, lat in rows), rows
    plain = "Ana Ruiz arrived in Guadalajara in July. She later flew to Toronto to get her papers."
    assert any(lat == 44 for _, lat in {(p.name, round(p.lat)) for p in locate_places(story(plain)).places})


def test_a_one_word_person_opening_a_divisions_name_is_no_person() -> None:
    text = ("Ana Ruiz said that when Velbrook was in a mess she began projects across Velbrook County. Bo Lund "
            "agreed.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook", "person"), ("Bo Lund", "person")]))
    assert "Velbrook" not in got and got.get("Bo Lund", ("",))[0] == "person", got


def test_two_bodies_tagged_a_place_over_a_comma_are_not_one() -> None:
    text = "Velox was probed by the Tarn Congress, Department of Roads, and 48 states, Ana Ruiz said."
    got = tagged((text, [("Velox", "org"), ("Tarn Congress, Department of Roads", "place"), ("Ana Ruiz", "person")]))
    assert "Tarn Congress, Department of Roads" not in got, got
