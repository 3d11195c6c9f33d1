"""inputs60: a capitals label's teaser headline that ends where the glued sentence opens on its subject, a name or
a quantity after a lower-case word (clean/inlineparts.py ``SUBJECT_ENDS``).

Made-up records of a farm bill and a harvest festival; the positive tests fail with the switch off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline.clean import inlineparts
from storyline.clean.hyphens import mend_hyphens
from storyline.clean.inlineparts import cut_record_furniture

_BEFORE = "The farm bill passed the lower house on Friday. Growers had lobbied for it for three years. "
_AFTER = " The upper house will vote on the bill in May. Farmers' groups welcomed the result."
_NAME = ("OPINION: How the Tax Bill hurts small farms Johnson last week voted for the bill in the Senate with "
         "four other members.")
_QUANTITY = ("WATCH: Harvest of Hope: Meeting the Valley farmers Hundreds of growers were paid late after the "
             "storm.")


@pytest.fixture
def switch() -> Iterator[None]:
    saved = inlineparts.SUBJECT_ENDS, inlineparts.WORD_ENDS
    yield
    inlineparts.SUBJECT_ENDS, inlineparts.WORD_ENDS = saved


def _cut(text: str) -> tuple[str, list[str]]:
    out, parts = cut_record_furniture(mend_hyphens(text))
    return out, [p.text for p in parts]


def test_a_headline_ends_where_a_name_opens_the_glued_sentence() -> None:
    out, parts = _cut(_BEFORE + _NAME + _AFTER)
    assert parts == ["OPINION: How the Tax Bill hurts small farms"]
    assert "years. Johnson last week voted for the bill" in out


def test_a_headline_ends_where_a_quantity_opens_the_glued_sentence() -> None:
    out, parts = _cut(_BEFORE + _QUANTITY + _AFTER)
    assert parts == ["WATCH: Harvest of Hope: Meeting the Valley farmers"]
    assert "years. Hundreds of growers were paid late after the storm." in out


def test_without_the_rule_the_label_stays_or_takes_the_sentence(switch: None) -> None:
    inlineparts.SUBJECT_ENDS = False
    inlineparts.WORD_ENDS = False  # inputs63's end before an ordinary word capitalised ("farmers Hundreds of …")
    assert "OPINION: How the Tax Bill" in _cut(_BEFORE + _NAME + _AFTER)[0]
    assert "Hundreds of growers" not in _cut(_BEFORE + _QUANTITY + _AFTER)[0]


@pytest.mark.parametrize("sentence", [
    "UPDATE: Police in the capital arrested Smith on Monday after the raid on the farm.",
    "UPDATE: Officials met Johnson at the farm on Monday for talks on the bill.",
    "OPINION: Why is the Tax Bill so bad for Farmers? It said growers would pay more under the bill.",
])
def test_a_labelled_sentence_with_no_headline_is_left_alone(sentence: str) -> None:
    out, parts = _cut(_BEFORE + sentence + _AFTER)
    assert not any(p.startswith(("UPDATE", "OPINION")) for p in parts)
    assert sentence.split(":", 1)[0] in out
