"""A site name that is only its domain's lower-case label is no outlet name (``ingest.sitename``; inputs27 b).

Made-up pages on made-up addresses: ``og:site_name`` "tq" of tq.com gives "TQ.com" as the page writes it, a
stated ``application-name`` or publisher when there is one, else the host; a name written with a capital, or
one that is not the label, is kept.
"""

from __future__ import annotations

import pytest

from storyline.ingest import sitename
from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The council closed the old bridge on Tuesday after engineers found cracks."] * 3) + "</p>"


def _page(site: str, *, host: str = "www.tq.com", head: str = "", foot: str = "") -> str:
    return ('<html><head><title>Council closes the old bridge - tq.com</title>'
            f'<meta property="og:url" content="https://{host}/news/2021/03/bridge-closed.html">'
            f'<meta property="og:site_name" content="{site}">{head}</head><body><article>'
            f"<h1>Council closes the old bridge</h1>{_BODY}</article>{foot}</body></html>")


_FOOT = "<footer><p>Get the latest news from TQ.com in your inbox. Read TQ.com on your phone.</p></footer>"


def test_a_lower_case_label_gives_the_domain_as_the_page_writes_it() -> None:
    assert extract_html(_page("tq", foot=_FOOT), "p").outlet == "TQ.com"


def test_without_the_rule_the_label_is_the_outlet() -> None:
    sitename.LABEL_NAMES = False
    try:
        assert extract_html(_page("tq", foot=_FOOT), "p").outlet == "Tq"
    finally:
        sitename.LABEL_NAMES = True


def test_a_stated_application_name_is_preferred_and_the_host_is_the_last_resort() -> None:
    head = '<meta name="application-name" content="The Tri-Quarter Times">'
    assert extract_html(_page("tq", head=head, foot=_FOOT), "p").outlet == "The Tri-Quarter Times"
    assert extract_html(_page("tq"), "p").outlet == "tq.com"


def test_a_brand_the_page_writes_in_lower_case_keeps_its_stated_form() -> None:
    foot = "<footer><p>About tq: tq is a reader-owned site. Contact tq at the address below.</p></footer>"
    assert extract_html(_page("tq", foot=foot), "p").outlet == "tq"


@pytest.mark.parametrize(
    ("site", "host", "outlet"),
    [
        ("TQ", "www.tq.com", "TQ"),  # written with capitals: a name
        ("Tq", "www.tq.com", "Tq"),
        ("triquarter", "www.tq.com", "Triquarter"),  # not the domain's label
        ("tq", "tq.example.org", "Tq"),  # a subdomain's label, not the registrable one
    ],
)
def test_a_name_with_a_capital_or_not_the_label_is_kept(site: str, host: str, outlet: str) -> None:
    assert extract_html(_page(site, host=host, foot=_FOOT), "p").outlet == outlet


def test_a_bare_web_address_as_the_site_name_gives_the_site_as_the_page_writes_it_or_its_host() -> None:
    """read42: an ``og:site_name`` that is the site's address ("http://www.tq.com") was shown as the outlet."""
    assert extract_html(_page("http://www.tq.com", foot=_FOOT), "p").outlet == "TQ.com"
    assert extract_html(_page("http://www.tq.com/"), "p").outlet == "tq.com"
    app = '<meta name="application-name" content="TQ">'
    assert extract_html(_page("https://www.tq.com", head=app), "p").outlet == "TQ"
    sitename.ADDRESS_NAMES = False
    try:
        assert extract_html(_page("http://www.tq.com"), "p").outlet == "http://www.tq.com"
    finally:
        sitename.ADDRESS_NAMES = True


def test_a_name_with_an_address_in_it_is_kept() -> None:
    assert extract_html(_page("TQ.com"), "p").outlet == "TQ.com"
    assert extract_html(_page("The Quarry News (tq.com)"), "p").outlet == "The Quarry News (tq.com)"
