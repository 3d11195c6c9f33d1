"""The story's title after the twelfth read (issue 12, branch title12): a credits line is never a headline, an
appeal to the reader is never a story's title, and a declarative headline is preferred to a question or an
exclamation, which win only when nothing else is there. Made-up text only."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.model import Document, RawDocument
from storyline.summary import story_title

_BODY = ("Kelbridge (AP) The mayor of Kelbridge resigned on Monday after an audit found that city funds had been "
         "spent on a private boat, officials said.\nThe audit, ordered by the council in March, covered four years "
         "of spending and found 41 payments that no record explained.\nThe mayor said in a statement that he had "
         "done nothing wrong and would fight the findings in court.\n")


def _title(text: str) -> str:
    return clean_document(RawDocument(id="x", text=text, source="text")).title or ""


def _story(*titles: str) -> str:
    return story_title([Document(id=str(i), text="x", title=t) for i, t in enumerate(titles)])


# --- a credits line is not a headline (clean/title.py) ---------------------------------------------------


@pytest.mark.parametrize("credit", [
    "Directed by Tomas Ferreira Lund",
    "Written and directed by Ada Morrow",
    "Photo by Jane Kettering for The Kelbridge Courier",
    "Director: Tomas Ferreira Lund",
])
def test_a_credits_line_above_the_text_is_not_its_headline(credit: str) -> None:
    assert _title(credit + "\n" + _BODY) == ""


def test_a_credits_line_under_the_headline_leaves_the_headline() -> None:
    assert _title("Kelbridge mayor quits over boat audit\nBy Jane Kettering\n" + _BODY) == (
        "Kelbridge mayor quits over boat audit")


@pytest.mark.parametrize("headline", [
    "By the numbers: Kelbridge's four years of boat spending",  # "By", but no name after it
    "By Christmas, Kelbridge will have a new mayor",
    "Directed by committee: how Kelbridge lost its boat money",
    "Starring role for Kelbridge auditors in mayor's fall",
])
def test_headlines_that_open_like_a_credit_stay(headline: str) -> None:
    assert _title(headline + "\n" + _BODY) == headline


def test_a_credits_title_is_never_the_story_title() -> None:
    assert _story("Directed by Tomas Ferreira Lund") == ""  # a stated title that is a credit
    assert _story("Directed by Tomas Ferreira Lund", "Kelbridge mayor quits over boat audit") == (
        "Kelbridge mayor quits over boat audit")


# --- an appeal to the reader is not a story's title (summary/title.py) ------------------------------------


def test_an_appeal_to_the_reader_is_never_the_title() -> None:
    appeal = "Kelbridge's old lifeboat crew needs our help!"
    assert _story(appeal) == ""  # the fundraising page's heading: the story is untitled
    fans = "Fans raise money for Kelbridge lifeboat crew"
    assert _story(appeal, fans) == fans
    assert _story("Please donate today to rebuild the Kelbridge boathouse") == ""


# --- declarative first: a question or an exclamation wins only alone --------------------------------------


def test_a_declarative_headline_beats_a_question_about_the_story() -> None:
    assert _story("What were you thinking, Mayor Hollis?", "Kelbridge mayor Hollis quits over boat audit") == (
        "Kelbridge mayor Hollis quits over boat audit")


def test_a_declarative_headline_beats_an_exclamation() -> None:
    assert _story("Kelbridge mayor Hollis is gone at last!", "Kelbridge mayor Hollis quits over boat audit",
                  "Audit of Kelbridge boat spending ends mayor's term") == (
        "Kelbridge mayor Hollis quits over boat audit")


@pytest.mark.parametrize("headline", [
    "Will Kelbridge's mayor survive the boat audit?",
    "Kelbridge mayor quits over boat audit!",
    '"I did nothing wrong!" says Kelbridge mayor',
])
def test_a_question_or_an_exclamation_that_is_the_only_headline_stays(headline: str) -> None:
    assert _story(headline) == headline
    assert _story(headline, "Directed by Tomas Ferreira Lund") == headline  # a credit is no rival


def test_a_question_beats_an_appeal_and_a_seo_string() -> None:
    assert _story("Kanye needs your help!", "Will Kelbridge's mayor survive the boat audit?") == (
        "Will Kelbridge's mayor survive the boat audit?")
    assert _story("Kelbridge Audit: Kelbridge Mayor Audit", "Will Kelbridge's mayor survive the boat audit?") == (
        "Will Kelbridge's mayor survive the boat audit?")


def test_ordinary_headlines_still_win_by_representativeness() -> None:
    assert _story("Kelbridge mayor quits over boat audit", "Council names interim mayor after Kelbridge audit",
                  "Kelbridge boat audit: mayor quits after 41 payments found") == (
        "Kelbridge mayor quits over boat audit")
