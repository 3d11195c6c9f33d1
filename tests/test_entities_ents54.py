"""ents54: entity kinds the clean check left (bench/BRIEF_REVIEW.md, "ents54"), on made-up text. Fixtures are made up
for these tests; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_launch_craft_written_mostly_before_its_noun_is_no_body() -> None:
    one = ("The probe will ride on Kestrel Aerospace's Velta Heavy rocket, which has never flown. Velta Heavy is "
           "twice as powerful as the old launcher, Ana Ruiz said.")
    two = ("Kestrel Aerospace said the Crew Velta capsule and the Velta Heavy rocket were ready. An unmanned "
           "Velta Capsule flew last year.")
    got = tagged((one, [("Kestrel Aerospace", "org"), ("Velta Heavy", "org"), ("Velta Heavy", "org"),
                        ("Ana Ruiz", "person")]),
                 (two, [("Kestrel Aerospace", "org"), ("Crew Velta", "org"), ("Velta Heavy", "org"),
                        ("Velta Capsule", "org")]))
    assert set(got) == {"Kestrel Aerospace", "Ana Ruiz"}, got


def test_a_group_written_before_rocket_fire_stays() -> None:
    text = ("Tarn Front rocket fire hit the town. Tarn Front rockets fell all night. Tarn Front said it would stop. "
            "Velmar rocket fire went on too, and Velmar rocket attacks grew.")
    got = tagged((text, [("Tarn Front", "org"), ("Tarn Front", "org"), ("Tarn Front", "org"), ("Velmar", "org"),
                         ("Velmar", "org")]))
    assert set(got) == {"Tarn Front", "Velmar"}, got


def test_a_body_with_its_countrys_dotted_code_twice_and_its_adjective_is_one_body() -> None:
    one = "The U.S. Parks Service said the trail was shut. The Parks Service will reopen it, Ana Ruiz said."
    two = "The US Parks Service closed the trail. The British Bureau of Tides warned of a surge."
    three = "The Bureau of Tides said the surge would peak at noon."
    got = tagged((one, [("U.S. Parks Service", "org"), ("Parks Service", "org"), ("Ana Ruiz", "person")]),
                 (two, [("US Parks Service", "org"), ("British Bureau of Tides", "org")]),
                 (three, [("Bureau of Tides", "org")]))
    assert len([n for n, (kind, _) in got.items() if kind == "org"]) == 2, got


def test_a_party_named_with_its_bracketed_acronym_is_the_party() -> None:
    text = ("Head of the right-wing Velsh Union (VU) party, Ana Ruiz leads the polls. The Velsh Union was founded "
            "in 1972. Velsh Union officials said the vote was fair.")
    got = tagged((text, [("Velsh Union (VU) party", "org"), ("Ana Ruiz", "person"), ("Velsh Union", "org"),
                         ("Velsh Union", "org")]))
    assert set(got) == {"Velsh Union", "Ana Ruiz"}, got


def test_a_country_adjective_is_read_from_the_storys_places() -> None:
    from storyline.entities.peoples import country_adjective

    assert country_adjective("Kenyan", frozenset({"kenya"})) and country_adjective("French", frozenset())
    assert not country_adjective("Kenyan", frozenset()) and not country_adjective("National", frozenset({"nation"}))


def test_a_surname_alone_beside_a_full_name_described_as_an_expert_is_the_persons() -> None:
    text = ("The toxin is most dangerous when swallowed, according to Tove Brannigan, a marine toxins expert at the "
            "University of Tarnby. A small dose would likely kill within hours, said Brannigan.")
    got = tagged((text, [("Tove Brannigan", "org"), ("University of Tarnby", "org"), ("Brannigan", "org")]))
    assert got.get("Tove Brannigan", ("",))[0] == "person" and "Brannigan" not in got, got


def test_a_portfolio_word_before_a_lower_case_ministry_is_the_ministry() -> None:
    text = ("Defence ministry spokesman Jo Kerr said two ships had sailed. The Velsh Defence Ministry later said a "
            "third would follow.")
    got = tagged((text, [("Defence", "org"), ("Jo Kerr", "person"), ("Velsh Defence Ministry", "org")]))
    assert "Defence" not in got and any(kind == "org" and "Defence Ministry" in (name, *aliases)
                                        for name, (kind, aliases) in got.items()), got  # its own entry, or the
    # Velsh one's short name (the story's one ministry: ents62's ``join_modified_heads``)


def test_a_school_named_for_a_man_before_high_school_is_no_person() -> None:
    one = "A boy opened fire at a school on Thursday, police chief Ana Ruiz said."
    two = "Schools in the town were locked after the shooting at Marlow high school."
    got = tagged((one, [("Ana Ruiz", "person")]), (two, [("Marlow", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_scandals_nickname_of_a_storys_name_is_no_body() -> None:
    text = ("Ana Velu, the mayor's wife, was paid for work she never did. The affair, dubbed Velugate, hurt the "
            "mayor in the polls, Jo Kerr said.")
    got = tagged((text, [("Ana Velu", "person"), ("Velugate", "org"), ("Jo Kerr", "person")]))
    assert set(got) == {"Ana Velu", "Jo Kerr"}, got


def test_a_past_verb_run_into_a_persons_name_is_no_part_of_it() -> None:
    text = ("Mayor Ana Velu lost her seat on Sunday. In response an angry Velu Tweeted that the count was rigged. "
            "Manchester United fans cheered.")
    got = tagged((text, [("Ana Velu", "person"), ("Velu Tweeted", "org"), ("Manchester United", "org")]))
    assert set(got) == {"Ana Velu", "Manchester United"}, got


def test_two_placed_towns_joined_by_and_are_no_body() -> None:
    from storyline.entities import merge_entities
    from storyline.model import Analysis, Document, Located, Mention, Place, PlaceMention

    text = ("Power was cut in Tarnby and in Velbrook on Monday. Shelters in Tarnby and Velbrook were full, Ana Ruiz "
            "said.")
    places = [PlaceMention("d0", (i := text.index(t)), i + len(t), t, Place(n, "city", t, -20.0, 148.0, "AU", "QLD",
                                                                             3000, 0.0))
              for n, t in ((1, "Tarnby"), (2, "Velbrook"))]
    at = text.index("Tarnby and Velbrook")
    mentions = [Mention("d0", at, at + 19, "Tarnby and Velbrook", "org"),
                Mention("d0", (j := text.index("Ana Ruiz")), j + 8, "Ana Ruiz", "person")]
    a = [Analysis(Document(id="d0", text=text, title="d0"), [], mentions)]
    got = {e.name: e.kind for e in merge_entities(a, Located(mentions=places, names={1: "Tarnby", 2: "Velbrook"}))}
    assert got == {"Tarnby": "place", "Velbrook": "place", "Ana Ruiz": "person"}, got


def test_a_particle_written_with_one_letter_more_is_the_same_person() -> None:
    one = "Senator Ana La Roux lost her immunity on Thursday. La Roux called the vote a plot."
    two = "Lan Roux was stripped of immunity over posts she shared in 2015, Jo Kerr said."
    got = tagged((one, [("Ana La Roux", "person"), ("La Roux", "person")]),
                 (two, [("Lan Roux", "person"), ("Jo Kerr", "person")]))
    assert set(got) == {"Ana La Roux", "Jo Kerr"} and "Lan Roux" in got["Ana La Roux"][1], got


def test_a_bodys_initials_with_and_without_stops_are_one_body() -> None:
    one = "The U.S. Tarn Command said the drill was over, Ana Ruiz said."
    two = "A US Tarn Command spokesman declined to comment."
    got = tagged((one, [("U.S. Tarn Command", "org"), ("Ana Ruiz", "person")]), (two, [("US Tarn Command", "org")]))
    assert len([n for n, (kind, _) in got.items() if kind == "org"]) == 1, got
