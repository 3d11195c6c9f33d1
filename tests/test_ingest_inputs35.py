"""The thirty-fifth and thirty-sixth reads' input faults (inputs35): a pointer to another page of the site written
as a sentence ("See the Herald's pictures of the week." as a link paragraph; "(See pictures of the flood.)" after a
paragraph's last sentence)."""

from __future__ import annotations

from storyline.clean import credits
from storyline.clean.credits import cut_pointers
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.ingest import inlinemarks, markup
from storyline.ingest.markup import markup_hints

STORY = """<html><head><title>Flood</title></head><body><div class="story">
<p>The river burst its banks on Tuesday and flooded the lower town, officials said.</p>
<p><span class="see"><a href="/photos/week">See the Herald's Pictures of the Week.</a></span></p>
<p>Crews worked through the night to pump water out of the houses by the bridge.</p>
<p><a href="https://www.harbourpost.com/2020/11/26/us/dam/index.html">Engineers warned about the dam.</a></p>
</div></body></html>"""
URL = "https://www.harbourpost.com/2020/11/27/us/flood/index.html"


def _lines() -> list[str]:
    return [" ".join(p.xpath("string()").split()) for p in markup.page_tree(STORY).iter("p")]


def test_a_link_paragraph_opening_with_a_pointers_verb_is_a_teaser_though_it_ends_a_sentence() -> None:
    lines = _lines()
    hints = markup_hints(STORY, lines, url=URL)
    assert hints.get("See the Herald's Pictures of the Week.") == "teaser"
    assert lines[3] not in hints  # a link sentence that points with no such verb: kept
    assert lines[0] not in hints and lines[2] not in hints


def test_the_switch_off_keeps_the_pointer_sentence(monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(inlinemarks, "POINTER_TEASERS", False)
    try:
        assert "See the Herald's Pictures of the Week." not in markup_hints(STORY, _lines(), url=URL)
    finally:
        mp.undo()


def test_a_parenthesised_pointer_after_a_sentence_is_cut() -> None:
    line = Line("Officials said the water was falling. (See pictures of the flood.) Crews stayed on.")
    cut_pointers(line)
    assert line.text == "Officials said the water was falling. Crews stayed on."
    assert [(p.text, p.reason) for p in line.parts] == [("(See pictures of the flood.)", Reason.TEASER)]
    line = Line('"It will take years," he said. (Watch the Herald\'s video "Water in the Town.")')
    cut_pointers(line)
    assert line.text == '"It will take years," he said.'


def test_a_writers_lower_case_see_or_a_pointer_inside_a_sentence_stays() -> None:
    for text in ("The plan (see below) was approved.", "The plan was approved (See the map.) on Monday.",
                 "The plan was approved. (see the map.)"):
        line = Line(text)
        cut_pointers(line)
        assert line.text == text


def test_the_switch_off_keeps_the_parenthesised_pointer() -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(credits, "INLINE_POINTERS", False)
    try:
        line = Line("Officials said the water was falling. (See pictures of the flood.)")
        cut_pointers(line)
        assert "(See" in line.text
    finally:
        mp.undo()
