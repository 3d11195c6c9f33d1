"""inputs62: a JSON record's text by kind: hyphens for spaces beside three different record words, each where it
does a function word's job, show the fault in a record that shows no other kind.

Made-up records of an orchestra and a bakery; each positive test fails with its switch off.
"""

from __future__ import annotations

import pytest

from storyline.clean import crossheads, hyphens
from storyline.clean.hyphens import mend_hyphens

_ORCHESTRA = ("The orchestra will travel to-Vienna in May. A request-by the conductor was refused last year. "
              "Two players have been-dismissed since then.")


def test_three_record_words_in_function_use_show_the_fault() -> None:
    assert mend_hyphens(_ORCHESTRA) == ("The orchestra will travel to Vienna in May. A request by the conductor was "
                                        "refused last year. Two players have been dismissed since then.")


def test_three_record_words_show_nothing_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "RECORD_SIGNAL", False)
    assert mend_hyphens(_ORCHESTRA) == _ORCHESTRA


def test_compounds_of_record_words_show_nothing() -> None:
    text = ("The bakery's in-house team fitted a built-in oven and the hoped-for add-on. The stand-by generator ran "
            "head-on into a drive-by inspection that the long-awaited check-in allowed.")
    assert mend_hyphens(text) == text


def test_two_record_words_show_nothing() -> None:
    text = "The orchestra will travel to-Vienna in May. A request-by the conductor was refused last year."
    assert mend_hyphens(text) == text


_SHIPYARD = ("The shipyard reopened on Monday after a long strike. Order book Many ships were waiting for repairs, "
             "the manager said. Family firm history Pemberton founded the yard in 1901, according to a statement "
             "by Pemberton Holdings. Its owners thanked the crews.")


def _heads(text: str) -> list[str]:
    return [text[a:b] for a, b in crossheads.crossheads(text)]


def test_a_crosshead_before_a_name_is_cut_in_a_record_with_another_crosshead() -> None:
    assert _heads(_SHIPYARD) == ["Order book", "Family firm history"]


def test_a_crosshead_before_a_name_stays_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crossheads, "NAME_HEADS", False)
    assert _heads(_SHIPYARD) == ["Order book"]


def test_a_subject_and_verb_before_a_name_stay_in_a_record_without_a_crosshead() -> None:
    text = ("The shipyard reopened on Monday after a long strike. Records show Pemberton founded the yard in 1901, "
            "according to a statement by Pemberton Holdings.")
    assert _heads(text) == []


def test_a_word_glued_to_a_share_is_spaced_in_a_record_with_the_fault() -> None:
    text = "The bakery-said sales rose. Its share fell by-12 percent and stayed above-40% of the market in mid-2016."
    assert mend_hyphens(text) == ("The bakery said sales rose. Its share fell by 12 percent and stayed above 40% of "
                                  "the market in mid-2016.")


def test_a_word_glued_to_a_share_stays_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "SHARES_SPACED", False)
    assert "above-40%" in mend_hyphens("The bakery-said sales rose. Its share stayed above-40% of the market.")


def test_a_word_glued_to_a_share_stays_in_a_record_without_the_fault() -> None:
    text = "The bakery's share stayed above-40% of the market."
    assert mend_hyphens(text) == text


def test_a_hyphen_before_also_is_a_space() -> None:
    text = "The conductor-also resigned. It-also said the tour was over; he was an also-ran."
    assert mend_hyphens(text) == "The conductor also resigned. It also said the tour was over; he was an also-ran."


def test_a_hyphen_before_also_stays_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "LAST_WORDS", False)
    assert mend_hyphens("The conductor-also resigned.") == "The conductor-also resigned."
