"""Claims: the twenty-sixth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims36"): a verb of level, of
change, of yield or of lasting as the "what" (levels.py, lexicon level_verbs, amount_verbs); a negation of the
object ("showed no signs"); a participle's rate adverb ("diagnosed annually") and "every year" on the verb; a scale's
number before a plural noun ("Level 2 stations", a kind); a list after "be" and "back to Earth" as no place; a goal's
"of doing"; a modal perfect. Our own invented sentences through the real model (``analyse``), none from a benchmark
story.
"""

from __future__ import annotations

from claims_support import figures
from claims_support import whats as _whats

# a verb of level: the subject is what is measured


def test_a_level_verb_names_its_subject() -> None:
    assert _whats("Ferry fares on the harbour route will start at 40 euro.") == ["ferry fares (EUR)"]


def test_a_verb_not_of_level_keeps_its_name() -> None:
    assert _whats("The harbour ferry was moving at 30 mph.") == ["speed moving (mph)"]


# a verb of change with an object and a "to" figure: the object is what changes


def test_a_change_verb_names_its_object() -> None:
    assert _whats("The new engine can cut the crossing time to 40 minutes.") == ["time (min)"]


# a verb of yield or of lasting: the unit's dimension names the measure


def test_a_yield_verb_names_the_dimension() -> None:
    assert _whats("The harbour engine cranks out 300 kW at full throttle.") == ["power (kW)"]


def test_a_deliver_verb_names_the_dimension() -> None:
    assert _whats("The harbour ferry should deliver around 215 miles on one tank.") == ["distance (mi)"]


def test_a_lasting_verb_names_the_dimension() -> None:
    whats = _whats("The harbour siren gives a long blast lasting for eight seconds.")
    assert whats == ["time (s)"]


def test_a_verb_of_doing_keeps_its_name() -> None:
    assert _whats("The harbour ferry traveled 215 miles on one tank.") == ["distance traveled (mi)"]


# a negation of the object: "showed no signs"


def test_no_on_the_object_is_kept() -> None:
    assert _whats("The other 28 dockers have showed no signs of the illness.") == ["other dockers that showed no signs"]


def test_not_on_the_verb_is_kept() -> None:
    got = _whats("The other 28 dockers did not show signs of the illness.")
    assert got == ["other dockers that did not show signs"]


def test_an_object_without_no_stays() -> None:
    assert _whats("About 40 dockers showed signs of the illness.") == ["dockers that showed signs"]


# a participle's rate adverb after the figure's noun


def test_a_participle_rate_adverb() -> None:
    ms = figures("Cases spring up in the harbour, with up to a dozen people diagnosed annually.")
    assert [m.per for m in ms] == ["year"]


def test_a_participle_with_a_date_is_no_rate() -> None:
    assert [m.per for m in figures("About 40 dockers diagnosed last year were treated.")] == [""]


# a scale's number before a plural noun names a kind


def test_a_level_before_a_plural_is_a_kind() -> None:
    assert figures("For Level 2 chargers, the harbour offers free parking.") == []


def test_a_category_before_a_singular_stays() -> None:
    ms = figures("Hurricane Ann became a Category 4 storm on Monday.")
    assert [(m.value, m.dimension) for m in ms] == [(4, "category")]


# a list after "be" names what its counted subject counts: no place of the count


def test_a_copula_list_is_no_place() -> None:
    whats = _whats("Four countries where the virus still circulates are Chile, Peru, Bolivia and Ecuador.")
    assert len(whats) == 1 and " in " not in whats[0]


def test_a_place_of_the_verb_stays() -> None:
    assert _whats("Three ferries sank in Peru.") == ["ferries that sank in Peru"]


# "back to" a place after a verb of sending or going is a destination


def test_back_to_a_place_is_a_destination() -> None:
    assert _whats("Ann Lee said the ferry will be able to deliver up to 100 metric tons of cargo to the harbour and "
                  "bring an unspecified amount back to Europe.") == ["cargo (t)"]


def test_a_place_of_the_cargo_stays() -> None:
    assert _whats("The ferry carried 100 metric tons of cargo in Europe.") == ["cargo (t) in Europe"]


# a goal's "of" gerund is an aim


def test_a_goal_of_doing_is_an_aim() -> None:
    assert _whats("The harbour board is working on a call for bids, with a goal of doing two deliveries of fuel to "
                  "the island.") == ["deliveries of fuel done (aim)"]


def test_proud_of_doing_is_done() -> None:
    got = _whats("The harbour board is proud of doing two deliveries of fuel to the island.")
    assert got == ["deliveries of fuel done"]


# a modal perfect is a past estimate, no projection


def test_a_modal_perfect_is_no_projection() -> None:
    # no *(projected)*; the possibility is marked "(may)" since claims48 (claims/modals.py)
    assert _whats("In the 14th century more than 100,000 people may have perished in the harbour town.") == [
        "people killed (may)"]


def test_a_modal_is_still_a_projection() -> None:
    assert _whats("More than 100,000 people could die in the harbour town.") == ["people killed (projected)"]


# an "every <period>" on the figure's verb, past the scan's reach, is the figure's rate


def test_every_year_on_the_verb_is_a_rate() -> None:
    whats = _whats("The harbour board is working on a call for bids, with a goal of doing two “deliveries” of fuel to "
                   "the island every year.")
    assert len(whats) == 1 and "per year" in whats[0]


def test_every_one_of_them_is_no_rate() -> None:
    assert _whats("The ferry made two trips to the island, every one of them late.") == ["trips made"]
