"""A day trafilatura reads from a script's attribute loses to the publication time the page states
(``ingest.pagemeta.stated_day``; bench/BRIEF_REVIEW.md, "inputs28")."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.ingest import labelleddays
from storyline.ingest.html import extract_html
from storyline.ingest.markup import page_tree
from storyline.ingest.pagemeta import stated_day, stated_published

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"
# A portal's <head> carries its render data in an attribute, with a "dt:" time of some other record.
_HEAD = ('<html><head data-info="v:20210301_1;az:{did:8d, sn: prod-news, dt: 2021-02-24T19:49:29.77Z, '
         'bt: 2021-03-01T20:55:09Z};PageName:articlePage"><title>Council closes the old bridge</title>{tags}</head>'
         '<body><article><h1>Council closes the old bridge</h1>{time}' + _BODY + "</article></body></html>")


def test_a_script_attributes_day_loses_to_the_pages_time_element() -> None:
    page = _HEAD.replace("{tags}", "").replace("{time}", '<time datetime="2021-03-01T11:45:59.000Z">1 day ago</time>')
    assert str(extract_html(page, "p").published) == "2021-03-01"


def test_a_script_attributes_day_loses_to_the_published_meta_tag() -> None:
    tag = '<meta property="article:published_time" content="2021-03-01T08:00:00+00:00">'
    page = _HEAD.replace("{tags}", tag).replace("{time}", "")
    assert str(extract_html(page, "p").published) == "2021-03-01"


def test_a_day_the_page_states_or_its_address_holds_is_kept() -> None:
    d = dt.date(2021, 2, 24)
    assert stated_day(d, {dt.date(2021, 2, 24), dt.date(2021, 3, 1)}, None) == d  # stated among others
    assert stated_day(d, {dt.date(2021, 2, 25)}, None) == d  # a zone's midnight away
    assert stated_day(d, {dt.date(2021, 3, 1)}, "https://news.example.org/2021/02/24/bridge/") == d
    assert stated_day(d, set(), None) == d  # the page states no publication time
    assert stated_day(d, {dt.date(2021, 3, 1), dt.date(2021, 3, 9)}, None) == d  # its own times disagree


def test_no_stated_time_keeps_trafilaturas_day() -> None:
    page = _HEAD.replace("{tags}", "").replace("{time}", "")
    assert str(extract_html(page, "p").published) == "2021-02-24"


def test_an_empty_placeholder_time_is_no_stated_day() -> None:
    page = _HEAD.replace("{tags}", '<meta property="article:published_time" content="0001-01-01T00:00:00">')
    page = page.replace("{time}", "")
    assert stated_published(page, page_tree(page)) == set()


def test_a_bare_stated_date_wins_over_a_print_day_in_the_address() -> None:
    tags = '<meta itemprop="datePublished" content="2021-03-01"><meta property="og:url" content="{u}">'
    url = "https://news.example.org/2021/03/02/world/council-closes-bridge.html"
    page = _HEAD.replace("{tags}", tags.replace("{u}", url)).replace("data-info=", "data-x=")
    assert str(extract_html(page.replace("{time}", "<h6>Published: March 1, 2021</h6>"), "p").published) == "2021-03-01"
    shows_both = "<h6>March 1, 2021</h6><h6>March 2, 2021</h6>"  # the page shows its address's day, no label
    assert str(extract_html(page.replace("{time}", shows_both), "p").published) == "2021-03-02"
    web, print_day = dt.date(2021, 3, 1), dt.date(2021, 3, 2)
    assert stated_day(print_day, {web}, url, {web}) == web
    assert stated_day(print_day, {web}, url, set()) == print_day  # a stated clock time: a zone's midnight away
    assert stated_day(print_day, {web}, None, {web}) == print_day  # not a day of the address


def test_a_labelled_publication_day_wins_over_the_address_day_shown_in_a_print_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """inputs50: the NYT's "Published: June 5" and ``datePublished`` over its address's print day, which the page
    shows too ("A version of this article appeared in print on June 6", other stories' stamps)."""
    tags = '<meta itemprop="datePublished" content="2022-10-11"><meta property="og:url" content="{u}">'
    url = "https://paper.example.com/2022/10/12/sports/marathon-route-changed.html"
    page = _HEAD.replace("{tags}", tags.replace("{u}", url)).replace("data-info=", "data-x=")
    shown = ("<p>By ANN LEE Published: October 11, 2022 The marathon will take a new route.</p>"
             "<p>A version of this article appeared in print on October 12, 2022, on page B 3.</p>"
             "<ul><li>Rowing club wins again October 12, 2022</li></ul>")
    assert str(extract_html(page.replace("{time}", shown), "p").published) == "2022-10-11"
    monkeypatch.setattr(labelleddays, "LABELLED_PUBLISHED", False)
    assert str(extract_html(page.replace("{time}", shown), "p").published) == "2022-10-12"
