"""Page furniture inside the article's own markup (branch html21): inline widgets in a paragraph and layout
tables, undone before extraction (storyline.ingest.widgets); a kicker cut from the title
(storyline.clean.title.drop_kicker). Made-up pages only."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.title import drop_kicker
from storyline.ingest import html as ingest_html
from storyline.ingest.html import extract_html
from storyline.ingest.widgets import without_widgets
from storyline.model import RawDocument

HEADLINE = "Harbour bridge reopens after two years of repairs"
P2 = ("Repairs cost 48 million pounds, about a third more than first planned, because steel prices rose and "
      "divers found more damage below the waterline than the first survey showed.")
P3 = ("Traders on both sides of the river said the closure had cut their takings by a fifth, and several "
      "shops near the southern end of the bridge closed for good during the works.")
CARD = ('<span class="bio-hovercard"><img src="/m.jpg" alt=""><a href="/people/marta">Marta Quell</a>'
        '<a href="/a/1">Mayor opens new ferry pier</a> <a href="/a/2">Council backs tram plan</a>'
        '<a class="more" href="/people/marta">MORE</a></span>')


def _page(lede_html: str) -> str:
    return f"""<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>
<div class="article-body"><p>{lede_html}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>"""


def _lede(lede_html: str) -> str:
    return extract_html(_page(lede_html), "x.html").text.split("\n")[0]


LEDE = "The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks."


@pytest.mark.parametrize(("widget", "words"), [
    (CARD, "Council backs tram plan"),
    ('<span role="tooltip">A tooltip explaining the word bridge </span>', "tooltip explaining"),
    ('<span class="sr-only">(opens in a new window) </span>', "opens in a new window"),
    ('<span aria-hidden="true">Photo: city council archive, 2019 </span>', "council archive"),
    ('<span style="display: none">Share this article on social media </span>', "Share this article"),
    ('<button type="button">Share on Facebook </button>', "Share on Facebook"),
])
def test_a_widget_inside_a_paragraph_is_not_part_of_the_sentence(widget: str, words: str) -> None:
    lede = f"The harbour bridge reopened to traffic {widget}on Monday morning, two years after engineers found cracks."
    assert words not in without_widgets(_page(lede))
    assert _lede(lede) == LEDE  # (trafilatura itself drops the last three; the first two it runs in)


def test_a_hover_card_goes_and_the_name_it_pops_up_from_stays() -> None:
    trigger = ('<span class="rollover-people"><a class="rollover-people-link" href="/people/marta">Marta Quell</a>'
               f'{CARD.replace("bio-hovercard", "rollover-people-block")}</span>')
    assert _lede(f"Mayor {trigger} (Green) said the harbour bridge reopened to traffic on Monday morning.") == (
        "Mayor Marta Quell (Green) said the harbour bridge reopened to traffic on Monday morning.")


def test_a_card_word_on_plain_text_is_a_trigger_and_stays() -> None:
    assert _lede('The <abbr class="tooltip" title="North Atlantic Treaty Organization">NATO</abbr> summit '
                 "opened on Monday morning in the harbour city, two years after the last one.") == (
        "The NATO summit opened on Monday morning in the harbour city, two years after the last one.")


def test_without_the_rule_the_card_runs_into_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_html, "PAGE_WIDGETS", False)
    assert "MORE" in _lede(f"The harbour bridge reopened to traffic {CARD}on Monday morning, two years after "
                           "engineers found cracks.")


def test_a_page_without_widgets_is_read_unchanged() -> None:
    page = _page(LEDE + ' <a href="/more">a link</a> <span class="highlight">kept</span>')
    assert without_widgets(page) is page


SIDEBAR = "".join(f'<p><a href="/n/{i}">Other news headline number {i} from the site</a></p>' for i in range(6))


def _layout_page(article_cell: str) -> str:
    return f"""<html><head><title>{HEADLINE}</title></head><body><table width="980"><tr>
<td class="left-nav"><a href="/">Home</a><br><a href="/world">World</a><br><a href="/sport">Sport</a></td>
<td class="content">{article_cell}</td>
<td class="side"><b>Top stories</b>{SIDEBAR}</td></tr></table></body></html>"""


def test_a_layout_table_gives_the_article_cell_not_the_whole_table() -> None:
    cell = (f"<h1>{HEADLINE}</h1><div class=\"date\">November 20, 2019 - 11:28</div>"
            f"<div id=\"article_block\"><p>{LEDE}</p><p>{P2}</p><p>{P3}</p></div>")
    lines = extract_html(_layout_page(cell), "x.html").text.split("\n")
    assert lines[-3:] == [LEDE, P2, P3]  # each paragraph its own line, not one row of cells
    assert not any("Other news" in line or "Home" in line for line in lines)


def test_a_data_table_stays_a_table() -> None:
    table = "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Harbour FC</td><td>41</td></tr></table>"
    page = _page(LEDE).replace("</div></article>", table + "</div></article>")
    assert without_widgets(page) is page


@pytest.mark.parametrize(("title", "want"), [
    ("BREAKING: Senate adjourns after deaths of two members", "Senate adjourns after deaths of two members"),
    ("Exclusive: Mayor kept a second ledger, papers show", "Mayor kept a second ledger, papers show"),
    ("WATCH: Firefighters pull a dog from the river", "Firefighters pull a dog from the river"),
    ("UPDATE: Harbour bridge reopens", "Harbour bridge reopens"),
    ("Column: The merger sends a dismal signal", "Column: The merger sends a dismal signal"),
    ("Watchdog: Council overspent on repairs", "Watchdog: Council overspent on repairs"),
    ("UPDATE: Fire", "UPDATE: Fire"),
])
def test_a_kicker_is_cut_from_the_title(title: str, want: str) -> None:
    assert drop_kicker(title) == want


def test_the_kicker_leaves_the_brief_title_and_stays_in_the_text() -> None:
    text = f"BREAKING: {HEADLINE}\n{LEDE}\n{P2}\n{P3}\n"
    doc = clean_document(RawDocument(id="x", text=text, title=f"BREAKING: {HEADLINE}", source="text"))
    assert doc.title == HEADLINE
    assert P2 in doc.text
