"""The summary faults of the forty-third to forty-fifth reads (issue 12, bench/BRIEF_REVIEW.md, "summ33"): a quoted
writer's "I" shown as the brief's own, a date dateline at the head of an item ("Feb. 23, 2015 -- …"), a delayed lede's
past leading with its "But …" news on no line, "the response" that no line explains. Fixtures are made up for these
tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

MAR = dt.date(2019, 3, 13)  # a Wednesday

_REPORT = ("The old mill of Kell will close in the spring, its owners said on Tuesday.\n"
           "The mill has ground the grain of the valley of Varn since 1871, and its forty workers will be offered "
           "jobs at the new plant in Varn.\n"
           "The owners blamed the price of grain, which fell by a third last year in the valley.\n"
           "Orla Venn, a miller of the valley, wrote about the mill in a letter to the council of Kell.\n"
           "In my case, I chose to sell all the grain of the farm of Dunn to the new plant in Varn.\n"
           "The council of Kell will meet on Friday to decide the fate of the old mill building.\n"
           "The building could become a museum of the valley, the mayor of Kell said.\n"
           "A museum would need a grant from the state, which the council has asked for.\n")


def test_a_report_in_the_third_person_with_one_first_person_sentence() -> None:
    from storyline.summary.quoted_voice import third_person_report

    assert third_person_report(story(_REPORT, published=MAR)[0])
    essay = story("I grew up in the valley of Varn, and I remember the mill of Kell.\n"
                  "My father sold his grain there every autumn.\n"
                  "The mill will close in the spring, its owners said on Tuesday.\n"
                  "I will miss the smell of the grain.", published=MAR)[0]
    assert not third_person_report(essay)  # the writer's own voice runs through it


def test_a_quoted_writers_first_person_sentence_is_not_shown_in_a_third_person_report() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_REPORT, published=MAR), 200)]
    assert texts and not any("I chose" in t for t in texts), texts
    assert any("mill of Kell will close" in t for t in texts), texts
    column = _REPORT.replace("wrote about the mill in a letter to", "spoke about the mill to")
    texts = [s.text for s in summarise(story(column, published=MAR), 200)]
    assert any("I chose" in t for t in texts), texts  # no writer quoted: the column's own writer's "I"


def test_a_date_dateline_at_the_head_of_a_report() -> None:
    from storyline.summary.title_datelines import date_dateline_end

    assert date_dateline_end("Feb. 23, 2015 -- Life on the river is hard.") == len("Feb. 23, 2015 -- ")
    assert date_dateline_end("March 3, 2019 — The mill will close.") == len("March 3, 2019 — ")
    assert not date_dateline_end("March 3, 2019 was a Sunday.")  # no dash: the date is the sentence's subject
    assert not date_dateline_end("May 2015 -- The mill closed.")  # no day: a month, not a dateline
    assert not date_dateline_end("Feb. 23, 2015 -- the mill closed.")  # the text after the dash is no sentence


def test_an_item_is_shown_from_after_its_date_dateline() -> None:
    from storyline.summary import summarise

    items = summarise(story("March 12, 2019 -- Spring floods have closed the old mill of Kell, its owners said on "
                            "Tuesday.\nIts forty workers will be offered jobs at the new plant in Varn.",
                            published=MAR), 200)
    lede = next(s for s in items if "mill of Kell" in s.text)
    assert lede.text.startswith("Spring floods have closed"), lede.text
    c = lede.citations[0]
    assert c.end - c.start == len(lede.text)  # the citation moves with the shown span


_DELAYED = ("The mayor of Kell told the council two years ago that she would keep the old mill of Kell open.\n"
            "But the flood of the river Varn on Monday closed the mill for good, and its forty workers will be "
            "offered jobs at the new plant in Varn.\n"
            "The council of Kell will meet on Friday to decide the fate of the old mill building.\n"
            "The building could become a museum of the valley, the mayor of Kell said.\n")


def test_a_turn_naming_a_day_of_the_week_after_a_past_lede_is_the_news() -> None:
    from storyline.summary.lead import now_turn

    a = story(_DELAYED, published=MAR)[0]
    turn = now_turn(a, a.sentences[0])
    assert turn is not None and turn.text.startswith("But the flood")
    recent = story(_DELAYED.replace("two years ago", "on Tuesday"), published=MAR)[0]
    assert now_turn(recent, recent.sentences[0]) is None  # no past: a set-up, not a delayed lede
    no_day = story(_DELAYED.replace(" on Monday", ""), published=MAR)[0]
    assert now_turn(no_day, no_day.sentences[0]) is None  # no day of the report's week


def test_a_delayed_ledes_past_leads_only_with_its_news() -> None:
    from storyline.summary import summarise

    items = summarise(story(_DELAYED, published=MAR), 200)
    assert items and "flood of the river Varn" in items[0].text, [s.text for s in items]
    assert items[0].text.startswith("The mayor of Kell told the council")  # joined to its past
    assert items[0].date_basis == "reported"  # dated by its report, not by the past it is set against


def test_the_response_names_what_the_sentence_before_told() -> None:
    from storyline.parses import sentence_span
    from storyline.summary.antecedents import definite_echo

    a = story("The mill of Kell sent its price to the plant of Varn on Tuesday.\n"
              "Once the plant sees the response, it updates its own price list for the week.", published=MAR)[0]
    assert definite_echo(sentence_span(a, a.sentences[1])) is not None
    b = story("Once the plant sees the response of the mill of Kell, it updates its own price list for the week.",
              published=MAR)[0]
    assert definite_echo(sentence_span(b, b.sentences[0])) is None  # "of …": it names its own thing


def test_a_short_sentence_saying_again_what_an_earlier_one_says() -> None:
    from storyline.parses import sentence_span
    from storyline.summary.restated import said_again

    a = story("Deadly floods have been on the rise in the valley in the past decade, with little hope of a dam.\n"
              "Floods of the valley and its towns are on the rise.\nPrices of grain rose in May.\n"
              "Prices of grain rose again in June.", published=MAR)[0]
    spans = [sentence_span(a, s) for s in a.sentences]
    assert said_again([spans[1]], [spans[0]])  # the floods closing mills, told again in fewer words
    assert not said_again([spans[3]], [spans[2]])  # a new date: a new fact
    assert not said_again([spans[2]], [spans[0]])  # another subject


def test_a_fact_told_again_further_down_is_not_shown() -> None:
    from storyline.summary import summarise

    text = ("Deadly floods have been on the rise in the valley in the past decade, with little hope of a dam, the "
            "council of Kell said on Tuesday.\n"
            "The council of Kell will meet on Friday to decide the fate of the old mill building.\n"
            "The building could become a museum of the valley, the mayor of Kell said.\n"
            "Floods of the valley and its towns are on the rise.\n")
    texts = [s.text for s in summarise(story(text, published=MAR), 200)]
    assert any(t.startswith("Deadly floods") for t in texts), texts
    assert not any(t.startswith("Floods of the valley") for t in texts), texts


def test_the_second_of_a_series_whose_first_is_named_before() -> None:
    from storyline.parses import sentence_span
    from storyline.summary.ordinals import first_before, ordinal_subject

    a = story("The first test of the new mill could come as early as this month.\n"
              "The owners hope the mill will pass it.\n"
              "The second test — a flood of the river — could be even harder.\n"
              "The first and second tests will be public.", published=MAR)[0]
    spans = [sentence_span(a, s) for s in a.sentences]
    assert ordinal_subject(spans[2]) == "test"
    assert first_before(a, a.sentences[2], "test") == a.sentences[0]
    assert ordinal_subject(spans[3]) is None  # names its own first
    assert ordinal_subject(spans[0]) is None  # the first itself


def test_the_second_of_a_series_is_not_shown_far_from_its_first() -> None:
    from storyline.summary import summarise

    text = ("The old mill of Kell will close in the spring, its owners said on Tuesday.\n"
            "The first test of the new mill of Varn could come as early as this month.\n"
            "Its owners hope the mill will pass the test and hire the forty workers of Kell.\n"
            "The council of Kell will meet on Friday to decide the fate of the old mill building.\n"
            "The second test — a flood of the river — could be even harder for the new mill of Varn.\n")
    texts = [s.text for s in summarise(story(text, published=MAR), 200)]
    assert any("mill of Kell will close" in t for t in texts), texts
    assert not any(t.startswith("The second test") for t in texts), texts
