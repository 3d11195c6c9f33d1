"""A link paragraph to the site's own page whose later sentence opens with a pointer's verb is a teaser
("Want More Flood News? Click Here to Visit Our Topic Page!"; ``ingest.inlinemarks.LATER_POINTERS``, inputs46)."""

from __future__ import annotations

import pytest

from storyline.ingest import inlinemarks, markup
from storyline.ingest.markup import markup_hints

PROMO = "Want More Flood News? Click Here to Visit Our Topic Page!"
STORY = f"""<html><head><title>Flood</title></head><body><div class="story">
<p>The river burst its banks on Tuesday and flooded the lower town, officials said.</p>
<p><strong><a href="/topics/floods.htm">{PROMO}</a></strong></p>
<p>Crews worked through the night to pump water out of the houses by the bridge.</p>
<p><a href="/2020/11/26/dam.htm">Engineers warned about the dam. Nobody listened to them.</a></p>
</div></body></html>"""
URL = "https://www.harbourpost.com/2020/11/27/us/flood/index.html"


def _lines() -> list[str]:
    return [" ".join(p.xpath("string()").split()) for p in markup.page_tree(STORY).iter("p")]


def test_a_pointer_verb_opening_a_later_sentence_makes_a_teaser() -> None:
    lines = _lines()
    hints = markup_hints(STORY, lines, url=URL)
    assert hints.get(PROMO) == "teaser"
    assert lines[3] not in hints and lines[0] not in hints and lines[2] not in hints


def test_off_the_switch_the_promo_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlinemarks, "LATER_POINTERS", False)
    assert PROMO not in markup_hints(STORY, _lines(), url=URL)
