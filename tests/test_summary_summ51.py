"""summ51: an account, not a heap, by kind, on made-up text (a harbour council, a dredging contract, a museum): an
item that tells an act by its verb introduces the act's noun ("voted" for "the vote"); one result told by two
reports with a circumstance only one gives is one item; a person described only as "the mayor" does not lead."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from conftest import story
from storyline.pipeline import sentence_figures
from storyline.summary.cut_tags import cut_tag
from storyline.summary.referents import described_again, unintroduced, unowned_opening
from storyline.summary.retold import retold
from storyline.summary.scenes import untold_scene
from storyline.summary.unnamed import bare_surnames

_DAY = dt.date(2021, 6, 8)


def test_an_item_that_tells_the_act_by_its_verb_introduces_its_noun() -> None:
    told, later = story(
        "The harbour council voted on Tuesday to fund a new sea wall at Brell.",
        "Work on the sea wall at Brell could start in August. A vote on the money was held on Tuesday. "
        "Fishermen cheered the vote outside the town hall.", published=_DAY)
    item = later.sentences[2]
    assert unintroduced([later.sentences[0], item], [told, later]) == [item]  # "the vote" of a sentence not shown
    assert unintroduced([told.sentences[0], later.sentences[0], item], [told, later]) == []  # "voted" tells it


def test_an_act_noun_with_an_ending_is_introduced_by_its_verb() -> None:
    told, later = story(
        "The two ferry firms settled their dispute over the Brell crossing on Monday.",
        "Ferries to Brell will run again from Friday. A settlement was reached after three weeks of talks. "
        "Passengers welcomed the settlement at the quay.", published=_DAY)
    item = later.sentences[2]
    assert unintroduced([later.sentences[0], item], [told, later]) == [item]
    assert unintroduced([told.sentences[0], later.sentences[0], item], [told, later]) == []


def test_one_result_with_a_circumstance_only_one_report_gives_is_told_once() -> None:
    analyses = story(
        "The dredging firm Harrow Marine won 97.6 percent of the port's contracts, the port office said on Monday. "
        "This makes Harrow Marine the port's largest contractor.",
        "The dredging firm Harrow Marine won a fresh five-year lease with nearly 98 percent of the port's contracts, "
        "port officials said on Monday.", published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[0]]
    end = analyses[0].sentences[1].end  # a unit of two sentences: the result, then what it means
    chosen[0] = replace(chosen[0], end=end, text=analyses[0].doc.text[chosen[0].start:end])
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {1: 0}


def test_two_results_whose_figures_of_one_kind_differ_are_two_items() -> None:
    analyses = story(
        "The dredging firm Harrow Marine won 61 percent of the port's contracts, the port office said on Monday.",
        "The dredging firm Harrow Marine won a fresh five-year lease with nearly 98 percent of the port's contracts, "
        "port officials said on Monday.", published=_DAY)
    chosen = [a.sentences[0] for a in analyses]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {}


_MUSEUM = ("The Brell city museum reopened on Saturday after a year of repairs. "
           "Its director, Ines Varga, thanked the builders. "
           "Speaking at the gate, the mayor said the museum would stay open late in summer. "
           "The former teacher and deputy mayor has led the town since 2015. "
           "The roof was replaced with copper sheets. "
           "Speaking at the gate, Mayor Tomas Hale said the museum would stay open late.")


def test_a_person_described_only_by_a_noun_of_persons_does_not_lead() -> None:
    a = story(_MUSEUM, published=_DAY)[0]
    assert described_again(a, a.sentences[2]) is not None  # "the mayor", named nowhere in the item
    assert described_again(a, a.sentences[3]) is not None  # "The former teacher and deputy mayor"
    assert described_again(a, a.sentences[4]) is None  # "The roof": no person
    assert described_again(a, a.sentences[5]) is None  # names the mayor
    assert described_again(a, a.sentences[0]) is None  # the lede


_REGATTA = ("At the regatta in Brell in May 2021, the Varna crew beat the Orla crew by a length. "
            "The rowing club's chairman, Tomas Hale, resigned on Tuesday after a dispute over funds.")
_RESIGNED = "Tomas Hale resigned as chairman of the Kessel rowing club on Tuesday."


def test_an_opening_scene_of_an_earlier_month_no_other_report_tells_is_left_out() -> None:
    scene, other = story(_REGATTA, _RESIGNED, published=_DAY)
    assert untold_scene([scene, other], scene, scene.sentences[0])
    assert not untold_scene([scene, other], scene, scene.sentences[1])  # not the report's opening
    assert not untold_scene([scene], scene, scene.sentences[0])  # one report: its opening is its story
    told, other = story(_REGATTA, _RESIGNED + " The Varna crew won the regatta in May.", published=_DAY)
    assert not untold_scene([told, other], told, told.sentences[0])  # another report tells of the Varna crew
    dated, other = story(_REGATTA.replace("in May 2021", "on May 30"), _RESIGNED, published=_DAY)
    assert not untold_scene([dated, other], dated, dated.sentences[0])  # a day: news of its own


_SUCCESSOR = ("Tomas Hale resigned as chairman of the Kessel rowing club on Tuesday. "
              "The club backed the Moldovan Petru Ciobanu as his successor. "
              "Ciobanu thanked the members on Wednesday. "
              "Under his leadership, the club has committed itself to a new boathouse. "
              "Under his leadership, Ciobanu said, the club would build a boathouse. "
              "During his time as chairman, Ciobanu also ran the club's accounts.")


def test_a_surname_of_a_name_the_model_typed_as_a_body_is_a_bare_surname() -> None:
    a = story(_SUCCESSOR, published=_DAY)[0]
    item = a.sentences[2]
    assert bare_surnames([a.sentences[0], item], [a]) == ["", "Ciobanu"]
    for m in a.mentions:
        if m.text == "Petru Ciobanu":
            m.kind = "org"  # the model types many a person's name as a body's ("Zimbabwean Phillip Chiyangwa")
    assert bare_surnames([a.sentences[0], item], [a]) == ["", "Ciobanu"]
    assert bare_surnames([a.sentences[0], a.sentences[1], item], [a]) == ["", "", ""]  # the full name is shown


def test_an_opening_phrase_whose_his_stands_for_no_one_named_leans() -> None:
    a = story(_SUCCESSOR, published=_DAY)[0]
    assert unowned_opening(a, a.sentences[3]) is not None  # "the club" is no one "his" stands for
    assert unowned_opening(a, a.sentences[4]) is None  # "Ciobanu said": the owner is named
    assert unowned_opening(a, a.sentences[0]) is None
    assert unowned_opening(a, a.sentences[5]) is None  # a name the report gives a person (chosen on half B: de Lima)


_DEAL = ("The Kessel rowing club signed a deal with the boat maker Orvel on Monday. "
         "Tomas Hale resigned as chairman of the club on Tuesday. "
         "The city council says it intends to contest the deal in court.")


def test_a_definite_object_of_the_clause_a_verb_of_saying_reports_leans_on_its_introduction() -> None:
    a = story(_DEAL, published=_DAY)[0]
    assert unintroduced([a.sentences[1], a.sentences[2]], [a]) == [a.sentences[2]]  # which deal?
    assert unintroduced([a.sentences[0], a.sentences[2]], [a]) == []


def test_a_speakers_tag_cut_from_its_quotation_is_no_item() -> None:
    a = story('The museum in Brell reopened on Saturday. Mayor Tomas Hale cut the ribbon at the gate. '
              '"What a day for Brell!" Hale says, and the crowd cheers. "Is it open yet?" a child asked. '
              'Hale said the roof cost $2m.', published=_DAY)[0]
    texts = [s.text for s in a.sentences]
    assert texts[3] == "Hale says, and the crowd cheers."  # the splitter cut after "!"
    assert cut_tag(a, a.sentences[3])
    assert not any(cut_tag(a, a.sentences[k]) for k in (0, 1, 2, 4, 5))  # a whole quotation, a saying with its clause
