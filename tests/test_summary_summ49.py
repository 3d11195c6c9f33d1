"""summ49: an account, not a heap, by kind, on made-up text (a river bridge, a choir, a shipyard): a line that says
what a named thing is (the longest, the largest) is not news; one subject's one act told by two reports is one item;
a definite object ("told the pilots") whose report introduced it in a sentence no item shows leans on it."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import sentence_figures
from storyline.summary.general import named_definition
from storyline.summary.lead import history_lead, tells_news
from storyline.summary.referents import unintroduced
from storyline.summary.retold import retold
from storyline.summary.standalone import why_not_alone

_DAY = dt.date(2021, 4, 14)

_BRIDGE = ("The Orla Bridge reopened to traffic on Tuesday after a year of repairs, the county council said. "
           "Engineers replaced 40 cables and the deck. "
           "The Orla Bridge is the longest suspension bridge in the region. "
           "Marta Kell is the first woman to lead the repair crew. "
           "The Orla Bridge is the longest suspension bridge in the region and was closed in 2020.")


def test_a_line_that_says_what_a_named_thing_is_is_not_news() -> None:
    a = story(_BRIDGE, published=_DAY)[0]
    assert named_definition(a, a.sentences[2]) is not None


def test_a_person_first_a_lede_or_a_past_act_joined_is_not_a_definition() -> None:
    a = story(_BRIDGE, published=_DAY)[0]
    assert named_definition(a, a.sentences[3]) is None  # a person's "first" may be the news
    assert named_definition(a, a.sentences[4]) is None  # a past act and a year told with it
    lede = story("The Orla Bridge is the longest suspension bridge in the region, a survey found on Tuesday.",
                 published=_DAY)[0]
    assert named_definition(lede, lede.sentences[0]) is None


def test_one_subjects_one_act_told_by_two_reports_is_told_once() -> None:
    analyses = story("The former choir director Karel Brod was acquitted on Tuesday of taking the choir's funds, a "
                     "court in Varna said.",
                     "Last week, Karel Brod was acquitted of theft by the appeals court in Varna.", published=_DAY)
    chosen = [a.sentences[0] for a in analyses]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {1: 0}


def test_another_act_of_one_subject_or_an_act_to_come_is_not_retold() -> None:
    analyses = story("The shipyard owner Karel Brod signed a deal for two ferries on Tuesday, the yard said.",
                     "Karel Brod hired a new welding crew for the dry dock in Varna.",
                     "Karel Brod will sign a second deal for tugs in May.", published=_DAY)
    chosen = [a.sentences[0] for a in analyses]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False] * 3) == {}


_CHOIR = ("The Varna choir won the national cup on Sunday, its conductor said. "
          "Ana Petrova spoke at a dinner for Varna's harbour pilots on Monday. "
          "She thanked the pilots for their gifts. "
          'Petrova reportedly told the pilots: "We sang for you."')


def test_a_definite_object_its_report_introduced_in_a_sentence_not_shown_leans_on_it() -> None:
    a = story(_CHOIR, published=_DAY)[0]
    assert unintroduced([a.sentences[0], a.sentences[3]], [a]) == [a.sentences[3]]
    assert unintroduced([a.sentences[0], a.sentences[1], a.sentences[3]], [a]) == []  # the dinner item is shown


def test_a_count_of_what_a_pronouns_owner_has_does_not_stand_alone() -> None:
    a = story("The shipyard owner Karel Brod was freed on Tuesday. Both of his sons, Ivo and Pavel, were freed too. "
              "Both of Brod's sons were freed too. One of the welders was freed.", published=_DAY)[0]
    assert why_not_alone(a, a.sentences[1]) is not None
    assert why_not_alone(a, a.sentences[2]) is None
    assert why_not_alone(a, a.sentences[3]) is None


def test_a_sentence_that_ends_on_a_connective_leans_on_the_one_before() -> None:
    a = story("The shipyard owner Karel Brod was cleared of fraud on Tuesday. "
              "Brod and his partner were fined for late filings, however. "
              "Brod and his partner were fined for late filings in May, the court said.", published=_DAY)[0]
    assert why_not_alone(a, a.sentences[1]) is not None
    assert why_not_alone(a, a.sentences[2]) is None


def test_of_one_act_told_twice_the_telling_more_sources_state_stays() -> None:
    analyses = story("Last week, the choir director Karel Brod was acquitted of taking the choir's funds, a court "
                     "in Varna said.",
                     "On April 2, Karel Brod was acquitted of theft by the appeals court in Varna.", published=_DAY)
    chosen = [a.sentences[0] for a in analyses]
    keys = [(2, 1, 1, 0), (1, 3, 1, -1)]  # (news, sources, lede, rank): the first leads as news, the second has more
    assert retold(chosen, analyses, lambda k: keys[k], sentence_figures(analyses), [False, False]) == {0: 1}


def test_a_line_ended_before_a_year_long_gone_is_history() -> None:
    a = story("The Varna choir won the national cup on Sunday, its conductor said. "
              "Its founder, Karel Brod, only led the choir for a year before the board removed him in 2009. "
              "Its founder, Karel Brod, only led the choir for a year after the board appointed him in 2009.",
              published=_DAY)[0]
    assert history_lead(a, a.sentences[1]) is not None
    assert history_lead(a, a.sentences[2]) is None  # after 2009: the clause does not bound it


def test_a_lede_whose_will_follows_a_past_act_tells_the_news_among_several_reports() -> None:
    analyses = story("The shipyard owner Karel Brod will be freed this week, after he was acquitted of fraud.",
                     "Frost will cover the Varna valley on Friday.", published=_DAY)
    assert tells_news(analyses[0], analyses[0].sentences[0])
    assert not tells_news(analyses[1], analyses[1].sentences[0])  # a forecast alone


def test_a_definite_object_of_a_preposition_on_the_verb_leans_on_its_introduction() -> None:
    a = story("The Varna choir won the national cup on Sunday, its conductor said. "
              "The cup went to a choir of Varna's dock workers for the first time. "
              "The city council usually refers to the choir by its old name, the Dock Singers.", published=_DAY)[0]
    assert unintroduced([a.sentences[0], a.sentences[2]], [a]) == []  # the lede holds "choir"
    assert unintroduced([a.sentences[1], a.sentences[2]], [a]) == []  # so does the item that introduces it
    b = story("The Varna choir won the national cup on Sunday, its conductor said. "
              "A group of dock workers formed the choir in 1950. "
              "The city council usually refers to the group by its old name, the Dock Singers.", published=_DAY)[0]
    assert unintroduced([b.sentences[0], b.sentences[2]], [b]) == [b.sentences[2]]
