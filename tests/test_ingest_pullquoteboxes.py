"""A pull quote's box and its markers (``ingest.pullquoteboxes``, bench/BRIEF_REVIEW.md, "inputs46")."""

from __future__ import annotations

import pytest

from storyline.ingest import pullquoteboxes
from storyline.ingest.html import extract_html

SAID = ("Campaigners said the ruling would be remembered as the day the council turned its back on the "
        "families of the lower town, who had waited years for the new flood wall.")
QUOTE = "Remember this as the day the council turned its back on the families of the lower town"
OTHER = "Nobody who lives by the river will ever trust this council with a promise again"
MORE = ("The council voted eight to three on Tuesday to delay the flood wall for another two years, citing the "
        "rising cost of steel and the need for a second survey of the river bank below the bridge.")


def page(quote: str) -> str:
    box = (f'<div class="feature"><h2 class="quote">“<span>Begin Quote</span></h2><blockquote><p>{quote}”</p>'
           '</blockquote><span class="endquote">Close Quote</span> <span class="quote-credit">Jo Bloggs</span>'
           '</div>')
    return (f"<html><head><title>Flood wall delayed</title></head><body><article><h1>Flood wall delayed</h1>"
            f"<p>{MORE}</p>{box}<p>{SAID}</p><p>{MORE}</p></article></body></html>")


def test_a_pull_quote_printed_again_in_the_text_goes_with_its_box() -> None:
    lines = extract_html(page(QUOTE), "p").text.split("\n")
    assert not any("Quote" in ln or ln.startswith("Remember this") for ln in lines)
    assert SAID in lines


def test_a_boxed_quotation_said_nowhere_else_keeps_its_words_but_loses_its_markers() -> None:
    text = extract_html(page(OTHER), "p").text
    assert OTHER in text and "Begin Quote" not in text and "Close Quote" not in text


def test_off_the_switch_the_markers_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pullquoteboxes, "PULL_QUOTE_BOXES", False)
    assert "Begin Quote" in extract_html(page(QUOTE), "p").text
