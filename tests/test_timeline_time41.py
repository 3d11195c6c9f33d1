"""The timeline faults of the sixtieth to sixty-second reads (bench/BRIEF_REVIEW.md, "time41"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

THU = dt.date(2011, 3, 17)  # a Thursday


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_a_deadline_after_the_report_is_expected() -> None:
    got = timeline_rows("Final plans for the bridge are due April 9, the council's clerk said.", published=THU)
    assert _rows(got, "Final plans") == [("2011-04-09", False, True)], got


def test_a_highlight_of_the_coming_weekday_is_expected() -> None:
    got = timeline_rows("Lighthouse crews repainting the old tower on Saturday, the first time in ten years\n\n"
                        "The town's ferry crews will repaint the harbour lighthouse on Saturday in red and white.",
                        published=THU)
    assert _rows(got, "Lighthouse crews") == [("2011-03-19", False, True)], got


def test_a_done_act_for_next_year_is_a_mention_not_a_plan() -> None:
    got = timeline_rows("The rowing club cancelled its spring regatta in Leeds and four other towns next year, "
                        "cutting the number of races by half.", published=THU)
    assert _rows(got, "The rowing club") == [("2012", True, False)], got


def test_a_weekday_a_body_has_declared_stays_a_plan() -> None:
    got = timeline_rows("The harbour board has declared Saturday to be Lighthouse Day and asked sailors to fly "
                        "their flags.", published=THU)
    assert _rows(got, "The harbour board") == [("2011-03-19", False, True)], got


def test_a_quotation_after_a_dated_line_keeps_its_own_sentence() -> None:
    got = timeline_rows("The rowing club's boat sales fell by a fifth last year, Mara Quist said.\n"
                        "“We know that we cut our fees this year, and some members may not come back,” "
                        "she said.", published=THU)
    assert _rows(got, "The rowing club") == [("2010", False, False)], got
    assert _rows(got, "“We know") == [("2011", False, False)], got


def test_a_level_on_par_with_last_year_is_no_entry() -> None:
    got = timeline_rows("The regatta will be held in six towns, a club spokeswoman said.\n"
                        "“Our entry numbers are on par with last year,” she said.", published=THU)
    assert not [t for _, _, _, t in got if "on par" in t], got


def test_a_figure_compared_to_a_years_value_is_a_mention() -> None:
    got = timeline_rows("The Leeds race raised £4,000, compared to £5,000 in 2009.", published=THU)
    assert _rows(got, "The Leeds race") == [("2009", True, False)], got


def test_a_pages_time_stamp_is_no_entry() -> None:
    got = timeline_rows("The harbour board met on Tuesday to set the summer timetable.\n\n"
                        "Our summer crossings seem short when we think how far the old sailing ships went.\n"
                        "February 21, 2011 -- Updated 1820 GMT (0220 HKT)\n"
                        "What do you do with 300 tons of old rope lying on the quay? Weave it into mats, of course.",
                        published=THU)
    assert not [t for _, _, _, t in got if "Updated" in t], got
    assert _rows(got, "The harbour board") == [("2011-03-15", False, False)], got


def test_a_year_back_in_a_relative_clause_is_a_mention() -> None:
    got = timeline_rows("It was thought that an echo effect that was first described by the Danish engineer Karl Holm "
                        "back in 1902 could be used to hide the sound.", published=THU)
    assert _rows(got, "It was thought") == [("1902", True, False)], got


def test_a_year_in_a_bracketed_aside_is_a_mention() -> None:
    got = timeline_rows("“If the club cut the entry fee back to £40 (for every town — as it was on my first race in "
                        "2004) I think more rowers would sign up,” wrote a reader named Ann Doyle.", published=THU)
    assert [(d, m) for d, m, _, t in got if "£40" in t] == [("2004", True)], got


def test_a_bare_present_act_on_a_weekday_is_the_coming_one() -> None:
    got = timeline_rows("The rowers report to the summer camp in Leeds on Saturday.", published=THU)
    assert _rows(got, "The rowers") == [("2011-03-19", False, True)], got


def test_a_present_saying_on_a_weekday_stays_the_last_one() -> None:
    got = timeline_rows("Coach Ann Doyle says on Tuesday the board was wrong to close the boathouse.", published=THU)
    assert _rows(got, "Coach Ann Doyle") == [("2011-03-15", False, False)], got


def test_a_gerund_of_means_dates_the_line() -> None:
    got = timeline_rows("Ironically, the ferry board had tried to reach a compromise by approving in early February "
                        "a cheaper ticket for riders over 65.", published=THU)
    assert _rows(got, "Ironically") == [("2011-02", False, False)], got


def test_a_weekday_of_a_noun_after_a_present_verb_stays_the_last_one() -> None:
    # check29a: "… follows a leak to the Guardian on Wednesday of …" moved to the coming Wednesday; the weekday
    # dates the noun ("a leak … on Wednesday"), not the present verb, so it is the day before a Thursday report
    got = timeline_rows("The inquiry follows a leak to the Harbour Gazette on Wednesday of a secret ferry contract.",
                        published=THU)
    assert _rows(got, "The inquiry") == [("2011-03-16", False, False)], got
