"""Entities, ninth round (issue 12; bench/BRIEF_REVIEW.md "Done-when read on one main", branch brief9): a
given name the model left off a surname, a nationality's adjective, credit lines and photo credits, a
location's name misspelt, a given name after "his wife,". Every fixture is made up for these tests in the
style of wire copy; none comes from the bench."""

from __future__ import annotations

from conftest import entities


def names(*texts: str) -> dict[str, str]:
    return {n: k for n, k, _ in entities(*texts)}


def test_shapes() -> None:
    from storyline.entities.shapes import demonym, given_name_before, kin_given_names, transposed
    from storyline.names.credits import credit_spans

    assert demonym("Malagasy") and demonym("French") and not demonym("France") and not demonym("French Quarter")
    assert transposed("kalyterra", "kaltyerra") and not transposed("kaltyerra", "kaltyerra")
    assert not transposed("dean", "dane") and not transposed("kaltryera", "kaltyerra")
    text = ("Mourners came. (Orla Fennimore/CBC) She left.\nNathaniel Crumb contributed reporting.\n"
            "With reports from Tu Anh Le")
    got = [text[s:e] for s, e in credit_spans(text)]
    assert got == ["(Orla Fennimore/CBC)", "Nathaniel Crumb contributed reporting.", "With reports from Tu Anh Le"]
    assert credit_spans("Reporters said the minister contributed reporting of his own to a long inquiry "
                        "that the opposition had demanded for months, and more words follow here.") == []
    assert kin_given_names("Barry Quennell and his wife, Honey, were found. Her husband Tomasz called.") == {
        "honey": "f", "tomasz": "m"}
    text = "criticism from Ana Herrera, a contributor"
    assert given_name_before(text, text.index("Herrera")) == text.index("Ana")
    assert given_name_before("the Grand Herrera", 10) is None


CUT = ('The adviser\'s defense of the tweet later drew criticism from Ana Herrera, a CNN contributor, on "This '
       'Week\'s" roundtable.\n"I am disappointed beyond belief by the answer that the adviser just gave," Herrera '
       'said. "What a wuss."\nHerrera said the president\'s tweet "is an incitement to violence."')


def test_a_surname_the_model_read_without_its_given_name_is_the_persons() -> None:
    got = names(CUT)
    assert got.get("Ana Herrera") == "person" and "Herrera" not in got


def test_a_nationalitys_adjective_is_no_person() -> None:
    got = names("Federal agents raided the Kestrel Guitar Company factory in Nashville last week. The company "
                "denies the allegations, maintaining that all of its purchases from Madagascar have complied with "
                "U.S. and Malagasy law. A company attorney, Dora Pennick, says it has presented documents.")
    assert "Malagasy" not in got and got.get("Dora Pennick") == "person"


CREDITED = ('Mourners left flowers outside the home on Saturday. (Orla Fennimore/CBC) Neighbours said the couple '
            'were generous. Postmedia chief Paul Godwin. (Sean Tarrant/Canadian Press) "She always got her way," '
            'Godwin said.\nShares rose 4 percent in late trading, said analyst Bram Hollis.\n'
            'Nathaniel Crumb contributed reporting.\nWith reports from Tu Anh Le, Joe Fensome and Molly Harte')


def test_credits_name_who_made_the_report_not_who_is_in_it() -> None:
    got = names(CREDITED)
    for credited in ("Orla Fennimore/CBC", "Sean Tarrant/Canadian Press", "Nathaniel Crumb", "Tu Anh Le",
                     "Joe Fensome", "Molly Harte"):
        assert credited not in got
    assert got.get("Paul Godwin") == "person" and got.get("Bram Hollis") == "person"


def test_a_locations_name_misspelt_is_no_organisation() -> None:
    got = names('Archaeologists dug two trenches in the Kaltyerra rock shelter last year. The site, known as '
                'Kaltyerra, holds bones of giant birds. "This changes the picture, because [the Kalyterra site '
                'shows] people lived beside these animals," said Gavin Pruett of Flinders University. Kaltyerra '
                'lies 550 km north of Adelaide.')
    assert "Kalyterra" not in got and "Kaltyerra" not in got


KIN = ('Less than a week before the businessman Barry Quennell and his wife, Honey, were found dead in their '
       'mansion, Ms. Quennell was making plans for a trip south. Police said the bodies were those of Mr. '
       'Quennell, 75, the founder of a drug firm, and his 70-year-old wife, Honey. Mr. Quennell was a renowned '
       'workaholic. Ms. Quennell loved to socialize. Honey Quennell sat on many boards. Barry Quennell founded '
       'the firm in 1974.')


def test_a_given_name_after_his_wife_is_hers_and_her_surname_joins_her() -> None:
    got = {n: (k, a) for n, k, a in entities(KIN)}
    assert "Honey" not in got  # the given name alone is hers, not an organisation
    assert got["Honey Quennell"][0] == "person" and "Ms. Quennell" in got["Honey Quennell"][1]
    assert "Mr. Quennell" in got["Barry Quennell"][1] and "Ms. Quennell" not in got["Barry Quennell"][1]


def test_a_given_name_the_model_left_off_a_longer_name_is_part_of_it() -> None:
    got = names("``Four years is not enough to change a country as big as ours. I really believe in him.''\n"
                "Rute Vicente Pardal, 48, a manicurist, also planned to vote for the president. For most of her life, "
                "she said, her family lived in a lean-to. Her father dreamed of a house, Ms. Pardal said. "
                "Yesterday Marco Teixeira Duarte voted early.")
    assert got.get("Rute Vicente Pardal") == "person" and "Vicente Pardal" not in got
    assert "Marco Teixeira Duarte" in got  # "Yesterday" is a word, no given name


def test_a_name_a_distance_after_it_locates_is_a_location() -> None:
    got = names("Police were investigating the killing Monday night of two soldiers and a civilian in Hatumek, 40 "
                "kilometers (25 miles) south of Dili. An officer said two pistols that the victims in Hatumek had "
                "been carrying were missing.")
    assert "Hatumek" not in got  # a village no gazetteer holds: a location, not an organisation


def test_a_name_introduced_as_an_acronym_is_no_person() -> None:
    got = names("The Sylvanian army, known by its Sylvanian acronym Tabri, counts among its numbers the country's "
                "president. Two soldiers were killed overnight. ``These are the counterinsurgency units, on "
                "Tabri's payroll,'' said Gusti Aditomo, a professor.")
    assert got.get("Tabri") == "org" and got.get("Gusti Aditomo") == "person"


def test_a_role_or_a_people_before_a_name_is_no_given_name() -> None:
    from storyline.entities.evidence import _evidence, given_left_out
    from storyline.model import Mention

    for before in ("Strategist", "Britons", "Zealander", "Minster"):
        text = f"Officials said.\n{before} Stanley Quell arrived on Monday."
        at = text.index("Stanley")
        m = Mention("d0", at, at + len("Stanley Quell"), "Stanley Quell", "person")
        assert given_left_out(text, m, [m], _evidence([], None)) is None
    text = "Officials said.\nRute Stanley Quell arrived on Monday."
    at = text.index("Stanley")
    m = Mention("d0", at, at + len("Stanley Quell"), "Stanley Quell", "person")
    assert given_left_out(text, m, [m], _evidence([], None)) == text.index("Rute")
