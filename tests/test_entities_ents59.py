"""ents59: entity kinds half A of pool7's in-sample stories and last session's clean check showed
(bench/BRIEF_REVIEW.md, "ents59"), on made-up text. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.entities import merge_entities
from storyline.places import locate_places
from test_brief_review23 import tagged

HARVEST = ("Farmers in the Velbury valley brought in a record apple harvest this autumn, the growers' union said. "
           "Union chair Ana Ruiz said the dry summer helped. \"We have never seen fruit like it,\" Ruiz said. "
           "— Associated Press writer Jo Tarn in Velbury contributed to this report.")


def test_a_credit_sentence_closing_a_paragraph_names_no_one_of_the_story() -> None:
    got = tagged((HARVEST, [("Ana Ruiz", "person"), ("Ruiz", "person"), ("Jo Tarn", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_bracketed_wire_credit_inside_a_paragraph_names_no_one_of_the_story() -> None:
    text = ("The ferry line will add two crossings a day from May, its chief Tom Bale said on Monday. Bale said "
            "bookings were up a fifth. (Reporting by Jo Tarn; Writing by Bo Lund; Editing by Ana Ruiz and Kit Marr)")
    got = tagged((text, [("Tom Bale", "person"), ("Bale", "person"), ("Jo Tarn", "person"), ("Bo Lund", "person"),
                         ("Ana Ruiz", "person"), ("Kit Marr", "person")]))
    assert set(got) == {"Tom Bale"}, got


def test_a_sentence_using_a_credit_cues_words_is_no_credit() -> None:
    text = ("Tom Bale said storms had contributed to this report's delay. Ana Ruiz, who chairs the ferry board, "
            "said the report would come in June.")
    got = tagged((text, [("Tom Bale", "person"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Tom Bale", "Ana Ruiz"}, got


def test_a_crown_princes_title_is_no_part_of_his_name() -> None:
    text = ("Crown Prince Aldo Varrin of Velmark opened the new harbour bridge on Friday. Prince Aldo said the "
            "bridge would carry 9,000 cars a day. Aldo thanked the engineers.")
    got = tagged((text, [("Crown Prince Aldo Varrin", "person"), ("Prince Aldo", "person"), ("Aldo", "person")]))
    assert set(got) == {"Aldo Varrin"}, got


def test_a_deputy_crown_prince_and_his_given_name_are_one_person() -> None:
    text = ("Deputy Crown Prince Aldo Varrin met the fishing board. \"We will rebuild the fleet,\" Prince Aldo said.")
    got = tagged((text, [("Deputy Crown Prince Aldo Varrin", "person"), ("Prince Aldo", "person")]))
    assert set(got) == {"Aldo Varrin"}, got


def test_a_surname_written_without_its_hyphened_article_is_the_persons() -> None:
    text = ("The port authority's chairman, Omar el-Tarnawi, opened the new grain terminal. Tarnawi said the "
            "terminal would double exports. Since taking office, Tarnawi has cut the port's fees twice.")
    got = tagged((text, [("Omar el-Tarnawi", "person"), ("Tarnawi", "org"), ("Tarnawi", "org")]))
    assert set(got) == {"Omar el-Tarnawi"}, got


def test_two_spellings_of_one_full_name_are_one_person() -> None:
    one = "Grain exports rose, said Khalid Abdel-Rahman el-Nurri, who chairs the port authority."
    two = "The port's chairman, Khalid Abdel Rahman el-Nuri, said grain exports rose a fifth."
    got = tagged((one, [("Khalid Abdel-Rahman el-Nurri", "person")]),
                 (two, [("Khalid Abdel Rahman el-Nuri", "person")]))
    assert len(got) == 1, got


def test_two_short_names_spelt_alike_stay_two_people() -> None:
    text = "Ana Lee won the sprint. Anna Lee, her coach's daughter, came second."
    got = tagged((text, [("Ana Lee", "person"), ("Anna Lee", "person")]))
    assert set(got) == {"Ana Lee", "Anna Lee"}, got


def test_a_clubs_name_with_and_without_football_club_is_one_body() -> None:
    text = ("Velby Town Football Club will build a new stand, its chairman Tom Bale said. Velby Town FC sold 4,000 "
            "season tickets. Fans of Velby Town raised half the cost.")
    got = tagged((text, [("Velby Town Football Club", "org"), ("Tom Bale", "person"), ("Velby Town FC", "org"),
                         ("Velby Town", "org")]))
    assert set(got) == {"Velby Town", "Tom Bale"} or set(got) == {"Velby Town Football Club", "Tom Bale"}, got


def test_a_divisions_name_after_its_league_of_a_country_is_one_body() -> None:
    analyses = story("Netball clubs in Wales voted on Monday to add two teams to the Netball League of Wales "
                     "Premier Division. Ana Ruiz, who chairs the league, said the Premier Division would have ten "
                     "clubs.")
    got = {e.name: e.aliases for e in merge_entities(analyses, locate_places(analyses))}
    assert "Premier Division" not in got, got


def test_a_fixture_a_team_at_its_ground_is_no_person() -> None:
    text = ("Heavy snow closed roads across the county on Tuesday. Velby's game at home to Tarnby at Alder Park "
            "was called off, said the council's Ana Ruiz.")
    got = tagged((text, [("Tarnby at Alder Park", "person"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_the_owner_of_a_family_is_a_person() -> None:
    text = ("The flood a year ago claimed the lives of Tom Velu' family members. The river board said new walls "
            "were built. Ana Ruiz's parents still live by the river.")
    got = tagged((text, [("Tom Velu'", "org"), ("Ana Ruiz", "org")]))
    assert got.get("Tom Velu", ("",))[0] == "person" and got.get("Ana Ruiz", ("",))[0] == "person", got



def test_two_names_glued_over_an_abbreviations_stop_and_a_sentences_the_are_no_name() -> None:
    text = ("The navy will buy radar sets made by Velcorp Co. The Tarn Coast Guard has approved the sale, Ana Ruiz "
            "said.")
    got = tagged((text, [("Velcorp Co. The Tarn Coast Guard", "org"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got


def test_a_long_name_cut_at_and_the_is_whole_when_its_acronym_opens_a_gloss() -> None:
    text = ("Fighters of the Free Army of Tarn and the Marches (FATM, also known as the Front) took the town in "
            "May. Ana Ruiz said FATM would hold it.")
    got = tagged((text, [("the Free Army of Tarn", "org"), ("Marches", "person"), ("FATM", "org"),
                         ("Ana Ruiz", "person"), ("FATM", "org")]))
    assert "Marches" not in got and got.get("Free Army of Tarn and the Marches") == ("org", ["FATM"]), got


def test_a_leaders_surname_before_his_bodys_name_is_the_body() -> None:
    text = ("Mayor Tom Velu opened the new ferry pier on Monday. The Velu Harbour Board has cut fees twice, and the "
            "Harbour Board said traffic rose a fifth.")
    got = tagged((text, [("Tom Velu", "person"), ("Velu Harbour Board", "org"), ("Harbour Board", "org")]))
    assert set(got) == {"Tom Velu", "Harbour Board"} or set(got) == {"Tom Velu", "Velu Harbour Board"}, got


def test_a_place_named_only_in_a_credit_is_none_of_the_storys_places() -> None:
    analyses = story("Farmers in Kenya brought in a record tea harvest this year, the growers' board said on Monday. "
                     "Board chair Wanjiru Kamau said the long rains helped. — Associated Press writer Jo Tarn in "
                     "Johannesburg contributed to this report.")
    got = {p.name for p in locate_places(analyses).places}
    assert "Kenya" in got and "Johannesburg" not in got, got


def test_a_states_broadcaster_written_with_capitals_is_no_body() -> None:
    text = "The minister's speech on the grain harvest was carried by State TV. Ana Ruiz said exports would rise."
    got = tagged((text, [("State TV", "org"), ("Ana Ruiz", "person")]))
    assert set(got) == {"Ana Ruiz"}, got
