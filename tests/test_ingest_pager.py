"""A story printed over several pages: the page is its first part (ingest.pager; bench/BRIEF_REVIEW.md,
"inputs44")."""

from __future__ import annotations

from storyline.ingest import pager
from storyline.ingest.markup import page_tree
from storyline.ingest.pager import next_page

URL = "https://news.example.org/city/2021/03/01/bridge-reopens_story.html"


def _page(links: str) -> str:
    return f"<html><head></head><body><article><p>The bridge reopened.</p></article>{links}</body></html>"


def test_a_pager_to_the_pages_own_address_with_a_number_is_a_next_page() -> None:
    pages = ('<ul><li><a href="/city/2021/03/01/bridge-reopens_story.html">1</a></li>'
             '<li><a href="/city/2021/03/01/bridge-reopens_story_1.html">2</a></li></ul>')
    assert next_page(page_tree(_page(pages)), URL) == URL.replace("_story.html", "_story_1.html")
    rel = '<a rel="next" href="?page=2">Next</a>'
    assert next_page(page_tree(_page(rel)), URL) == URL + "?page=2"
    pager.ENABLED = False
    try:
        assert next_page(page_tree(_page(pages)), URL) is None
    finally:
        pager.ENABLED = True


def test_a_next_story_a_two_elsewhere_or_an_unknown_address_is_no_next_page() -> None:
    other = '<link rel="next" href="/city/2021/03/02/harbour-fire_story.html">'
    assert next_page(page_tree(_page(other)), URL) is None
    two = '<a href="/sport/2021/03/01/two-goals.html">2</a>'
    assert next_page(page_tree(_page(two)), URL) is None
    pages = '<a href="/city/2021/03/01/bridge-reopens_story_1.html">2</a>'
    assert next_page(page_tree(_page(pages)), None) is None


def test_the_report_of_a_first_page_is_noted_partial() -> None:
    from storyline.ingest.html import parse_html

    line = "The harbour bridge reopened to traffic on Monday after two years of repairs, the council said."
    body = " ".join([line] * 4)
    html = (f'<html><head><title>Bridge reopens</title><link rel="canonical" href="{URL}"></head><body><article>'
            f'<h1>Bridge reopens</h1><p>{body}</p><p>{body}</p></article>'
            '<a href="/city/2021/03/01/bridge-reopens_story_1.html">2</a></body></html>')
    notes = [n.note for n in parse_html(html, "p").notes]
    assert any("continues on another page" in n and "_story_1.html" in n for n in notes)




def test_a_soft_hyphen_inside_a_word_is_dropped() -> None:
    from storyline.ingest import html as ingest_html

    text = "Mayor Vladi\u00admir Horvat opened the bridge."
    assert ingest_html.without_soft_hyphens(text) == "Mayor Vladimir Horvat opened the bridge."
    ingest_html.SOFT_HYPHENS = False
    try:
        assert ingest_html.without_soft_hyphens(text) == text
    finally:
        ingest_html.SOFT_HYPHENS = True
