"""The summary faults of the thirty-fifth and thirty-sixth reads (issue 12, bench/BRIEF_REVIEW.md, "summ29"): a
sentence that points at a list or document the brief does not show ("Here's how …", "Take a look here at …").
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

MAY = dt.date(2021, 5, 12)
LEDE = "The council of Varn voted on Tuesday to close the old bridge, officials said. "


def _pointer(text: str, start: str) -> str | None:
    from storyline.summary.pointers import media_pointer

    a = story(text, published=MAY)[0]
    return media_pointer(a, next(s for s in a.sentences if s.text.startswith(start)))


def test_a_sentence_presenting_what_the_page_shows_next_is_no_item() -> None:
    assert _pointer(LEDE + "Here's how the council counted the votes. Engineers will inspect it.", "Here") is not None
    assert _pointer(LEDE + "Here are the numbers: \nEngineers will inspect it in June.", "Here") is not None
    assert _pointer(LEDE + "Here is some of the damage to the bridge. Engineers agree.", "Here") is not None
    assert _pointer(LEDE + "Here’s some roads under repair. Engineers agree.", "Here") is not None  # curly


def test_a_here_sentence_with_news_after_its_colon_or_another_verb_stays() -> None:
    assert _pointer(LEDE + "Here is the thing: the council never met the engineers.", "Here") is None
    assert _pointer(LEDE + "Here, residents say the bridge has been unsafe for years.", "Here") is None
    assert _pointer(LEDE + "The mayor lives here and opposes the plan.", "The mayor") is None


def test_a_command_to_take_a_look_at_a_document_is_no_item() -> None:
    page = LEDE + "Take a look here at the council's motion and how it changed from May, courtesy of a clerk."
    assert _pointer(page, "Take") is not None
    assert _pointer(LEDE + "Have a look below at the map of the closed roads.", "Have") is not None
    assert _pointer(LEDE + "Take the bus to the fair on Friday, organisers said.", "Take") is None  # no look


def _aside(text: str, start: str) -> str | None:
    from storyline.summary.lead import aside_lead

    a = story(text, published=MAY)[0]
    return aside_lead(a, next(s for s in a.sentences if s.text.startswith(start)))


def test_a_sentence_opening_on_a_conclusion_does_not_lead() -> None:
    page = LEDE + "Repairs were costly. So despite the mayor's pledges, the bridge is still closing."
    assert _aside(page, "So despite") is not None
    assert _aside(LEDE + "Thus the council ended a decade of repairs.", "Thus") is not None


def test_so_far_or_so_many_is_no_conclusion() -> None:
    assert _aside(LEDE + "So far, 12 drivers have been fined for crossing it.", "So far") is None
    assert _aside(LEDE + "So many drivers crossed it that the deck cracked.", "So many") is None


def test_a_presenting_colon_joined_to_what_it_presents_stays() -> None:
    """read37's clean check: summ29 dropped a unit "Here's how it works:" + the next paragraph's account."""
    from dataclasses import replace

    from storyline.summary.pointers import media_pointer

    page = LEDE + "Here's how it works:\n\nYou put a ring on each hand and the app counts the beats."
    a = story(page, published=MAY)[0]
    here = next(i for i, s in enumerate(a.sentences) if s.text.startswith("Here"))
    head, body = a.sentences[here], a.sentences[here + 1]
    unit = replace(head, end=body.end, text=a.doc.text[head.start:body.end])
    assert media_pointer(a, unit) is None
    assert media_pointer(a, head) is not None  # alone it still only presents
