"""A site's name (and tagline) before the headline in a stated title (``ingest.titles``; inputs21)."""

from __future__ import annotations

from storyline.ingest.html import extract_html
from storyline.ingest.titles import strip_leading_site_name

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"


def test_stated_site_name_with_tagline_before_headline_is_cut() -> None:
    title = "Dailyhub | Your favourite news platform: Council closes the old river bridge"
    assert strip_leading_site_name(title, "Dailyhub | Your favourite news platform", None) == \
        "Council closes the old river bridge"


def test_domain_name_before_headline_is_cut() -> None:
    assert strip_leading_site_name("Dailyhub - Council closes the old river bridge", None,
                                   "https://www.dailyhub.com/a") == "Council closes the old river bridge"


def test_publisher_name_before_headline_is_cut() -> None:
    assert strip_leading_site_name("The Valley Courier | Council closes the old bridge", None, None,
                                   publishers=["Valley Courier"]) == "Council closes the old bridge"


def test_tagline_cut_only_when_the_page_states_the_headline() -> None:
    title = "Dailyhub - News you can trust - Council closes the old bridge"
    url = "https://dailyhub.example/a"
    assert strip_leading_site_name(title, "Dailyhub", url, stated_titles=["Council closes the old bridge"]) == \
        "Council closes the old bridge"
    assert strip_leading_site_name(title, "Dailyhub", url) == "News you can trust - Council closes the old bridge"


def test_headline_of_other_first_words_is_kept() -> None:
    assert strip_leading_site_name("Opinion | Council closes the old bridge", "Dailyhub", None) == \
        "Opinion | Council closes the old bridge"
    assert strip_leading_site_name("Dailyhub Gift Guide: what to buy this year", "Dailyhub", None) == \
        "Dailyhub Gift Guide: what to buy this year"
    assert strip_leading_site_name("Dailyhub | Home", "Dailyhub", None) == "Dailyhub | Home"  # no headline left


def test_extract_html_cuts_a_site_name_and_tagline_before_the_headline() -> None:
    page = (
        '<html><head><title>Council closes the old bridge</title>'
        '<meta property="og:site_name" content="Dailyhub | Your favourite news platform">'
        '<meta property="og:title" content="Dailyhub | Your favourite news platform: Council closes the old bridge">'
        f"</head><body><article><h1>Council closes the old bridge</h1>{_BODY}</article></body></html>"
    )
    art = extract_html(page, "x.html")
    assert art.title == "Council closes the old bridge"
