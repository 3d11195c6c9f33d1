"""A widget's data feed as a table, a picture's one-cell frame, a repeated pull quote and a lone promo (inputs49)."""

from __future__ import annotations

import pytest

from storyline.ingest import feedtables, pageboxes, pullquoteboxes
from storyline.ingest.widgets import without_widgets

P1 = ("The regional orchestra will tour six towns in the autumn, its first tour since the concert hall's roof "
      "was repaired, the board said on Monday in a statement to members.")
P2 = ("Tickets go on sale next week, and the board expects the smaller halls to sell out within days, as they "
      "did two years ago when the orchestra last travelled.")
P3 = ("“We have missed playing for people outside the city,” said the conductor, Elena Ruiz. “Nothing beats a "
      "full village hall on a wet night.”")
STORY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


def _feed(rows: int) -> str:
    body = "".join(f"<tr><td>Violin case model {n} - Black</td><td>http://shop.example.com/item/{n}/source/x</td>"
                   f"<td>{19 + n}.95</td></tr>" for n in range(rows))
    return (f'<div class="store"><h2>Music Shop</h2><table><thead><tr><th>itemName</th><th>itemURL</th>'
            f"<th>price</th></tr></thead><tbody>{body}</tbody></table></div>")


@pytest.mark.parametrize("on", [True, False])
def test_a_widgets_data_table_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedtables, "FEED_TABLES", on)
    text = without_widgets(f"<html><body><article>{STORY}</article>{_feed(5)}</body></html>")
    assert ("Violin case model" in text) is not on
    assert ("Music Shop" in text) is not on
    assert P1 in text


def test_a_storys_table_of_figures_stays() -> None:
    rows = "".join(f"<tr><td>Town {n}</td><td>{n * 120} seats</td><td>October {n}</td></tr>" for n in range(1, 6))
    text = without_widgets(f"<html><body>{STORY}<table>{rows}</table></body></html>")
    assert "Town 3" in text


@pytest.mark.parametrize("on", [True, False])
def test_a_pictures_one_cell_frame_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedtables, "PICTURE_FRAMES", on)
    frame = ('<table><tr><td><img src="/img/hall.jpg"><p class="small">The village hall at Upton, where the '
             "tour opens (Photo agency)</p></td></tr></table>")
    text = without_widgets(f"<html><body><article>{frame}{STORY}</article></body></html>")
    assert ("where the tour opens" in text) is not on


@pytest.mark.parametrize("on", [True, False])
def test_a_pull_quote_split_by_she_said_in_its_paragraph_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) \
        -> None:
    monkeypatch.setattr(pullquoteboxes, "REPEATED_QUOTES", on)
    quote = ("<blockquote><p>“We have missed playing for people outside the city. Nothing beats a full village hall "
             "on a wet night.”</p></blockquote>")
    text = without_widgets(f"<html><body><article><p>{P1}</p>{quote}<p>{P2}</p><p>{P3}</p></article></body></html>")
    assert (text.count("village hall on a wet night") == 1) is on


def test_a_quoted_letter_the_story_does_not_repeat_stays() -> None:
    quote = "<blockquote><p>Dear members, the tour will go ahead whatever the weather brings us.</p></blockquote>"
    assert "Dear members" in without_widgets(f"<html><body><article>{STORY}{quote}</article></body></html>")


@pytest.mark.parametrize("on", [True, False])
def test_another_storys_promo_between_paragraphs_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "PROMO_BOXES", on)
    promo = ('<div class="partner"><a href="/lists/best-halls"><img src="/img/halls.jpg"></a><h3><a href="/lists/'
             'best-halls">BEST HALLS</a></h3> Several halls have been rebuilt this year. Take a look.</div>')
    text = without_widgets(f"<html><body><article><p>{P1}</p>{promo}<p>{P2}</p><p>{P3}</p></article></body></html>")
    assert ("Several halls have been rebuilt" in text) is not on
    assert P2 in text


def test_a_section_heading_linking_elsewhere_with_no_picture_stays() -> None:
    part = f'<div><h3><a href="/tour">The tour</a></h3><p>{P2}</p></div>'
    assert P2 in without_widgets(f"<html><body><article><p>{P1}</p>{part}</article></body></html>")


@pytest.mark.parametrize("on", [True, False])
def test_a_skippable_box_inside_a_quotation_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "SKIPPED_BOXES", on)
    box = ('<div class="feature"><a class="hidden" href="#go_on">Continue reading the main story</a><h2>Other '
           "touring orchestras</h2><ul><li>The Northern Sinfonia toured nine towns in 2011.</li></ul></div>")
    opened = "<p>“We have missed playing for people outside the city.</p>"
    page = f'<html><body><article><p>{P1}</p>{opened}{box}<p id="go_on">{P2}</p><p>{P3}</p></article></body></html>'
    text = without_widgets(page)
    assert ("Northern Sinfonia" in text) is not on
    assert P2 in text


def test_a_skippable_factbox_between_whole_paragraphs_stays() -> None:
    box = ('<div class="feature"><a class="hidden" href="#go_on">Continue reading the main story</a><h2>Other '
           "touring orchestras</h2><ul><li>The Northern Sinfonia toured nine towns in 2011.</li></ul></div>")
    page = f'<html><body><article><p>{P1}</p>{box}<p id="go_on">{P2}</p><p>{P3}</p></article></body></html>'
    assert "Northern Sinfonia" in without_widgets(page)


def test_a_link_to_an_anchor_further_down_keeps_its_block() -> None:
    part = f'<div><p>{P1} <a href="#notes">See the notes.</a></p></div><p>{P2}</p><p id="notes">{P3}</p>'
    assert P1 in without_widgets(f"<html><body><article>{part}</article></body></html>")


@pytest.mark.parametrize("on", [True, False])
def test_teasers_with_headings_inside_their_links_are_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "WRAPPED_HEADINGS", on)
    items = "".join(f'<li><div class="rank"><a href="/music/story-{n}"><h3>Choir wins prize number {n}</h3></a> '
                    "The choir from the valley sang its way to the final. Who was the sol...</div></li>"
                    for n in range(1, 5))
    text = without_widgets(f"<html><body><article>{STORY}</article><ul>{items}</ul></body></html>")
    assert ("sang its way" in text) is not on
