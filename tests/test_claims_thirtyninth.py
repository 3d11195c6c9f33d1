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
    rows = _rows("Three lawyers in Norway said the deal needs deeper concessions.")  # (officials: a count of
    # sources, no row since claims75)
    assert rows and all(place == ["Norway"] for _, place in rows), rows


# a percentage on a tariff or a tax is the charge's rate, not a share of tariffs


def test_a_tariff_percentage_is_a_rate() -> None:
    whats = [w for w, _ in _rows("The ministry wants to scrap the 12% tariffs on about $40 billion of imported steel.")]
    assert "tariff rate" in whats and not any(w.startswith("share of") for w in whats), whats


def test_a_share_of_workers_stays_a_share() -> None:
    whats = [w for w, _ in _rows("About 12% of the workers at the yard walked out on Monday.")]
    assert any(w.startswith("share of workers") for w in whats), whats


# a format's name glued to a letter ("4K", "3D") counts no unit


def test_a_resolution_name_is_no_figure() -> None:
    assert _rows("When streaming at 4K, we draw each frame at a lower size and then sharpen it.") == []


def test_a_thousand_followers_stay_a_figure() -> None:
    assert [w for w, _ in _rows("The harbour office gained 10K followers in March.")]


# a verb outside a quotation is its attribution, never the quoted figure's event


def test_the_attributing_verb_is_no_event() -> None:
    whats = [w for w, _ in _rows(
        '"As the mayor\'s partner for over a decade, we were shocked to see her claims yesterday,"'
        ' the statement read.')]
    assert whats and not any("read" in w for w in whats), whats


def test_a_verb_inside_the_quotation_stays_the_event() -> None:
    whats = [w for w, _ in _rows('"We have sailed these waters for over a decade," the harbour master said.')]
    assert whats == ["sailed waters (decade)"], whats


def test_a_verb_before_a_quoted_object_stays_the_event() -> None:
    whats = [w for w, _ in _rows('Inspectors discovered at least "a couple of other instances" of unlocked gates.')]
    assert any("discovered" in w for w in whats), whats


def test_a_verb_in_a_resumed_quotation_stays_the_event() -> None:
    whats = [w for w, _ in _rows('"Forty-five years of practicing law," he said,'
                                 ' "has convinced me that no tide waits."')]
    assert any("convinced" in w for w in whats), whats
