"""inputs58: a teaser's headline that ends at a glued sentence's repeated name or at an opener before a capitalised
word, and a photo caption glued by a hyphen to the sentence after it (clean/inlineparts.py ``HEAD_ENDS``,
clean/hyphens.py ``CAPTION_ENDS``).

Made-up records of a chess club, a library and a ferry strike; each positive test fails with its switch off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline.clean import hyphens, inlineparts
from storyline.clean.hyphens import mend_hyphens
from storyline.clean.inlineparts import cut_record_furniture

_BEFORE = "The chess club opened its new hall on Friday. Members had raised the money over three years. "
_AFTER = " The club said the hall would host the regional final in May. Tickets go on sale next week."


@pytest.fixture
def switches() -> Iterator[None]:
    saved = inlineparts.HEAD_ENDS, hyphens.CAPTION_ENDS
    yield
    inlineparts.HEAD_ENDS, hyphens.CAPTION_ENDS = saved


def _cut(text: str) -> tuple[str, list[str]]:
    out, parts = cut_record_furniture(mend_hyphens(text))
    return out, [p.text for p in parts]


def test_a_teaser_headline_ends_where_its_name_opens_a_sentence() -> None:
    text = _BEFORE + "READ MORE: Jane Roe's Prison Letters Roe was jailed in 1990 for the theft." + _AFTER
    out, parts = _cut(text)
    assert parts == ["READ MORE: Jane Roe's Prison Letters"]
    assert "years. Roe was jailed in 1990" in out


def test_an_author_and_dash_headline_is_cut_whole() -> None:
    text = _BEFORE + ("OPINION: Jane Roe - The new face of chess The Minister for Sport, John Doe, said the deal was "
                      "good.") + _AFTER
    out, parts = _cut(text)
    assert parts == ["OPINION: Jane Roe - The new face of chess"]
    assert "years. The Minister for Sport, John Doe, said" in out


def test_a_title_case_headline_keeps_its_own_openers() -> None:
    text = _BEFORE + "READ MORE: Life In The City He said the move was right." + _AFTER
    out, parts = _cut(text)
    assert parts == ["READ MORE: Life In The City"]
    assert "years. He said the move was right." in out


def test_without_the_rule_the_headline_keeps_its_glued_part(switches: None) -> None:
    inlineparts.HEAD_ENDS = False
    text = _BEFORE + ("OPINION: Jane Roe - The new face of chess The Minister for Sport, John Doe, said the deal was "
                      "good.") + _AFTER
    assert "The new face of chess The Minister" in _cut(text)[0]


_FERRY = ("The ferry strike entered its third day on Monday. Dock workers picket the harbour gate at Dover- Union "
          "leaders say the talks have stalled. The company said it would meet them. Talks resume on Friday.")


def test_a_caption_glued_by_a_hyphen_is_cut_and_never_joined() -> None:
    out, parts = _cut(_FERRY)
    assert parts == ["Dock workers picket the harbour gate at Dover-"]
    assert "on Monday. Union leaders say the talks" in out
    assert "Dover Union" not in out


def test_without_the_rule_the_caption_is_joined(switches: None) -> None:
    hyphens.CAPTION_ENDS = False
    assert "Dover Union leaders" in _cut(_FERRY)[0]


@pytest.mark.parametrize("text", [
    "The library reopened. Readers thanked President- Jane Roe for her support.",
    "The library reopened. Staff moved the books in- Leeds last week.",
    "The library reopened. The Mayor- John Doe cut the ribbon.",
])
def test_a_title_a_closed_class_word_or_a_name_after_the_hyphen_is_no_caption(text: str) -> None:
    assert hyphens.glued_captions(text) == []
    assert "- " not in mend_hyphens(text)


def test_a_repeated_headline_is_no_sentence() -> None:
    head = "Photos: Notable days of the chess club"
    stop = inlineparts._glued_sentence(f"{head} {head} The club opened in 1901.")
    assert stop == len(f"{head} {head} ")


def test_a_work_title_after_an_undashed_headline_is_no_sentence() -> None:
    piece = "TRAILER: Get a taste of the library's new film of the best-selling The Lost Books falls into that group."
    assert inlineparts._glued_sentence(piece) is None


def test_a_repeated_headline_from_its_second_word_is_no_sentence() -> None:
    piece = "Photos: Fire at Leeds library Photos: Fire at Leeds library Crowds gathered outside on Sunday."
    assert inlineparts._glued_sentence(piece) is None
