"""The summary faults of the forty-seventh read (issue 12, bench/BRIEF_REVIEW.md, "summ35"): a lede whose main verb
carries "will" passed over while its clause tells the event, "both" standing for two things on no line, a line with no
final stop joined to the next sentence, and a speaker named by title and surname whom no item introduces. Fixtures
are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Citation, Entity, SummarySentence

MAR = dt.date(2019, 3, 13)  # a Wednesday

_MILL = ("Blue-clad drivers from Ferro Mills will no longer deliver flour in Varnia after its Dutch owner on Wednesday "
         "confirmed the closure of its Varnian business.\n"
         "Some 90 Ferro Mills workers in Varnia are set to lose their jobs as a result of the decision, the company "
         "said in a short statement.\n"
         "The exact date of the closure is yet to be specified but it is expected to happen soon.\n"
         "Workers will be supported during this process, Ana Roth, the country manager, said in the statement.\n"
         "Ferro Mills was founded in Varnia in 1961 before moving to Holland in 1990.\n"
         "Its rival Orm Flour last month announced its expansion to seven new countries including Varnia.\n")


def test_a_lede_whose_clause_tells_the_event_tells_the_news() -> None:
    from storyline.summary.lead import tells_news

    a = story(_MILL, published=MAR)[0]
    assert tells_news(a, a.sentences[0], alone=True)
    forecast = story("Frost will cover the valley of the Varn on Friday after a warm week.\n"
                     "Farmers have moved their sheep to the lower fields.\n", published=MAR)[0]
    assert not tells_news(forecast, forecast.sentences[0], alone=True)  # a forecast alone is no event


def test_a_lede_whose_clause_tells_the_event_leads() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_MILL, published=MAR), 200)]
    assert texts and texts[0].startswith("Blue-clad drivers from Ferro Mills"), texts


_SHOWS = ("Ann Kell, the actor who starred in the comedy series “Dunn Street,” died on Monday at 70, her agent said.\n"
          "She later starred in “Harbour Lights” and in “The Orm Years.”\n"
          "Kell received awards for both shows.\n"
          "Born in Varnia, Kell studied at the Varn Academy of Drama.\n")


def test_both_is_read_as_two_things_named_before() -> None:
    from storyline.summary.antecedents import both_back
    from storyline.summary.standalone import sentence_spans

    a = story(_SHOWS, published=MAR)[0]
    assert both_back(sentence_spans(a, a.sentences[2])[0])
    other = story("Both firms, Orm and Kell, left the market.\nOrm and Kell said both would leave.\n"
                  "The firm makes both bread and flour.\n"
                  "The mill released two new flours, both made from rye.\n", published=MAR)[0]
    assert not any(both_back(sentence_spans(other, s)[0]) for s in other.sentences[1:])


def test_both_with_its_two_on_no_line_is_not_shown() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_SHOWS, published=MAR), 200)]
    assert texts and not any(t.startswith("Kell received awards for both shows") for t in texts), texts


_PROMO = ("The city council of Varn says it will cancel the parking fines of some 5,000 drivers who parked near the "
          "old market.\n"
          "Thousands of drivers were already able to appeal their fines, but they had to file papers at the town "
          "hall.\n"
          "VARN MAN PAYS OFF $7K IN FINES BY SELLING HIS OLD CAR\n"
          "Those who have paid their fines will also get their money back, council officials said.\n"
          "The market closed in 2015 after years of losses.\n")


def test_a_line_with_no_final_stop_is_not_joined_to_the_next() -> None:
    from storyline.summary import summarise

    text = _PROMO.replace("Those who have paid their fines will also get their money back",
                          "These drivers will also get their money back")
    texts = [s.text for s in summarise(story(text, published=MAR), 200)]
    assert texts and not any("VARN MAN" in t for t in texts), texts


_NURSE = ("After Ella Dunn, a nurse in Varn, saw that her phone had shared her location, she changed its settings.\n"
          "The app had sent her whereabouts to 16 companies.\n"
          "“It’s very scary,” said Ms. Dunn, who let the paper see her location history.\n")


def test_a_title_and_surname_introduces_no_one() -> None:
    from storyline.summary.who import who_glosses

    a = story(_NURSE, published=MAR)[0]
    person = Entity("Ella Dunn", "person", ["Dunn", "Ms. Dunn"], ["d0"])
    s = a.sentences[2]
    out = who_glosses([SummarySentence(s.text, [Citation(a.doc.id, s.start, s.end)])], [a], [person])
    assert [(g.name, g.text) for g in out[0].who] == [("Dunn", "Ella Dunn, a nurse in Varn")], out


_DOTS = ("The thousands of dots on the map trace roads and rivers, each one a delivery van of the Varn post.\n"
         "The Varn post sold the routes of its vans to 12 companies last year, the paper found.\n"
         "The companies paid about $2 million for the data, according to the post's accounts.\n"
         "The post's chief, Ann Kell, said the sales were legal.\n")


def test_a_sentence_describing_the_pages_graphic_is_no_item() -> None:
    from storyline.summary.pointers import media_pointer

    a = story(_DOTS, published=MAR)[0]
    assert media_pointer(a, a.sentences[0])
    other = story("The map of Varnia shows the roads of the valley.\nThe flood put the town on the map last year.\n"
                  "The council drew a map of the roads.\nThe map shows the roads the floods closed.\n",
                  published=MAR)[0]
    assert not any(media_pointer(other, s) for s in other.sentences)  # "of Varnia"; after a verb; named before


def test_the_pages_graphic_does_not_lead() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_DOTS, published=MAR), 200)]
    assert texts and not any("on the map" in t for t in texts), texts


def test_a_line_ending_on_a_colon_still_introduces_the_next() -> None:
    from storyline.summary import candidates

    text = ("The mill of Kell will close in May, its owners said on Monday.\n"
            "On his part, Orm says he was glad to help:\n"
            "“It feels like I live at the mill, so when they asked me to help I jumped at the chance,” he said.\n")
    texts = [c.text for c in candidates(story(text, published=MAR))]
    assert any(t.startswith("On his part, Orm says") and "jumped at the chance" in t for t in texts), texts
