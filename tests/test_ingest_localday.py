"""The report's day by the page's local day where it states its zone for the same instant (``ingest.localday``;
bench/BRIEF_REVIEW.md, "inputs25")."""

from __future__ import annotations

import datetime as dt

from storyline.ingest import html as html_mod
from storyline.ingest import localday
from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The council closed the old bridge on Tuesday after engineers found cracks."] * 3) + "</p>"


def _page(tags: str, byline: str = "") -> str:
    return ('<html><head><title>Council closes the old bridge</title>'
            '<meta property="og:url" content="https://news.example.org/local/article/bridge-closed-1234.php">'
            f"{tags}</head><body><article><h1>Council closes the old bridge</h1>{byline}{_BODY}"
            "</article></body></html>")


_UTC = '<meta property="article:published_time" content="2021-03-03T05:57:50Z">'


def test_a_zoned_tag_for_the_same_instant_gives_the_local_day() -> None:
    page = _page(_UTC + '<meta name="sailthru.date" content="2021-03-02 21:57:00 -0800">')
    assert extract_html(page, "p").published == dt.date(2021, 3, 2)


def test_a_time_elements_visible_local_time_gives_the_local_day() -> None:
    byline = '<p class="byline"><time datetime="2021-03-03T06:01:19Z">10:01 pm PST, Tuesday, March 2, 2021</time></p>'
    assert extract_html(_page(_UTC, byline), "p").published == dt.date(2021, 3, 2)


def test_without_the_rule_or_a_zone_the_utc_day_stays() -> None:
    page = _page(_UTC + '<meta name="sailthru.date" content="2021-03-02 21:57:00 -0800">')
    html_mod.LOCAL_DAY = False
    try:
        assert extract_html(page, "p").published == dt.date(2021, 3, 3)
    finally:
        html_mod.LOCAL_DAY = True
    assert extract_html(_page(_UTC), "p").published == dt.date(2021, 3, 3)


def test_an_offset_for_another_instant_is_no_evidence() -> None:
    # the same clock time with another zone (six hours apart), and a visible time that is no whole quarter hour off
    page = _page(_UTC + '<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2021-03-03T05:57:50-06:00"}</script>')
    assert extract_html(page, "p").published == dt.date(2021, 3, 3)
    byline = '<p class="byline"><time datetime="2021-03-03T06:01:19Z">10:08 pm, March 2, 2021</time></p>'
    assert extract_html(_page(_UTC, byline), "p").published == dt.date(2021, 3, 3)


def _shown(iso: str, visible: str) -> str:
    return f'<p class="byline"><time datetime="{iso}">{visible}</time></p>'


_LATE = '<meta property="article:published_time" content="2021-03-03T04:50:22+00:00">'


def test_a_bare_date_the_page_shows_gives_the_local_day_of_a_utc_only_page() -> None:
    assert extract_html(_page(_LATE, _shown("2021-03-02", "March 2, 2021")), "p").published == dt.date(2021, 3, 2)
    assert extract_html(_page(_LATE, _shown("2021-03-02", "2 March 2021")), "p").published == dt.date(2021, 3, 2)
    from storyline.ingest import localday

    localday.SHOWN_DAYS = False
    try:
        assert extract_html(_page(_LATE, _shown("2021-03-02", "March 2, 2021")), "p").published == dt.date(2021, 3, 3)
    finally:
        localday.SHOWN_DAYS = True


def test_a_shown_date_no_offset_gives_or_not_shown_in_words_is_no_evidence() -> None:
    afternoon = '<meta property="article:published_time" content="2021-03-03T13:10:00+00:00">'
    for tags, byline in ((afternoon, _shown("2021-03-02", "March 2, 2021")),   # -13 h: no zone's day
                         (_LATE, _shown("2021-03-01", "March 1, 2021")),       # two days off
                         (_LATE, _shown("2021-03-02", "Yesterday")),           # the text does not state it
                         (_LATE, _shown("2021-03-02", "March 2, 2021") + _shown("2021-03-03", "March 3, 2021"))):
        assert extract_html(_page(tags, byline), "p").published == dt.date(2021, 3, 3), byline


_EVENING = '<meta property="article:published_time" content="2021-03-03T02:07:18Z">'


def test_a_zone_the_page_names_for_its_update_gives_the_publications_local_day() -> None:
    # published 02:07 UTC on the 3rd; the update's <time> shows 00:24 EST on the 3rd for 05:24 UTC: EST is -5 h
    # and so the site's zone, and 02:07 UTC is 21:07 EST on the 2nd (inputs27)
    shown = _shown("2021-03-03T05:24:29Z", "Updated 12:24 am EST, Wednesday, March 3, 2021")
    assert extract_html(_page(_EVENING, shown), "p").published == dt.date(2021, 3, 2)
    localday.NAMED_ZONES = False
    try:
        assert extract_html(_page(_EVENING, shown), "p").published == dt.date(2021, 3, 3)
    finally:
        localday.NAMED_ZONES = True


def test_a_zone_name_that_is_not_the_shown_offset_or_an_instant_days_away_is_no_evidence() -> None:
    # "PST" named but the clock is five hours off, not eight; and an EST time two days after the publication
    wrong = _shown("2021-03-03T05:24:29Z", "Updated 12:24 am PST, Wednesday, March 3, 2021")
    assert extract_html(_page(_EVENING, wrong), "p").published == dt.date(2021, 3, 3)
    far = _shown("2021-03-05T05:24:29Z", "Updated 12:24 am EST, Friday, March 5, 2021")
    assert extract_html(_page(_EVENING, far), "p").published == dt.date(2021, 3, 3)
    plain = _shown("2021-03-03T05:24:29Z", "Updated 12:24 am, Wednesday, March 3, 2021")  # no zone named
    assert extract_html(_page(_EVENING, plain), "p").published == dt.date(2021, 3, 3)
