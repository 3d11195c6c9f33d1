"""ents62: one person or body, one entry; whole names, typed right — by mechanism (bench/BRIEF_REVIEW.md, "ents62"),
on made-up text of another subject. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from storyline.model import EntityKind
from test_brief_review23 import tagged


def test_a_title_that_ends_a_longer_office_is_no_style_of_the_person() -> None:
    text = ("The warning was signed by Surgeon General Ana Velmont on Monday. Velmont said the port's books had "
            "been altered. Lisbeth Orr, who sits on the harbour board, declined to comment.")
    got = tagged((text, [("Ana Velmont", "person"), ("Velmont", "person"), ("Lisbeth Orr", "person")]))
    assert "General Ana Velmont" not in got["Ana Velmont"][1], got


def test_a_title_alone_before_a_name_is_still_its_style() -> None:
    text = "The charges were filed by General Ana Velmont on Monday. Velmont said the books had been altered."
    got = tagged((text, [("Ana Velmont", "person"), ("Velmont", "person")]))
    assert "General Ana Velmont" in got["Ana Velmont"][1], got


def test_a_bare_name_with_a_title_is_the_one_person_the_story_gives_that_title() -> None:
    text = ("Mayor Tarrow Hesketh opened the bridge on Friday. His cousin Tarrow Blane, a builder, had laid its "
            "stones. Mayor Tarrow thanked the crews.")
    got = tagged((text, [("Tarrow Hesketh", "person"), ("Tarrow Blane", "person"), ("Tarrow", "person")]))
    assert "Tarrow" not in got and "Mayor Tarrow" in got["Tarrow Hesketh"][1], got
    assert "Mayor Tarrow" not in got["Tarrow Blane"][1], got


def test_a_bare_name_without_a_title_among_two_people_stays_apart() -> None:
    text = ("Mayor Tarrow Hesketh opened the bridge on Friday. His cousin Tarrow Blane, a builder, had laid its "
            "stones. Tarrow thanked the crews.")
    got = tagged((text, [("Tarrow Hesketh", "person"), ("Tarrow Blane", "person"), ("Tarrow", "person")]))
    assert "Tarrow" not in got["Tarrow Hesketh"][1] and "Tarrow" not in got["Tarrow Blane"][1], got


def test_a_bodys_head_without_its_modifier_is_that_body_in_the_same_report() -> None:
    text = ("The National Grain Board set the price on Tuesday. Grain Board inspectors visited 40 silos, and the "
            "board's chairman said more visits would follow.")
    got = tagged((text, [("National Grain Board", "org"), ("Grain Board", "org")]))
    assert "Grain Board" not in got and "Grain Board" in got["National Grain Board"][1], got


def test_a_bodys_head_beside_a_second_body_of_that_head_stays_apart() -> None:
    text = ("The National Grain Board set the price on Tuesday. The Coastal Fishing Board objected. Grain Board "
            "inspectors visited 40 silos.")
    got = tagged((text, [("National Grain Board", "org"), ("Coastal Fishing Board", "org"), ("Grain Board", "org")]))
    assert "Grain Board" in got, got


def test_a_bodys_head_written_in_a_report_without_the_long_name_stays_apart() -> None:
    got = tagged(("The National Grain Board set the price on Tuesday.", [("National Grain Board", "org")]),
                 ("Grain Board inspectors visited 40 silos.", [("Grain Board", "org")]))
    assert "Grain Board" in got, got


def test_a_departments_short_name_after_a_place_and_its_noun_is_that_department() -> None:
    text = ("The Tarnshire Department of Coastal Works closed the pier. A Coastal Works engineer, Ada Lumm, said the "
            "piles had rotted.")
    got = tagged((text, [("Tarnshire Department of Coastal Works", "org"), ("Coastal Works", "org"),
                         ("Ada Lumm", "person")]), ("Tarnshire lies on the coast.", [("Tarnshire", "place")]))
    assert "Coastal Works" not in got, got


def test_an_office_the_model_tagged_before_a_full_name_is_no_person() -> None:
    text = "Ferry passengers were kept on board for an hour. Velmouth Harbour Sheriff Ada Lumm said the tide was high."
    got = tagged((text, [("Velmouth Harbour Sheriff", "person"), ("Ada Lumm", "person")]))
    assert "Velmouth Harbour Sheriff" not in got and "Ada Lumm" in got, got


def test_a_short_form_with_a_small_letter_inside_is_its_compound_bodys() -> None:
    text = ("The audit was run by BrightwaterHolmes, the accounting firm. BrightwaterHolmes said the books were "
            "sound. BwH declined to say more.")
    got = tagged((text, [("BrightwaterHolmes", "org"), ("BrightwaterHolmes", "org"), ("BwH", "org")]))
    assert "BwH" not in got and "BwH" in got["BrightwaterHolmes"][1], got


def test_a_surname_written_with_its_s_before_a_verb_is_the_persons_not_a_shops() -> None:
    text = ("Captain Ana Velu turned the ferry job down on Friday. A friend of Velu's said she wanted her own crew. "
            "Velu declined to comment.")
    got = tagged((text, [("Ana Velu", "person"), ("Velu's", "org"), ("Velu", "person")]))
    assert "Velu's" not in got and got["Ana Velu"][0] == "person", got


def _reordered(keys: list[str], places: set[str]) -> set[frozenset[str]]:
    """The groups ``body_tails.join_reordered`` makes of organisations' keys."""
    from storyline.entities.body_tails import join_reordered
    from storyline.unionfind import UnionFind

    uf: UnionFind[tuple[EntityKind, str]] = UnionFind()
    orgs: list[tuple[EntityKind, str]] = [("org", k) for k in keys]
    join_reordered(uf, orgs, places)
    return {frozenset(k[1] for k in orgs if uf.find(k) == uf.find(o)) for o in orgs}


