"""claims92: a distance's row is named by the phrase its unit opens ("12 km west of Tarnby"), not by its clause's
verb, and the place that phrase names is where it is measured from, not where it is (reaches.py). Our own invented
sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a hill farm, a ferry,
a quarry, a reservoir); each rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import claims, whats


def test_a_bearing_names_the_distance_not_the_clauses_verb() -> None:
    rows = whats("The sheep count is being carried out about 12 km west of Tarnby after the storm.")
    assert rows == ["distance (km) west of Tarnby"], rows


def test_an_off_phrase_names_the_distance_and_its_place_is_no_in_place() -> None:
    rows = claims("The ferry was found drifting about 9 km off the coast of Veldholm on Sunday.")
    assert [r["what"] for r in rows] == ["distance (km) off the coast of Veldholm"], rows
    assert rows[0]["place"] == [], rows


def test_an_aside_distance_after_a_name_is_that_names() -> None:
    rows = claims("Trucks were sent to the quarry at Brenna Ridge, around 14 km offshore from Dunmore, on Friday.")
    whats_ = [r["what"] for r in rows]
    assert whats_ == ["distance of Brenna Ridge (km) offshore from Dunmore"], rows


def test_a_bracketed_conversion_is_passed_over() -> None:
    rows = whats("Most of the flooding has been near the reservoir town of Hallam, about 40 kilometers (25 miles) "
                 "from the dam.")
    assert rows == ["distance of Hallam (km) from the dam"], rows


# guards: a journey's "from" keeps its verb; a bare "away" and another clause's phrase name nothing


def test_a_journeys_from_keeps_its_verb() -> None:
    rows = whats("The pilot flew 300 km from Tarnby to the island.")
    assert rows and rows[0].startswith("distance flown (km)"), rows


def test_a_bare_away_names_no_phrase() -> None:
    rows = whats("Rescuers found the missing hiker 7 km away on Tuesday.")
    assert rows and "away" not in rows[0], rows


def test_a_bearing_on_the_units_verb_is_the_units_own() -> None:
    rows = whats("Farmers moved the herd to the hamlet of Dunrath, which lies about 18 km (11 miles) south of Kelby.")
    assert rows and rows[0].endswith("(km) south of Kelby"), rows


def test_a_noun_whose_of_phrase_the_distance_is_names_it() -> None:
    rows = whats("Last year the ferry's longest crossing was at a range of 240 km west of Skellan Point.")
    assert rows == ["range (km) west of Skellan Point, last year"] or rows == ["range (km) west of Skellan Point"], rows


def test_an_asides_distance_takes_no_hedge_of_its_clause() -> None:
    rows = whats("It is expected that the divers will work near Carrick lighthouse, about 15 km off Kilbeg harbour.")
    assert rows == ["distance of Carrick lighthouse (km) off Kilbeg harbour"], rows


def test_an_asides_name_glossed_by_its_region_is_the_first_name() -> None:
    """A region after a name only says where the name is: the distance is the name's, not the region's."""
    text = "He will serve the sentence at the jail on Harbor Point, Oregon, about 40 miles from downtown Corvale."
    rows = claims(text)
    whats_ = [r["what"] for r in rows]
    assert whats_ == ["distance of Harbor Point (mi) from downtown Corvale"], rows
