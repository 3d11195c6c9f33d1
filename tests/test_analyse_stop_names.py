"""Sentence splitting: a product's name ending in a stop ("the VW ID. SPACE VIZZION") is no sentence end (issue 12:
"must not cut inside model names"; fixtures written for these tests, in the style of motoring copy)."""

from __future__ import annotations

import pytest

from storyline.analyse import analyse, stop_names
from storyline.model import Document


def _sentences(text: str) -> list[str]:
    return [s.text for s in analyse([Document(id="d", text=text)])[0].sentences]


def test_a_name_the_text_repeats_after_its_stop_is_one_sentence() -> None:
    text = (
        "The Kessler ZR. Aurora is the brand's third electric coupe. Whatever the trim, Kessler says that while "
        "the ZR. Aurora may only be a concept today, it is weighing a road version for Europe.\n"
        "Add a second motor to the front, and the ZR. Aurora would offer 300 horsepower in total."
    )
    assert _sentences(text) == [
        "The Kessler ZR. Aurora is the brand's third electric coupe.",
        "Whatever the trim, Kessler says that while the ZR. Aurora may only be a concept today, it is weighing a "
        "road version for Europe.",
        "Add a second motor to the front, and the ZR. Aurora would offer 300 horsepower in total.",
    ]


def test_a_name_in_capitals_after_a_short_stop_is_one_sentence() -> None:
    text = "Walk up to the car and the pads light up. Kessler says the ZX. NOVA TOURER may reach buyers in 2022."
    assert _sentences(text)[-1] == "Kessler says the ZX. NOVA TOURER may reach buyers in 2022."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He moved to the U.S. Two years later he was arrested. He flew back to the U.S. Two days later he left.", 4),
        ("The deal was signed by Acme Inc. The company declined to comment. Shares of Acme Inc. The figures fell.", 4),
        ("Talks were held with the EU. NATO members met on Tuesday.", 2),
        ("The plan was drafted by John A. Smith. He left in May.", 2),
    ],
)
def test_real_sentence_ends_after_initials_and_short_words_still_split(text: str, expected: int) -> None:
    assert len(_sentences(text)) == expected, _sentences(text)


def test_the_pairs_a_text_repeats() -> None:
    text = "the ID. SPACE VIZZION is long; the ID. SPACE VIZZION is fast. Acme Inc. The firm. Acme Inc. The end."
    assert stop_names(text) == frozenset({"ID. SPACE"})


def _held_text() -> str:
    return (
        "The Kessler ZR. AURORA LINE is the brand's third electric van.\n"
        "Kessler says it hopes to put a road version of the Kessler ZR. AURORA LINE into the European market "
        "sometime in 2027, an example of the reach of its platform."
    )


def test_the_parse_keeps_a_name_with_a_stop_inside_its_sentence() -> None:
    from storyline.parses import parsed, sentence_span

    a = analyse([Document(id="d", text=_held_text())])[0]
    second = a.sentences[1]
    assert "ZR. AURORA LINE into" in second.text
    span = sentence_span(a, second)
    assert span is not None
    year = next(t for t in span if t.text == "2027")
    assert "hopes" in [t.text for t in year.ancestors]  # the plan's verb governs its year: the parse is one sentence
    assert parsed(a.paragraphs[1]) is not None


def test_a_mention_running_into_a_name_with_a_stop_keeps_only_the_words_before_it() -> None:
    from storyline.analyse import _name_span

    text = "Kessler says the Kessler ZR. AURORA LINE will ship."
    held = [(text.index("ZR."), text.index("AURORA"))]
    start = text.index("Kessler ZR.")
    assert _name_span(start, text.index(" will"), text, held) == (start, start + len("Kessler"))
    assert _name_span(text.index("ZR."), text.index(" will"), text, held) is None  # the product's name alone
    assert _name_span(0, len("Kessler"), text, held) == (0, len("Kessler"))  # a mention before it stays whole
    mentions = analyse([Document(id="d", text=_held_text())])[0].mentions
    assert [m.text for m in mentions if "Kessler" in m.text] == ["Kessler"] * 3  # was "the Kessler ZR"
