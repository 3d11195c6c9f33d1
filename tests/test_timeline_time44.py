"""The timeline kinds time42/time43 and the 63rd–65th reads left (bench/BRIEF_REVIEW.md, "time44"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

FRI = dt.date(2011, 3, 18)  # a Friday


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool, bool]]:
    return [(d, m, f) for d, m, f, t in got if t.startswith(opening)]


def test_a_listed_baseline_after_compares_to_is_a_mention() -> None:
    # the 63rd read: "This compares to 100 million activations in 2011, and 400 activations in 2012." dated 2011 as
    # an event; both years are the yardstick's, a figure of two words ("passenger trips") and the list's second
    got = timeline_rows("The ferry line said it carried 2 million riders in 2010. This compares to 900,000 "
                        "passenger trips in 2008, and 400 trips in 2009.", published=FRI)
    assert all(m for _, m, _ in _rows(got, "This compares")), got
    assert _rows(got, "The ferry line") == [("2010", False, False)], got


def test_a_figure_of_its_own_year_is_still_an_event() -> None:
    # guard: a figure told with its year and no yardstick is the line's event
    got = timeline_rows("The ferry line carried 900,000 passenger trips in 2008, and 400 trips in 2009.",
                        published=FRI)
    assert ("2008", False, False) in _rows(got, "The ferry line"), got


def test_the_reports_year_on_a_present_be_gives_way_to_today() -> None:
    # the 63rd read: "But Google (GOOG) in 2013 is a big company, so today, at its annual I/O conference …, the
    # search giant filled an entire morning with news …" dated 2013; the year tells what the firm is, today's act
    got = timeline_rows("In the history of trade fairs, two days is a long show. But the bakery chain (BKRY) in 2011 "
                        "is a big business, so today, at its yearly trade fair in Leeds, the firm filled a whole hall "
                        "with new loaves and cakes.", published=FRI)
    assert [(d, m) for d, m, _ in _rows(got, "the bakery chain")] == [("2011-03-18", False)], got


def test_the_reports_year_on_a_present_be_alone_still_dates_the_line() -> None:
    # guard: with no other date the year stays the line's date
    got = timeline_rows("The bakery chain in 2011 is a big business.", published=FRI)
    assert _rows(got, "The bakery chain") == [("2011", False, False)], got


def test_today_before_a_relative_clauses_present_passive_is_nowadays() -> None:
    # check30a: "Archicebus is placed right at the base of the tarsiers, which today are found in southeast Asia"
    # dated the report's day; the relative clause tells where the animals live now
    got = timeline_rows("The ferry is named after the herons, which today are seen along the whole coast.",
                        published=FRI)
    assert not _rows(got, "The ferry"), got


def test_a_timetables_passive_with_today_after_it_keeps_the_day() -> None:
    # guard: "which is held today" is the day's
    got = timeline_rows("The hearing, which is held today in Leeds, drew a crowd.", published=FRI)
    assert _rows(got, "The hearing") == [("2011-03-18", False, False)], got


def test_today_on_a_present_need_is_nowadays() -> None:
    # check30b: "… “From a practical standpoint we need to know the composition [of the atmosphere] today, …”" dated
    # the report's day; a need, a state of now, as "know" or "remain" is
    got = timeline_rows("The mayor said the town needs a new bridge. \u201cFrom a practical standpoint we need to "
                        "know the cost [of the bridge] today, and how it changes,\u201d he said.", published=FRI)
    assert not [t for *_, t in got if "cost" in t], got


def test_a_weekdays_issue_a_present_participle_tells_of_is_the_coming_day() -> None:
    # check30b: "The atmospheric measurements were detailed in two studies appearing in Friday’s issue of the journal
    # Science." (a Thursday report) dated the Friday before; what is appearing is not out yet
    thu = dt.date(2011, 3, 17)
    got = timeline_rows("The tide tables were detailed in two papers appearing in Friday's issue of the journal "
                        "Coastal Review.", published=thu)
    assert [d for d, *_ in got] == ["2011-03-18"], got


def test_a_weekdays_issue_of_a_past_participle_stays_before_the_report() -> None:
    # guard: "published in Tuesday's issue" is out already
    got = timeline_rows("The tide tables were detailed in two papers published in Tuesday's issue of the journal "
                        "Coastal Review.", published=dt.date(2011, 3, 17))
    assert [d for d, *_ in got] == ["2011-03-15"], got


def test_a_weekday_a_plans_participle_sets_a_noun_for_is_to_come() -> None:
    # the brief's kind ("a spacewalk set for …"): a Thursday report's "a second dive set for Friday" was put on the
    # Friday before; the dive is planned, its day the coming Friday
    thu = dt.date(2011, 3, 17)
    got = timeline_rows("The divers finished the first repair dive on the harbour wall Tuesday. They were to return "
                        "to the wall in a second dive set for Friday.", published=thu)
    assert [(d, f) for d, _, f, t in got if "second dive" in t and d != "2011-03-15"] == [("2011-03-18", True)], got


def test_a_weekday_of_a_done_acts_participle_stays_before_the_report() -> None:
    # guard: "a dive made on Friday" is past
    got = timeline_rows("The divers returned from a dive made on Friday.", published=dt.date(2011, 3, 17))
    assert [d for d, *_ in got] == ["2011-03-11"], got


def _relations(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    from conftest import story
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.relation) for e in build_timeline(story(text, published=published), same_thing)]


def test_a_denied_until_dates_the_act_itself() -> None:
    # check30a: "until 2003 — It wasn't until 2003 that a team of French researchers discovered the first giant
    # virus." (the discovery is 2003's, no span up to it)
    assert _relations("It wasn't until 2003 that a team of Dutch engineers built the first floating bridge.",
                      FRI) == [("2003", None)]
    assert _relations("The shop did not open until March 2009.", FRI) == [("2009-03", None)]


def test_an_until_not_denied_is_still_a_span() -> None:
    # guard
    assert _relations("The bridge stayed open until 2009.", FRI) == [("2009", "until")]


def test_a_bare_day_on_a_thing_marked_to_come_is_the_coming_one() -> None:
    # the 65th read: "Saban wanted nothing to do with any such talk, either of the past or any future beyond the
    # opener August 31 against Virginia Tech." (a July report) dated 31 Aug of the year before
    jul = dt.date(2013, 7, 18)
    got = timeline_rows("The mayor wanted no talk of any future beyond the festival August 31 in the park.",
                        published=jul)
    assert [d for d, *_ in got] == ["2013-08-31"], got
    got = timeline_rows("The mayor spoke of the coming vote Sept. 3 on the budget.", published=jul)
    assert [d for d, *_ in got] == ["2013-09-03"], got


def test_a_bare_day_on_a_thing_of_a_past_verb_stays_before_the_report() -> None:
    # guard: "attended the meeting Oct. 3" (a July report) is last October's
    got = timeline_rows("The mayor attended the meeting Oct. 3 in the park.", published=dt.date(2013, 7, 18))
    assert [d for d, *_ in got] == ["2012-10-03"], got
