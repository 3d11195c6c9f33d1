"""The thirtieth read's summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ26"): a feature's scene-setting
opening leading with the news on no item; an item whose subject is only a role ("the singer and guitarist told …")
shown before the item naming the person. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import story

NOV = dt.date(2019, 11, 20)


def _span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[0])


_FEATURE = ("VARN (AP) \u2014 To Maria Lopez, ferries are not a job. "
            "They are a way of life she has lived on the water of the Varn crossing for most of her years. "
            "Ferries also do not mean much to Lopez without a crew she trusts, so she was glad when her latest mark "
            "came on a calm night for the crew of the Varn crossing. "
            "Lopez became the first captain in the port's history to sail every route of the Varn crossing, and "
            "Piet Lund steered 12 crossings during the crew's busiest week, on Monday night. "
            "The crew of the Varn crossing has sailed the water of the Varn crossing in every kind of weather. "
            "Lopez has sailed the Varn crossing with the same crew on the water for most of her years. "
            "The port of Varn opened two new routes of the Varn crossing for the crew on Friday. "
            "\u201cThe crew of the Varn crossing is the best on the water,\u201d Lund said.")


def test_a_scene_setting_opening_and_the_sentence_that_states_the_event() -> None:
    from storyline.summary.single_report import scene_opening, states_event

    a = story(_FEATURE, published=NOV)[0]
    opening = next(s for s in a.sentences if s.text.startswith("To Maria Lopez"))
    assert scene_opening(a, opening)
    assert states_event(a, next(s for s in a.sentences if s.text.startswith("Lopez became")))
    # not a scene: a named subject's deed, or a figure; not an event: no figure or day, no past deed
    news = story("Maria Lopez sailed every route of the Varn crossing on Monday.", published=NOV)[0]
    assert not scene_opening(news, news.sentences[0])
    figure = story("To Maria Lopez, 12 ferries are not a fleet.", published=NOV)[0]
    assert not scene_opening(figure, figure.sentences[0])
    plain = story("Lopez became a captain of the Varn ferries.", published=NOV)[0]
    assert not states_event(plain, plain.sentences[0])
    state = story("Lopez sails 12 crossings on Monday.", published=NOV)[0]
    assert not states_event(state, state.sentences[0])


def test_a_feature_of_one_report_leads_with_the_sentence_that_states_its_news() -> None:
    from storyline.summary import summarise

    items = summarise(story(_FEATURE, published=NOV), 120)
    assert items and items[0].text.startswith("Lopez became the first captain"), [s.text for s in items]


def test_a_news_lede_still_leads() -> None:
    from storyline.summary import summarise

    text = _FEATURE.replace("To Maria Lopez, ferries are not a job.",
                            "Maria Lopez sailed every route of the Varn crossing on Monday.")
    items = summarise(story(text, published=NOV), 120)
    assert items and items[0].text.startswith("Maria Lopez sailed"), [s.text for s in items]


def test_a_subject_named_only_by_a_role_leans_on_a_name_before() -> None:
    from storyline.summary.antecedents import role_description

    assert role_description(_span("After the last song, the singer and guitarist told the crowd they would tour "
                                   "again."))
    assert role_description(_span("On Monday the coach told reporters the team would rest."))
    # not: a name says who, a modifier or an apposition says which, no role noun, a role inside a quotation
    assert role_description(_span("After the last song, the singer Maria Lopez told the crowd they would tour "
                                  "again.")) is None
    assert role_description(_span("On Monday the new coach of Varn told reporters the team would rest.")) is None
    assert role_description(_span("On Monday the team told reporters it would rest.")) is None
    assert role_description(_span("\u201cThe singer was tired,\u201d Maria Lopez told reporters.")) is None
    # nor a subject of a clause inside, nor an unnamed victim's role
    assert role_description(_span("Police say a fight on the ferry may have begun after the captain tried to "
                                  "stop a theft.")) is None
    assert role_description(_span("On Monday the victim told reporters she would rest.")) is None


_TOUR = ("The Varn Four will reunite for a tour of 30 cities next year, the band said on Monday. "
         "The tour will start in Kell in June and end in Varn in October. "
         "Maria Lopez, the band's founder, teased the tour during a show on Sunday night at the Varn Hall. "
         "After the last song, the singer and guitarist told the crowd the band would soon be on the road again. "
         "Tickets for the tour of the Varn Four go on sale on Friday, the band said. "
         "The band last toured in 2004, when it played 12 cities.")


def test_an_item_whose_subject_is_a_role_is_never_shown_alone() -> None:
    from storyline.summary.rank import fit_budget, rank, shown_order

    ranked = rank(story(_TOUR, published=NOV), words=300)
    for shown in (shown_order(ranked), fit_budget(ranked, 300)):
        texts = [s.text for s in shown]
        assert not any(t.startswith("After the last song") for t in texts), texts
        assert all(t.startswith("Maria Lopez") for t in texts if "singer and guitarist" in t), texts


def test_a_role_item_with_no_person_named_before_is_left_as_it_is() -> None:
    """ "The doctor prescribed …" in a report that names no doctor: nothing to join, and nothing dangles."""
    from storyline.summary.rank import rank, shown_order

    text = ("A man in Varn fell ill with a rare allergy to the feathers in his new pillows, a case study said on "
            "Monday. "
            "His cough grew worse for a year before tests found the cause in his bedding. "
            "The doctor prescribed the man steroids for the allergy and told him to throw out the pillows. "
            "The man's cough cleared within a year, the case study said.")
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), words=300))]
    assert any("The doctor prescribed" in t for t in texts), texts


def test_a_role_item_joins_a_sentence_naming_the_person_by_surname() -> None:
    """ "Simmons teased …" names Pat Simmons by the surname the report gave in full before."""
    from storyline.summary.antecedents import names_a_person

    text = ("The Doobie Four will reunite for a tour next year, founders Tom Johnston and Pat Simmons said. "
            "Simmons teased the tour during the band's set on Monday night at the Varn Hall.")
    a = story(text, published=NOV)[0]
    assert names_a_person(a, a.sentences[-1])
