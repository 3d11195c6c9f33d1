"""A figure a conditional leaves open ("whether a judge accepts a 7-year sentence") is asked, not stated: a
passage that only asks or supposes a sentence's figure does not support it (issue 12, citations; the tenth
session's claims14 grammar began reading such compounds, and one wrong citation followed). Made-up text."""

from __future__ import annotations

import pytest

from storyline.nlp import get_nlp
from storyline.support import figure_check, read


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return get_nlp()


def _check(nlp, sentence: str, passage: str) -> str | None:  # type: ignore[no-untyped-def]
    return figure_check(read(nlp(sentence)), read(nlp(passage)))


def test_a_figure_under_whether_does_not_state_it(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "A county judge on Monday sentenced the former mayor to six years in prison for bribery."
    passage = "The former mayor will learn on Monday whether a county judge accepts a six-year sentence for bribery."
    assert _check(nlp, sentence, passage) == "differ"


def test_a_figure_stated_outright_still_supports(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "A county judge on Monday sentenced the former mayor to six years in prison for bribery."
    passage = "The former mayor was sentenced on Monday to six years in prison for taking bribes."
    assert _check(nlp, sentence, passage) is None


def test_both_open_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "The board will decide whether the club pays a fine of 2 million euros."
    passage = "Officials must now rule on whether the club should pay a 2 million euro fine."
    assert _check(nlp, sentence, passage) != "differ"


def test_a_stated_copy_beside_the_question_supports(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "The judge sentenced him to five years."
    passage = "The judge sentenced him to five years, and his lawyers asked whether he would appeal."
    assert _check(nlp, sentence, passage) is None
