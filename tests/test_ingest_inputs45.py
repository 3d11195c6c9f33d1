"""inputs45's input faults, by kind, on made-up text: a paragraph's links on their own source lines, a hidden
form's messages, other stories' teasers in a list, a text that breaks off on an ellipsis, a video's page told by
its player, a long report's video ``og:type`` and thumbnails. Each rule's test fails with it off."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.clean import sourcing
from storyline.ingest import figurecopies, localday, pageboxes, pagekind, pagekind_player, pagekind_teaser, widgettitle
from storyline.ingest.html import extract_html, parse_html
from storyline.ingest.markup import page_tree
from storyline.ingest.pagekind import page_kind
from storyline.ingest.widgets import without_widgets

P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
P3 = ("Engineers will check the supports every six months for the next five years, and the council will publish "
      "each report on its website, a spokeswoman said.")


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# ---------------------------------------------------------------- links on their own source lines

LINKED = """<p>
      The council did not close the bridge. It did
      <a href="https://council.example/notice.pdf" itemprop="StoryLink">
        <meta content="WebLink" itemprop="type">
        sign an order
      </a>
      yesterday to close one lane.
    </p>"""


@pytest.mark.parametrize("on", [True, False])
def test_a_paragraphs_links_on_their_own_source_lines_are_one_line(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor's fallback keeps a paragraph's source line breaks (Bloomberg's page); the markup is read as a
    person reads it before any extractor sees it."""
    monkeypatch.setattr(figurecopies, "INLINE_BREAKS", on)
    tree = page_tree(_page(f"<article>{LINKED}</article>"))
    figurecopies.reflow_code_paragraphs(tree)
    words = "".join(next(tree.iter("p")).itertext())
    assert ("\n" in words.strip()) is not on
    said = "The council did not close the bridge. It did sign an order yesterday to close one lane."
    assert " ".join(words.split()) == said


# ---------------------------------------------------------------- a hidden form's messages

FORM = """<div class="overlay hidden"><h3>Error.</h3><p>An error has occured and your note has not been sent.</p></div>
<div class="hidden"><div class="hidden">&bull; Invalid address.</div><div>&bull; Enter at most 20 names.</div></div>"""


@pytest.mark.parametrize("on", [True, False])
def test_a_hidden_blocks_messages_are_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "HIDDEN_BLOCKS", on)
    text = without_widgets(_page(f"{FORM}<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"))
    assert ("An error has occured" in text) is not on
    assert ("Enter at most 20 names" in text) is not on
    assert P1 in text


def test_a_class_that_hides_only_on_some_screens_or_a_long_hidden_article_stays() -> None:
    tree = page_tree(_page(f'<div class="hidden-xs"><p>{P1}</p></div>'))
    assert pageboxes.hidden_blocks(tree) == []
    long = " ".join([P1, P2, P3]) * 2
    tree = page_tree(_page(f'<div style="display:none"><p>{long}</p></div><div hidden><p>Sent.</p></div>'))
    assert [el.tag for el in pageboxes.hidden_blocks(tree)] == ["div"]
    assert "".join(pageboxes.hidden_blocks(tree)[0].itertext()) == "Sent."


# ---------------------------------------------------------------- other stories' teasers in a list

TEASERS = """<h3>Available to Subscribers</h3><ul>
<li><h2><a href="https://post.example/ferry-fares">Ferry Fares to Rise</a></h2>
<p>The ferry company said on Friday its fares would rise by a tenth from the spring, its first rise in years.</p></li>
<li><h2><a href="https://post.example/port-strike">Port Workers Vote to Strike</a></h2>
<p>Workers at the port voted to strike next month over pay, their union said, the second vote this year.</p></li>
</ul>"""


@pytest.mark.parametrize("on", [True, False])
def test_other_stories_teasers_in_a_list_are_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "TEASER_ITEMS", on)
    page = _page(f"<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article><div>{TEASERS}</div>")
    text = without_widgets(page)
    assert ("fares would rise by a tenth" in text) is not on
    assert P3 in text


