"""Entities and places, seventh round (issue 12 item 4; bench/BRIEF_REVIEW.md, branch ents7): an
honorific's gender, a name cut inside a title, taxa, an adjective, a method's acronym, a site, a
platform, a company's name the model cut in two, the longest gazetteer name, a person's surname that
is also a town. Every fixture is made up for these tests in the style of wire copy or a paper; none
comes from the bench."""

from __future__ import annotations

from conftest import entities, story
from storyline.model import Analysis, Document, EntityKind
from storyline.places import locate_places
from storyline.unionfind import UnionFind

# --- an honorific's gender ------------------------------------------------------------------------


def test_an_honorific_and_a_given_name_carry_a_gender() -> None:
    from storyline.entities.shapes import first_name_gender, honorific_gender

    assert honorific_gender("Mr. Vance") == "m" and honorific_gender("Mrs Vance") == "f"
    assert honorific_gender("Ms. Vance") == "f" and honorific_gender("President Vance") is None
    assert honorific_gender("Mr") is None  # an honorific alone is no name
    assert first_name_gender("Mary Vance") == "f" and first_name_gender("John Vance") == "m"
    assert first_name_gender("Vance") is None and first_name_gender("Jordan Vance") is None  # given to both


def _joined(persons: list[str], genders: dict[str, str]) -> dict[str, str]:
    from storyline.people import join_people

    keys: list[tuple[EntityKind, str]] = [("person", p) for p in persons]
    uf: UnionFind[tuple[EntityKind, str]] = UnionFind()
    for k in keys:
        uf.find(k)
    join_people(uf, keys, frozenset(), frozenset(), genders)
    return {p: uf.find(("person", p))[1] for p in persons}


def test_a_bare_surname_with_an_honorific_joins_only_a_name_of_its_gender() -> None:
    # "Mr. Vance" is not Mary Vance; with John Vance in the story he is John Vance
    got = _joined(["mary vance", "vance"], {"mary vance": "f", "vance": "m"})
    assert got["vance"] != got["mary vance"]
    got = _joined(["mary vance", "john vance", "vance"], {"mary vance": "f", "john vance": "m", "vance": "m"})
    assert got["vance"] == got["john vance"] != got["mary vance"]
    # "Mrs. Vance" joins Mary Vance; a full name of no known gender stays compatible
    got = _joined(["mary vance", "vance"], {"mary vance": "f", "vance": "f"})
    assert got["vance"] == got["mary vance"]
    got = _joined(["dale vance", "vance"], {"vance": "m"})
    assert got["vance"] == got["dale vance"]
    # "Mr. Vance" and "Mrs. Vance" under one key: two people, joined to neither full name
    got = _joined(["dale vance", "vance"], {"vance": "?"})
    assert got["vance"] != got["dale vance"]


def test_mr_surname_is_not_listed_under_a_woman_of_that_surname() -> None:
    got = entities("Foreign Secretary Mary Halvorsen promised aid to the islands on Tuesday.",
                   "\"I have spoken with Mr. Halvorsen and we have agreed to send rescue teams,\" the envoy said.")
    people = {n: aliases for n, k, aliases in got if k == "person"}
    assert "Mary Halvorsen" in people and "Mr. Halvorsen" not in people["Mary Halvorsen"]


# --- a name cut inside a title --------------------------------------------------------------------


def test_a_name_ends_before_a_titles_modifiers() -> None:
    from storyline.entities.shapes import cut_before_title

    assert cut_before_title("Port Elwood Federal", " Judge Ann Orr approved the plea") == "Port Elwood"
    assert cut_before_title("Federal", " Judge Ann Orr said") == ""
    assert cut_before_title("Port Elwood Federal", " Reserve said") is None  # no title after
    assert cut_before_title("Elwood Bank", " Judge Ann Orr") is None  # no modifier at the end
    assert cut_before_title("Interior", " Secretary Ann Orr") is None  # a ministry's short name is kept


# --- taxa, adjectives, methods, sites, platforms, versions ----------------------------------------


