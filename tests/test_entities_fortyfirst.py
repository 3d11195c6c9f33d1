"""The entity faults the thirty-third to fortieth reads left open, by kind (bench/BRIEF_REVIEW.md, "ents41"), on
made-up text: a name only ever written as a modifier before a noun (an event's name without its plural's "s", a
place's name run into a word the story writes alone), a one-word name only ever written after "the" typed a person.
Fixtures are made up for these tests; none comes from the bench (the places stage's rows are given by hand)."""

from __future__ import annotations

from storyline.entities import merge_entities
from storyline.entities.attributive_names import event_modifier, place_modifier
from storyline.model import Analysis, Document, EntityKind, Located, Mention, Place, PlaceMention
from test_brief_review23 import tagged


def _placed(text: str, spans: list[tuple[str, EntityKind]], town: str) -> dict[str, tuple[str, list[str]]]:
    """The entities of one made-up report whose mentions are given by hand; the places stage placed ``town`` where
    the text writes it after "in"."""
    mentions, at = [], 0
    for span, kind in spans:
        at = text.index(span, at)
        mentions.append(Mention("d0", at, at + len(span), span, kind))
        at += len(span)
    place = Place(1, "city", town, 53.8, -1.5, "GB", "ENG", 500000, 0.0)
    at = text.index("in " + town) + 3
    located = Located(mentions=[PlaceMention("d0", at, at + len(town), town, place)], names={1: town})
    a = [Analysis(Document(id="d0", text=text, title="d0"), [], mentions)]
    return {e.name: (e.kind, e.aliases) for e in merge_entities(a, located)}


def test_an_events_name_without_its_plurals_s_before_a_noun_is_no_body() -> None:
    text = ("Ana Ruiz rowed at the Tarnwell Regattas. The Tarnwell Regattas were a let-down, she said, and "
            "the Tarnwell Regatta movement put money into rowing.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Tarnwell Regattas", "org"), ("Tarnwell Regattas", "org"),
                         ("Tarnwell Regatta", "org")]))
    assert "Tarnwell Regatta" not in got and "Ana Ruiz" in got, got


def test_a_name_with_no_plural_or_written_as_a_head_stays() -> None:
    text = ("Ana Ruiz of the Velbrook Rowing movement spoke. The Quorley Regattas began; the Quorley Regatta said "
            "so, and the Quorley Regatta board agreed.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook Rowing", "org"), ("Quorley Regattas", "org"),
                         ("Quorley Regatta", "org"), ("Quorley Regatta", "org")]))
    assert "Velbrook Rowing" in got and "Quorley Regatta" in got, got
    assert not event_modifier("Velbrook", ["the Velbrooks and the Velbrook movement"], {})  # one word


def test_a_place_run_into_a_word_the_story_writes_alone_is_no_person() -> None:
    text = ("Leeds Fenpox patient Ana Ruiz will be charged, officials said. She was treated in Leeds. "
            "Fenpox has killed 30 people; Fenpox spreads by touch, and a Fenpox ward was shut.")
    got = _placed(text, [("Leeds Fenpox", "person"), ("Ana Ruiz", "person"), ("Leeds", "place")], "Leeds")
    assert "Leeds Fenpox" not in got and got.get("Ana Ruiz", ("",))[0] == "person", got


def test_a_place_and_a_word_the_story_writes_as_a_head_after_the_stays() -> None:
    text = ("Leeds Courier reporter Bo Lund wrote it. He lives in Leeds. The Courier said so; the Courier has "
            "more, and Courier staff agreed.")
    got = _placed(text, [("Leeds Courier", "org"), ("Bo Lund", "person"), ("Leeds", "place")], "Leeds")
    assert "Leeds Courier" in got, got
    assert not place_modifier("Leeds Fenpox", ["Leeds Fenpox patient. Fenpox. Fenpox."], {}, set())  # no place


