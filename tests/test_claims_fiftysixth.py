"""Claims: the fifty-sixth and fifty-seventh reads' claims faults, by kind (bench/BRIEF_REVIEW.md, "claims55"): two
people's ages joined as one figure that differs, a bare number "of them" read as the count of places before it, a
dateline's or a person's place given to a count over several places, "X quoted him as saying" making X the speaker,
a linking verb's adjective and a progressive's auxiliary lost from the what, a place's distance split by its
sentences' verbs, a bracketed "(according to X)" carried to the next sentence, a yearly table's rows losing their
years, a person's home taken as a figure's place, a vote's tally losing its sides. Our own invented sentences
through the real model, none from a page.
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


# a figure told over a count of places has no one place of its sentence (extract._over_places)


def test_a_count_over_seven_states_is_not_placed_in_a_persons_town() -> None:
    rows = claims("Ann Miller, 51, of Lakewood, Calif., sued the farm over an outbreak of salmonella that sickened 49 "
                  "people in seven states and put 11 of them in the hospital.")
    places = [(r["what"], r["place"]) for r in rows if r["mentions"][0]["unit"] != "age"]
    assert all(not p for _, p in places), places


def test_a_count_in_one_named_place_keeps_its_place() -> None:
    # guard: one named place of the clause stays the figure's place
    rows = claims("Ann Miller, 51, sued the farm over an outbreak of salmonella that sickened 49 people in Denver.")
    assert any(r["place"] == ["Denver"] for r in rows), [(r["what"], r["place"]) for r in rows]


def test_a_count_over_states_is_not_placed_in_the_subjects_town() -> None:
    rows = claims("Lakewood, Calif., a town of farms, has sickened almost 50 people in seven states, officials said.")
    assert all(not r["place"] for r in rows), [(r["what"], r["place"]) for r in rows]


# "X quoted him as saying": he is the speaker, X only passes it on (attribution._subject)


def test_the_one_quoted_as_saying_is_the_speaker() -> None:
    rows = claims("Advocate John Smith said the country had signed up to conventions. \"The fact remains that the "
                  "country hosts only 0.3% of refugees worldwide,\" the national broadcaster quoted him as saying.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["Advocate John Smith"], rows


# a linking verb's adjective is part of the what ("people that became sick"; wording._idiom)


def test_a_linking_verbs_adjective_stays_in_the_what() -> None:
    rows = claims("In March, an outbreak was linked to spinach after 33 people in five states became sick, according "
                  "to the CDC.")
    assert any(r["what"] == "people that became sick" for r in rows), [r["what"] for r in rows]


# a place's distance told beside its name is one figure, whatever each report's verb (extract._place_distance)


def test_a_places_distance_under_two_verbs_is_one_row() -> None:
    rows = claims("At least 40 people were injured during the clash in the Dool area of Kishtar, around 150 km from "
                  "Udhampur city.", "The killings in the Dool area of Kishtar district, around 150 km from Udhampur "
                  "city, also cast a shadow over the pilgrimage.")
    km = [r for r in rows if r["mentions"][0]["unit"] == "km"]
    assert len(km) == 1 and len(km[0]["mentions"]) == 2 and km[0]["what"].startswith("distance"), km


def test_a_journeys_length_keeps_its_verb() -> None:
    # guard: a length its verb travels is no place's distance
    rows = claims("The convoy drove 150 km from Udhampur city to the border on Monday.")
    assert any("drove" in r["what"] or "drive" in r["what"] for r in rows), [r["what"] for r in rows]


# a bracketed "(according to X)" is its own sentence's source, not the next one's (attribution._continued)


def test_a_bracketed_source_does_not_carry_to_the_next_sentence() -> None:
    rows = claims("Lee said she does not think so. \"You still have a study that was flawed,\" she said on "
                  "\"GMA.\" \"I think it's already plummeted in sales -- there used to be $3 billion in sales "
                  "(according to the Boston Globe and the Chicago Tribune). Now about 3,000 people are taking the "
                  "drug, so I think it's really kind of too late.\"")
    row = next(r for r in rows if r["mentions"][0]["value"] == 3000)
    assert row["mentions"][0]["speaker"] != "the Boston Globe and the Chicago Tribune", row


def test_a_progressive_keeps_its_auxiliary_in_the_what() -> None:
    rows = claims("Now about 3,000 people are taking the drug, so I think it is too late.")
    assert [r["what"] for r in rows] == ["people that are taking drug"], rows


# a yearly table's line keeps its year (extract._dated_line, table)


def test_a_yearly_tables_rows_keep_their_years() -> None:
    rows = claims("Arrivals by sea\n- 2010: 134 boats carrying 6,535 passengers\n- 2011: 69 boats, carrying 4,565 "
                  "passengers\nFigures from the Department of Immigration")
    assert sorted(r["what"] for r in rows if "boats" in r["what"]) == ["boats, 2010", "boats, 2011"], rows


# a person's home glossing the name is no place of the figure (extract._home_gloss)


def test_a_persons_home_is_not_the_place_of_a_count() -> None:
    rows = claims("Ann Miller, of Lakewood, Calif., is one of 49 victims of an outbreak linked to frozen berries.")
    assert [r["place"] for r in rows] == [[]], rows


def test_a_bodys_of_place_is_still_a_place() -> None:
    # guard: "the mayor of Denver" glosses no person's home
    rows = claims("The health department of Denver said 49 people were sickened by the berries.")
    assert [r["place"] for r in rows] == [["Denver"]], rows


# a vote's tally keeps its sides (wording._idiom), and a bare count under the same verb is read (counted_thing)


def test_a_votes_tally_keeps_its_sides() -> None:
    rows = claims("Thirteen members of the 26-person panel voted to alter the safety restrictions, the Associated "
                  "Press reported, while seven voted to remove the restrictions altogether.")
    whats = sorted(r["what"] for r in rows if r["mentions"][0]["value"] in (13, 7))
    assert whats == ["members of the 26-person panel that voted to alter safety restrictions",
                     "members that voted to remove restrictions"], \
        [r["what"] for r in rows]
