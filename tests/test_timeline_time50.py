"""The timeline kinds the pool7 in-sample half A left after time49 (bench/BRIEF_REVIEW.md, "time50"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

MON = dt.date(2011, 3, 14)  # a Monday


def test_a_plan_for_this_week_and_for_a_day_in_it_by_one_verb_is_one_entry_under_the_day() -> None:
    # "Mubarak will be released from detention this week, …" [3] beside "… the ageing former president would
    # likely be released Tuesday or soon after, …" [1]: one release under the week and under the day
    got = timeline_rows("Veteran skipper Ana Ruiz will return from the hospital ship this week, after she was "
                        "cleared of a spinal injury during the ocean race.",
                        '"She will sail home to Lisbon," Ruiz\'s agent Carla Dias said, adding the veteran skipper '
                        "would likely return Wednesday or soon after, but would be kept from racing pending a "
                        "medical review.",
                        published=MON)
    rows = [(d, f) for d, _, f, t in got if "return" in t]
    assert rows == [("2011-03-16", True)], got


def test_a_thing_unveiled_this_week_and_issued_on_a_day_in_it_is_one_entry_under_the_day() -> None:
    # "A US plan, unveiled this week, to expel … all illegal immigrants …" beside "The … administration issued a
    # new policy on Tuesday targeting millions of illegal immigrants …": two verbs of making a thing public
    got = timeline_rows("A city plan, unveiled this week, to ban diesel buses from the old town has angered drivers.",
                        "The transport office issued a new rule on Tuesday banning diesel buses from the old town's "
                        "narrow streets.",
                        published=dt.date(2011, 3, 17))
    rows = [d for d, _, _, t in got if "diesel" in t]
    assert rows == ["2011-03-15"], got


def test_one_verb_for_two_things_of_the_week_stays_two_entries() -> None:
    # guard: one verb, but nothing else shared than the actor: two votes of the week
    got = timeline_rows("The council will vote on the harbour budget this week, its chairman said.",
                        "The council will also vote on Wednesday on a new uniform for pupils.",
                        published=MON)
    assert sorted(d for d, _, _, _ in got) == ["2011-03-16", "2011-W11"], got


def test_a_past_date_in_a_relative_clause_dates_no_act_to_come() -> None:
    # "Hosni Mubarak, who was overthrown … in 2011, will be released from detention …" under "2011 *(mentioned)*":
    # the year is the subject's past, the line's act is to come
    got = timeline_rows("Ana Ruiz, who was dropped from the national rowing team in 2009, will coach the junior "
                        "squad at the spring regatta, the federation said.", published=MON)
    assert got == [], got


def test_a_past_date_in_a_relative_clause_of_a_past_act_stays_a_mention() -> None:
    # guard: the main verb of the past keeps its mention as before
    got = timeline_rows("Ana Ruiz, who was dropped from the national rowing team in 2009, was named coach of the "
                        "junior squad, the federation said.", published=MON)
    assert [(d, m) for d, m, _, _ in got] == [("2009", True)], got
