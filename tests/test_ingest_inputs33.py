"""The thirty-third and thirty-fourth reads' input faults (inputs33): a site's section after its name in the title
("… | CNN Politics"), an outlet stated only after the ``<title>``'s headline ("… | Tulsa World")."""

from __future__ import annotations

import lxml.html

from storyline.ingest.html import strip_site_name
from storyline.ingest.sitename import titled_name


def test_a_sites_name_and_its_section_after_the_headline_are_cut() -> None:
    assert strip_site_name("Mayor opens the harbour bridge | Harbour Post Politics", "Harbour Post", None) == (
        "Mayor opens the harbour bridge")
    assert strip_site_name("Mayor opens the bridge - HPN Health News", None, "https://www.hpn.com/2020/a") == (
        "Mayor opens the bridge")


def test_a_headlines_own_last_part_is_kept() -> None:
    title = "Mayor opens the bridge - Harbour Post readers react"  # lower case words after the name: a headline's
    assert strip_site_name(title, "Harbour Post", None) == title
    title = "Mayor opens the bridge | Harbour Post Politics Desk Today"  # three words after the name
    assert strip_site_name(title, "Harbour Post", None) == title
    title = "Mayor opens the bridge | Other Paper Politics"
    assert strip_site_name(title, "Harbour Post", None) == title


def page(title: str, body: str) -> object:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


LINKS = ('<p>Subscribe at <a href="/subscribe">HarbourPost.com</a>.</p>'
         '<img src="http://images.harbourpost.com/logo.gif" alt="logo">')


def test_an_outlet_stated_only_after_the_title_is_named_when_the_page_writes_it_as_its_domain() -> None:
    html = "<title>Council votes to close the pier | Harbour Post</title>" + LINKS
    assert titled_name(None, html, page("Council votes to close the pier | Harbour Post", LINKS)) == "Harbour Post"


def test_a_title_tail_the_page_does_not_write_as_a_domain_is_no_outlet() -> None:
    body = '<p>Read more at <a href="http://elsewhere.com/a">elsewhere.com</a>.</p>'
    html = "<title>Council votes to close the pier | Harbour Post</title>" + body
    assert titled_name(None, html, page("Council votes to close the pier | Harbour Post", body)) is None
    html = "<title>Council votes to close the pier</title>" + LINKS
    assert titled_name(None, html, page("Council votes to close the pier", LINKS)) is None
    assert titled_name("Bay Times", html, page("Council votes | Harbour Post", LINKS)) == "Bay Times"
