"""claims87: a row's what checked against its figures' parse and rebuilt from it when it fails (label_check.py).
Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a
cyclists' complaint, a flooded village, a goat farm, a museum's vase); each rule's test fails without it, and a guard
beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import claims, whats
from storyline.claims.label_check import LabelGist, checked

# a measure's what: its own "to" clause kept, another clause's verb never its name; the house's predicates stay


def test_a_measure_with_its_own_to_clause_keeps_that_clause() -> None:
    rows = whats("The tenants have 60 days to leave the building, the landlord said.")
    assert rows == ["time to leave (d) (tenants)"], rows  # (a noun phrase, no "time (d): tenants have …", claims97)


def test_a_measure_named_by_another_clauses_verb_is_rebuilt_from_its_own_clause() -> None:
    gist = LabelGist(frozenset({"said", "have", "hit"}), frozenset({"the"}), frozenset(), frozenset({"have", "hit"}),
                     "", "", "floods have hit village", "“have hit the village in the past two years”")
    assert checked("farmers said", [gist], "duration", False, ("time", "yr")) == "time (yr): floods have hit village"
    assert checked("floods hit village", [gist], "duration", False, ("time", "yr")) == "floods hit village"


def test_the_houses_predicates_and_noun_named_measures_stay_as_they_were() -> None:
    assert whats("The goat farm has struggled for more than a decade, its owner said.") == \
        ["goat farm struggled (decade)"]
    assert whats("The bakery received a four-week ban from the market.") == ["ban (wk)"]


# no lost character and no stray quotation mark in a row's what; no function word or count's verb first

_GIST = LabelGist(frozenset({"fought"}), frozenset({"and"}), frozenset(), frozenset({"fought"}), "", "rebels",
                  "army fought rebels", "“army fought 76 rebels”")


def test_a_stray_quotation_mark_is_dropped_and_a_lone_bracket_fails_the_what() -> None:
    assert checked('"rebels (army fought)', [_GIST], "count", True, ("", "")) == "rebels (army fought)"
    assert checked("rebels (army fought", [_GIST], "count", True, ("", "")) == "rebels: army fought rebels"


def test_a_lost_character_fails_the_what() -> None:
    what = checked("\ufffd (GBP)", [_GIST], "money", True, ("amount", "GBP"))
    assert "\ufffd" not in what and what.startswith("rebels (GBP)"), what


def test_a_verb_cut_by_a_lost_character_is_no_clause_of_a_rebuilt_what() -> None:
    rows = whats("The gallery said the painting was \ufffdworth more than 48,000 euros ($52,000) over the years.")
    assert rows == ["amount (EUR)"], rows
    rows = whats("The keeper \ufffded the herd for five years, the farm said.")
    assert all("said" not in w for w in rows), rows


def test_a_verb_or_function_word_first_fails_a_count_and_a_house_word_or_noun_passes() -> None:
    assert checked("fought rebels", [_GIST], "count", True, ("", "")) == "rebels: army fought rebels"
    assert checked("and rebels", [_GIST], "count", True, ("", "")) == "rebels: army fought rebels"
    assert checked("rebels fought", [_GIST], "count", True, ("", "")) == "rebels fought"
    assert checked("people killed", [_GIST], "count", True, ("", "")) == "people killed"


# a number that ends a body's name "<Capitalised word> of N" is no figure (hyphen_names.of_name_number)


def test_a_number_ending_a_bodys_name_is_no_count() -> None:
    rows = claims("Finance chiefs from the Group of 20 major economies met in Lisbon on Friday.")
    assert not any(m["value"] == 20 for r in rows for m in r["mentions"]), rows
    rows = claims("The Council of 12 Elders fined 40 farmers.")
    values = {m["value"] for r in rows for m in r["mentions"]}
    assert 12 not in values and 40 in values, rows


def test_a_lower_case_of_and_an_opening_of_stay_counts() -> None:
    rows = claims("A team of 12 engineers fixed the dam. Of the 40 pumps, 12 failed.")
    assert any("engineers" in r["what"] for r in rows), rows


# whose a generic count is: a possessor, an "of"/"for" complement, the subject of a verb of getting (label_check.whose)


def test_a_generic_count_shows_the_subject_that_gained_it() -> None:
    assert whats("The Greens have gained around 10 points in the polls since March, a survey showed.") == \
        ["points gained (Greens)"]
    assert whats("Mayor Ortiz won 3,000 votes in the first round.") == ["votes won (Mayor Ortiz)"]


def test_a_holder_already_shown_a_common_noun_and_an_agent_are_not_added() -> None:
    assert whats("The mayor won 3,000 votes in the first round.") == ["votes won"]
    assert whats("The Greens' 12 seats were lost in the vote.") == ["Greens' seats lost"]
    assert whats("Police arrested 20 people after the match.") == ["people arrested"]
