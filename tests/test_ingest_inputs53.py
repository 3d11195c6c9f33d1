"""inputs53: a JSON news record's standfirst, its address's day, and a scraper's marks in its text.

Made-up records of other subjects (a harbour strike, a library's reopening, a chess final); each test fails with
its rule's switch off.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from storyline.ingest import jsonrecord
from storyline.ingest.jsonfmt import parse_json
from storyline.ingest.jsonrecord import record_day, repair_scrape_marks, standfirst, with_standfirst


def _doc(record: dict[str, object]):  # type: ignore[no-untyped-def]
    docs, skipped = parse_json(json.dumps(record), "r.json", "r.json")
    assert not skipped
    return docs[0]


BODY = ("Talks resumed on Monday afternoon at the port authority's offices. Ferries kept to their timetable and "
        "cargo ships waited offshore.")


def test_subtitle_lede_opens_the_text() -> None:
    lede = "(KBN)Dock workers at Marlow harbour ended a nine-day strike, their union said Sunday."
    doc = _doc({"title": "Strike ends", "subtitle": lede, "text": BODY, "date": "2019-05-12"})
    assert doc.text.startswith("(KBN) Dock workers at Marlow harbour ended a nine-day strike")
    assert doc.text.endswith(BODY)


def test_standfirst_already_in_the_text_is_not_repeated() -> None:
    first = "Talks resumed on Monday afternoon at the port authority's offices."
    assert with_standfirst(BODY, {"dek": first}) == BODY


def test_standfirst_cut_after_its_last_sentence() -> None:
    fields = {"subtitle": "The port reopened after nine days. Talks in brief Ferry timetables"}
    assert standfirst(fields) == "The port reopened after nine days."
    assert standfirst({"description": "Crossheads only Ferry timetables"}) is None
    assert standfirst({"description": "The port reopened after nine days and the ferries..."}) is None


def test_summary_field_is_not_a_standfirst() -> None:
    assert with_standfirst(BODY, {"summary": "A reference summary of the record."}) == BODY


def test_standfirst_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonrecord, "STANDFIRSTS", False)
    assert with_standfirst(BODY, {"subtitle": "The port reopened after nine days."}) == BODY


def test_standfirst_own_paragraph_before_paragraphs() -> None:
    text = "First paragraph of the report.\n\nSecond paragraph of the report."
    got = with_standfirst(text, {"standfirst": "The library reopened its doors on Friday."})
    assert got == "The library reopened its doors on Friday.\n\n" + text


LIBRARY = ("The city library reopened on Saturday after a two-year renovation, the mayor said. Readers queued "
           "from dawn.")


def test_address_day_wins_when_the_text_tells_of_it() -> None:
    url = "https://news.example.com/2021/10/09/library-reopens/index.html"  # 9 October 2021: a Saturday
    doc = _doc({"title": "Library reopens", "date": "2021-10-08", "url": url, "text": LIBRARY})
    assert doc.published == dt.date(2021, 10, 9)
    assert doc.notes and "2021-10-08" in doc.notes[0].note


def test_address_day_not_taken_without_its_weekday() -> None:
    url = "https://news.example.com/2021/10/09/library-reopens/index.html"
    text = LIBRARY.replace("on Saturday", "this week")
    assert record_day(dt.date(2021, 10, 8), url, text) == (dt.date(2021, 10, 8), None)


def test_address_day_earlier_than_the_record_is_not_taken() -> None:
    url = "https://news.example.com/2021/10/07/library-reopens/"
    assert record_day(dt.date(2021, 10, 8), url, LIBRARY)[0] == dt.date(2021, 10, 8)


def test_address_day_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonrecord, "URL_DAYS", False)
    url = "https://news.example.com/2021/10/09/library-reopens/index.html"
    assert record_day(dt.date(2021, 10, 8), url, LIBRARY)[0] == dt.date(2021, 10, 8)


@pytest.mark.parametrize(("marked", "repaired"), [
    ('the final game "?which lasted six hours', "the final game — which lasted six hours"),
    ('a draw was "a fair result,"?Grandmaster Lee said.', 'a draw was "a fair result," Grandmaster Lee said.'),
    ('Lee"?opening move surprised the hall', "Lee' opening move surprised the hall"),
    ("The match ended on Sunday.-The prize was shared.", "The match ended on Sunday. The prize was shared."),
    ("the arbiter, a former champion,-ruled the draw", "the arbiter, a former champion, ruled the draw"),
    ("Source:-Chess Wire", "Source: Chess Wire"),
    ('the hall went quiet. - - - - - - "It was over."', 'the hall went quiet. "It was over."'),
    ("Oslo (CWN)The final ended", "Oslo (CWN) The final ended"),
])
def test_scrape_marks_repaired(marked: str, repaired: str) -> None:
    assert repair_scrape_marks(marked) == repaired


@pytest.mark.parametrize("text", [
    "the U.S.-led team", "open 9 a.m.-noon daily", "a well-known opening", "a 50-50 split", "Is it over?",
    'He asked "why?" and left.', "the score - two all - stood", "a Norway-Sweden match",
])
def test_ordinary_text_is_left(text: str) -> None:
    assert repair_scrape_marks(text) == text


def test_scrape_marks_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonrecord, "SCRAPE_MARKS", False)
    assert repair_scrape_marks("on Sunday.-The prize") == "on Sunday.-The prize"


def test_record_title_repaired() -> None:
    doc = _doc({"title": 'Chess final drawn "?arbiter', "text": BODY})
    assert doc.title == "Chess final drawn — arbiter"


def test_closing_wire_list() -> None:
    from storyline.clean.wires import closing_wire

    assert closing_wire("The festival opens in June. kw/ab (AP, Reuters)") == "AP"
    assert closing_wire("Tickets sold out. (AFP, dpa)-") == "AFP"
    assert closing_wire("The mayor spoke (at length).") is None
    assert closing_wire("The choir sang (Bach, Handel).") is None


def test_json_record_credit_in_its_last_sentence() -> None:
    from storyline.clean import clean_document as clean

    text = ("The county fair drew record crowds on Sunday, organisers said. Rides ran late into the evening. " * 4
            + "The Associated Press also contributed to this report.")
    doc = clean(_doc({"title": "Fair draws crowds", "source": "fairnews.example", "text": text}))
    assert doc.outlet == "fairnews.example (with AP)"
    listed = text.replace("The Associated Press also contributed to this report.", "ab/cd (Reuters, AFP)")
    assert clean(_doc({"title": "Fair", "source": "fairnews.example", "text": listed})).outlet == \
        "fairnews.example (with Reuters)"


def test_json_record_credit_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.clean import clean_document as clean
    from storyline.clean import wires

    monkeypatch.setattr(wires, "CONTRIBUTING_WIRES", False)
    text = ("The county fair drew record crowds on Sunday, organisers said. Rides ran late into the evening. "
            "ab/cd (Reuters, AFP)")
    assert clean(_doc({"title": "Fair", "source": "fairnews.example", "text": text})).outlet == "fairnews.example"
