"""ents55: entity kinds half A of pool7's in-sample stories showed (bench/BRIEF_REVIEW.md, "ents55"), on made-up text.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_event_word_written_as_a_modifier_and_a_noun_never_as_anyones_is_no_person() -> None:
    text = ("The Quellit vote is set for May. Ana Ruiz said the Quellit talks would be hard. Farmers fear the terms "
            "of Quellit will hurt them, and the Quellit process could take two years.")
    got = tagged((text, [("Quellit", "person"), ("Ana Ruiz", "person"), ("Quellit", "person"), ("Quellit", "person"),
                         ("Quellit", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_one_word_name_written_as_a_modifier_and_as_a_speaker_stays() -> None:
    text = ("The Quarrow vote is set for May. The Quarrow talks would be hard, Quarrow said on Monday, and the "
            "Quarrow process could take two years.")
    got = tagged((text, [("Quarrow", "person"), ("Quarrow", "person"), ("Quarrow", "person"), ("Quarrow", "person")]))
    assert "Quarrow" in got, got


def test_a_portfolio_before_a_lower_case_title_and_its_holder_is_no_name() -> None:
    text = "Velsh Tariffs minister Jo Kerr welcomed the vote. Kerr said the harbour would reopen in June."
    got = tagged((text, [("Velsh Tariffs", "org"), ("Jo Kerr", "person"), ("Kerr", "person")]))
    assert set(got) == {"Jo Kerr"}, got


def test_a_mastheads_last_word_typed_a_person_is_the_one_paper_whose_names_end_with_it() -> None:
    from dataclasses import replace

    from conftest import story
    from storyline.entities import merge_entities
    from storyline.model import EntityKind, Mention
    from storyline.places import locate_places

    text = ("Leeds Rovers sacked coach Ana Ruiz, the Leeds Evening Courier said. Fans in Leeds were angry, the Evening "
            "Courier said. The Courier's owner, Jo Kerr, backed the board. As an afternoon paper, the Courier is "
            "printed at noon.")
    spans: list[tuple[str, EntityKind]] = [
        ("Leeds Rovers", "org"), ("Ana Ruiz", "person"), ("Leeds Evening Courier", "org"), ("Leeds", "place"),
        ("Evening Courier", "org"), ("Courier", "person"), ("Jo Kerr", "person"), ("Courier", "person")]
    mentions, at = [], 0
    for span, kind in spans:
        at = text.index(span, at)
        mentions.append(Mention("d0", at, at + len(span), span, kind))
        at += len(span)
    analyses = [replace(a, mentions=mentions) for a in story(text)]
    got = {e.name: e.kind for e in merge_entities(analyses, locate_places(analyses))}
    assert "Courier" not in got and got.get("Leeds Evening Courier") == "org", got


def test_a_name_holding_a_web_address_is_no_name() -> None:
    text = "Share Permalink http://velby.example/p/1Ab Officials in the harbour town said Ana Ruiz had left."
    got = tagged((text, [("Permalink http://velby.example/p/1Ab Officials", "org"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_persons_name_cut_before_a_surname_glued_to_a_double_hyphen_dash_is_whole() -> None:
    text = ("Quarrow had died in May. Quarrow was buried in Velby. The singer mocked the late bishop Ana Beth "
            "Quarrow-- whose son now leads the choir.")
    got = tagged((text, [("Quarrow", "person"), ("Quarrow", "person"), ("Ana Beth", "person")]))
    assert "Ana Beth" not in got and "Ana Beth Quarrow" in got, got


def test_a_post_before_a_persons_name_in_a_list_like_run_is_no_part_of_the_name() -> None:
    from test_brief_review23 import listed

    got = listed("Speaking at the UN, Velsh Ambassador and Deputy Permanent Representative Tom Hale said the harbour "
                 "talks had failed.")
    assert "Tom Hale" in got and not any("Representative" in n for n in got), got


def test_a_town_name_cut_before_a_features_last_word_is_no_town() -> None:
    from storyline.places.candidates import not_on_the_map

    text = "The research ship reached Bristol Island at dawn, then sailed up the Dover River."
    for name in ("Bristol", "Dover"):
        at = text.index(name)
        assert not_on_the_map(text, at, at + len(name), name), name
    assert not not_on_the_map("The ship reached Bristol at dawn.", 16, 23, "Bristol")



def test_names_a_plural_features_noun_closes_are_no_people() -> None:
    text = "Divers surveyed Harrow and Quillon reefs last week, Ana Ruiz said. The coral there is dying."
    got = tagged((text, [("Harrow", "person"), ("Quillon", "person"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_bodys_name_cut_before_and_the_is_whole_when_its_acronym_spells_it() -> None:
    text = ("Fighters of the Free Army of Tarn and the Marches (FATM) took the town in May. Ana Ruiz said "
            "the group had few fighters.")
    got = tagged((text, [("the Free Army of Tarn", "org"), ("Marches", "person"), ("FATM", "org"),
                         ("Ana Ruiz", "person")]))
    assert "Marches" not in got and any(n.endswith("Tarn and the Marches") for n in got), got


def test_an_awards_name_before_prize_winning_is_no_person() -> None:
    text = "Zephyr prize-winning chemist Ana Ruiz found the leak. Ruiz said the valve had failed."
    got = tagged((text, [("Zephyr", "person"), ("Ana Ruiz", "person"), ("Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_name_of_four_capitals_or_more_typed_a_person_is_a_body() -> None:
    text = "The glacier is shrinking fast, Ana Ruiz told VKTV on Monday. Ruiz has measured it since 2001."
    got = tagged((text, [("Ana Ruiz", "person"), ("VKTV", "person"), ("Ruiz", "person")]))
    assert got.get("VKTV", ("",))[0] == "org", got


def test_an_ordinary_word_opening_a_crosshead_run_into_the_text_is_no_name() -> None:
    text = ("The orchard lost half its trees this winter. It was a steady decline, Ana Ruiz said. Most growers blame "
            "the frost Steady losses Ruiz was asked why the trees died.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Steady", "person"), ("Ruiz", "person")]))
    assert "Steady" not in got, got


def test_a_chambers_short_name_after_house_of_is_the_chamber() -> None:
    text = ("The House of Elders passed the water bill on Monday. Ana Ruiz said the Elders amendments had been "
            "rejected twice.")
    got = tagged((text, [("The House of Elders", "org"), ("Ana Ruiz", "person"), ("Elders", "org")]))
    assert "Elders" not in got and "House of Elders" in got, got


def test_a_levys_name_is_no_body() -> None:
    text = "Growers will pay the Velby Water Levy from June, Ana Ruiz said, and the Orchard Export Tax will rise."
    got = tagged((text, [("the Velby Water Levy", "org"), ("Ana Ruiz", "person"), ("the Orchard Export Tax", "org")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_name_between_function_words_is_no_glued_crosshead() -> None:
    from storyline.places.written import glued_crosshead

    for text, name, glued in (("the frost Steady losses Ruiz was asked", "Steady", True),
                              ("for welcoming the Lantern to Tarnby.", "Lantern", False),
                              ("fans met Hope in Velby on Monday", "Hope", False)):
        at = text.index(name)
        assert glued_crosshead(text, at, at + len(name)) is glued, text


def test_a_laws_noun_cut_from_its_title_is_no_person() -> None:
    text = "The Harbour Dredging Bill was passed on Monday, Ana Ruiz said. The bill now goes to the governor."
    got = tagged((text, [("Bill", "person"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got
    guard = "The port thanked Governor Bill on Monday, Ana Ruiz said."
    got = tagged((guard, [("Bill", "person"), ("Ana Ruiz", "person")]))
    assert "Bill" in got, got


def test_a_body_by_its_form_before_a_lower_case_title_and_its_holder_stays() -> None:
    text = "Velby Harbour Police commissioner Jo Kerr said the quay would reopen. Kerr thanked the divers."
    got = tagged((text, [("Velby Harbour Police", "org"), ("Jo Kerr", "person"), ("Kerr", "person")]))
    assert "Velby Harbour Police" in got, got
