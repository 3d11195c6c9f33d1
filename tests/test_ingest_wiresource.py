"""A wire's story credited only in the page's metadata ("Globe News (AP)"; ``ingest.wiresource``,
bench/BRIEF_REVIEW.md, "inputs46"): made-up pages."""

from __future__ import annotations

import pytest

from storyline.clean.wires import with_wire_credit
from storyline.ingest import wiresource
from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"


def page(meta: str = '<meta name="dc.source" content="Associated Press" />', body: str = "",
         site: str = "Globe News", address: str = "https://www.globenews.example/2021/03/01/bridge") -> str:
    return (f'<html><head><title>Council closes the old bridge</title><meta property="og:site_name" content="{site}">'
            f'<meta property="og:url" content="{address}">{meta}</head><body><article>'
            f"<h1>Council closes the old bridge</h1>{body}{_BODY}</article></body></html>")


def test_a_wire_stated_as_the_source_in_the_metadata_is_credited() -> None:
    assert extract_html(page(), "p").outlet == "Globe News (AP)"
    micro = '<div itemprop="sourceOrganization" itemscope itemtype="http://schema.org/Organization">Reuters</div>'
    assert extract_html(page(meta="", body=micro), "p").outlet == "Globe News (Reuters)"


def test_no_wire_source_or_the_wires_own_page_is_unchanged() -> None:
    assert extract_html(page(meta=""), "p").outlet == "Globe News"
    assert extract_html(page(meta='<meta name="dc.source" content="Globe News staff" />'), "p").outlet == "Globe News"
    own = page(site="AP News", address="https://apnews.com/abc")
    assert extract_html(own, "p").outlet == "AP News"


def test_off_the_switch_gives_the_host_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wiresource, "WIRE_SOURCES", False)
    assert extract_html(page(), "p").outlet == "Globe News"


def test_a_dateline_credit_is_not_added_twice() -> None:
    text = "MILLBROOK, Ore. (AP) — A ferry drifted from its moorings on Sunday."
    assert with_wire_credit("Globe News (AP)", None, text) == "Globe News (AP)"


def test_a_byline_that_is_a_wires_name_credits_the_wire(monkeypatch: pytest.MonkeyPatch) -> None:
    """inputs50: the wire named only where a writer's name goes (the Guardian's "Australian Associated Press")."""
    byline = '<ul class="article-attributes"><li class="byline"><div class="contributor-full">Associated Press</div>' \
             '</li></ul>'
    assert extract_html(page(meta="", body=byline), "p").outlet == "Globe News (AP)"
    aap = '<p class="story-author">By Australian Associated Press</p>'
    assert extract_html(page(meta="", body=aap), "p").outlet == "Globe News (AAP)"
    rel = '<a rel="author" href="/staff/reuters">Reuters</a>'
    assert extract_html(page(meta="", body=rel), "p").outlet == "Globe News (Reuters)"
    monkeypatch.setattr(wiresource, "BYLINE_WIRES", False)
    assert extract_html(page(meta="", body=byline), "p").outlet == "Globe News"


def test_a_writers_byline_or_a_wire_among_other_words_credits_no_wire() -> None:
    for byline in ('<li class="byline">By Ann Lee</li>', '<li class="byline">By Ann Lee, with Associated Press</li>',
                   '<p class="caption">Associated Press</p>'):
        assert extract_html(page(meta="", body=byline), "p").outlet == "Globe News"
    own = page(meta="", body='<li class="byline">Reuters</li>', site="Reuters",
               address="https://www.reuters.com/article/bridge-idUS1")
    assert extract_html(own, "p").outlet == "Reuters"