def test_a_body_of_a_placed_country_is_the_body_after_its_adjective() -> None:
    got = _reordered(["velorian fisheries ministry", "fisheries ministry of veloria", "fisheries veloria ministry"],
                     {"veloria"})
    assert len(got) == 1, got


def test_a_body_of_another_country_stays_apart_from_the_adjectives_body() -> None:
    got = _reordered(["velorian fisheries ministry", "fisheries ministry of tarnland"], {"veloria", "tarnland"})
    assert len(got) == 2, got


def test_a_title_misspelt_by_one_letter_is_no_part_of_the_name() -> None:
    text = "Senater Ana Velu opened the dock on Monday. Senator Ana Velu said the cranes would follow."
    got = tagged((text, [("Senater Ana Velu", "person"), ("Ana Velu", "person")]))
    assert "Senater Ana Velu" not in got and "Ana Velu" in got, got


def test_a_rare_given_name_a_letter_from_a_title_stays_the_name() -> None:
    from storyline.entities.shapes import misspelt_title

    assert misspelt_title("Governer Ana Velu") == "Ana Velu"
    assert misspelt_title("Justine Velu") is None
    text = "Justine Ana Velu opened the dock on Monday. Justine Velu said the cranes would follow."
    got = tagged((text, [("Justine Ana Velu", "person"), ("Justine Velu", "person")]))
    assert "Justine Ana Velu" in got, got


def test_a_word_the_story_writes_as_a_title_ends_a_bodys_name_run_into_a_person() -> None:
    text = ("The motion passed by 40 votes. Marchioness Ebbs spoke first, and Marchioness Tolland said she would "
            "abstain. For the Harbour Party Marchioness Quill said the vote was a mistake.")
    got = tagged((text, [("Marchioness Ebbs", "person"), ("Marchioness Tolland", "person"),
                         ("Harbour Party Marchioness Quill", "org")]))
    assert "Harbour Party Marchioness Quill" not in got and got.get("Marchioness Quill", ("",))[0] == "person", got


def test_a_word_that_opens_one_persons_name_only_is_no_title() -> None:
    text = ("The motion passed by 40 votes. Marchioness Ebbs spoke first. For the Harbour Party Marchioness Quill said "
            "the vote was a mistake.")
    got = tagged((text, [("Marchioness Ebbs", "person"), ("Harbour Party Marchioness Quill", "org")]))
    assert "Marchioness Quill" not in got, got


def test_a_rare_bodys_name_spelt_with_a_doubled_letter_is_one_body() -> None:
    got = tagged(("The Qorvath agency said it had sent the drones. Qorvath posts on its channel each night.",
                  [("Qorvath", "org"), ("Qorvath", "org")]),
                 ("The claim came through Qorrvath, the group's outlet, and through Jamat-ul-Velar.",
                  [("Qorrvath", "org"), ("Jamat-ul-Velar", "org")]),
                 ("Jamaat-ul-Velar later said it had helped.", [("Jamaat-ul-Velar", "org")]))
    assert "Qorrvath" not in got and "Qorrvath" in got["Qorvath"][1], got
    assert len([n for n in got if "Velar" in n]) == 1, got


def test_bodies_whose_names_differ_in_an_ordinary_word_stay_apart() -> None:
    got = tagged(("The Hill Group and the Hil Group both bid.", [("Hill Group", "org"), ("Hil Group", "org")]))
    assert "Hill Group" in got and "Hil Group" in got, got


def test_a_job_title_before_a_surname_of_the_story_typed_a_body_is_the_person() -> None:
    text = "Ana Velu, the harbour's pilot, brought the ship in. Pilot Velu said the channel was clear."
    got = tagged((text, [("Ana Velu", "person"), ("Pilot Velu", "org")]))
    assert "Pilot Velu" not in got and got["Ana Velu"][0] == "person", got
