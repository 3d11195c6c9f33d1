"""Claims: the fifty-sixth and fifty-seventh reads' claims faults, by kind (bench/BRIEF_REVIEW.md, "claims55"): two
people's ages joined as one figure that differs, a bare number "of them" read as the count of places before it.
Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a bare "the 64-year-old" is the age of the person its own sentence names (ages.pointed_back, kin._back_to)


def test_a_bare_age_after_another_name_is_not_a_named_age_of_another_report() -> None:
    rows = claims("Tom Baker was celebrating his anniversary in the Alps when the 64-year-old had to take a trip "
                  "to the hospital.", "Ann Miller, 51, of Denver, sued the company over the outbreak.")
    assert not [r for r in rows if r["verdict"] == "differ"], rows


def test_a_bare_age_after_the_same_name_still_joins() -> None:
    # guard: the sentence names the same person, so the two ages are one person's and differ
    rows = claims("Ann Miller was celebrating her anniversary in the Alps when the 64-year-old had to take a trip "
                  "to the hospital.", "Ann Miller, 51, of Denver, sued the company over the outbreak.")
    assert [r["verdict"] for r in rows] == ["differ"], rows


# "N of them" after a count of places in a locative phrase counts the figure before (extract._place_scope)


def test_of_them_after_a_count_of_states_counts_the_people() -> None:
    ms = figures("Ann Miller sued the farm over an outbreak of salmonella that sickened 30 people in four states "
                 "and put 12 of them, including Miller, in the hospital.")
    twelve = next(m for m in ms if m.value == 12)
    assert twelve.head == "people", (twelve.head, twelve.unit)
