"""inputs40's extraction faults, on made-up pages: a script-built page's story read from its data, a paragraph
holding inline code kept whole, a figure's hidden caption copy removed, a block quotation's lead-in kept."""

from __future__ import annotations

import json

import pytest

from storyline.errors import NoArticleText
from storyline.ingest import html as ingest_html
from storyline.ingest.figurecopies import reflow_code_paragraphs
from storyline.ingest.html import extract_html, parse_html
from storyline.ingest.markup import page_tree
from storyline.ingest.quoteleadin import with_quote_leadins
from storyline.ingest.widgets import without_widgets

P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
P3 = "Traffic on the ring road fell by a fifth within hours of the reopening, the council's engineers said."
HEAD = "Harbour Bridge Reopens After Two Years"


def _frame(head: str = "", scripts: str = "") -> str:
    return (f"<html><head><title>{HEAD}</title>{head}</head><body><div id='app'><nav><a href='/'>Home</a></nav>"
            f"<div class='loading'>Loading</div></div>{scripts}</body></html>")


def _story_script(paragraphs: list[str], key: str = "richText") -> str:
    fragment = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<script>window.app = {json.dumps({'story': {key: fragment, 'id': 7}})};</script>"


def test_a_script_built_pages_story_is_read_from_its_data_and_noted() -> None:
    desc = f'<meta name="description" content="{P1}">'
    alert = _story_script(["A wind advisory is in effect for the valley until nine this evening, forecasters said."])
    page = _frame(desc, alert + _story_script([P1, P2, P3]))
    art = extract_html(page, "p.html")
    assert art.text.split("\n") == [P1, P2, P3]
    assert art.read_from is not None and "description" in art.read_from
    notes = parse_html(page, "p.html").notes
    assert any("no article text" in n.note for n in notes)


def test_a_script_fragment_that_does_not_open_with_the_description_is_not_the_story() -> None:
    desc = '<meta name="description" content="A different story about a ferry timetable change on the islands.">'
    with pytest.raises(NoArticleText):
        extract_html(_frame(desc, _story_script([P1, P2, P3])), "p.html")


def test_a_json_ld_article_body_is_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": HEAD, "articleBody": f"{P1}\n{P2}"})
    page = _frame(f'<script type="application/ld+json">{ld}</script>')
    art = extract_html(page, "p.html")
    assert art.text.split("\n") == [P1, P2] and "articleBody" in (art.read_from or "")
    monkeypatch.setattr(ingest_html, "SCRIPT_STORIES", False)  # the extractor's own fallback: one line, no word
    art = extract_html(page, "p.html")
    assert art.text == f"{P1} {P2}" and art.read_from is None


CODE_PARAGRAPH = """<p>
  A bulletin on the issues was published
  <a href="https://example.org/advisory">February 28</a
  >. One of the flaws, labeled as critical, pertains to an open redirect via the
  <code>X-Example-Prefix</code> header, the maintainers said.
</p>"""


def test_a_paragraph_holding_inline_code_is_one_line() -> None:
    page = f"<html><body><article><p>{P1}</p>{CODE_PARAGRAPH}<p>{P2}</p><p>{P3}</p></article></body></html>"
    text = extract_html(page, "p.html").text
    assert "A bulletin on the issues was published February 28. One of the flaws" in text
    lines = "<p>Make the folder first.\nThen run <code>init</code> in it.</p>"  # a sentence a source line
    tree = page_tree(f"<html><body>{lines}</body></html>")
    reflow_code_paragraphs(tree)
    assert next(tree.iter("p")).text == "Make the folder first.\nThen run "
    listing = "<p>Run this:<code>a = 1\nb = 2</code> and see.</p>"
    assert without_widgets(f"<html><body>{listing}</body></html>") == f"<html><body>{listing}</body></html>"


FIGURE = """<figure><div class="lightbox"><a href="big.png"><img src="small.png" alt=""></a>
<div class="lightbox-caption">The rig spoofs the victim's address on a second card.
<span>Credit: Doe et al.</span></div>
</div><figcaption><div class="caption">The rig spoofs the victim's address on a second card.
<span class="credit">Credit: Doe et al.</span></div></figcaption></figure>"""


def test_a_figures_hidden_caption_copy_is_removed() -> None:
    page = f"<html><body><article><p>{P1}</p>{FIGURE}<p>{P2}</p><p>{P3}</p></article></body></html>"
    out = without_widgets(page)
    assert "The rig spoofs" not in out and "Doe et al." not in out and "small.png" not in out
    assert "The rig spoofs" not in extract_html(page, "p.html").text
    wrapped = "<figure><div><figcaption>The rig, pictured.</figcaption></div></figure>"
    assert "The rig, pictured." in without_widgets(f"<html><body>{wrapped}<p>{P1}</p></body></html>")


def test_a_block_quotations_dropped_lead_in_is_put_back() -> None:
    lead = 'In their paper, <a href="https://example.org/paper">Breaking The Harbour Bridge Model</a>, they wrote:'
    quote = "<blockquote><p>We show that the supports fail under a load far below the rating.</p></blockquote>"
    page = f"<html><body><article><p>{P1}</p><p>{lead}</p>{quote}<p>{P2}</p></article></body></html>"
    text = f"{P1}\nWe show that the supports fail under a load far below the rating.\n{P2}"
    lines = with_quote_leadins(page_tree(page), text).split("\n")
    assert lines[1] == "In their paper, Breaking The Harbour Bridge Model, they wrote:"
    assert lines[2].startswith("We show")
    no_colon = page.replace("they wrote:", "they wrote.")
    assert with_quote_leadins(page_tree(no_colon), text) == text
