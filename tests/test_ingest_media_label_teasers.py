"""An embedded video's description and a related link after a shouted label, among the article's paragraphs, are
furniture (``ingest.inlinemarks``: ``media_text``, ``inline_teaser``'s label; inputs37)."""

from __future__ import annotations

import pytest

from storyline.ingest import inlinemarks
from storyline.ingest.markup import markup_hints

URL = "https://www.harbourpost.example/local/bridge-reopens"
P1 = ("The harbour bridge reopened to traffic on Monday morning, two years after engineers found cracks in "
      "two of its main supports, the city council said.")
P2 = "Repairs cost 48 million pounds, about a third more than first planned, the council added."
DESC = "Drivers crossing the harbour bridge share their relief at the reopening. HPV"
LINK = "Council weighs tolls for the bridge"
LABELLED = f"ON THE COUNCIL: {LINK}"


def video_page(itemtype: str = "http://schema.org/VideoObject") -> str:
    return (f'<html><body><article><p>{P1}</p><div itemscope itemtype="{itemtype}"><div class="player"></div>'
            f'<p class="video-desc" itemprop="description">{DESC}</p></div><p>{P2}</p></article></body></html>')


def test_a_video_objects_description_is_furniture() -> None:
    assert markup_hints(video_page(), [DESC, P1, P2], url=URL) == {DESC: "furniture"}
    assert markup_hints(video_page("https://schema.org/ImageObject"), [DESC, P1, P2], url=URL) == {DESC: "furniture"}


def test_text_in_no_media_object_or_an_article_inside_one_is_kept() -> None:
    assert markup_hints(video_page("http://schema.org/Place"), [DESC, P1, P2], url=URL) == {}
    whole = (f'<html><body><article itemscope itemtype="http://schema.org/VideoObject"><p>{P1}</p><p>{DESC}</p>'
             f"<p>{P2}</p></article></body></html>")
    assert markup_hints(whole, [P1, DESC, P2], url=URL) == {}  # the object holds the article's other lines


def label_page(label: str, href: str = "/local/bridge-tolls") -> str:
    return (f"<html><body><article><p>{P1}</p><p><b>{label} </b><a href=\"{href}\">{LINK}</a></p>"
            f"<p>{P2}</p></article></body></html>")


def test_a_related_link_after_a_shouted_label_is_a_teaser() -> None:
    assert markup_hints(label_page("ON THE COUNCIL:"), [P1, LABELLED, P2], url=URL) == {LABELLED: "teaser"}


def test_a_lower_case_or_long_label_or_a_link_elsewhere_is_not() -> None:
    line = f"On the council: {LINK}"
    assert markup_hints(label_page("On the council:"), [P1, line, P2], url=URL) == {}
    long = f"THE COUNCIL AND THE HARBOUR BOARD: {LINK}"
    assert markup_hints(label_page("THE COUNCIL AND THE HARBOUR BOARD:"), [P1, long, P2], url=URL) == {}
    assert markup_hints(label_page("ON THE COUNCIL:", "https://other.example/x"), [P1, LABELLED, P2], url=URL) == {}


def test_without_the_switches_both_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlinemarks, "MEDIA_TEXTS", False)
    monkeypatch.setattr(inlinemarks, "LABELLED_TEASERS", False)
    assert markup_hints(video_page(), [DESC, P1, P2], url=URL) == {}
    assert markup_hints(label_page("ON THE COUNCIL:"), [P1, LABELLED, P2], url=URL) == {}
