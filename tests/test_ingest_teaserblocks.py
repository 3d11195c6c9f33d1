"""Other stories' teasers set in a block's child blocks of one class (storyline.ingest.pageboxes, inputs48): a
site's photo or "more stories" module in ``<div>``s is removed like a list of teasers. Made-up pages only."""

from __future__ import annotations

import pytest

from storyline.ingest import pageboxes
from storyline.ingest.markup import page_tree
from storyline.ingest.widgets import without_widgets

P1 = ("The regional orchestra will play its last concert in the old hall on Saturday before the building closes "
      "for two years of repairs, its director said.")
P2 = "The orchestra will play in a school gym and two churches while the hall's roof and heating are replaced."
P3 = ("Ticket sales fell by a fifth last season, and the director said the move could cost more, but the hall's "
      "owners had no other choice.")
MODULE = """<div class="box"><div class="boxhead"><h3><a href="https://w.example/photos">Photos</a></h3></div>
<div class="boxbody"><div class="item"><h2><a href="https://w.example/photos/fair">County Fair Opens</a></h2>
<p>Prize pigs, a tractor pull and a record crowd on the fair's first day. Slideshow</p></div>
<div class="item"><h2><a href="https://w.example/photos/snow">Snow in the Hills</a></h2>
<p>A late snowfall closed two mountain passes and several schools on Tuesday. Slideshow</p></div></div></div>"""


@pytest.mark.parametrize("on", [True, False])
def test_other_stories_teasers_in_blocks_of_one_class_are_not_text(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pageboxes, "TEASER_BLOCKS", on)
    page = f"<html><body>{MODULE}<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    text = without_widgets(page)
    assert ("record crowd" in text) is not on
    assert P1 in text


def test_an_articles_parts_under_plain_headings_are_no_teasers() -> None:
    parts = "".join(f'<div class="part"><h2>Part {n}</h2><p>{P2}</p></div>' for n in range(3))
    assert pageboxes.teaser_items(page_tree(f"<html><body><div>{parts}</div></body></html>")) == []
