"""The timeline kinds the pool8 in-sample half A showed (bench/BRIEF_REVIEW.md, "time52"), by mechanism: a report's
weekday uses vote for its one day, a result participle's act is past, a present under a future tells the coming day,
a thing's date does not cut its sentence. Fixtures are made up for these tests; none comes from the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

MON = dt.date(2019, 11, 18)  # a Monday


def test_a_weekday_named_past_more_often_than_coming_is_the_past_day() -> None:
    # one "Saturday" read as an order for the coming Saturday beside three past Saturdays: one day, the past one
    got = timeline_rows("The league told all clubs to cancel training on Saturday as the storm reached the coast. "
                        "\"We cannot risk the players,\" the chairman said on Saturday. The mayor closed the parks on "
                        "Saturday. Fans gathered outside the stadium on Saturday.", published=MON)
    assert {d for d, _, _, _ in got} == {"2019-11-16"}, got
    assert not any(f for _, _, f, _ in got), got


def test_a_weekday_named_coming_as_often_as_past_stays_the_coming_day() -> None:
    # guard (time20): one coming "Wednesday" and one past one: the report was written on or after that Wednesday
    got = timeline_rows("The hosts beat the visitors 2-1 in a night that ended close to 2 a.m. on Wednesday, "
                        "officials said. The hosts will be back in action on Wednesday against the champions.",
                        published=MON)
    assert [d for d, _, _, t in got if t.startswith("The hosts beat")] == ["2019-11-20"], got


def test_an_act_a_result_participle_makes_someone_do_is_past() -> None:
    got = timeline_rows("The old bridge was closed by cracks, forcing drivers to use the ferry on Saturday for the "
                        "first time in decades.", published=MON)
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-16", False)], got


def test_an_infinitive_a_verb_asks_for_is_still_the_coming_day() -> None:
    # guard (time39): "urged residents to stay home on Friday" asks for an act to come
    got = timeline_rows("The council urged residents to stay home on Friday.", published=MON)
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-22", True)], got


def test_a_present_clause_under_a_future_gives_the_coming_weekday() -> None:
    got = timeline_rows("Farmers will have to harvest quickly as more frost is in the forecast for Thursday.",
                        published=MON)
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-21", True)], got


def test_a_present_clause_under_a_past_keeps_the_past_weekday() -> None:
    # guard: no future in the sentence, the present is no timetable of one
    got = timeline_rows("Farmers harvested quickly as the frost is a danger, the union said on Thursday.",
                        published=MON)
    assert [(d, f) for d, _, f, _ in got] == [("2019-11-14", False)], got


def test_a_landmarks_year_does_not_cut_the_sentence_or_date_it_again() -> None:
    # one sentence, one entry: under its act's weekday, whole, not its clause there and the whole under the year
    got = timeline_rows("On Sunday, the river rose again, and the flood gate was opened for the first time since "
                        "the barrier's completion in 1983.", published=MON)
    whole = ("On Sunday, the river rose again, and the flood gate was opened for the first time since the barrier's "
             "completion in 1983.")
    assert [(d, t) for d, _, _, t in got] == [("2019-11-17", whole)], got


def _dated(rows: list[tuple[str, bool, bool, str]], day: str) -> list[str]:
    return [t for d, _, _, t in rows if d == day]


def test_one_days_act_on_one_verb_in_two_reports_is_one_entry_without_a_name_in_common() -> None:
    # "The guitarist and songwriter died Saturday …" [5], "…, Chuck Berry, died at the age of 90 on Saturday" [6]
    got = timeline_rows("The veteran violinist died Saturday in a hospital in the north of the country after a long "
                        "career on stage.",
                        "Renowned concert violinist and teacher Anna Kovacs died at the age of 88 on Saturday, the "
                        "state radio reported.", published=MON)
    assert len(_dated(got, "2019-11-16")) == 1, got


def test_two_acts_of_one_day_in_two_reports_stay_two_entries() -> None:
    # guard: one day, other verbs, other claims
    got = timeline_rows("The veteran violinist died Saturday in a hospital in the north of the country after a long "
                        "career on stage.",
                        "The city orchestra cancelled its concert tour of the south on Saturday, the state radio "
                        "reported.", published=MON)
    assert len(_dated(got, "2019-11-16")) == 2, got


def _mine(n: int) -> list[tuple[str, bool, bool, str]]:
    return timeline_rows("Rescuers said on Monday that at least 13 miners had died underground at the Tarrow pit.",
                         f"The collapse at the Tarrow pit on Monday left at least {n} workers dead, according to the "
                         "company.", published=dt.date(2019, 11, 19))


def test_figures_within_rounding_do_not_keep_one_act_apart() -> None:
    # "at least 13" [3] and "at least 14" [4] dead in one bombing, told at two hours
    got = _mine(14)
    assert len(_dated(got, "2019-11-18")) == 1, got


def test_figures_far_apart_keep_two_acts_apart() -> None:
    # guard: 13 and 40 are no one count
    got = _mine(40)
    assert len(_dated(got, "2019-11-18")) == 2, got


def test_a_weekday_that_opens_a_papers_name_dates_nothing() -> None:
    got = timeline_rows("The harbour master told the Sunday Chronicle that the pier was safe.", published=MON)
    assert got == [], got


def test_a_weekday_before_a_time_of_day_still_dates() -> None:
    # guard: "on Sunday morning" is a day
    got = timeline_rows("The harbour master closed the pier on Sunday morning after the storm.", published=MON)
    assert [d for d, _, _, _ in got] == ["2019-11-17"], got
