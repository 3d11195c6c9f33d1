"""A related-stories lead-in kept at the article's end with the linked headlines after it (clean/leadins.py)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.leadins import remove_tail_lead_in
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.model import RawDocument

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
    "Council leader Mara Okafor said the repairs would take at least six months and cost the city dearly.",
    "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials said.",
]


def marks(texts: list[str]) -> list[bool]:
    lines = [Line(t) for t in texts]
    remove_tail_lead_in(lines)
    return [ln.kept for ln in lines]


def test_a_lead_in_and_the_headlines_after_it_at_the_end_are_removed() -> None:
    for lead in ("You may also like...", "Related:", "Read more:", "You might also like…"):
        assert marks([*BODY, lead, "Who will run the harbour in 2021?"]) == [True, True, True, False, False]
    lines = [Line(t) for t in [*BODY, "You may also like...", "Will the bridge reopen?"]]
    remove_tail_lead_in(lines)
    assert lines[3].reason == Reason.RELATED


def test_a_lead_in_before_a_paragraph_or_a_removed_line_stays() -> None:
    assert marks(["Related:", *BODY]) == [True, True, True, True]
    assert marks([*BODY, "You may also like...", BODY[0]]) == [True] * 5
    assert marks([*BODY, "Who will run the harbour in 2021?"]) == [True] * 4  # no lead-in: the trim's call


def test_in_the_clean_of_an_extracted_page() -> None:
    text = "\n".join([*BODY, "You may also like...", "Who will run the harbour in 2021?"])
    doc = clean_document(RawDocument(id="p.html", text=text, source="html"))
    assert "You may also like" not in doc.text and "harbour in 2021" not in doc.text
    assert BODY[2] in doc.text


def test_a_short_colon_heading_left_last_goes_whatever_its_words() -> None:
    """inputs30: the list a heading ending in a colon led into was removed; the heading stays no more."""
    assert marks([*BODY, "Staff Favourites This Week:"]) == [True, True, True, False]
    lines = [Line(t) for t in [*BODY, "Staff Favourites This Week:"]]
    remove_tail_lead_in(lines)
    assert lines[3].reason == Reason.RELATED


def test_a_colon_line_that_is_a_sentence_or_long_or_not_last_stays() -> None:
    assert marks([*BODY, "The mayor said this:"]) == [True] * 4  # five words, a sentence's opening
    assert marks([*BODY, "Update: the bridge reopened."]) == [True] * 4
    assert marks([*BODY, "Staff Favourites:", BODY[0]]) == [True] * 5
