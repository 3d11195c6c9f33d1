"""A picture's caption set as a paragraph, told by the picture right before it (``ingest.imagecaptions``,
bench/BRIEF_REVIEW.md, "inputs46"): made-up pages."""

from __future__ import annotations

import pytest

from storyline.ingest import imagecaptions
from storyline.ingest.markup import markup_hints

P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports and closed it, the city council said in a statement.")
P2 = ("Repairs cost 48 million pounds, about a third more than first planned, because steel prices rose and "
      "divers found more damage below the waterline than the first survey showed.")
ALT = "A ferry captain is seen at the harbour on Sunday, a day before the bridge reopened."
DESCRIBED = ALT + " / Photo/Jo Bloggs"
ITALIC = "Sam Ruiz, of Millbrook, is one of 40 traders who lost trade. (Credit: Courtesy Ruiz family)"


def page() -> str:
    return (f'<html><body><article><div class="media"><div class="pic"><img src="a.jpg" alt="{ALT}"></div>'
            f'<p class="txt">{ALT} <span>/</span> Photo/Jo Bloggs</p></div><div class="body"><p>{P1}</p>'
            f'<p><img src="b.jpg"><br><em>{ITALIC}</em></p><p><img src="c.jpg" alt="{ALT}">{P2}</p>'
            "</div></article></body></html>")


def test_a_line_repeating_a_pictures_description_or_italic_under_it_is_a_caption() -> None:
    hints = markup_hints(page(), [DESCRIBED, P1, ITALIC, P2])
    assert hints == {DESCRIBED: "furniture", ITALIC: "furniture"}


def test_off_the_switch_the_captions_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imagecaptions, "IMAGE_CAPTIONS", False)
    assert markup_hints(page(), [DESCRIBED, P1, ITALIC, P2]) == {}


CAPTION = "A ferry crosses the harbour on Sunday, a day before the bridge reopened."


def hero_page() -> str:
    return (f'<html><body><div class="hero"><div class="pic"><img src="a.jpg"></div><div class="desc">'
            f'<p>{CAPTION}</p><p>Photo: Jo Bloggs • Wire</p></div></div>'
            f'<div class="body"><div class="pic"><img src="b.jpg"></div><p>{P1}</p><div class="pic"><img src="c.jpg">'
            f'</div><p>{P2}</p></div></body></html>')


def test_a_line_in_a_small_box_after_a_picture_alone_is_its_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    """inputs52: a hero picture's box and its caption's box side by side; the report's paragraphs after a picture
    in the body share a box with each other, so they stay."""
    assert markup_hints(hero_page(), [CAPTION, P1, P2]) == {CAPTION: "furniture"}
    review = f'<html><body><blockquote><p><img src="r.jpg"></p><p>{CAPTION}</p></blockquote></body></html>'
    assert markup_hints(review, [CAPTION]) == {}  # a picture set in a paragraph of its own: the text's flow
    monkeypatch.setattr(imagecaptions, "PICTURE_BOXES", False)
    assert markup_hints(hero_page(), [CAPTION, P1, P2]) == {}
