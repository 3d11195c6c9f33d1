"""A photo gallery on a story's page, a drop cap in its own block and a dated list of other stories (inputs49)."""

from __future__ import annotations

import pytest

from storyline.ingest import pageboxes, slideshows
from storyline.ingest.widgets import without_widgets

P1 = ("The city council voted on Tuesday to close the old harbour bridge to lorries from next spring, after "
      "engineers found cracks in two of its steel girders during a routine inspection last month.")
P2 = ("Councillor Mary Doyle said the repairs would cost about four million pounds and take most of a year, and "
      "that buses and cars would still be allowed across while the work goes on at night.")
P3 = ("Hauliers said the detour through the industrial estate would add twenty minutes to every delivery and asked "
      "the council to publish its timetable for the works before the end of the summer.")
P4 = ("The bridge was built in 1931 and carries about nine thousand vehicles a day, a third of them lorries bound "
      "for the port, according to the council's own traffic survey published in the spring.")
STORY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>"
DAY = '<head><meta property="article:published_time" content="2013-07-10T09:00:00Z"></head>'


def _slide(n: int) -> str:
    return (f'<div class="slide"><img src="/photos/bridge-{n}.jpg" alt=""><div class="caption">The mayor opened '
            f'the festival in {1990 + n} with 12,000 visitors. Photo: Ann Lee, City Times</div></div>')


GALLERY = ('<p><b>PHOTOS: Bridges of the county over the years</b></p>'
           f'<div class="photo-gallery">{"".join(_slide(n) for n in range(4))}</div>')


@pytest.mark.parametrize("on", [True, False])
def test_a_gallery_after_the_story_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slideshows, "GALLERIES", on)
    text = without_widgets(f"<html><body><article>{STORY}{GALLERY}</article></body></html>")
    assert ("festival" in text) is not on
    assert ("Bridges of the county" in text) is not on
    assert P1 in text and P3 in text


def test_a_photo_essay_keeps_its_captions() -> None:
    page = f"<html><body><h2>The harbour at dawn</h2>{GALLERY}</body></html>"
    assert "festival" in without_widgets(page)


def test_a_story_block_named_for_its_gallery_stays() -> None:
    """A block holding the story's paragraphs is the story's, whatever its class says."""
    page = (f'<html><body><div class="story has-gallery"><img src="/a.jpg"><img src="/b.jpg">{STORY}</div>'
            "</body></html>")
    assert P2 in without_widgets(page)


@pytest.mark.parametrize("on", [True, False])
def test_a_drop_cap_in_its_own_block_opens_its_paragraph(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slideshows, "DROP_CAPS", on)
    page = ('<html><body><div class="lede-letter">F</div><p>armers in the valley began the harvest early this year'
            f" after a dry spring.</p>{STORY}</body></html>")
    text = without_widgets(page)
    assert ("<p>Farmers in the valley" in text) is on


def test_a_one_letter_block_before_a_capitalised_paragraph_stays_apart() -> None:
    page = f"<html><body><div>B</div><p>{P1}</p></body></html>"
    assert f"<p>{P1}" in without_widgets(page)


def _dated(n: int, lede: str = "") -> str:
    return (f'<div class="side-item"><div><a href="/2013/07/0{n}/other-story-{n}/">Library reopens after flood '
            f'number {n}</a></div><div class="stamp">July {n}, 2013 -- Updated 1825 GMT</div>'
            f'<div class="lede">{lede}</div></div>')


@pytest.mark.parametrize("on", [True, False])
def test_a_dated_list_of_other_stories_is_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "DATED_TEASERS", on)
    box = f'<div class="more">{"".join(_dated(n, "Volunteers dried 3,000 books.") for n in range(1, 4))}</div>'
    text = without_widgets(f"<html>{DAY}<body><article>{STORY}</article>{box}</body></html>")
    assert ("Volunteers dried" in text) is not on
    items = "".join(f'<li><a href="/news/{n}.html">School fete raises money for roof number {n}</a><br>'
                    f"Published Jul {n}, 2013 01:01AM</li>" for n in range(1, 4))
    text = without_widgets(f"<html>{DAY}<body>{STORY}<ul>{items}</ul></body></html>")
    assert ("School fete" in text) is not on


def test_a_page_stating_no_day_keeps_its_dated_list() -> None:
    """Its days are what dates it: a dated list gone could take its only printed day."""
    items = "".join(f'<li><a href="/news/{n}.html">School fete raises money for roof number {n}</a><br>'
                    f"Published Jul {n}, 2013 01:01AM</li>" for n in range(1, 4))
    assert "School fete" in without_widgets(f"<html><body>{STORY}<ul>{items}</ul></body></html>")


def test_a_list_of_dated_points_that_open_with_plain_words_stays() -> None:
    items = "".join(f'<li>The council met on July {n}, 2013 and read the <a href="/r{n}">engineers report</a>.</li>'
                    for n in range(1, 4))
    text = without_widgets(f"<html><body>{STORY}<ul>{items}</ul></body></html>")
    assert "The council met on July 2, 2013" in text


@pytest.mark.parametrize("on", [True, False])
def test_a_teaser_lists_heading_goes_with_its_teasers(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "EMPTIED_LISTS", on)
    items = "".join(f'<li><a href="/news/{n}.html">School fete raises money for roof number {n}</a><br>'
                    f"Published Jul {n}, 2013 01:01AM</li>" for n in range(1, 4))
    box = f"<div class='more'><h3>Elsewhere in the county</h3><ul>{items}</ul></div>"
    text = without_widgets(f"<html>{DAY}<body>{STORY}{box}</body></html>")
    assert ("Elsewhere in the county" in text) is not on
