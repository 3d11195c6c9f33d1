"""A shouted link to another story of the same site, set between paragraphs, is a teaser (inputs29)."""

from __future__ import annotations

from storyline.clean.extracted import apply_markup
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.ingest.markup import markup_hints

URL = "https://www.harbourpost.example/local/bridge-reopens"
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
SHOUT = "THE LONG, SLOW STORY OF THE CITY'S BRIDGES"
PRODUCT = "ACME TORQUE WRENCH SET PRO"
CAPS_SENTENCE = "THE BRIDGE IS OPEN AGAIN."


def page(href: str, line: str = SHOUT) -> str:
    return (f"<html><body><article><p>{P1}</p><p><strong><a href=\"{href}\">{line}</a></strong></p>"
            f"<p>{P2}</p></article></body></html>")


def test_a_shouted_link_to_the_same_site_is_a_teaser() -> None:
    assert markup_hints(page("https://harbourpost.example/local/bridges-history"), [P1, SHOUT, P2], url=URL) == {
        SHOUT: "teaser"}
    assert markup_hints(page("/local/bridges-history"), [P1, SHOUT, P2], url=URL) == {SHOUT: "teaser"}


def test_a_link_elsewhere_plain_text_or_a_sentence_is_not() -> None:
    assert markup_hints(page("https://shop.example/wrench", PRODUCT), [P1, PRODUCT, P2], url=URL) == {}
    assert markup_hints(page("/local/bridges-history", CAPS_SENTENCE), [P1, CAPS_SENTENCE, P2], url=URL) == {}
    assert markup_hints(page("/local/x", "The long story of the bridges"), [P1, "The long story of the bridges"],
                        url=URL) == {}
    assert markup_hints(page("/"), [P1, SHOUT, P2], url=URL) == {}
    assert markup_hints(page("https://harbourpost.example/local/x"), [SHOUT], url=None) == {}


def test_cleaning_removes_the_teaser() -> None:
    lines = [Line(P1), Line(SHOUT), Line(P2)]
    apply_markup(lines, {SHOUT: "teaser"})
    assert [ln.reason for ln in lines] == [None, Reason.TEASER, None]
