"""What follows the page's own <h1> headline in its stated title: a site's name and a date, the writers' names
(``ingest.titles.strip_headline_trail``; inputs37)."""

from __future__ import annotations

from storyline.ingest.html import extract_html
from storyline.ingest.titles import strip_headline_trail

_BODY = "<p>" + " ".join(["The council closed the old bridge on Monday after engineers found cracks."] * 3) + "</p>"


def _page(og_title: str, h1: str) -> str:
    return (
        f'<html><head><title>{og_title}</title><meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="Dailyhub.COM">'
        f"</head><body><article><h1>{h1}</h1>{_BODY}</article></body></html>"
    )


def test_site_name_and_date_after_the_h1_headline_are_cut() -> None:
    art = extract_html(_page("Council closes the old river bridge | DH | 04.02.2021",
                             "Council closes the old river bridge"), "x.html")
    assert art.title == "Council closes the old river bridge"


def test_writers_names_after_the_h1_headline_are_cut() -> None:
    art = extract_html(_page("Council closes the old bridge - Jane Doe and John Roe",
                             "Council closes the old bridge"), "x.html")
    assert art.title == "Council closes the old bridge"


def test_title_is_kept_when_its_first_part_is_not_the_h1() -> None:
    title = "Council closes the old bridge - and the ferry too"
    assert strip_headline_trail(title, ["Bridge closed"]) == title  # the h1 is shorter than a headline
    assert strip_headline_trail(title, ["Council closes the bridge"]) == title  # not word for word
    assert strip_headline_trail("Council closes it: the old bridge", ["Council closes it"]) == \
        "Council closes it: the old bridge"  # a colon is a headline's own


def test_a_heading_that_is_the_site_name_or_a_long_trail_is_no_cut() -> None:
    title = "The Valley Courier Daily | Council closes the old bridge"
    assert strip_headline_trail(title, ["The Valley Courier Daily"], {"valleycourierdaily"}) == title
    long_trail = "Bridge shut - " + " ".join(["word"] * 15)
    assert strip_headline_trail(long_trail, ["Bridge shut now"]) == long_trail
    assert strip_headline_trail("Council shuts bridge - x", ["Council shuts bridge"]) == "Council shuts bridge"
