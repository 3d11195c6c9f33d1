"""Claims: the 60th–62nd reads' claims kinds (bench/BRIEF_REVIEW.md, "claims59"), by kind: an event's or a
product's name with a number ("the 3-Day walk", "One-Step") and a kind told by "one-" ("a one-pill version") read as
figures and then set "agree" across reports; a price range with the sign at both ends ("about $20 to $35") split in
two rows; a question's figure ("… for a year?") told as a fact; a player described by his weight ("the 320-pound
tackle … recorded 31 tackles") made the speaker; what a picture shows ("images of Earth") made the place; a fraction
of a unit ("36 trillionths of a second") read as a rate. Our own invented sentences through the real model, none
from a page.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a number inside a capitalised hyphenated name, and "one-" telling a kind, are no figures (hyphen_names.py)


def test_a_named_events_number_is_no_figure() -> None:
    rows = claims("The museum's 5-Mile run will not return next spring, its director said.",
                  "Organisers said the 5-Mile run drew 3,000 runners last year.")
    assert not [r for r in rows if r["mentions"][0]["value"] == 5], [(r["what"], r["verdict"]) for r in rows]


def test_a_kind_told_by_one_hyphen_is_no_count() -> None:
    rows = claims("Regulators approved a one-dose version of the vaccine for adults.",
                  "Pharmacies stock the one-dose version of the vaccine.")
    assert not [r for r in rows if r["verdict"] == "agree"], [(r["what"], r["verdict"]) for r in rows]
    assert not [m for m in figures("Regulators approved a one-dose version of the vaccine.") if m.value == 1]


def test_a_count_above_one_and_a_one_year_length_stay_figures() -> None:
    # guard: "a three-judge panel" counts judges; "a one-year contract" is a length
    ms = figures("A three-judge panel upheld the one-year contract.")
    assert sorted(m.value for m in ms) == [1, 3], [(m.text, m.value) for m in ms]


# a price range with the currency sign at both ends is one figure (money_ranges.py)


def test_a_price_range_with_two_signs_is_one_figure() -> None:
    rows = claims("Tickets for the regatta cost about $20 to $35, the organisers said.")
    money = [r for r in rows if r["mentions"][0]["dimension"] == "money"]
    assert len(money) == 1 and (money[0]["mentions"][0]["low"], money[0]["mentions"][0]["high"]) == (20, 35), money


def test_a_move_to_a_level_stays_two_figures() -> None:
    # guard: after a verb of change, "$2 to $35" is the move and the level reached
    ms = figures("Shares of Pelham Mills rose $2 to $35 on Monday.")
    assert sorted(m.value for m in ms if m.dimension == "money") == [2, 35], [(m.text, m.value) for m in ms]


# a figure in a question is asked, not told (surroundings.hedge)


def test_a_questions_figure_is_hedged() -> None:
    ms = figures("Why not just freeze my own pay for a year?")
    assert [m.hedge for m in ms] == ["if"], [(m.text, m.hedge) for m in ms]


def test_a_statements_figure_is_not_hedged() -> None:
    ms = figures("The mayor froze her own pay for a year.")
    assert [m.hedge for m in ms] == [""], [(m.text, m.hedge) for m in ms]


# a subject described by a hyphenated measure is the doer, not a speaker (measured_doer.py)


def test_a_player_described_by_his_weight_is_no_speaker() -> None:
    ms = figures("In four seasons, the 6-3, 280-pound lineman played in 44 games and recorded 12 sacks.")
    assert all(m.speaker is None for m in ms), [(m.text, m.speaker.text if m.speaker else None) for m in ms]


def test_a_named_subject_of_record_stays_a_speaker() -> None:
    # guard: a body that records a figure is still its source
    ms = figures("The Health Ministry recorded 12 new cases on Monday.")
    assert [m.speaker.text if m.speaker else None for m in ms if m.value == 12] == ["The Health Ministry"], ms


# the "of" object of a noun of depiction is what is shown, not the place (unplaced.depicted)


def test_what_a_picture_shows_is_not_its_place() -> None:
    rows = claims("There have been only three photographs of Mars from the outer planets, the agency says.")
    assert [r["place"] for r in rows] == [[]], [(r["what"], r["place"]) for r in rows]


def test_a_place_after_of_a_people_noun_stays() -> None:
    # guard: "residents of Lyon" are in Lyon
    rows = claims("About 4,000 residents of Lyon lost power on Sunday.")
    assert [r["place"] for r in rows] == [["Lyon"]], [(r["what"], r["place"]) for r in rows]


# a fraction of a unit ("trillionths of a second") is a part of it, not a rate (rates.fraction_of)


def test_a_fraction_of_a_second_is_no_rate() -> None:
    rows = claims("The laser pulse lasted 40 trillionths of a second.")
    assert not [r for r in rows if "per" in r["what"]], [r["what"] for r in rows]


def test_a_count_a_day_stays_a_rate() -> None:
    # guard
    rows = claims("The plant turns out 400 cars a day.")
    assert [r for r in rows if "per day" in r["what"]], [r["what"] for r in rows]


# a count of places is where its noun or its clause's verb puts it, not in another clause's place (place_counts.py)


def test_a_count_of_places_takes_no_place_from_another_clause() -> None:
    rows = claims("The festival, which began in Denver, cancelled concerts in six other cities, while its rival in "
                  "Austin kept its shows.")
    assert [r["place"] for r in rows] == [[]], [(r["what"], r["place"]) for r in rows]


def test_a_count_of_places_is_not_in_the_place_listed_beside_it() -> None:
    rows = claims("The league cancelled its final in Leeds and six other cities next year.")
    assert [r["place"] for r in rows] == [[]], [(r["what"], r["place"]) for r in rows]


def test_a_count_of_places_keeps_the_place_that_holds_them() -> None:
    # guard: "counties in Kansas", "In Texas, … hit 12 towns"
    rows = claims("Flooding closed roads in seven counties in Kansas on Sunday.")
    assert [r["place"] for r in rows] == [["Kansas"]], [(r["what"], r["place"]) for r in rows]
    rows = claims("In Texas, storms hit 12 towns.")
    assert [r["place"] for r in rows] == [["Texas"]], [(r["what"], r["place"]) for r in rows]


def test_a_count_of_places_is_not_in_its_last_items_state() -> None:
    rows = claims("The orchestra will tour eight cities: Boston, Chicago, Dallas and Fresno, Calif.")
    assert [r["place"] for r in rows] == [[]], [(r["what"], r["place"]) for r in rows]


# two prices joined by "or" are one range; a sum a verb sets its object to is that object (set_levels.py)


def test_two_prices_told_with_or_are_one_range() -> None:
    ms = [m for m in figures("The club could charge members $40 or $45 a month.") if m.dimension == "money"]
    assert [(m.low, m.high) for m in ms] == [(40, 45)], [(m.text, m.low, m.high) for m in ms]


def test_a_sum_a_verb_sets_its_object_to_is_named_by_the_object() -> None:
    rows = claims("If you were to move the ticket price back to $40, more fans would come.")
    assert [r["what"] for r in rows] == ["ticket price (USD) (if)"], [r["what"] for r in rows]


# a relative clause of saying is who claims what the things do, not their event (measured.said_clause)


def test_a_relative_clause_of_saying_is_not_the_figures_event() -> None:
    rows = claims("Engineers unveiled two new drones that they say could map floods.")
    assert [r["what"] for r in rows] == ["new drones unveiled"], [r["what"] for r in rows]


# a share's whole keeps the relative clause that says which ones (share_wholes.py)


def test_a_shares_whole_keeps_which_ones() -> None:
    rows = claims("Yet one in four patients who have a hip replaced still need a second operation.")
    assert [r["what"] for r in rows] == ["share of patients who have a hip replaced: need a second operation"], \
        [r["what"] for r in rows]


def test_a_shares_own_verb_in_a_relative_clause_is_not_repeated() -> None:
    # guard: the clause that is the figure's own verb stays the predicate
    rows = claims("About 30% of the voters who turned out backed the mayor.")
    assert all("who turned out" not in r["what"] or r["what"].count("turned out") == 1 for r in rows), rows


# "That said," opening a sentence is the writer's turn, not a report by "That" (said_markers.py)


def test_that_said_is_no_speaker() -> None:
    ms = figures("That said, about 40 percent of the fans stayed home.")
    assert [m.speaker for m in ms] == [None], [(m.text, m.speaker) for m in ms]


def test_a_later_cue_still_speaks_after_that_said() -> None:
    # guard
    ms = figures("That said, about 40 percent of the fans stayed home, the league said.")
    assert [m.speaker.text if m.speaker else None for m in ms] == ["the league"], ms


def test_a_count_of_places_keeps_a_place_another_clauses_verb_holds() -> None:
    # guard: the states are where the storm headed ("advanced toward the Gulf Coast")
    rows = claims("As the hurricane advanced toward the Gulf Coast, at least five states declared emergencies.")
    assert [r["place"] for r in rows] == [["Gulf Coast"]], [(r["what"], r["place"]) for r in rows]
