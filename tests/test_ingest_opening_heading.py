"""A section's ``<h1>`` banner over a text that opens with a shorter wording of the ``<title>`` as an ``<h2>``
(``ingest.sectiontitle.OPENING_HEADINGS``, bench/BRIEF_REVIEW.md, "inputs46"): made-up pages."""

from __future__ import annotations

import lxml.html
import pytest

from storyline.ingest import sectiontitle
from storyline.ingest.sectiontitle import headline_over_section

HEAD = "Council Votes to Delay Long-Awaited Flood Wall for the Lower Town – Health Site"
LINE = "Council Votes to Delay Flood Wall"


def tree(h2: str = LINE) -> object:
    return lxml.html.fromstring(f"<html><head><title>{HEAD}</title></head><body><h1>Town Health Center</h1>"
                                f"<h2>{h2}</h2><p>The council voted on Tuesday.</p></body></html>")


def test_an_opening_heading_worded_from_the_title_is_the_headline() -> None:
    assert headline_over_section("Town Health Center", tree(), LINE) == LINE


def test_a_heading_not_opening_the_text_or_not_from_the_title_leaves_the_banner() -> None:
    assert headline_over_section("Town Health Center", tree(), "The council voted on Tuesday.") == "Town Health Center"
    other = "Readers Share Their Stories of the Storm"
    assert headline_over_section("Town Health Center", tree(other), other) == "Town Health Center"


def test_off_the_switch_the_banner_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sectiontitle, "OPENING_HEADINGS", False)
    assert headline_over_section("Town Health Center", tree(), LINE) == "Town Health Center"
