"""A list of the site's own links between two paragraphs (``ingest.linklists``, bench/BRIEF_REVIEW.md, "inputs46")."""

from __future__ import annotations

import pytest

from storyline.ingest import linklists
from storyline.ingest.markup import markup_hints

P1 = "The river burst its banks on Tuesday and flooded the lower town, officials said."
P2 = "Crews worked through the night to pump water out of the houses by the bridge."
OWN = ["12 more families leave the lower town", "Council delays the flood wall again"]
SHOPS = ["Sandbags at Hardware Hub", "Pumps at Garden World"]
URL = "https://www.harbourpost.example/2020/11/27/flood.html"


def page(items: list[str], host: str = "") -> str:
    lis = "".join(f'<li><a href="{host}/2020/11/2{i}/story-{i}.html">{t}</a></li>' for i, t in enumerate(items))
    return f"<html><body><div class='story'><p>{P1}</p><ul class='x'>{lis}</ul><p>{P2}</p></div></body></html>"


def test_a_list_of_the_sites_own_links_between_paragraphs_is_teasers() -> None:
    lines = [P1, *(f"- {t}" for t in OWN), P2]
    assert markup_hints(page(OWN), lines, url=URL) == {f"- {t}": "teaser" for t in OWN}


def test_a_list_of_links_to_other_sites_stays() -> None:
    lines = [P1, *(f"- {t}" for t in SHOPS), P2]
    assert markup_hints(page(SHOPS, host="https://shop.example"), lines, url=URL) == {}


def test_off_the_switch_the_list_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linklists, "LINK_LISTS", False)
    assert markup_hints(page(OWN), [P1, *(f"- {t}" for t in OWN), P2], url=URL) == {}


def test_a_link_paragraph_with_empty_paragraphs_around_it_is_a_teaser() -> None:
    """An empty ``<p></p>`` between every two paragraphs (``inlinemarks.EMPTY_PARAGRAPHS``) is stepped over."""
    from storyline.ingest import inlinemarks

    link = "Council review: the flood wall may cost less than once thought"
    html = (f"<html><body><div class='story'><p>{P1}</p><p></p><p><a href='/2020/11/20/review.html'>{link}</a></p>"
            f"<p></p><p>{P2}</p></div></body></html>")
    assert markup_hints(html, [P1, link, P2], url=URL) == {link: "teaser"}
    saved = inlinemarks.EMPTY_PARAGRAPHS
    inlinemarks.EMPTY_PARAGRAPHS = False
    try:
        assert markup_hints(html, [P1, link, P2], url=URL) == {}
    finally:
        inlinemarks.EMPTY_PARAGRAPHS = saved