def test_a_list_of_points_under_plain_headings_is_no_teaser_list() -> None:
    points = "".join(f"<li><h3>Point {n}</h3><p>{P2}</p></li>" for n in range(3))
    assert pageboxes.teaser_items(page_tree(_page(f"<ul>{points}</ul>"))) == []
    one = '<ul><li><h3><a href="https://x.example/a">Other</a></h3><p>A lede.</p></li><li><p>Plain.</p></li></ul>'
    assert pageboxes.teaser_items(page_tree(_page(one))) == []


# ---------------------------------------------------------------- a text that breaks off on an ellipsis

CUT = "It came a day after the league endorsed the council's plan to restart ..."


@pytest.mark.parametrize("on", [True, False])
def test_a_text_that_breaks_off_on_an_ellipsis_is_noted(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sourcing, "CUT_TEXTS", on)
    notes = sourcing.page_notes("p.html", f"{P1}\n{P2}\n{CUT}", "Post", dt.date(2013, 7, 18), [])
    said = [n.note for n in notes if "breaks off" in n.note]
    assert bool(said) is on
    if on:
        assert "'… plan to restart ...'" in said[0]


def test_a_quoted_trailing_off_or_a_short_pointer_is_no_cut_text() -> None:
    assert sourcing.cut_line(f'{P1}\n"He smiled and raised his hands ..." she said of the visit ...”') is None
    assert sourcing.cut_line(f"{P1}\nRead more ...") is None
    assert sourcing.cut_line(f"{P1}\nThe council will vote on the plan next month, the mayor said.") is None
    assert sourcing.cut_line(f"{P1}\n{CUT}") == CUT
    assert sourcing.cut_line("\n".join([P1, P2, P3] * 8 + [CUT])) is None  # a long text: a box's line


# ---------------------------------------------------------------- a recording's page by its player and length

PLAYER = '<div class="media"><object width="640" height="360"><param name="id" value="clip"></object></div>'
SHORT = "<p>Children sang at the reopened harbour bridge on Monday to mark the day, the city council said.</p>"


@pytest.mark.parametrize("on", [True, False])
def test_a_short_text_after_a_player_under_the_headline_is_a_recordings_page(
        on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_player, "PLAYER_PAGES", on)
    html = _page(f"<h1>Children sing at the bridge</h1>{PLAYER}<div class='about'>{SHORT}</div>")
    text = "Children sing at the bridge\n" + SHORT[3:-4]
    kind = page_kind(html, page_tree(html), text, None, "Children sing at the bridge")
    assert (kind is not None and kind.kind == "podcast") is on


def test_a_player_after_the_text_or_a_long_text_is_no_sign() -> None:
    html = _page(f"<h1>Children sing at the bridge</h1><div>{SHORT}</div>{PLAYER}")
    assert page_kind(html, page_tree(html), SHORT[3:-4], None, "x") is None
    long = " ".join([P1, P2, P3] * 6)
    html = _page(f"<h1>Children sing at the bridge</h1>{PLAYER}<p>{long}</p>")
    assert page_kind(html, page_tree(html), long, None, "x") is None


@pytest.mark.parametrize("on", [True, False])
def test_a_long_written_report_typed_as_a_video_is_a_report(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_player, "LONG_REPORTS", on)
    long = "\n".join([P1, P2, P3] * 6)
    html = _page(f"<h1>Bridge reopens</h1><p>{long}</p>", '<meta property="og:type" content="video.other">')
    kind = page_kind(html, page_tree(html), long, None, "Bridge reopens")
    assert (kind is None) is on
    short = page_kind(html, page_tree(html), P1, None, "Bridge reopens")
    assert short is not None and short.kind == "podcast"


