"""The kinds of entity junk the thirteenth read left (issue 12, bench/BRIEF_REVIEW.md, "ents17"): a brand written as
a thing ("the Crunchy Crisp logo", "brands including Velvo") is no person and no organisation; a business after its
trade's noun ("chocolatier Brindle") is one; a venue only ever written after "the" is no person; a name the model
cut in two ("Nordic| Design| Property Office") or before "and" a place ("… Scotland| and Ireland") is whole; two
events joined by "and" are no entry; a landform's name ("the summit of Carnfell") is a place, and a piece of it
("Notchby| arete") none; an award ("his Zephyr nominations") is no person; a quoted title with an honorific inside
('"Mrs. Tumbleweed,"') is a work; "also known as" gives a person's other name; a spaced dash ends a name; a
surname written with two letters swapped is its bearer's; "Pak and co." is no body; "Homo sapiens" names a taxon.
Fixtures are made up; none comes from the bench. Where the sentence model does not make the cut a rule is for,
the mentions are given by hand, as the model tagged the bench's texts. Guards keep a business that speaks, a
person who nominates, a person written as a modifier after "the", and a body with a place in its name."""

from __future__ import annotations

from storyline.model import Mention
from test_brief_review23 import tagged


def test_a_brand_written_as_a_thing_is_no_person() -> None:
    got = tagged(("A ruling found that Crunchy Crisp had no inherent distinctiveness. The bar is embossed with the "
                  "Crunchy Crisp logo. The firm applied for a trademark for the Crunchy Crisp shape, annulling Crunchy "
                  "Crisp's claim. Dana Price said so.",
                  [("Crunchy Crisp", "person"), ("Crunchy Crisp", "person"), ("Crunchy Crisp", "person"),
                   ("Crunchy Crisp", "person"), ("Dana Price", "person")]))
    assert "Crunchy Crisp" not in got, got
    assert got["Dana Price"][0] == "person"


def test_brands_in_a_list_are_no_organisations_and_the_owner_that_speaks_stays() -> None:
    got = tagged(("Its chocolate tastes like parent company Ovington's Velvo brand. Ovington also owns brands "
                  "including Corrant, Velvo and Tornado. Ovington said it would appeal.",
                  [("Ovington", "org"), ("Velvo", "org"), ("Ovington", "org"), ("Corrant", "org"), ("Velvo", "org"),
                   ("Tornado", "org"), ("Ovington", "org")]))
    assert "Velvo" not in got and "Tornado" not in got, got
    assert got["Ovington"][0] == "org"


def test_a_business_after_its_trade_is_an_organisation() -> None:
    got = tagged(("Swiss chocolatier Brindle applied for a trademark for its bunnies. The case went to court, where "
                  "Brindle eventually lost.", [("Brindle", "person"), ("Brindle", "person")]))
    assert got["Brindle"][0] == "org", got


def test_a_venue_only_ever_after_the_is_no_person() -> None:
    got = tagged(("He was doing stand-up at the Laughing Goose on Sunset Boulevard. The Laughing Goose was half-empty "
                  "that night, Dana Price said.",
                  [("the Laughing Goose", "person"), ("The Laughing Goose", "person"), ("Dana Price", "person")]))
    assert got["Laughing Goose"][0] == "org", got


def test_a_person_only_written_as_a_modifier_after_the_stays_a_person() -> None:
    got = tagged(("He played a rival of the Dana Price source in the drama.", [("Dana Price", "person")]))
    assert got["Dana Price"][0] == "person", got


def test_an_office_cut_in_two_is_one_body() -> None:
    got = tagged(('"Assuming the Nordic Design Property Office does not have evidence, I expect it to fail," he said.',
                  [("Nordic", "org"), ("Property Office", "org")]),
                 ("The ruling means the Nordic Design Property Office (NDPO) must review a 2012 decision.",
                  [("Nordic", "org"), ("NDPO", "org")]))
    assert "Property Office" not in got and "Nordic Design" not in got, got
    assert "Nordic Design Property Office" in got, got


def test_a_body_cut_before_and_a_place_is_whole() -> None:
    from storyline.entities.cut_names import joined_end  # new in ents17

    text = "A spokesman for Mountain Guides Scotland and Ireland also urged walkers to use a map."
    at = text.index("Mountain")
    m = Mention("d0", at, at + len("Mountain Guides Scotland"), "Mountain Guides Scotland", "org")
    assert joined_end(text, m, [m], {"ireland"}) == text.index(" also")
    assert joined_end(text, m, [m], set()) is None  # "Ireland" placed nowhere: no join
    text2 = "Aid from Mountain Guides Scotland and Ireland Steel Co arrived."
    m2 = Mention("d0", 9, 9 + len("Mountain Guides Scotland"), "Mountain Guides Scotland", "org")
    assert joined_end(text2, m2, [m2], {"ireland"}) is None  # a longer name follows "and"


