"""The kinds of entity junk the twelfth read left after ents14 (issue 12, bench/BRIEF_REVIEW.md, "ents15"): a
business named before its officer ("Pinbox chief executive Aaron Pell") or listed after "on" with a known platform;
a given name alone beside one person's name spelt two ways; a bare surname that is the person every report names,
not a relative named once; a surname an unread name also holds ("Eden Marlowe"); a common noun's or slang's acronym
("IPO", "TF"); a car's model after its maker and number; a title cut after "of the", at a capitalised "Of", or quoted
elsewhere; a family ("the Corvani family"); a placed name misspelt; a list's label after "ON"; a nickname set beside a
person's possessive; an owner's thing ("Corva's Stylists| at Heart") and "X & Co."; a product named after its kind or
"a pair of"; a brand's goods in a list of plurals. Fixtures are made up for these tests; none comes from the bench.
Where the sentence model does not make the cut the rule is for, the mentions are given by hand (``tagged``), as the
model tagged the bench's texts. The guards keep a body after an office ("Director of the FBI"), a family of a person
of the story, an acronym the story defines, a shared surname's bearer named in full."""

from __future__ import annotations

from collections.abc import Callable

from conftest import entities
from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Mention, Sentence


def listed(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {n: (k, al) for n, k, al in entities(*texts)}


def tagged(
    *docs: tuple[str, list[tuple[str, EntityKind]]],
    split: Callable[[str, str], list[Sentence]] | None = None,
) -> dict[str, tuple[str, list[str]]]:
    """The entities of made-up reports whose mentions are given by hand: (text, [(span, kind), …]), each span
    its first occurrence after the previous one; ``split`` gives each report's sentences when a rule reads them."""
    analyses = []
    for i, (text, spans) in enumerate(docs):
        mentions, at = [], 0
        for span, kind in spans:
            at = text.index(span, at)
            mentions.append(Mention(f"d{i}", at, at + len(span), span, kind))
            at += len(span)
        sentences = split(f"d{i}", text) if split else []
        analyses.append(Analysis(Document(id=f"d{i}", text=text, title=f"d{i}"), sentences, mentions))
    return {e.name: (e.kind, e.aliases) for e in merge_entities(analyses)}


def test_a_business_named_before_its_officer_is_an_organisation() -> None:
    got = listed("West has some sort of social relationship with Pinbox chief executive Aaron Pell. Pinbox’s Pell "
                 "was there too. Pinbox and Harlow Capital didn’t immediately respond to requests for comment.")
    assert got.get("Pinbox", ("",))[0] == "org", got
    assert got.get("Aaron Pell", ("",))[0] == "person", got


def test_an_app_listed_with_a_known_platform_is_an_organisation() -> None:
    got = tagged(("The 19-year-old star is known for posting photos on Instagram and Vinsky and not caring what "
                  "anyone thinks, Dana Whitby said.", [("Instagram", "org"), ("Vinsky", "person"),
                                                       ("Dana Whitby", "person")]))
    assert got.get("Vinsky", ("",))[0] == "org", got
    assert got.get("Dana Whitby", ("",))[0] == "person", got


def test_a_given_name_alone_joins_the_one_person_spelt_two_ways() -> None:
    got = listed("Ariel Marwood has issued a statement about her dress. Ariel Marwood said she felt good.",
                 "The baby voice Ariel Marword made on the show was odd. Ariel attended a screening in Pasadena.")
    assert "Ariel" not in got, got
    assert "Ariel" in got["Ariel Marwood"][1] and "Ariel Marword" in got["Ariel Marwood"][1], got


def test_a_bare_surname_is_the_person_every_report_names() -> None:
    got = listed("Canadian-born Fabio Rossetti, 49, died at the scene. Rossetti was a hairdresser.",
                 "Fabio Rossetti was a star. Among his mentors was his sister Mirella Rossetti, who he said was the "
                 "best. Rossetti was always available. Fabio loved his work.",
                 "Police said Fabio Rossetti was found dead. Rossetti had worked at the salon since 2007.")
    assert "Rossetti" in got["Fabio Rossetti"][1], got
    assert "Rossetti" not in got["Mirella Rossetti"][1], got


def test_a_surname_an_unread_name_also_holds_joins_no_one() -> None:
    text = ("If anyone knows, it is Eden Marlowe, the daughter of another icon Vidal Marlowe. \"A man that truly "
            "cared,\" said Marlowe, who called him a friend.")
    got = tagged((text, [("Vidal Marlowe", "person"), ("Marlowe", "org")]))  # the model missed "Eden Marlowe"
    assert "Marlowe" not in got.get("Vidal Marlowe", ("", []))[1], got
    # the guard: with no other bearer written, the bare surname is his
    got = tagged(("The icon Vidal Marlowe founded the salons. \"A man that truly cared,\" said Marlowe.",
                  [("Vidal Marlowe", "person"), ("Marlowe", "person")]))
    assert "Marlowe" in got["Vidal Marlowe"][1], got


def test_acronyms_of_common_nouns_and_slang_are_no_names() -> None:
    got = listed("Snapwell wants to prove to investors in its upcoming IPO that the glasses can earn money. Dana "
                 "Whitby said the IPO filing was long.",
                 "\"Why TF does anyone care what I wear?\" Ariel Marwood asked. Why TF does it matter, she wrote.")
    assert "IPO" not in got and "TF" not in got, got
    assert "Snapwell" in got and "Ariel Marwood" in got, got


def test_an_acronym_the_story_defines_stays() -> None:
    got = listed("The Turbo Fund (TF) gave money to schools. TF said it would give more next year. Dana Whitby "
                 "runs TF.")
    assert "Turbo Fund" in got and "TF" in got["Turbo Fund"][1], got


def test_a_cars_model_after_its_maker_and_number_is_no_name() -> None:
    text = ("They said his black 2008 Vantor 611 Castella was missing from the home. It was described as a black "
            "2008 Vantor 611 Castella with paper plates, Dana Whitby said.")
    got = tagged((text, [("Castella", "person"), ("Castella", "person"), ("Dana Whitby", "person")]))
    assert "Castella" not in got, got
    assert "Dana Whitby" in got, got


def test_a_title_cut_after_of_the_is_no_name() -> None:
    text = ("Fans of the \"Keeper of the Lanterns\" trilogy will like it. The director of The Keeper of the "
            "Lanterns, Peter Marsh, said so. He had read The Keeper of the Lanterns as a boy.")
    got = tagged((text, [("Lanterns", "org"), ("Lanterns", "org"), ("Peter Marsh", "person"), ("Lanterns", "org")]))
    assert "Lanterns" not in got, got
    # the guard: a body after an office stays ("Director of the| FBI")
    got = tagged(("Director of the FBI James Comey testified.", [("FBI", "org"), ("James Comey", "person")]))
    assert got.get("FBI", ("",))[0] == "org", got


def test_a_title_quoted_elsewhere_is_no_name() -> None:
    got = listed("\"The Hollow Orchard\" was an unlikely book to succeed. Peter Marsh adapted it.",
                 "In Marsh's telling, The Hollow Orchard is a gentle tale. A book review of The Hollow Orchard ran "
                 "on Sunday.")
    assert not any("Hollow Orchard" in n for n in got), got
    assert "Peter Marsh" in got, got


def test_a_title_cut_at_a_capital_of_is_no_name() -> None:
    text = "Eden Marlowe, the star of Golden Wives Of Palm Bay, said she was shocked."
    got = tagged((text, [("Eden Marlowe", "person"), ("Golden Wives", "org")]))
    assert "Golden Wives" not in got, got


def test_a_family_is_no_one_person() -> None:
    got = listed("Piatt is modelling his gift on the wealthy Italian Corvani family, who funded artists. Artists had "
                 "the Corvani family to fund their work, Dana Whitby said.")
    assert "Corvani" not in got, got
    # the guard: the family of a person of the story keeps its surname his
    got = listed("John Kennedy was elected in 1960. The Kennedy family gathered in Hyannis Port, Kennedy said.")
    assert "Kennedy" in got["John Kennedy"][1], got


def test_a_placed_name_misspelt_is_no_organisation() -> None:
    text = "LOS ANGELES — Los Angles police detectives were investigating a stabbing in Los Angeles on Tuesday."
    doc = Document(id="d0", text=text, title="d0")
    ms = [Mention("d0", text.index("Los Angles"), text.index("Los Angles") + 10, "Los Angles", "org")]
    from storyline.entities.evidence import _evidence
    from storyline.entities.kinds import _checked_kind

    ev = _evidence([Analysis(doc, [], ms)], None)
    ev.place_names = {"los angeles": "Los Angeles"}
    assert _checked_kind("org", "Los Angles", ev) is None
    assert _checked_kind("org", "Los Angeles Police", ev) == "org"


def test_a_lists_label_after_on_is_no_name() -> None:
    text = "Some of his sayings:\nON HAPPINESS: \"To be happy, give.\"\nON VISION: \"It's more than an idea.\""
    got = tagged((text, [("VISION", "org")]))
    assert "VISION" not in got, got


def test_a_nickname_beside_a_persons_possessive_is_that_person() -> None:
    got = listed("Kanye Weston tweeted that he is $53 million in debt. Yeezo -- that's one of Weston's nicknames -- "
                 "also released his latest album on Sunday. Recently, Yeezo tweeted that he's in debt.")
    assert "Yeezo" not in got, got
    assert "Yeezo" in got["Kanye Weston"][1], got


def test_an_owners_thing_and_a_persons_crew_are_no_names() -> None:
    got = tagged(("He was the heart behind Corva's Stylists at Heart program. Corva said he would be missed.",
                  [("Corva's Stylists", "org"), ("Corva", "org")]),
                 ("Which means Spiegel & Co. only have to sell 4 million pairs to break even, Spiegel said.",
                  [("Spiegel & Co.", "org"), ("Spiegel", "person")]))
    assert "Corva's Stylists" not in got and "Spiegel & Co." not in got, got
    assert "Corva" in got and "Spiegel" in got, got


def test_a_product_named_after_its_kind_is_no_organisation() -> None:
    got = listed("Snapwell announced it would sell camera sunglasses called Spectra. Getting a pair of Spectra is "
                 "easier now; they are on Spectra.com. Spectra come in three colours.",
                 "Snapwell said Spectra can earn money. Buyers should expect to wait for their Spectra to ship.")
    assert not any(n.startswith("Spectra") for n in got), got
    assert "Snapwell" in got, got


def test_a_brands_goods_in_a_list_of_plurals_are_no_name() -> None:
    got = tagged(("He built a rec room filled with comic books and figurines and Fizzes, said Dana Whitby.",
                  [("Fizzes", "org"), ("Dana Whitby", "person")]))
    assert "Fizzes" not in got, got
    assert "Dana Whitby" in got, got


def test_a_plural_before_a_plural_verb_is_no_person() -> None:
    got = tagged(("Resellers will struggle now that Specs are more widely available, Dana Whitby said.",
                  [("Specs", "person"), ("Dana Whitby", "person")]))
    assert "Specs" not in got, got
    assert "Dana Whitby" in got, got
