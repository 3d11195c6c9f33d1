"""Claims: the twenty-eighth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims38"): a sentence's opening
before a dash taken as a list line's label, the place (openings.py, lexicon clause_openers). Our own invented
sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims


def _whats(text: str) -> list[str]:
    return [c["what"] for c in claims(text)]


# a sentence's opening before a dash is no list line's label, so no place


def test_a_connective_opening_before_a_dash_is_no_place() -> None:
    assert _whats("And there was plenty of the grain — about 1,400 tons, the harbour master said.") == ["weight (ton)"]


def test_a_lower_case_clause_before_a_dash_is_no_place() -> None:
    assert _whats("The crew found plenty of the grain — about 1,400 tons, the harbour master said.") == ["found (ton)"]


def test_a_list_line_label_stays_the_place() -> None:
    assert _whats("Westmark Province - approximately 2,400 people died.") == ["people killed in Westmark Province"]


# a determiner joined by a hyphen is a word of a compound ("all-time"), kept in the "what"


def test_all_time_is_kept_whole() -> None:
    assert _whats("The harbour index scaled a new all-time high of 4,210.5 in early trade.") == [
        "new all-time high scaled"]


# an offset before a clause's event dates the clause it hangs on: no figure


def test_an_offset_before_a_clause_is_no_figure() -> None:
    assert _whats("The two captains meet in Harbourton just 40 days before the season opens.") == []


def test_a_length_before_a_clause_stays_a_figure() -> None:
    assert _whats("The crew worked for three weeks before the season opened.") == ["worked (wk)"]
