"""Claims: the twenty-ninth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims39"): an "including" list's
items taken as the place, a place made an attribute by "-based", a place of the clause the counted subject reports
(placeless.py, lexicon inclusion_words and attributive_place_participles). Our own invented sentences through the
real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims


def _rows(text: str) -> list[tuple[str, list[str]]]:
    return [(c["what"], c["place"]) for c in claims(text)]


# an "including" list's items are the things counted, not the count's place


def test_an_including_list_is_no_place() -> None:
    rows = _rows("The new ferries will sail to 9 ports, including Harwich, Esbjerg, Bergen and Kiel, from March.")
    assert rows and all(not place for _, place in rows), rows


def test_a_place_after_the_list_stays() -> None:
    rows = _rows("Floods killed 12 people in Westmark Province on Tuesday, officials said.")
    assert rows == [("people killed in Westmark Province", ["Westmark Province"])]


# a place joined to "-based" describes a noun, not where the figure is


def test_a_based_place_is_no_place() -> None:
    rows = _rows("One Lisbon-based fishing expert said the fleet would need $30 million in new nets.")
    assert rows and all(not place for _, place in rows), rows


# a place inside what the counted speakers report is not the speakers' place


def test_the_reported_clause_place_is_not_the_speakers() -> None:
    rows = _rows("Three people briefed on the talks said the deal needs deeper concessions from Norway.")
    assert rows and all(not place for _, place in rows), rows


def test_a_place_in_the_speakers_phrase_stays() -> None:
    rows = _rows("Three officials in Norway said the deal needs deeper concessions.")
    assert rows and all(place == ["Norway"] for _, place in rows), rows
