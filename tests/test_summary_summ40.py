"""summ40: the 55th–59th reads' and check28's summary faults, by kind (issue 12). Made-up reports only.

An account, not a heap: history does not lead over the news, a span of time "later" leans on what came before it,
a dateline set apart on its own line dates the lede it leads into; two reports' "bought" and "agreed to acquire"
tell one takeover; "the company" in a summary of two firms says not which."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.summary import summarise
from storyline.summary.account import date_sentences
from storyline.summary.lead import history_lead, intro_line, report_lede
from storyline.summary.referents import which_firm
from storyline.summary.retold import event_of, retells
from storyline.summary.sequel import tells_a_sequel
from storyline.timeline import build_timeline

_DAY = dt.date(2019, 3, 14)  # a Thursday


def test_history_does_not_lead() -> None:
    a = story("The row over the Varna dam began in 2011 when engineers found cracks in its wall.\n"
              "The dam, which was closed two years ago, reopened on Thursday.\n"
              "The row over the dam began in 2011, and it reopened today.\n", published=_DAY)[0]
    assert history_lead(a, a.sentences[0])
    assert not history_lead(a, a.sentences[1])  # the years are the relative clause's
    assert not history_lead(a, a.sentences[2])  # "today": the news's own day


def test_a_span_of_time_later_leans_on_what_came_before() -> None:
    a = story("Two years later, the builder published its own survey of the wall.\n"
              "Later that year, the builder published its own survey of the wall.\n"
              "The builder later published its own survey of the wall.\n", published=_DAY)[0]
    assert tells_a_sequel(a, a.sentences[0])
    assert not tells_a_sequel(a, a.sentences[1])  # "that year" anchors it
    assert tells_a_sequel(a, a.sentences[2])


def test_a_dateline_set_apart_with_a_dash_introduces_the_lede() -> None:
    assert intro_line("THURSDAY, March 14 (Valley News) --")
    assert not intro_line("The dam reopened on Thursday.")
    a = story("THURSDAY, March 14 (Valley News) --\n"
              "A panel of engineers voted on Thursday to reopen the Varna dam to boats.\n"
              "The panel's decision came after a survey of the wall.\n", published=_DAY)[0]
    lede = next(s for s in a.sentences if s.text.startswith("A panel"))
    assert report_lede(a, lede)


def test_the_dateline_s_date_dates_the_lede() -> None:
    a = story("THURSDAY, March 14 (Valley News) --\n"
              "A panel of engineers voted narrowly Thursday to reopen the Varna dam, which was closed years ago.\n"
              "The panel's decision came after a survey of the wall.\n", published=_DAY)
    timeline = build_timeline(a)
    lede = next(s for s in a[0].sentences if s.text.startswith("A panel"))
    cited = summarise(a, 200)
    dated = date_sentences([lede], cited[:1], a, timeline)
    assert dated[0].basis == "event" and dated[0].day == _DAY, (dated, timeline)


def test_the_history_and_its_sequel_follow_the_news() -> None:
    texts = [s.text for s in summarise(story(
        "The row over the Varna dam began back in 2011 when engineers found cracks in its wall, the paper said.\n"
        "Two years later, the builder published its own survey showing no cracks at all.\n"
        "Residents fished below the dam for years.\n",
        "THURSDAY, March 14 (Valley News) --\n"
        "A panel of engineers voted narrowly Thursday to reopen the Varna dam to boats after a long closure.\n"
        "The panel's decision came after a review of surveys of the wall.\n", published=_DAY), 200)]
    assert texts[0].startswith("A panel"), texts
    assert texts.index("Two years later, the builder published its own survey showing no cracks at all.") > \
        [k for k, t in enumerate(texts) if t.startswith("The row")][0], texts


def test_bought_and_agreed_to_acquire_tell_one_takeover() -> None:
    a = story("Brillco has bought Varnasoft, a small maker of map software, for an undisclosed sum.\n",
              "On Monday, the company announced that it had agreed to acquire Varnasoft and its twelve staff.\n")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retells(s, event_of(a[0], s), t, event_of(a[1], t))


def test_the_company_in_a_summary_of_two_firms() -> None:
    a = story("Two carmakers, Brillco and Varnamotors, missed their sales forecasts on Monday.\n"
              "Brillco sold 40,000 cars in the quarter.\n"
              "Last week, the company cut prices on its small cars by $150.\n",
              "Varnamotors said its sales fell by 12% in the quarter.\n"
              "The company also closed a plant in Ohio.\n")
    gone = which_firm([s for x in a for s in x.sentences], a)
    # d1 told of one firm before its "The company also …": read beside the item naming it, no doubt which
    assert [s.text for s in gone] == ["Last week, the company cut prices on its small cars by $150."]
    one = story("Brillco missed its sales forecasts on Monday.\nLast week, the company cut prices by $150.\n",
                "Brillco Corp. said its sales fell by 12% in the quarter.\nThe company also closed a plant.\n")
    assert which_firm([s for x in one for s in x.sentences], one) == []
