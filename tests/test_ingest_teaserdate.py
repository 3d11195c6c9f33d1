"""A publication day read off another story's teaser loses to the page's own (ingest.teaserdate)."""

from __future__ import annotations

import datetime as dt

from storyline.ingest import html as html_mod
from storyline.ingest.html import extract_html
from storyline.ingest.markup import page_tree
from storyline.ingest.teaserdate import own_day

P = [
    "The river valley's growers picked the first grapes of the year on Monday, a week earlier than usual.",
    "Most of the slopes are so steep that the picking is done by hand, in rows cut into the slate terraces.",
    "The co-operative said the warm spring had brought the harvest forward across the whole of the valley.",
    "Its cellar master said the grapes were small but sweet, and that the first wines would be ready in spring.",
    "The valley's growers sell most of their wine to restaurants and visitors in the villages along the river.",
    "Visitors walk the red-wine trail along the terraces in the autumn, stopping at the cellars on the way.",
]
TEASER = (
    '<div class="col"><a href="/other-story/a-1"><div class="img"><img src="x.jpg"></div>'
    '<h2>Wine regions move north<span class="date">01.08.2019</span></h2><p>Warming moves the vines.</p></a></div>'
)


def _page(title: str = "Valley growers pick early | Culture | 10.06.2013", own: str = "10.06.2013") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in P)
    return (
        f"<html><head><title>{title}</title></head><body><div class=\"article\"><h1>Valley growers pick early</h1>"
        f'{paragraphs}</div><div class="group"><ul><li><strong>Date</strong> {own}</li>'
        f"<li><strong>Author</strong> Ann Lee</li></ul></div>{TEASER}</body></html>"
    )


def test_the_page_takes_its_own_day_not_the_teasers() -> None:
    assert extract_html(_page(), "x").published == dt.date(2013, 6, 10)


def test_without_the_rule_the_teasers_day_is_taken() -> None:
    html_mod.TEASER_DATES = False
    try:
        assert extract_html(_page(), "x").published == dt.date(2019, 8, 1)
    finally:
        html_mod.TEASER_DATES = True


def test_the_one_day_printed_outside_teasers_when_the_title_has_none() -> None:
    tree = page_tree(_page(title="Valley growers pick early", own="June 10, 2013"))
    assert own_day(dt.date(2019, 8, 1), tree, set()) == dt.date(2013, 6, 10)


def test_the_day_stays_when_printed_outside_a_teaser_or_stated_in_tags() -> None:
    tree = page_tree(_page(own="01.08.2019"))
    assert own_day(dt.date(2019, 8, 1), tree, set()) == dt.date(2019, 8, 1)
    tree = page_tree(_page())
    assert own_day(dt.date(2019, 8, 1), tree, {dt.date(2019, 8, 1)}) == dt.date(2019, 8, 1)
    assert own_day(dt.date(2019, 8, 2), tree, set()) == dt.date(2019, 8, 2)  # a day the page never prints
