"""A page's own address read from its tags when trafilatura's metadata gives none (``ingest.pagemeta``; inputs22)."""

from __future__ import annotations

import pytest

from storyline.ingest import pagemeta
from storyline.ingest.html import extract_html
from storyline.ingest.markup import page_tree
from storyline.ingest.pagemeta import stated_url, url_section_day

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"
# An element that closes <head> in the parse (a banner's <div>) before the page's link and meta tags: trafilatura
# looks for the canonical link under <head> only, so it finds none.
_HEAD = ('<html><head><title>Council closes the old bridge</title><div class="banner">Get the app</div>'
         '{tags}</head><body><article><h1>Council closes the old bridge</h1>' + _BODY + "</article></body></html>")


def test_canonical_link_after_the_head_is_closed_gives_the_url() -> None:
    page = _HEAD.format(tags='<link rel="canonical" href="https://news.example.org/local/bridge-closed/">')
    assert extract_html(page, "p").url == "https://news.example.org/local/bridge-closed/"


def test_og_url_gives_the_url_when_no_canonical_link() -> None:
    page = _HEAD.format(tags='<meta property="og:url" content="https://news.example.org/local/bridge-closed/">')
    assert extract_html(page, "p").url == "https://news.example.org/local/bridge-closed/"


def test_relative_or_missing_addresses_give_none() -> None:
    assert stated_url(page_tree(_HEAD.format(tags='<link rel="canonical" href="/local/bridge-closed/">'))) is None
    assert stated_url(page_tree(_HEAD.format(tags=""))) is None
    assert stated_url(None) is None


def _dated(modified: str, text: str) -> str:
    tags = ('<meta property="article:published_time" content="2021-03-02T21:00:00+00:00">'
            f'<meta property="article:modified_time" content="{modified}">')
    return (f"<html><head><title>Strike goes on</title>{tags}</head><body><article><h1>Strike goes on</h1>"
            f"<p>{text}</p><p>{_BODY}</p></article></body></html>")


_WEDNESDAY = "Talks between the union and the port broke down again on Wednesday, a spokesman for the union said."


def test_an_update_the_text_names_the_day_of_is_the_report_date() -> None:
    # Tuesday 2 March 2021 published; updated Wednesday 3 March, and the text tells Wednesday's news.
    assert str(extract_html(_dated("2021-03-03T09:30:00+00:00", _WEDNESDAY), "p").published) == "2021-03-03"


def test_an_update_the_text_does_not_name_or_a_late_one_keeps_the_publication_date() -> None:
    monday = _WEDNESDAY.replace("Wednesday", "Monday")
    assert str(extract_html(_dated("2021-03-03T09:30:00+00:00", monday), "p").published) == "2021-03-02"
    assert str(extract_html(_dated("2021-03-10T09:30:00+00:00", _WEDNESDAY), "p").published) == "2021-03-02"


def test_a_date_after_the_section_in_the_address_dates_an_undated_page() -> None:
    # inputs35: CNN's "/2010/POLITICS/08/13/…", no date tag, no date in the text.
    page = _HEAD.format(tags='<link rel="canonical" href="https://news.example.org/2010/POLITICS/08/13/bridge/">')
    assert str(extract_html(page, "p").published) == "2010-08-13"


def test_an_address_with_numbers_or_two_days_after_sections_gives_no_day() -> None:
    assert url_section_day("https://news.example.org/2010/top-10/08/13/bridge/") is None
    assert url_section_day("https://news.example.org/2010/a/08/13/x/2011/b/09/14/") is None
    assert url_section_day("https://news.example.org/2010/POLITICS/13/08/bridge/") is None
    assert url_section_day("https://news.example.org/2010/POLITICS/08/13/bridge/") is not None


def test_a_weekday_still_to_come_is_no_sign_of_the_update_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # The forty-sixth read: a storm page published on a Monday, updated on the Tuesday, whose only "Tuesday" is a
    # forecast's ("By Tuesday, … should …"), was dated the Tuesday. A deadline or a modal's weekday is no such sign.
    updated = "2021-03-03T09:30:00+00:00"  # Wednesday; published Tuesday 2 March
    for text in ("By Wednesday, the talks should reach the port's pay offer, a spokesman for the union said.",
                 "The strike will go on until Wednesday, a spokesman for the union said.",
                 "The union will meet the port again on Wednesday, a spokesman for the union said."):
        assert str(extract_html(_dated(updated, text), "p").published) == "2021-03-02", text
    # A modal after the weekday's clause, in what that day's letter said, leaves it the day the news is of.
    told = "She asked for compassion in a letter posted Wednesday, saying a severe sentence would not help."
    assert str(extract_html(_dated(updated, told), "p").published) == "2021-03-03"
    monkeypatch.setattr(pagemeta, "TOLD_WEEKDAY", False)
    assert str(extract_html(_dated(updated, "By Wednesday, the talks should end."), "p").published) == "2021-03-03"
