"""One organisation, one entry (issue 12, bench/BRIEF_REVIEW.md, "ents19"): a body's acronym joins its name when the
name spells it with a letter from inside a word ("Philippine Airlines (PAL)"-like), with its country's word left out,
or with the "in X" the model cut off (the name then listed whole); a name with and without a variant ending
("Airways", "Airlines", "Inc") and its leading word are one body; a first name alone the model called an
organisation is the one person who has it; a common noun the model kept at a body's name's end is cut; a sentence's
opening word or a country's word before a body's name joins the body; an acronym only written before a recording's
noun ("CCTV footage"), the first of a list before a place noun's plural and a creed's name are no bodies. Fixtures
are made up; none comes from the bench. Guards: two bodies one acronym spells, a first name two people share, a name
cut at its joiner, a broadcaster that reports, a party before an adjective's list, a creed's word as a surname, two
countries' bodies beside the bare name, and a body's own first word inside a sentence."""

from __future__ import annotations

from test_entities_eighteenth import _with_sentences


def _entry(got: dict[str, tuple[str, list[str]]], alias: str) -> str | None:
    return next((n for n, (_, aliases) in got.items() if alias in aliases), None)


def test_an_acronym_with_a_letter_from_inside_a_word_joins_the_body() -> None:
    got = _with_sentences(
        ("Ruritanian Sealines (RSL) said on Monday it would cut flights. RSL has lost money for years.",
         [("Ruritanian Sealines", "org"), ("RSL", "org"), ("RSL", "org")]),
        ("Ruritanian Sealines is talking to investors. RSL needs cash.",
         [("Ruritanian Sealines", "org"), ("RSL", "org")]))
    assert "RSL" not in got and _entry(got, "RSL") == "Ruritanian Sealines", got


def test_an_acronym_spelled_without_the_country_word_joins_the_body() -> None:
    got = _with_sentences(
        ("The French Maritime Safety Board opened an inquiry. MSB officials would not comment.",
         [("French Maritime Safety Board", "org"), ("MSB", "org")]))
    assert "MSB" not in got and _entry(got, "MSB") == "French Maritime Safety Board", got


def test_an_acronym_joins_the_name_the_model_cut_before_in_x_and_the_name_is_whole() -> None:
    got = _with_sentences(
        ("An exile group, the Popular Front of Liberation in Zembla, said the vote was rigged. The PFLZ said so "
         "in a statement.", [("Popular Front of Liberation", "org"), ("PFLZ", "org")]))
    assert "PFLZ" not in got and _entry(got, "PFLZ") == "Popular Front of Liberation in Zembla", got


def test_two_bodies_one_acronym_spells_stay_apart() -> None:
    got = _with_sentences(
        ("Ruritanian Sealines and the Rural Sealink met. RSL said nothing.",
         [("Ruritanian Sealines", "org"), ("Rural Sealink", "org"), ("RSL", "org")]))
    assert "RSL" in got, got


def test_variant_endings_and_the_leading_word_are_one_body() -> None:
    got = _with_sentences(
        ("Dorado Pacific Airways wants a stake. Dorado Pacific said on Monday it would wait.",
         [("Dorado Pacific Airways", "org"), ("Dorado Pacific", "org")]),
        ("Dorado Pacific Airlines pulled out of the talks. Dorado would not say why.",
         [("Dorado Pacific Airlines", "org"), ("Dorado", "org")]))
    names = [n for n, (kind, _) in got.items() if kind == "org"]
    assert len(names) == 1, got


def test_a_first_name_alone_joins_the_one_person_who_has_it() -> None:
    got = _with_sentences(
        ("Tamsin Quarrow, 19, from Aldmouth, was named. Ravi and Tamsin were reported missing by their families.",
         [("Tamsin Quarrow", "person"), ("Ravi", "person"), ("Tamsin", "org")]))
    assert "Tamsin" not in got and "Tamsin" in got["Tamsin Quarrow"][1], got


def test_a_first_name_two_people_share_stays_apart() -> None:
    got = _with_sentences(
        ("Tamsin Quarrow and Tamsin Beldon were named. Ravi and Tamsin were reported missing.",
         [("Tamsin Quarrow", "person"), ("Tamsin Beldon", "person"), ("Ravi", "person"), ("Tamsin", "org")]))
    assert "Tamsin" not in got["Tamsin Quarrow"][1] and "Tamsin" not in got["Tamsin Beldon"][1], got


