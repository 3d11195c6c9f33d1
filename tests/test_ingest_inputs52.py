"""The 63rd–65th reads' input faults (inputs52): an outlet stated only before the ``<title>``'s headline ("DailyTech -
…"); made-up pages."""

from __future__ import annotations

import lxml.html
import pytest

from storyline.ingest import sitename
from storyline.ingest.sitename import titled_name

LINKS = ('<p>Subscribe at <a href="/subscribe">GearWire.com</a>.</p>'
         '<img src="http://images.gearwire.com/logo.gif" alt="logo">')


def page(title: str, body: str) -> object:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def test_an_outlet_stated_only_before_the_titles_headline_is_named_by_its_domain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    title = "GearWire - Phone maker unveils a folding tablet for $899"
    html = f"<title>{title}</title>" + LINKS
    assert titled_name(None, html, page(title, LINKS)) == "GearWire"
    monkeypatch.setattr(sitename, "TITLE_HEADS", False)
    assert titled_name(None, html, page(title, LINKS)) is None


def test_a_headlines_first_words_the_page_does_not_write_as_a_domain_are_no_outlet() -> None:
    title = "Storm Watch - Heavy rain closes roads across the valley"
    html = f"<title>{title}</title>" + LINKS
    assert titled_name(None, html, page(title, LINKS)) is None
