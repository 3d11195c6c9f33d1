"""A page's own address read from its tags when trafilatura's metadata gives none (``ingest.pagemeta``; inputs22)."""

from __future__ import annotations

from storyline.ingest.html import extract_html
from storyline.ingest.markup import page_tree
from storyline.ingest.pagemeta import stated_url

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
