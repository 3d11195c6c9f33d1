"""A web page too short to brief, or naming no publisher, date or byline, is noted (clean.sourcing)."""

from __future__ import annotations

import datetime as dt

import storyline.clean as clean_mod
from storyline.clean import clean_document
from storyline.clean.sourcing import page_notes
from storyline.model import RawDocument

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
    "Council leader Mara Okafor said the repairs would take at least six months and cost the city dearly.",
    "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials said.",
]


def _notes(text: str, **kw: object) -> list[str]:
    doc = clean_document(RawDocument(id="p.html", text=text, source="html", **kw))  # type: ignore[arg-type]
    return [n.note for n in doc.notes]


def test_a_page_with_no_publisher_date_or_byline_is_noted() -> None:
    notes = _notes("\n".join(BODY))
    assert any(n.startswith("no publisher or date found") for n in notes)


def test_a_page_with_any_of_them_is_not() -> None:
    assert _notes("\n".join(BODY), outlet="Harbour Gazette") == []
    assert _notes("\n".join(BODY), published=dt.date(2020, 5, 1)) == []
    assert _notes("\n".join(["By Ann Lee", *BODY])) == []


def test_a_page_too_short_to_brief_is_noted() -> None:
    notes = _notes("The harbour bridge closed to lorries after engineers found cracks.", outlet="Harbour Gazette")
    assert len(notes) == 1 and notes[0].startswith("too short to brief (10 words")


def test_without_the_rule_no_note() -> None:
    clean_mod.PAGE_NOTES = False
    try:
        assert _notes("\n".join(BODY)) == []
    finally:
        clean_mod.PAGE_NOTES = True


def test_a_text_written_without_spaces_is_not_short_by_its_few_words() -> None:
    text = "港口大桥因工程师发现裂缝而对货车关闭。" * 20  # one "word" by spaces, 380 characters
    assert page_notes("p.html", text, "Harbour Gazette", None, []) == []
    assert page_notes("p.html", text[:100], "Harbour Gazette", None, [])  # short by both
