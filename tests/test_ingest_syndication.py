"""A copy's origin stated only by a ``syndication-source`` meta tag at another site ("upr.org (NPR)";
``ingest.origin.syndication_name``, bench/BRIEF_REVIEW.md, "inputs50"): made-up pages of another subject."""

from __future__ import annotations

import pytest

from storyline.ingest import origin
from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The county opened two new cooling centres on Friday as the heat wave went on."] * 3) + "</p>"


def page(meta: str, links: str = "", address: str = "https://www.valleyradio.example/post/cooling-centres") -> str:
    return (f'<html><head><title>County opens cooling centres</title><meta property="og:url" content="{address}">'
            f'<meta property="og:site_name" content="Valley Radio">{meta}</head><body><div class="top">{links}</div>'
            f"<article><h1>County opens cooling centres</h1>{_BODY}</article></body></html>")


SOURCE = '<meta content="https://www.heartlandnews.example/story.php?id=12345" name="syndication-source" />'


def test_a_syndication_source_at_another_site_names_the_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    logo = '<a href="https://heartlandnews.example/">Heartland News</a>'
    assert extract_html(page(SOURCE, logo), "p").outlet == "Valley Radio (Heartland News)"
    assert extract_html(page(SOURCE), "p").outlet == "Valley Radio (heartlandnews.example)"  # no link names it
    other = SOURCE.replace("syndication-source", "original-source")
    assert extract_html(page(other, logo), "p").outlet == "Valley Radio (Heartland News)"
    monkeypatch.setattr(origin, "SYNDICATION_SOURCES", False)
    assert extract_html(page(SOURCE, logo), "p").outlet == "Valley Radio"


def test_a_syndication_source_at_the_pages_own_site_or_none_is_no_origin() -> None:
    own = SOURCE.replace("heartlandnews.example/story.php?id=12345", "valleyradio.example/post/cooling-centres")
    assert extract_html(page(own), "p").outlet == "Valley Radio"
    assert extract_html(page(""), "p").outlet == "Valley Radio"
    words = '<a href="https://heartlandnews.example/">Part of the Heartland network</a>'  # not wholly the name
    assert extract_html(page(SOURCE, words), "p").outlet == "Valley Radio (heartlandnews.example)"