@pytest.mark.parametrize("on", [True, False])
def test_a_long_report_with_many_thumbnails_is_no_photo_post(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind, "PHOTO_WORDS", on)
    long = "".join(f"<p>{p}</p>" for p in [P1, P2, P3] * 7)
    thumbs = "".join(f'<img src="https://cdn.example/t{n}.jpg">' for n in range(40))
    html = _page(f"<h1>Bridge reopens</h1><div>{long}<div class='strip'>{thumbs}</div></div>")
    text = "\n".join([P1, P2, P3] * 7)
    kind = page_kind(html, page_tree(html), text, None, "Bridge reopens")
    assert (kind is None) is on


@pytest.mark.parametrize("on", [True, False])
def test_a_text_set_in_a_transcripts_block_is_a_recordings_page(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_player, "TRANSCRIPTS", on)
    said = "ALL RIGHT. LET'S TALK ABOUT THE WEATHER. REALLY NICE RIGHT NOW, BUT IT IS GETTING CHILLIER TONIGHT."
    html = _page(f'<h1>Weather</h1><div class="clip-transcript" data-video-id="a1">{said}</div>')
    kind = page_kind(html, page_tree(html), said, None, "Weather")
    assert (kind is not None and kind.kind == "podcast") is on
    plain = _page(f'<h1>Weather</h1><div class="story-body"><p>{P1}</p></div>')
    assert page_kind(plain, page_tree(plain), P1, None, "Weather") is None


ZIP_FORM = ('<div class="overlay" role="dialog" aria-modal="true"><form class="search-form">'
            '<h1>Search location by ZIP code</h1><input name="zip"></form></div>')


@pytest.mark.parametrize("on", [True, False])
def test_a_dialogs_heading_is_no_title(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(widgettitle, "WIDGET_TITLES", on)
    tree = page_tree(_page(f"{ZIP_FORM}<article><p>{P1}</p></article>"))
    assert (widgettitle.without_widget_title("Search location by ZIP code", tree) is None) is on
    shown = page_tree(_page(f"{ZIP_FORM}<h1>Bridge reopens</h1>"))
    assert widgettitle.without_widget_title("Bridge reopens", shown) == "Bridge reopens"
    page_form = page_tree(_page(f'<form id="aspnetForm"><h1>Bridge reopens</h1><p>{P1} {P2} {P3}</p></form>'))
    assert widgettitle.without_widget_title("Bridge reopens", page_form) == "Bridge reopens"


@pytest.mark.parametrize("on", [True, False])
def test_a_plain_date_lines_zone_gives_the_local_day(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(localday, "PLAIN_ZONES", on)
    head = '<meta property="article:published_time" content="2023-12-06T00:29:00Z">'
    body = f'<div class="publish-date">Updated: 6:29 PM CST Dec 5, 2023</div><article><p>{P1}</p><p>{P2}</p></article>'
    got = extract_html(_page(body, head), "p.html").published
    assert got == (dt.date(2023, 12, 5) if on else dt.date(2023, 12, 6))
    other = f'<div>Updated: 6:29 PM EST Dec 5, 2023</div><article><p>{P1}</p><p>{P2}</p></article>'  # not its offset
    assert extract_html(_page(other, head), "p.html").published == dt.date(2023, 12, 6)


PAID = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens", "hasPart": '
        '{"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}}</script>')


@pytest.mark.parametrize("on", [True, False])
def test_a_subscribers_part_the_page_lacks_is_noted(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_teaser, "ABSENT_PARTS", on)
    body = f"<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
    notes = [n.note for n in parse_html(_page(body, PAID), "p.html").notes]
    assert any("for subscribers ('.paywall')" in n for n in notes) is on
    held = f'<article><p>{P1}</p><div class="paywall"><p>{P2}</p><p>{P3}</p></div></article>'
    assert not any("subscribers" in n.note for n in parse_html(_page(held, PAID), "p.html").notes)