def test_a_common_noun_at_a_bodys_names_end_is_cut() -> None:
    got = _with_sentences(
        ("A video was broadcast on the Zeta-Nine television channel on Friday.",
         [("Zeta-Nine television", "org")]))
    assert "Zeta-Nine" in got and "Zeta-Nine television" not in got, got


def test_a_name_cut_at_its_joiner_keeps_its_second_part() -> None:
    got = _with_sentences(
        ("He bought a rifle made by Brandt and Vosper in 1990.", [("Brandt and", "org"), ("Vosper", "person")]))
    assert "Brandt" not in got, got


def test_an_acronym_only_written_before_a_recordings_noun_is_no_body() -> None:
    got = _with_sentences(
        ("Police studied VRX footage from the station. A VRX camera caught him.", [("VRX", "org"), ("VRX", "org")]),
        ("Officers seized 9,000 VRX tapes.", [("VRX", "org")]))
    assert "VRX" not in got, got


def test_a_broadcaster_that_reports_stays() -> None:
    got = _with_sentences(
        ("VRX footage showed the crowd. VRX reported on Monday that two died.", [("VRX", "org"), ("VRX", "org")]),
        ("VRX video showed the fire.", [("VRX", "org")]))
    assert "VRX" in got, got


def test_the_first_name_of_a_list_before_a_place_nouns_plural_is_no_body() -> None:
    got = _with_sentences(
        ("Houses were searched in the Aldcote, Benfield and Holm areas of the city. Explosives were found at the "
         "Aldcote property.", [("Aldcote", "org"), ("Aldcote", "org")]))
    assert "Aldcote" not in got, got


def test_a_party_before_an_adjectives_list_stays() -> None:
    got = _with_sentences(
        ("Turnout rose in Labour and Conservative areas alike. Labour said it was pleased.",
         [("Labour", "org"), ("Labour", "org")]))
    assert "Labour" in got, got


def test_a_creeds_name_alone_is_no_body() -> None:
    got = _with_sentences(
        ("He said he acted for the sake of Islam. The group declared Jihad on the town.",
         [("Islam", "org"), ("Jihad", "org")]))
    assert "Islam" not in got and "Jihad" not in got, got


def test_a_creeds_word_as_a_surname_stays() -> None:
    got = _with_sentences(
        ("The singer Yusuf Islam spoke on Monday. Islam said he was pleased.",
         [("Yusuf Islam", "person"), ("Islam", "person")]))
    assert "Yusuf Islam" in got, got


def test_a_sentences_opening_word_or_a_country_word_before_a_bodys_name_is_the_body() -> None:
    got = _with_sentences(
        ("Ailing Dorado Freight laid off staff. The ailing Dorado Freight has debts.",
         [("Ailing Dorado Freight", "org"), ("Dorado Freight", "org")]),
        ("The French Maritime Safety Board said so. The Maritime Safety Board met.",
         [("French Maritime Safety Board", "org"), ("Maritime Safety Board", "org")]))
    orgs = [n for n, (kind, _) in got.items() if kind == "org"]
    assert sorted(orgs) == ["Dorado Freight", "French Maritime Safety Board"], got


def test_two_countries_bodies_stay_apart_from_the_bare_name() -> None:
    got = _with_sentences(
        ("The Ruritanian Foreign Ministry and the Borduvian Foreign Ministry met. The Foreign Ministry said so.",
         [("Ruritanian Foreign Ministry", "org"), ("Borduvian Foreign Ministry", "org"), ("Foreign Ministry", "org")]))
    orgs = [n for n, (kind, _) in got.items() if kind == "org"]
    assert len(orgs) == 3, got


def test_a_bodys_own_first_word_written_inside_a_sentence_stays() -> None:
    got = _with_sentences(
        ("Fighters of the Free Dorado Army attacked. The Dorado Army fought back. They were free to go.",
         [("Free Dorado Army", "org"), ("Dorado Army", "org")]))
    assert "Free Dorado Army" in got and "Dorado Army" in got, got
