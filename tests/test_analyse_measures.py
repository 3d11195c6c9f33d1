"""Sentence splitting: a unit's or measure's abbreviation with its stop ("bbl.", "ft.", "sq.") is no sentence end when
the sentence goes on in lower case (issue 12: "never cut inside abbreviations"; fixtures written for
these tests)."""

from __future__ import annotations

import pytest

from storyline.analyse import analyse
from storyline.model import Document


def _sentences(text: str) -> list[str]:
    return [s.text for s in analyse([Document(id="d", text=text)])[0].sentences]


@pytest.mark.parametrize(
    "text",
    [
        "This week the state released a study on the fate of the 2.3 million bbl. of diesel that leaked into the "
        "harbor after the tanker ran aground.",
        "Crews pumped about 40,000 gal. of water a day out of the flooded mine shaft near Elkford.",
        "The new library will have 12,000 sq. ft. of reading rooms on two floors.",
        "The ferry's captain, who stands 6 ft. 4 in. tall, steered the boat through the storm.",
        "The winning pumpkin weighed 2,191 lb. 14 oz. at the fair in Half Moon Bay on Monday.",
    ],
)
def test_a_unit_abbreviation_before_a_lower_case_word_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_unit_abbreviation_before_a_capital_still_ends_a_sentence() -> None:
    text = "The new pipe at the Elkford mine is 40 ft. The old one was half as long."
    assert _sentences(text) == ["The new pipe at the Elkford mine is 40 ft.", "The old one was half as long."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The new mayor of Elkford was sworn in. 14 councillors took their oaths with her on Monday.",
         "The new mayor of Elkford was sworn in."),
        ("The storm dropped about 12 in. 8 homes near the creek were flooded on Sunday.",
         "The storm dropped about 12 in."),
    ],
)
def test_a_unit_abbreviation_before_a_figure_still_ends_a_sentence(text: str, first: str) -> None:
    assert _sentences(text) == [first, text[len(first) + 1 :]]