def test_two_events_joined_by_and_are_no_entry() -> None:
    got = tagged(("She had run in the Aldermouth Marathon and Great Fell Run. Dana Price said so.",
                  [("Aldermouth Marathon and Great Fell Run", "org"), ("Dana Price", "person")]))
    assert "Aldermouth Marathon and Great Fell Run" not in got, got


def test_a_landform_is_a_place_and_a_piece_of_its_name_no_entry() -> None:
    got = tagged(("They decided against going to the summit of Carnfell as dusk was approaching. She fell across "
                  "Carnfell's west face into an area known as Notchby arete. Dana Price said so.",
                  [("Carnfell", "org"), ("Carnfell", "org"), ("Notchby", "org"), ("Dana Price", "person")]))
    assert got["Carnfell"][0] == "place", got
    assert "Notchby" not in got, got


def test_an_award_is_no_person_and_a_person_who_nominates_stays() -> None:
    got = tagged(("Audiences cared not at all about his Zephyr nominations. He was a Zephyr-nominated actor. "
                  "Senator Dana Price nominated him. Price nominated two others.",
                  [("Zephyr", "person"), ("Zephyr", "person"), ("Dana Price", "person"), ("Price", "person")]))
    assert "Zephyr" not in got, got
    assert got["Dana Price"][0] == "person"


def test_a_quoted_title_with_an_honorific_inside_is_a_work() -> None:
    got = tagged(('In "Mrs. Tumbleweed," simply one of the best family films ever made, the actor hid his face. In '
                  '"Mrs. Tumbleweed," Robin Hale plays a voice actor.',
                  [("Tumbleweed", "person"), ("Tumbleweed", "person"), ("Robin Hale", "person")]))
    assert "Tumbleweed" not in got, got
    assert "Robin Hale" in got


def test_also_known_as_gives_the_other_name_of_the_person() -> None:
    got = tagged(("Jane Hollis fell and died. He said Jane, 53, a librarian who was also known as Jane Marlowe, went "
                  "ahead. Jane Hollis had climbed for six years.",
                  [("Jane Hollis", "person"), ("Jane", "person"), ("Jane Marlowe", "person"),
                   ("Jane Hollis", "person")]))
    assert "Jane Marlowe" not in got and "Jane Marlowe" in got["Jane Hollis"][1], got


def test_a_spaced_dash_ends_a_name() -> None:
    from storyline.names import display_form

    assert display_form("Kvikk Bar -") == "Kvikk Bar"
    assert display_form("Crunch - originally") == "Crunch"
    assert display_form("Jean-Luc Picard") == "Jean-Luc Picard"
    assert display_form("Three schools — Varn University") == "Three schools — Varn University"


def test_a_surname_with_two_letters_swapped_is_its_bearer() -> None:
    got = tagged(("The most influential mind was Swedish naturalist Carl Lindqvist. Lindqivst beat out everyone.",
                  [("Carl Lindqvist", "person"), ("Lindqivst", "person")]))
    assert "Lindqivst" not in got and "Lindqivst" in got["Carl Lindqvist"][1], got


def test_a_person_and_co_is_no_body() -> None:
    got = tagged(("Ji-Ho Pak led the study. According to Pak and co., the most influential mind was a naturalist.",
                  [("Ji-Ho Pak", "person"), ("Pak and co", "org")]))
    assert "Pak and co" not in got, got


def test_a_genus_before_sapiens_is_a_taxon() -> None:
    got = tagged(("Under his system human beings became Homo sapiens. Dana Price said so.",
                  [("Homo", "org"), ("Dana Price", "person")]))
    assert "Homo" not in got, got


def test_a_university_written_both_ways_is_one_body() -> None:
    got = tagged(("She was a librarian at the University of Aldermoor. Dana Price said so.",
                  [("University of Aldermoor", "org"), ("Dana Price", "person")]),
                 ("Ms Price, a librarian at Aldermoor University, fell.", [("Aldermoor University", "org")]))
    assert len([n for n in got if "Aldermoor" in n]) == 1, got
