"""Hints from a page's markup (storyline.ingest.markup) and how cleaning uses them (clean.extracted.apply_markup)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.extracted import apply_markup
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.ingest.markup import class_words, markup_hints
from storyline.model import RawDocument

HEADLINE = "Harbour bridge reopens after two years of repairs"
DEK = "The crossing carries 40,000 cars a day and its closure cost traders millions."
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports and closed it, the city council said in a statement.")
P2 = ("Repairs cost 48 million pounds, about a third more than first planned, because steel prices rose and "
      "divers found more damage below the waterline than the first survey showed.")
P3 = ("Traders on both sides of the river said the closure had cut their takings by a fifth, and several "
      "shops near the southern end of the bridge closed for good during the works.")
NEWSLETTER = "Get the morning briefing delivered to your inbox every weekday."


def page(body_class: str = "article-body") -> str:
    return f"""<html><head><title>{HEADLINE}</title></head><body>
<header class="site-top"><a href="/">Home</a></header>
<article><div class="article-head"><h1>{HEADLINE}</h1><p class="c-article-dek">{DEK}</p></div>
<div class="{body_class}"><p>{P1}</p><p>{P2}</p>
<div class="newsletterBox"><p>{NEWSLETTER}</p></div>
<p>{P3}</p></div></article></body></html>"""


def test_class_words_split_at_dashes_and_camel_case() -> None:
    assert {"c", "article", "dek"} <= class_words_of('class="c-article-dek"')
    assert {"newsletter", "box", "promo"} <= class_words_of('class="newsletterBox" id="promo_1"')


def class_words_of(attrs: str) -> set[str]:
    import lxml.html

    return class_words(lxml.html.fromstring(f"<div {attrs}>x</div>"))


def test_headline_dek_and_newsletter_are_marked_article_lines_not() -> None:
    hints = markup_hints(page(), [HEADLINE, DEK, P1, P2, NEWSLETTER, P3, "a line that is not in the page"])
    assert hints == {HEADLINE: "headline", DEK: "furniture", NEWSLETTER: "furniture"}


def test_a_furniture_word_on_the_articles_own_container_does_not_count() -> None:
    """Only the line's own box (its element, and ancestors holding little more) is read: a container that
    holds the whole article is not a promo because its class says so."""
    hints = markup_hints(page(body_class="story-body related-content"), [P1, P2, P3])
    assert hints == {}


def test_unparsable_or_empty_page_gives_no_hints() -> None:
    assert markup_hints("", [P1]) == {}


def test_cleaning_removes_marked_lines_with_their_reason() -> None:
    text = "\n".join([HEADLINE, DEK, P1, P2, NEWSLETTER, P3])
    raw = RawDocument(id="p.html", text=text, title=HEADLINE, source="html",
                      markup={DEK: "furniture", NEWSLETTER: "furniture"})
    doc = clean_document(raw)
    assert doc.text.split("\n") == [P1, P2, P3]
    assert (DEK, Reason.MARKUP) in {(r.text, r.reason) for r in doc.removed}
    unmarked = clean_document(RawDocument(id="p.html", text=text, title=HEADLINE, source="html"))
    assert DEK in unmarked.text.split("\n")  # the markup, not the text, removed the standfirst


def test_markup_never_removes_most_of_the_text() -> None:
    lines = [Line(P1), Line(P2), Line(P3)]
    apply_markup(lines, {P1: "furniture", P2: "furniture"})
    assert all(ln.kept for ln in lines)
    apply_markup(lines, {P1: "furniture"})
    assert lines[0].reason == Reason.MARKUP and lines[1].kept and lines[2].kept


def test_html_page_end_to_end_standfirst_and_signup_kept_by_the_extractor_go() -> None:
    """trafilatura keeps a standfirst in an <h2> and a sign-up line in the body; their boxes' names mark them."""
    from storyline.ingest.html import parse_html

    html = f"""<html><head><title>{HEADLINE}</title></head><body><article>
<div class="wrap"><h1>{HEADLINE}</h1><h2 class="article-subline">{DEK}</h2></div>
<div class="body"><p>{P1}</p><p>{P2}</p><div class="signup"><h3>{NEWSLETTER}</h3></div><p>{P3}</p></div>
</article></body></html>"""
    raw = parse_html(html, "p.html")
    assert {DEK, NEWSLETTER} <= set(raw.text.split("\n"))  # the extractor kept them
    assert raw.markup == {HEADLINE: "headline", DEK: "furniture", NEWSLETTER: "furniture"}
    doc = clean_document(raw)
    assert doc.title == HEADLINE and doc.text.split("\n") == [P1, P2, P3]


def test_a_share_tools_fly_out_pane_is_furniture() -> None:
    """A share tool's confirmation sits in a pane that flies out when the tool is clicked (inputs46)."""
    notice = "A link has been sent to your colleague's inbox."
    html = page().replace("<p>" + P3, f'<div class="tool-pane-flyout-done"><p>{notice}</p></div><p>' + P3)
    assert markup_hints(html, [P1, notice, P3]) == {notice: "furniture"}


def test_a_marked_line_a_photo_credit_was_cut_from_is_still_removed() -> None:
    """The markup marks the line as extracted; cleaning cuts its credit first (``extracted.CUT_LINES``, inputs46)."""
    from storyline.clean import extracted

    caption = "Sam Ruiz, of Millbrook, is one of 40 traders who lost trade."
    whole = f"{caption} (Credit: Courtesy Ruiz family)"
    text = "\n".join([HEADLINE, P1, P2, whole, P3])
    raw = RawDocument(id="p.html", text=text, title=HEADLINE, source="html", markup={whole: "furniture"})
    assert caption not in clean_document(raw).text.split("\n")
    extracted.CUT_LINES = False
    try:
        assert caption in clean_document(raw).text.split("\n")
    finally:
        extracted.CUT_LINES = True
