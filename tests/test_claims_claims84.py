"""claims84: what a claims row counts, its noun and its holder, by kind: a fact box's "Label: value" entries, a
figure with its own past season, a claim of money that is no deed. Our own invented sentences through the real
model, of subjects no benchmark, in-sample or held-out story has (a kettle, a netball club, a farmer's tax
return); each rule's test fails without it, and a guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import claims

# a fact box's "Label: value - comparison Label: value" run: the label is the figure's noun (fact_box.py)

_BOX = ("The new kettle goes on sale on Monday.\n\n"
        "Height: 24.5cm - taller than the old kettle Weight: 1.2kg - lighter than the old kettle "
        "Capacity: 1.7 litres - the same as before Price: £30\n\n"
        "The maker said it expects strong demand.")


def test_a_fact_box_label_names_its_figure() -> None:
    whats = {r["mentions"][0]["value"]: r["what"] for r in claims(_BOX)}
    assert whats[24.5].startswith("height"), whats
    assert whats[1.2].startswith("weight"), whats
    assert whats[1.7].startswith("capacity"), whats


def test_a_fact_box_comparison_is_no_holder_of_the_next_label() -> None:
    whats = [r["what"] for r in claims(_BOX)]
    assert not any("than" in w for w in whats), whats


def test_a_fact_box_run_into_a_paragraph_keeps_its_labels_and_counts() -> None:
    rows = claims("Supplies of the new kettle went to 33 shops. Height: 24.5cm - taller than old kettle Weight: "
                  "1.2kg - lighter than old kettle Number to be sold: 1.5 million - about 23 per shop. Old kettles "
                  "will be recycled.")
    whats = {r["mentions"][0]["value"]: r["what"] for r in rows}
    assert whats.get(24.5, "").startswith("height") and whats.get(1.5e6) == "number to be sold", whats


def test_a_colon_after_a_verb_is_no_label() -> None:
    rows = claims("The groundsman said: 40 trees fell in the storm.")
    assert rows and all("groundsman" not in r["what"] for r in rows), [r["what"] for r in rows]


# a date put before two coordinated verbs dates both; "last season" is a past time (past_times.py)

_SEASON = ("Last season the netball club lost only three matches and conceded 290 goals, while this season it has "
           "lost 14 matches and conceded 430 goals.")


def test_a_fronted_last_season_dates_both_coordinated_verbs() -> None:
    whats = {r["mentions"][0]["value"]: r["what"] for r in claims(_SEASON)}
    assert whats[3].endswith("last season") and whats[290].endswith("last season"), whats


def test_this_seasons_figures_take_no_past_label() -> None:
    whats = {r["mentions"][0]["value"]: r["what"] for r in claims(_SEASON)}
    assert "last season" not in whats[14] and "last season" not in whats[430], whats


def test_a_date_after_the_first_verb_is_that_verbs_alone() -> None:
    rows = claims("The netball club lost three matches last season and has conceded 430 goals since August.")
    whats = {r["mentions"][0]["value"]: r["what"] for r in rows}
    assert "last season" not in whats[430], whats


# "claimed" money or a tax item is a claim of one's due, no deed: its subject stays the next "he" (cue_senses.py)


def test_he_after_a_claim_of_income_is_the_claimant() -> None:
    rows = claims("Mr Orme claimed negative income on his farm's returns. He said he paid $2.1 million in tax "
                  "that year.")
    tax = next(m for r in rows for m in r["mentions"] if m["value"] == 2_100_000)
    assert tax["speaker"] == "Mr Orme", tax


def test_a_group_that_claimed_a_kidnapping_is_no_speaker_of_the_next_toll() -> None:
    rows = claims("The Grey Hand group claimed the kidnapping in a statement. At least 14 drivers were killed.")
    drivers = next(m for r in rows for m in r["mentions"] if m["value"] == 14)
    assert drivers["speaker"] is None, drivers


# a count that is the subject of a verb of presence takes the state it is put in (wording._state)


def test_a_count_in_a_state_is_told_by_that_state() -> None:
    rows = claims("Two climbers are in a critical condition after the rockfall, rescuers said.")
    assert [r["what"] for r in rows] == ["climbers in critical condition"], [r["what"] for r in rows]


def test_a_count_that_remains_in_a_state_is_told_by_that_state() -> None:
    rows = claims("Four hikers remain under observation at the lodge.")
    assert [r["what"] for r in rows] == ["hikers under observation"], [r["what"] for r in rows]


def test_a_count_in_two_states_takes_both_not_a_time() -> None:
    rows = claims("Three climbers remain in hospital in a serious condition after the rockfall.")
    assert [r["what"] for r in rows] == ["climbers in hospital in serious condition"], [r["what"] for r in rows]


def test_a_count_at_a_place_takes_no_state() -> None:
    rows = claims("About 300 hikers were in Aviemore on Sunday.")
    assert all("in Aviemore" not in r["what"].split(" in ")[0] for r in rows), [r["what"] for r in rows]


# a measure named only by its verb: the dimension's word and the verb's participle (table._measure_what)


def test_a_measure_named_only_by_its_verb_names_its_dimension() -> None:
    rows = claims("The new fence posts must be sunk at least four feet into the dunes.")
    assert [r["what"] for r in rows] == ["distance sunk (ft)"], [r["what"] for r in rows]


# a bare part told by its whole's verb ("close 20 shops, including seven in Kent") is its whole's thing, not the
# quoted clause around it (extract._whole)


def test_a_listed_part_takes_its_wholes_noun_not_a_quotation() -> None:
    rows = claims("The bakery chain will close 20 shops, including seven in Kent, three in Essex and two in Surrey.")
    parts = [r["what"] for r in rows if r["mentions"][0]["value"] in (7, 3, 2)]
    assert len(parts) == 3 and all(w.startswith("shops closed") for w in parts), [r["what"] for r in rows]


def test_a_part_with_its_own_verb_keeps_it() -> None:
    rows = claims("The flood killed 30 people and another 4,000 have fled their homes.")
    fled = next(r["what"] for r in rows if r["mentions"][0]["value"] == 4000)
    assert "killed" not in fled, [r["what"] for r in rows]


def test_a_group_that_claimed_a_number_of_raids_is_no_speaker_of_their_toll() -> None:
    rows = claims("The Grey Hand group has claimed a number of deadly raids, including one in May that killed more "
                  "than 50 drivers.")
    drivers = next(m for r in rows for m in r["mentions"] if m["value"] == 50)
    assert drivers["speaker"] is None, drivers


def test_a_short_verbs_participle_doubles_its_consonant() -> None:
    rows = claims("Rangers said the boulder could drop 50 feet onto the trail.")
    assert [r["what"] for r in rows] == ["distance dropped (ft)"], [r["what"] for r in rows]
