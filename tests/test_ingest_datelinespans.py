"""A dateline span glued to the lede gets a space (``ingest.datelinespans``, bench/BRIEF_REVIEW.md, "inputs46")."""

from __future__ import annotations

import pytest

from storyline.ingest import datelinespans
from storyline.ingest.html import extract_html

LEDE = "A ferry drifted from its moorings on Sunday and ran aground near the harbour mouth, the coast guard said."
MORE = ("Nobody was hurt, and the ferry's owner said the vessel would be towed back to port once the tide "
        "turned, probably late on Monday evening, after divers had checked its hull for damage.")


def page(first: str) -> str:
    return (f"<html><head><title>Ferry runs aground</title></head><body><article><h1>Ferry runs aground</h1>"
            f"<p>{first}</p><p>{MORE}</p><p>{MORE}</p></article></body></html>")


def test_a_dateline_span_glued_to_the_lede_gets_a_space() -> None:
    text = extract_html(page(f'<span class="loc">MILLBROOK, Ore.</span>{LEDE}'), "p").text
    assert text.split("\n")[1] == f"MILLBROOK, Ore. {LEDE}"


def test_a_drop_cap_and_a_word_in_small_capitals_stay_joined() -> None:
    assert extract_html(page(f'<span class="cap">A</span>{LEDE[1:]}'), "p").text.split("\n")[1] == LEDE
    glued = '<span class="sc">FERRY</span>men said the boat drifted on Sunday, the coast guard said at noon.'
    assert extract_html(page(glued), "p").text.split("\n")[1].startswith("FERRYmen said")


def test_off_the_switch_the_span_stays_glued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datelinespans, "DATELINE_SPANS", False)
    text = extract_html(page(f'<span class="loc">MILLBROOK, Ore.</span>{LEDE}'), "p").text
    assert text.split("\n")[1] == f"MILLBROOK, Ore.{LEDE}"