def test_a_one_word_name_only_ever_after_the_is_no_person() -> None:
    text = ("Streets honour men who led the Kaiserdom's expansion, Ana Ruiz said. Bo Lund was recalled by the "
            "Kaiserdom for his cruelty.")
    got = tagged((text, [("Kaiserdom", "person"), ("Ana Ruiz", "person"), ("Bo Lund", "person"),
                         ("Kaiserdom", "person")]))
    assert got.get("Kaiserdom", ("",))[0] != "person" and got.get("Ana Ruiz", ("",))[0] == "person", got


def test_a_surname_after_the_stays_a_person() -> None:
    text = "Ana Kaiserdom spoke. The union backed the Kaiserdom plan; critics of the Kaiserdom said so, Bo Lund said."
    got = tagged((text, [("Ana Kaiserdom", "person"), ("Kaiserdom", "person"), ("Kaiserdom", "person"),
                         ("Bo Lund", "person")]))
    assert got.get("Ana Kaiserdom", ("",))[0] == "person", got


def test_a_one_word_name_in_capitals_typed_a_person_is_a_body() -> None:
    text = "The contest raised money for the charity QUARN, Ana Ruiz said. QUARN thanked the diners."
    got = tagged((text, [("QUARN", "person"), ("Ana Ruiz", "person"), ("QUARN", "person")]))
    assert got.get("QUARN", ("",))[0] == "org" and got.get("Ana Ruiz", ("",))[0] == "person", got


def test_a_name_in_capitals_also_written_in_lower_case_or_as_a_speaker_label_stays_a_person() -> None:
    text = "BODLEY met the press, Ana Ruiz said. Bodley smiled.\nVARNE: We are ready. The team agreed, VARNE said."
    got = tagged((text, [("BODLEY", "person"), ("Ana Ruiz", "person"), ("Bodley", "person"), ("VARNE", "person"),
                         ("VARNE", "person")]))
    assert got.get("VARNE", ("",))[0] == "person", got
    assert got.get("Bodley", got.get("BODLEY", ("",)))[0] == "person", got


def test_a_speakers_surname_with_one_vowel_changed_typed_a_body_is_the_person() -> None:
    text = ("“It is a mixed story,” said Ana Quarrow, a partner at Tarnwell Labs. Prices fell, Quarrow said. "
            "“That will not happen on its own,” Quarrew said.")
    got = tagged((text, [("Ana Quarrow", "person"), ("Tarnwell Labs", "org"), ("Quarrow", "person"),
                         ("Quarrew", "org")]))
    assert "Quarrew" not in got and "Quarrew" in got.get("Ana Quarrow", ("", []))[1], got


def test_a_business_one_vowel_from_a_surname_stays_a_body() -> None:
    text = "Ana Quarrow spoke. Shares of Quarrew fell, and Quarrew said in a statement it would cut jobs."
    got = tagged((text, [("Ana Quarrow", "person"), ("Quarrew", "org"), ("Quarrew", "org")]))
    assert got.get("Quarrew", ("",))[0] == "org", got


def test_a_tower_named_for_a_person_of_the_story_is_no_person() -> None:
    text = ("Ana Quarrow was asked about the value of Quarrow Tower flats. His Quarrow Tower flat, Bexhaven Hall and "
            "other homes were named, Bo Lund said.")
    got = tagged((text, [("Ana Quarrow", "person"), ("Quarrow Tower", "person"), ("Quarrow Tower", "person"),
                         ("Bexhaven Hall", "person"), ("Bo Lund", "person")]))
    assert "Quarrow Tower" not in got and got.get("Ana Quarrow", ("",))[0] == "person", got


def test_a_person_whose_surname_is_a_building_word_stays() -> None:
    text = "Senator Bo Tower said the vote would pass. Ana Quarrow agreed with Tower, and Bo Tower smiled."
    got = tagged((text, [("Bo Tower", "person"), ("Ana Quarrow", "person"), ("Tower", "person"),
                         ("Bo Tower", "person")]))
    assert got.get("Bo Tower", ("",))[0] == "person", got