def test_a_genus_written_as_a_taxon_is_found() -> None:
    from storyline.entities.shapes import taxon_names

    texts = ["Bones of Zalambdon gigantum were found beside the hearth. Zalambdon was a grazer.",
             "Shells of the Moaornis genus lay above them. The city museum will show them."]
    assert {"zalambdon", "moaornis"} <= taxon_names(texts)
    # "museum" is written alone too: "Apple museum" is no binomial
    assert "apple" not in taxon_names(["The Apple museum opened. A museum is a house of things."])


def test_an_adjective_from_a_name_is_found() -> None:
    from storyline.entities.shapes import adjective_use

    text = "There is a Eurocentric view of the past. Eric said so."
    assert adjective_use(text, text.index("Eurocentric"), text.index("Eurocentric") + 11)
    assert not adjective_use(text, text.index("Eric"), text.index("Eric") + 4)  # no article before
    paper = "The Guardian said so, and the Guardian and the Times agreed."
    assert not adjective_use(paper, 4, 12) and not adjective_use(paper, 30, 38)  # a verb or "and" after


def test_an_acronym_defined_for_lower_case_words_is_a_methods() -> None:
    from storyline.entities.shapes import common_acronyms

    text = ("Ages came from optically stimulated luminescence (OSL) dating, with the single-aliquot "
            "regenerative-dose (SAR) procedure. The Pacific Tsunami Warning Center (PTWC) said so.")
    assert common_acronyms(text) == {"OSL", "SAR"}


def test_a_version_and_a_possessive_of_a_feature_are_no_names() -> None:
    from storyline.entities.shapes import possessive_of_feature, versioned

    assert versioned("OxCalc v4.2.4") and versioned("Statix 3.12") and not versioned("Boeing 777")
    text = "a tool found in the Morrow's Gap rock-shelter"
    assert possessive_of_feature(text, text.index("Morrow") + 6)
    assert not possessive_of_feature("Morrow's team said", 6)


def test_a_paper_lists_no_taxa_adjectives_methods_or_sites() -> None:
    got = entities(
        "The team dated the Kallaroo rock shelter with optically stimulated luminescence (OSL) dating. "
        "Bones of Zalambdon gigantum were found in the lowest layer. \"There is a Eurocentric view of the "
        "past,\" said Dr Ann Orr of Elwood University.",
        "Ann Orr said the OSL ages put people at Kallaroo rock shelter 40,000 years ago, beside "
        "Zalambdon and giant birds. Elwood University will hold a seminar.",
    )
    names = {n for n, _, _ in got}
    assert "Ann Orr" in names and "Elwood University" in names
    assert not names & {"Zalambdon", "Zalambdon gigantum", "Eurocentric", "OSL", "Kallaroo"}


def test_an_owners_platform_is_no_person() -> None:
    got = entities("Bayline Exchange's electronic Arvo platform handles 12 percent of trading, Bayline Exchange said.")
    assert "Arvo" not in {n for n, _, _ in got}


# --- a company's name cut in two ------------------------------------------------------------------


def test_an_acronym_and_the_name_written_after_it_are_one_company() -> None:
    from storyline.entities.shapes import name_word_after

    assert name_word_after("ABX Eurolink’s shares rose", 3) == "Eurolink"
    assert name_word_after("ABX Judge Orr", 3) is None  # a title
    assert name_word_after("ABX Monday", 3) is None  # a weekday
    assert name_word_after("ABX, Eurolink", 3) is None  # punctuation between
    assert name_word_after("House Democrats said", 5) is None  # a plural: the body's members


# --- places ----------------------------------------------------------------------------------------


def test_the_longest_gazetteer_name_wins() -> None:
    a = story("Opposition candidates won in Minas Gerais and Rio Grande do Sul, the two states said.",
              "In Rio Grande do Sul, the governor conceded on Monday.")
    rows = {r.name: r for r in locate_places(a).places}
    assert "Rio Grande do Sul" in rows and rows["Rio Grande do Sul"].kind == "region"
    assert "Rio Grande" not in rows


def test_a_persons_surname_is_no_town_even_when_the_model_calls_the_person_an_organisation() -> None:
    from storyline.names import given_name_first

    assert given_name_first("Cesar Maia") and given_name_first("Mary Vance")
    assert not given_name_first("George Washington University")  # an organisation's word
    assert not given_name_first("Vance")


