"""An undated report's day from its lede's weekday dateline and the page's other dates (``ingest.lededay``)."""

from __future__ import annotations

import datetime as dt

import storyline.ingest.lededay as lededay
from storyline.ingest.lededay import lede_day

_TEXT = "TUESDAY, March 4 (Health Wire) -- A trial of a new inhaler was stopped early, its sponsor said."


def test_the_year_comes_from_a_page_date_of_that_day_on_that_weekday() -> None:
    html = "<!-- <dateline>Tue, Mar 4 2014</dateline> --><a href='/news/20140304/inhaler'>x</a>"
    assert lede_day(None, html, _TEXT) == dt.date(2014, 3, 4)  # 4 March 2014 was a Tuesday
    lededay.LEDE_DAYS = False
    try:
        assert lede_day(None, html, _TEXT) is None
    finally:
        lededay.LEDE_DAYS = True


def test_no_year_that_agrees_on_the_weekday_or_two_leave_it_undated() -> None:
    assert lede_day(None, "<p>Posted 03/04/2015</p>", _TEXT) is None  # 4 March 2015 was a Wednesday
    assert lede_day(None, "<p>March 4, 2014 and March 4, 2008</p>", _TEXT) is None  # both Tuesdays
    assert lede_day(None, "<p>nothing dated</p>", _TEXT) is None
    assert lede_day(None, "<p>March 4, 2014</p>", "TUESDAY, March 4, 2014 -- A trial stopped.") is None  # a year
    assert lede_day(dt.date(2014, 3, 5), "<p>March 4, 2014</p>", _TEXT) == dt.date(2014, 3, 5)  # dated already


def test_the_lede_may_follow_a_headline_and_a_byline() -> None:
    text = "Inhaler trial stopped\nBy A. Writer\n" + _TEXT
    assert lede_day(None, "<p>March 4, 2014</p>", text) == dt.date(2014, 3, 4)
