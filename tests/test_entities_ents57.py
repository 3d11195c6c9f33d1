"""ents57: entity kinds half A of pool7's in-sample stories and last session's clean check showed
(bench/BRIEF_REVIEW.md, "ents57"), on made-up text. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import listed, tagged


def test_a_titles_stray_hyphen_is_no_part_of_the_name() -> None:
    text = "Ana Ruiz will present a plan to Governor- Tom Hale for the harbour. Hale has vowed to rebuild it."
    got = tagged((text, [("Ana Ruiz", "person"), ("Governor- Tom Hale", "person"), ("Hale", "person")]))
    assert "Tom Hale" in got and not any("Governor" in n for n in got), got


def test_a_river_named_after_its_noun_and_the_is_a_place() -> None:
    got = listed("The boats sailed down the River Velm past the mill, and Ana Ruiz said the River Velm was high.")
    assert got.get("River Velm", ("",))[0] == "place", got


def test_a_name_opening_with_river_never_after_the_stays_what_it_is() -> None:
    got = listed("River Quell said on Monday that the band would tour. Fans of River Quell cheered.")
    assert got.get("River Quell", ("place",))[0] != "place", got


def test_a_name_before_a_military_bases_noun_is_a_location() -> None:
    text = "Troops entered the nearby Quarbani military complex on Monday, the spokesman Peter Walsh said."
    got = tagged((text, [("Quarbani", "person"), ("Peter Walsh", "person")]))
    assert "Peter Walsh" in got and "Quarbani" not in got, got


def test_a_name_after_a_plural_place_noun_and_of_is_a_location() -> None:
    got = listed("Soldiers moved into the western districts of Tel Quarum and Velmoun, the spokesman Peter Walsh said.")
    assert "Peter Walsh" in got and "Tel Quarum" not in got, got


def test_a_persons_name_after_a_place_noun_and_of_stays_a_person() -> None:
    got = listed("Soldiers moved into the western district of John Marsh on Monday, and John Marsh said the town was "
                 "calm.")
    assert got.get("John Marsh", ("",))[0] == "person", got


def test_a_devolved_leaders_title_alone_is_no_body() -> None:
    text = "The motion was proposed by the Velsh government led by First Minister Ana Kerr, who spoke for an hour."
    got = tagged((text, [("First Minister", "org"), ("Ana Kerr", "person")]))
    assert set(got) == {"Ana Kerr"}, got


def test_a_portfolio_run_on_past_of_and_in_before_its_holder_is_no_body() -> None:
    text = "The Minister for Velsh Negotiations on Velby's Place in Europe, Tom Hale, said the vote was clear."
    got = tagged((text, [("Velsh Negotiations", "org"), ("Tom Hale", "person")]))
    assert set(got) == {"Tom Hale"}, got


def test_a_party_members_word_before_a_given_name_is_no_part_of_the_name() -> None:
    text = "Editors such as Labour's Ana Ruiz and Conservative Bill Marsh, who edited the Velby Courier, sat as MPs."
    got = tagged((text, [("Ana Ruiz", "person"), ("Conservative Bill Marsh", "person"), ("Velby Courier", "org")]))
    assert "Bill Marsh" in got and "Conservative Bill Marsh" not in got, got


def test_a_laws_noun_right_after_its_bracketed_words_is_no_person() -> None:
    text = "Amendments to the Harbour (Water Withdrawal) Bill were voted down. Ana Ruiz said the fight would go on."
    got = tagged((text, [("Harbour", "org"), ("Bill", "person"), ("Ana Ruiz", "person")]))
    assert "Bill" not in got and "Ana Ruiz" in got, got


def test_a_given_name_alone_joins_the_one_person_whose_short_given_name_it_is() -> None:
    text = "Kate Elms toured the harbour at Velby. Catherine wore blue, and later Catherine met the mayor."
    got = tagged((text, [("Kate Elms", "person"), ("Velby", "place"), ("Catherine", "person"),
                         ("Catherine", "person")]))
    assert "Catherine" not in got and "Catherine" in got["Kate Elms"][1], got


def test_a_given_name_alone_two_people_may_bear_joins_neither() -> None:
    text = "Kate Elms and Kate Dore toured the harbour at Velby. Catherine wore blue, and later Catherine left."
    got = tagged((text, [("Kate Elms", "person"), ("Kate Dore", "person"), ("Velby", "place"), ("Catherine", "person"),
                         ("Catherine", "person")]))
    assert "Catherine" in got, got


def test_a_one_word_name_the_story_writes_after_a_title_is_no_town_uncued() -> None:
    from test_brief_review15 import _placed

    got = _placed("The Duke took Prince Tomas and Princess Charlotte to Paris. Charlotte waved at the crowd.")
    assert got == {"Paris"}, got
    got = _placed("Princess Charlotte was born in 2015. The Duke visited Charlotte, North Carolina, on Monday.")
    assert "Charlotte" in got, got


def test_a_name_the_model_tags_only_a_facility_is_no_small_town_of_the_storys_country() -> None:
    from storyline.places.candidates import Candidate
    from storyline.places.gazetteer import load_gazetteer
    from storyline.places.resolver import Resolver, story_context
    from storyline.places.tagged_towns import tagged_towns

    resolver = Resolver(load_gazetteer(), set())
    text = "The singer from London will star in a new musical on Broadway next year."
    london = Candidate("d0", text.index("London"), text.index("London") + 6, "London", "GPE")
    at = text.index("Broadway")
    for label, placed in (("FAC", False), ("GPE", True)):
        town = Candidate("d0", at, at + 8, "Broadway", label)
        ctx = story_context([("London", resolver.decide(london, None))])
        got = tagged_towns([london, town], [resolver.decide(london, ctx), None], resolver, {"d0": text}, ctx)
        assert (got[1] is not None) == placed, (label, got)


def test_a_name_after_a_servings_noun_and_of_is_a_product_no_town() -> None:
    from test_brief_review15 import _placed

    got = _placed("The rugby squad arrived in Paris on Friday and visited Calais. At a pub in Calais, the captain was "
                  "handed a pint of Guinness. Guinness sponsored the match in Paris.")
    assert "Guinness" not in got and "Calais" in got, got


def test_a_dash_and_a_quotation_mark_glued_inside_a_name_end_it() -> None:
    text = 'The choir sang for the late bishop Ana Kerr-"-For years she led it. Kerr died in May, Tom Hale said.'
    got = tagged((text, [('Ana Kerr-"-For', "person"), ("Kerr", "person"), ("Tom Hale", "person")]))
    assert "Ana Kerr" in got and not any('"' in n for n in got), got


def test_a_one_word_person_with_a_capital_inside_after_a_long_part_never_a_persons_is_a_business() -> None:
    text = "The former mayor is now an adviser to the fund QuarryStone, for which he is paid well, Ana Ruiz said."
    got = tagged((text, [("QuarryStone", "person"), ("Ana Ruiz", "person")]))
    assert got.get("QuarryStone", ("",))[0] == "org", got



def test_a_name_only_before_an_office_and_its_holders_name_is_a_body() -> None:
    text = "The harbour plan was mocked on Monday, while Velsh Dem leader Jo Kerr said it would fail."
    got = tagged((text, [("Velsh Dem", "person"), ("Jo Kerr", "person")]))
    assert got.get("Velsh Dem", ("",))[0] == "org" and "Jo Kerr" in got, got


def test_a_title_right_before_a_features_name_opens_it() -> None:
    text = "The shelf takes in the Velby Islands and the Lord Quarrow Island group, Ana Ruiz said."
    got = tagged((text, [("Velby Islands", "place"), ("Quarrow Island", "place"), ("Ana Ruiz", "person")]))
    assert "Lord Quarrow Island" in got and "Quarrow Island" not in got, got