def test_a_persons_surname_that_is_a_town_is_not_placed() -> None:
    # Braga is a town in Portugal; here it is Cesar Braga's surname, and the model tagged him as an organisation
    from storyline.model import Mention
    from storyline.names import person_name_parts

    text = "The mayor was leading over Cesar Braga, a former mayor. A student will vote for Braga."
    at = text.index("Cesar Braga")
    a = Analysis(Document(id="d0", text=text, title="d0"), [],
                 [Mention("d0", at, at + 11, "Cesar Braga", "org"),
                  Mention("d0", text.rindex("Braga"), text.rindex("Braga") + 5, "Braga", "place")])
    assert person_name_parts([a]).get("braga", 0) >= 1  # a surname: the places stage does not place it
    assert "braga" not in person_name_parts([a], skip_orgs=False)  # without the checks: an organisation's word


def test_an_organisations_name_cut_at_its_possessive_is_whole() -> None:
    from storyline.names import org_continuation

    text = "taken to St Agnes's Hospital, and to St Agnes Hospital"
    end = text.index("Agnes") + 5
    assert org_continuation(text, end, possessive=True) == "'s Hospital"
    assert org_continuation(text, end + 2, possessive=True) == " Hospital"  # the span took the "'s" in
    assert org_continuation(text, end) == ""  # a person's possessive ("Obama's Administration") is not joined


def test_a_name_cut_before_a_title_is_not_listed_whole() -> None:
    got = entities("In this Aug. 15, 2014 file photo, heir Tom Vane leaves a Houston courtroom. Chicago Federal "
                   "Judge Ann Orr on Wednesday, April 27, 2016, approved a plea agreement.")
    names = {n: k for n, k, _ in got}
    assert "Chicago Federal" not in names and names.get("Ann Orr") == "person"


def test_a_companys_name_the_model_cut_after_its_acronym_is_whole() -> None:
    from storyline.entities import merge_entities
    from storyline.model import Mention

    text = ("A premium of 37 percent to NYX Eurolink’s closing price. The New York Exchange is its oldest part. "
            "Shares of NYX Eurolink rose 21 percent.")
    spans = [(m, "NYX") for m in (text.index("NYX Eurolink’s"), text.rindex("NYX Eurolink"))]
    at = text.index("New York Exchange")
    mentions = [Mention("d0", s, s + len(t), t, "org") for s, t in spans] + [
        Mention("d0", at, at + 17, "New York Exchange", "org")]
    one = Analysis(Document(id="d0", text=text, title="d0"), [], mentions)
    got = {e.name: e.aliases for e in merge_entities([one])}
    assert "NYX Eurolink" in got and "New York Exchange" in got and "NYX" not in got


def test_a_name_cut_after_a_particle_is_whole() -> None:
    from storyline.entities import merge_entities
    from storyline.model import Mention

    text = "UN peacekeeping chief Alain Le Mas said the force would grow."
    at = text.index("Alain")
    mentions = [Mention("d0", at, at + 8, "Alain Le", "person"), Mention("d0", at + 9, at + 12, "Mas", "person")]
    got = {e.name for e in merge_entities([Analysis(Document(id="d0", text=text, title="d0"), [], mentions)])}
    assert got == {"Alain Le Mas"}


def test_a_given_name_tagged_as_an_organisation_joins_its_person() -> None:
    from storyline.entities import merge_entities
    from storyline.model import Mention

    text = "Kazakhstan's Irina Volkova could challenge the champions. \"Irina is an excellent diver,\" he said."
    at, bare = text.index("Irina Volkova"), text.rindex("Irina")
    mentions = [Mention("d0", at, at + 13, "Irina Volkova", "person"), Mention("d0", bare, bare + 5, "Irina", "org")]
    got = [(e.name, e.kind, e.aliases) for e in
           merge_entities([Analysis(Document(id="d0", text=text, title="d0"), [], mentions)])]
    assert got == [("Irina Volkova", "person", ["Irina"])]
