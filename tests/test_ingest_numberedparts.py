"""A body in numbered parts around an aside, only a later part extracted (``ingest.numberedparts``,
bench/BRIEF_REVIEW.md, "inputs46"): made-up pages."""

from __future__ import annotations

import lxml.html
import pytest

from storyline.ingest import numberedparts
from storyline.ingest.numberedparts import with_earlier_parts

LEDE = "The river burst its banks on Tuesday and flooded the lower town, officials said."
CUT = "Residents said the warning came too late, and there were different accounts of what led to the"
REST = "flooding of the school. At least 40 families spent the night in the sports hall by the station."
MORE = "Crews worked through the night to pump water out of the houses by the bridge, the council said."


def page(second_id: str = "story_Para2") -> str:
    return (f'<html><body><div id="main"><span id="story_Para1">{LEDE}<br><br>{CUT}</span>'
            '<div class="box"><h2>related stories</h2><ul><li><a href="/a">Dam warning</a></li></ul></div>'
            f'<span id="{second_id}"> {REST}<br><br>{MORE}</span></div></body></html>')


def test_the_earlier_part_goes_back_before_the_text_and_the_cut_sentence_is_joined() -> None:
    tree = lxml.html.fromstring(page())
    got = with_earlier_parts(tree, f"| | site | |\n{REST}\n{MORE}").split("\n")
    assert got == ["| | site | |", LEDE, f"{CUT} {REST}", MORE]


def test_no_numbered_part_before_or_the_part_already_in_the_text_leaves_it() -> None:
    text = f"{REST}\n{MORE}"
    assert with_earlier_parts(lxml.html.fromstring(page("story_body")), text) == text
    whole = f"{LEDE}\n{CUT} {REST}\n{MORE}"
    assert with_earlier_parts(lxml.html.fromstring(page()), whole) == whole


def test_off_the_switch_the_text_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numberedparts, "NUMBERED_PARTS", False)
    text = f"{REST}\n{MORE}"
    assert with_earlier_parts(lxml.html.fromstring(page()), text) == text
