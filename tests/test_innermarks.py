"""Marks inside a token that stand for a lost space, apostrophe or full stop (clean/innermarks.py, inputs68).

Made-up sentences on other subjects; each fails without its rule."""

from __future__ import annotations

import pytest

from storyline.clean import innermarks
from storyline.clean.innermarks import mend_marks


def mended(text: str) -> str:
    return mend_marks(text)[0]


def test_a_double_quote_between_letters_is_left_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "APOSTROPHES", False)
    assert mended('The baker couldn"t open the shop.') == 'The baker couldn"t open the shop.'


def test_a_double_quote_between_letters_is_an_apostrophe_if_that_makes_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "APOSTROPHES", True)
    assert mended('The baker said he couldn"t open the shop and I"ve seen why.') == (
        "The baker said he couldn't open the shop and I've seen why.")
    assert mend_marks('She wasn"t there.')[1] == [('wasn"t', "wasn't")]


def test_a_quotation_mark_that_may_close_a_quotation_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "APOSTROPHES", True)
    for text in ('the play "Hamlet"s first night', 'he wrote"the end', 'the "Ferry"and the boat'):
        assert mended(text) == text


def test_a_hyphen_before_a_word_that_ends_no_compound_is_a_space() -> None:
    assert mended("a long queue-that formed at dawn, a quarrel-between the two bakers, a storm-during lunch") == (
        "a long queue that formed at dawn, a quarrel between the two bakers, a storm during lunch")
    assert mended("the ferry reached Norway-without a pilot") == "the ferry reached Norway without a pilot"


def test_a_hyphen_after_a_word_that_starts_no_compound_is_a_space() -> None:
    assert mended("two swam ashore but-later returned, while-four stayed") == (
        "two swam ashore but later returned, while four stayed")


def test_a_compound_keeps_its_hyphen() -> None:
    text = ("a sit-in, the hoped-for add-on, a run-up, the go-to tool, a break-through, state-of-the-art looms, "
            "an as-yet unnamed so-called ferry, Jae-with, anti-and")
    assert mended(text) == text


def test_a_full_stop_between_words_is_a_sentence_end_or_a_space() -> None:
    assert mended("the harvest was poor.Farmers blamed the frost") == "the harvest was poor. Farmers blamed the frost"
    assert mended("the harvest report.and the frost") == "the harvest report and the frost"


def test_an_address_an_abbreviation_or_a_path_keeps_its_full_stop() -> None:
    text = "see garden.com and pic.twitter.com/abc at 5 p.m. in the U.S. or farm.org, read notes.html and bakery.de"
    assert mended(text) == text


def test_a_lost_letter_is_put_back_only_when_one_word_is_far_likelier() -> None:
    assert mended("\"We'r not selling bread,\" she said; they'r closed.") == (
        "\"We're not selling bread,\" she said; they're closed.")
    for text in ("the baker's oven", "O'Neil and d'Estaing", "the Zqx'r tribe"):
        assert mended(text) == text


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "ENABLED", False)
    assert mended('he didn"t') == 'he didn"t'


def test_a_double_quote_read_as_an_apostrophe_closes_a_quotation_an_apostrophe_ended(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "APOSTROPHES", True)
    text = 'The baker called it "Fine bread\' and said he didn"t care. Later "the oven was cold," he said.'
    assert mend_marks(text) == (
        'The baker called it "Fine bread" and said he didn\'t care. Later "the oven was cold," he said.',
        [('didn"t', "didn't"), ("bread'", 'bread"')])


def test_a_double_quote_between_letters_is_left_when_the_quotation_marks_would_pair_worse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(innermarks, "APOSTROPHES", True)
    text = 'The baker called it "Fine bread and said he didn"t care. Later the oven was cold.'
    assert mended(text) == text
    assert mended(f"{text}\nThe baker wasn\"t there.") == f"{text}\nThe baker wasn't there."
