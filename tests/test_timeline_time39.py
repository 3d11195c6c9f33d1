"""The timeline faults of the fifty-fourth read and the 50th–52nd reads (bench/BRIEF_REVIEW.md, "time39"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

WED = dt.date(2011, 3, 16)  # a Wednesday


def _on(got: list[tuple[str, bool, bool, str]], opening: str) -> list[str]:
    return [d for d, _, _, t in got if t.startswith(opening)]


def test_an_age_reached_on_a_weekday_is_the_coming_day() -> None:
    got = timeline_rows("Neighbours baked cakes for the retired ferryman Ole Brandt, who turns 90 on Thursday at "
                        "his daughter's farm.", published=WED)
    assert _on(got, "Neighbours") == ["2011-03-17"], got


def test_a_day_declared_to_be_something_is_the_coming_day() -> None:
    got = timeline_rows("The town council has declared Thursday to be Ferry Workers Day and urged shops to close "
                        "early.", published=WED)
    assert _on(got, "The town council") == ["2011-03-17"], got


def test_an_act_asked_of_people_on_a_weekday_is_the_coming_day() -> None:
    got = timeline_rows("A harbour charity asked residents to give an hour of work Thursday to the river clean-up.",
                        published=WED)
    assert _on(got, "A harbour charity") == ["2011-03-17"], got


def test_a_past_weekday_of_a_past_act_stays_before_the_report() -> None:
    got = timeline_rows("The harbour charity gave an hour of work to the river clean-up on Thursday.", published=WED)
    assert _on(got, "The harbour charity") == ["2011-03-10"], got


def test_a_present_that_still_holds_today_is_no_event_of_the_day() -> None:
    got = timeline_rows("Mira Holt says the old harbour rules that shaped the trade still govern the fishing fleets "
                        "today.", published=WED)
    assert not _on(got, "Mira Holt"), got


def test_this_year_with_going_to_is_expected() -> None:
    got = timeline_rows('"We have never sailed before, but this year we are going to cross the bay in a canoe," '
                        "said Tomas Lind, 20.", published=WED)
    assert [f for _, _, f, t in got if "this year" in t] == [True], got


def test_last_month_under_would_is_no_plan() -> None:
    got = timeline_rows("The two ports adopted new fees that the council said would slow the traffic of barges, in "
                        "response to a spill last month near the locks.", published=WED)
    assert [f for _, _, f, t in got if "last month" in t] == [False], got


def test_a_statement_releasing_the_lines_news_dates_it_unlabelled() -> None:
    got = timeline_rows("The mayor asked the port authority to reopen the locks, according to a statement released "
                        "by the city hall late Tuesday.", published=WED)
    assert [(d, m) for d, m, _, t in got if t.startswith("The mayor")] == [("2011-03-15", False)], got


def test_a_present_state_glossed_by_an_older_year_is_a_mention() -> None:
    got = timeline_rows('Ana Brandt is known as a "peace child" in Varnland, meaning she was born after the border '
                        "war ended in 1994.", published=WED)
    # a mention before time55; dated only inside an "after" clause, the sentence now files no entry (``side_dated``)
    assert all(m for d, m, _, t in got if t.startswith("Ana Brandt")), got


def test_a_bare_month_beside_a_day_of_another_year_is_of_that_time() -> None:
    got = timeline_rows("The old canal opened on May 3, 1961, after years of digging.",
                        'In his memoir, the engineer wrote, "I thought it had to be in April or in June, and I then '
                        'went out to May 3."', published=WED)
    assert not any(d.startswith(("2010", "2011")) for d, _, _, _ in got), got
    assert any(d == "1961-04" for d, _, _, _ in got), got


def test_an_entry_on_a_definite_noun_the_sentence_before_introduced_is_carried() -> None:
    got = timeline_rows("The port chief said the city would free some 40 boats held at the locks. The boats "
                        "would include a dozen trawlers seized in 1987, before the harbour treaty was signed.",
                        published=WED)
    assert [t.startswith("The port chief") for d, _, _, t in got if d == "1987"] == [True], got


def test_an_entry_on_a_noun_the_sentence_before_had_after_the_is_not_carried() -> None:
    got = timeline_rows("Reporters said a gust may have pushed the ferry onto the rocks. The ferry with its blue "
                        "hull went into service on 4 May 1998.", published=WED)
    assert [t.startswith("The ferry") for d, _, _, t in got if d == "1998-05-04"] == [True], got


def test_a_date_on_the_participle_itself_is_no_gloss() -> None:
    got = timeline_rows("Ana Brandt is the harbour's best-known captain, winning the regatta in 1994.", published=WED)
    assert [m for d, m, _, _ in got if d == "1994"] == [False], got