def test_a_bodys_name_run_into_a_partys_adjective_before_a_noun_is_no_body() -> None:
    text = ("A Tarnwell Council Democratic source gave reporters a memo, Ana Ruiz said. The Tarnwell Council "
            "Democratic Caucus met on Friday.")
    got = tagged((text, [("Tarnwell Council Democratic", "org"), ("Ana Ruiz", "person"),
                         ("Tarnwell Council Democratic Caucus", "org")]))
    assert "Tarnwell Council Democratic" not in got and "Tarnwell Council Democratic Caucus" in got, got


def test_a_bodys_name_cut_before_in_and_its_place_is_whole_when_its_acronym_spells_it() -> None:
    text = ("One group behind it is the Gilde Velbrook Rudern in Tarnland (Guild of Velbrook Rowers in Tarnland) "
            "(GVT), which backs the plan, Ana Ruiz said. GVT spokesman Bo Lund agreed.")
    got = tagged((text, [("Gilde Velbrook Rudern", "org"), ("Tarnland", "place"), ("Tarnland", "place"),
                         ("GVT", "org"), ("Ana Ruiz", "person"), ("GVT", "org"), ("Bo Lund", "person")]))
    assert "Gilde Velbrook Rudern in Tarnland" in got and "Gilde Velbrook Rudern" not in got, got


def test_a_body_and_its_town_with_an_acronym_of_the_body_alone_stays_cut() -> None:
    text = "The Velbrook Rowing Guild in Tarnland (VRG) met, Ana Ruiz said. The VRG agreed."
    got = tagged((text, [("Velbrook Rowing Guild", "org"), ("Tarnland", "place"), ("VRG", "org"),
                         ("Ana Ruiz", "person"), ("VRG", "org")]))
    assert "Velbrook Rowing Guild in Tarnland" not in got, got


def test_a_name_written_before_a_rainforest_is_no_body() -> None:
    text = ("Fires in the Aldwood are rising, Ana Ruiz said. They strain the Aldwood rainforest, and the humidity of "
            "the Aldwood once protected it.")
    got = tagged((text, [("Aldwood", "org"), ("Ana Ruiz", "person"), ("Aldwood", "org"), ("Aldwood", "org")]))
    assert got.get("Aldwood", ("place",))[0] == "place" and got.get("Ana Ruiz", ("",))[0] == "person", got


def test_a_persons_initials_in_capitals_stay_a_person() -> None:
    text = "Ana Ruiz, the granddaughter of FDR, spoke. Her grandfather, Franklin Roosevelt, signed the act."
    got = tagged((text, [("Ana Ruiz", "person"), ("FDR", "person"), ("Franklin Roosevelt", "person")]))
    assert got.get("FDR", ("person",))[0] == "person", got


def test_a_one_word_body_is_no_short_form_of_its_partys_group() -> None:
    text = ("The Assembly voted on Monday, Ana Ruiz said. The Assembly Democratic Caucus gave members a memo, and "
            "the Assembly adjourned.")
    got = tagged((text, [("Assembly", "org"), ("Ana Ruiz", "person"), ("Assembly Democratic Caucus", "org"),
                         ("Assembly", "org")]))
    assert "Assembly" in got and "Assembly Democratic Caucus" in got, got


def test_a_name_in_capitals_after_no_bodys_noun_stays_a_person() -> None:
    text = "Tourists come to see where QVB was shot, Ana Ruiz said. QVB died that day."
    got = tagged((text, [("QVB", "person"), ("Ana Ruiz", "person"), ("QVB", "person")]))
    assert got.get("QVB", ("",))[0] == "person", got


def test_an_epithet_only_ever_after_the_stays_a_person() -> None:
    text = "The Tarnbomber threatened more attacks, Ana Ruiz said. The saw once belonged to the Tarnbomber."
    got = tagged((text, [("Tarnbomber", "person"), ("Ana Ruiz", "person"), ("Tarnbomber", "person")]))
    assert got.get("Tarnbomber", ("",))[0] == "person", got
