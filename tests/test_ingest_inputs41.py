"""inputs41's input faults, by kind, on made-up text: a date line's labels with their dates dropped, a related link
after an arrow and a shouted label, an embed's italic caption, an advertiser's arrow and link, a members-only post's
free teaser. Each rule's test fails with it off."""

from __future__ import annotations

import json

import pytest

from storyline.clean.reasons import Reason
from storyline.clean.rules import classify_line
from storyline.ingest import adlinks, embedcaptions, inlinemarks, pagekind_teaser
from storyline.ingest.html import extract_html
from storyline.ingest.markup import markup_hints

URL = "https://www.harbourpost.example/local/bridge-reopens"
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
P3 = ("Engineers will check the supports every six months for the next five years, and the council will publish "
      "each report on its website, a spokeswoman said.")


def _page(middle: str, end: str = "") -> str:
    return f"<html><body><article><p>{P1}</p>{middle}<p>{P2}</p>{end}</article></body></html>"


# ---------------------------------------------------------------- a date line's labels, their dates dropped


def test_a_line_of_date_labels_alone_is_a_date_line() -> None:
    assert classify_line("Issued on: Modified:") == Reason.DATE_LINE
    assert classify_line("Published: Last updated:") == Reason.DATE_LINE


def test_one_label_or_labels_with_words_after_them_are_not() -> None:
    assert classify_line("Modified:") is None
    assert classify_line("Published: the council's report:") is None
    assert classify_line("The dates were set: March and May:") is None


# ---------------------------------------------------------------- a related link after an arrow and a label

LINK = "Council weighs tolls for the bridge"


@pytest.mark.parametrize("anchor", ['<a target="_self"> {}</a>', '<a href="/local/tolls"> {}</a>'])
def test_an_arrowed_shouted_label_and_a_link_set_bold_is_a_teaser(anchor: str, monkeypatch) -> None:
    html = _page(f"<p><strong>&gt;&gt; READ ON THE POST:{anchor.format(LINK)}</strong></p>")
    line = f">> READ ON THE POST: {LINK}"
    assert markup_hints(html, [P1, line, P2], url=URL) == {line: "teaser"}
    monkeypatch.setattr(inlinemarks, "ARROWED_TEASERS", False)
    assert markup_hints(html, [P1, line, P2], url=URL) == {}


def test_an_arrowed_label_linking_another_site_or_a_lower_case_label_is_kept() -> None:
    away = '<a href="https://elsewhere.example/x">'
    other = _page(f"<p><strong>&gt;&gt; READ ON THE POST:{away} {LINK}</a></strong></p>")
    line = f">> READ ON THE POST: {LINK}"
    assert markup_hints(other, [P1, line, P2], url=URL) == {}
    lower = _page(f'<p><strong>&gt;&gt; Read on the post:<a href="/local/tolls"> {LINK}</a></strong></p>')
    line = f">> Read on the post: {LINK}"
    assert markup_hints(lower, [P1, line, P2], url=URL) == {}


# ---------------------------------------------------------------- an embed's italic caption

CAP = "Drivers cross the bridge on Monday. (Video sent to our newsroom by a reader)"
PLAYER = ('<div class="player"><iframe src="https://video.example/embed/1"></iframe>'
          "<div><p>Enable tracking to watch this video.</p></div></div><p></p>")


PICTURE = '<div><picture><img src="b.jpg"></picture></div>'


@pytest.mark.parametrize("embed,cap", [(PLAYER, f'<em><span style="font-size:smaller">{CAP} </span></em>'),
                                       (PICTURE, f"<small><i>{CAP}</i></small>")])
def test_a_small_italic_paragraph_after_an_embed_is_its_caption(embed: str, cap: str, monkeypatch) -> None:
    html = _page(f"{embed}<p>{cap}</p>")
    assert markup_hints(html, [P1, CAP, P2], url=URL) == {CAP: "furniture"}
    monkeypatch.setattr(embedcaptions, "EMBED_CAPTIONS", False)
    assert markup_hints(html, [P1, CAP, P2], url=URL) == {}


def test_plain_or_half_italic_type_after_an_embed_or_a_caption_after_prose_is_kept() -> None:
    assert markup_hints(_page(f"{PLAYER}<p>{CAP}</p>"), [P1, CAP, P2], url=URL) == {}
    half = f"<p style='font-size:80%'><em>Drivers cross</em>{CAP.removeprefix('Drivers cross')}</p>"
    assert markup_hints(_page(f"{PLAYER}{half}"), [P1, CAP, P2], url=URL) == {}
    after_prose = _page(f"<p>{P3}</p><p><em><small>{CAP}</small></em></p>")
    assert markup_hints(after_prose, [P1, P3, CAP, P2], url=URL) == {}
    inside = _page(f'<div><iframe src="https://video.example/embed/1"></iframe><p>{P3}</p></div>'
                   f"<p><small><i>{CAP}</i></small></p>")
    assert markup_hints(inside, [P1, P3, CAP, P2], url=URL) == {}  # the embed's box holds a line of the text
    closing = f"<html><body><article><p>{P1}</p><p>{P2}</p>{PLAYER}<p><em>{CAP}</em></p></article></body></html>"
    assert markup_hints(closing, [P1, P2, CAP], url=URL) == {}  # in the text's own type size: the article's note


# ---------------------------------------------------------------- an advertiser's arrow and link

AD = "Speed up your audits with one dashboard. -> Try the Audit Suite Free Now."


def _ad_page(href: str, rel: str = "") -> str:
    links = f'<a href="{href}" {rel}>Try the Audit Suite Free </a><strong><a href="{href}" {rel}>Now</a></strong>.'
    return _page("", f"<p><strong>&nbsp;Speed up your audits with one dashboard.&nbsp;-&gt; {links}</strong></p>")


@pytest.mark.parametrize("href,rel", [("https://auditsuite.example/trial?utm_source=hp&utm_medium=link", ""),
                                      ("https://auditsuite.example/trial", 'rel="nofollow sponsored"')])
def test_an_arrow_at_a_tracked_link_to_another_site_is_an_ad(href: str, rel: str, monkeypatch) -> None:
    assert markup_hints(_ad_page(href, rel), [P1, P2, AD], url=URL) == {AD: "furniture"}
    monkeypatch.setattr(adlinks, "AD_LINKS", False)
    assert markup_hints(_ad_page(href, rel), [P1, P2, AD], url=URL) == {}


def test_an_arrow_at_a_plain_link_or_the_sites_own_page_is_kept() -> None:
    assert markup_hints(_ad_page("https://auditsuite.example/trial"), [P1, P2, AD], url=URL) == {}
    assert markup_hints(_ad_page("/local/audits", 'rel="nofollow"'), [P1, P2, AD], url=URL) == {}


# ---------------------------------------------------------------- a members-only post's free teaser


def _post(after: str = "", ld: dict[str, object] | None = None, sidebar: str = "") -> str:
    data = json.dumps({"@type": "NewsArticle", "headline": "Harbour bridge reopens", **(ld or {})})
    return (f'<!DOCTYPE html><html><head><title>Harbour bridge reopens</title>'
            f'<meta property="og:url" content="{URL}"><meta property="og:site_name" content="Harbour Post">'
            f'<meta property="article:published_time" content="2024-03-04T09:00:00+00:00">'
            f'<script type="application/ld+json">{data}</script></head><body>{sidebar}<article>'
            f"<h1>Harbour bridge reopens</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{after}</body></html>")


NOTICE = ('<div class="cta"><h2>This post is for paid members only</h2><p>Become a paid member for full access.</p>'
          '<a href="/signup">Subscribe</a></div>')


def test_a_members_only_posts_teaser_is_kept_with_a_note(monkeypatch) -> None:
    html = _post(after=NOTICE)
    kind = extract_html(html, "p.html").kind
    assert kind is not None and (kind.kind, kind.skip) == ("members_teaser", False)
    assert "free teaser of a members-only post" in kind.reason and "not a news report" not in kind.reason
    monkeypatch.setattr(pagekind_teaser, "MEMBERS_TEASERS", False)
    assert extract_html(html, "p.html").kind is None


def test_paywall_markup_alone_or_a_notice_away_from_the_text_is_no_sign() -> None:
    assert extract_html(_post(ld={"isAccessibleForFree": False}), "p.html").kind is None  # the whole post is here
    assert extract_html(_post(sidebar=NOTICE), "p.html").kind is None
