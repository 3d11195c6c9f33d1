"""Claims: one figure several reports give, worded differently, left on separate rows (bench/BRIEF_REVIEW.md,
"claims68"): an age told beside a name and beside a post whose words name a body ("Harward, 60" / "the 60-year-old
former Navy Seal"), an age told as "a boy of 17", a length told by its thing and by a compound before a light head
("two years of formal negotiations" / "a two-year negotiation process"), a share pair written as a tally ("a 52-48%
majority"), a share glued to its sign ("51.9-percent"), "a pair of", a unit before the full stop ("20-30g."), a
hyphened length the tagger calls a time of day ("a 6.5-hour spacewalk"). Each rule beside a guard on another subject
that keeps two different things apart. Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from typing import Any

from tests.claims_support import claims, figures


def _rows(*texts: str) -> list[tuple[str, list[str]]]:
    return [(r["verdict"], [m["text"] for m in r["mentions"]]) for r in claims(*texts)]


def _ages(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["mentions"][0]["unit"] == "age"]


# an age beside a post whose proper nouns name a body is no named person's (ages.body_in_title, kin._named)


def test_an_age_beside_a_name_joins_the_same_age_beside_a_post_naming_a_body() -> None:
    rows = _ages(claims("Maria Okafor, 52, had been the leading candidate for the post, officials said.",
                       "\"It is a family matter,\" added the 52-year-old former Air Force pilot who now works abroad."))
    assert [(r["verdict"], len(r["mentions"])) for r in rows] == [("agree", 2)], rows


def test_an_age_beside_a_post_and_another_name_stays_apart() -> None:
    # guard: the post is followed by the person's own name, another person than the first report's
    rows = _ages(claims("Maria Okafor, 52, had been the leading candidate for the post, officials said.",
                        "\"It is a family matter,\" added the 52-year-old Navy Seal John Brennan, who works abroad."))
    assert not rows, rows


# "a boy of 17": an age, of the person word before "of" (ages.person_of_age)


def test_a_boy_of_17_is_an_age_and_joins_the_other_reports_age() -> None:
    rows = _ages(claims("Police have arrested a boy of 17 in the town of Lyon after a fire at a school.",
                        "A 17-year-old student was arrested after the fire at the school, police said."))
    assert [(r["verdict"], len(r["mentions"])) for r in rows] == [("agree", 2)], rows


def test_a_boy_and_a_girl_of_one_age_stay_apart() -> None:
    # guard: the person word before "of" is the holder, so a man's and a woman's ages are two figures
    rows = _ages(claims("Police have arrested a boy of 17 in the town of Lyon after a fire at a school.",
                        "A 17-year-old girl was arrested after the fire at the school, police said."))
    assert not rows, rows


def test_a_crew_of_17_is_still_a_count() -> None:
    # guard: a word for several people before "of" makes a count, not an age
    assert [(m.dimension, m.head) for m in figures("The ship carried a crew of 17, officials said.")] == \
        [("count", "crew")]


# a length named by its thing and by a compound before a light head (phrase_kin.one_thing_modified)


def test_two_years_of_talks_and_a_two_year_talks_process_are_one_length() -> None:
    rows = _rows("The vote will set off two years of formal negotiations on the treaty.",
                 "The letter will set in train a two-year negotiation process on the treaty.")
    assert rows == [("agree", ["two years of formal negotiations", "two-year negotiation process"])], rows


def test_two_heads_sharing_only_a_modifier_stay_apart() -> None:
    # guard: "price" modifies both heads, but neither head is the other's modifier: two things
    rows = _rows("The ministry announced a two-year price freeze on bread.",
                 "The chains began a two-year price war on bread.")
    assert [v for v, _ in rows] == ["single", "single"], rows


def test_a_compound_of_another_length_stays_apart() -> None:
    # guard: a different value is never joined by the modifier alone (no differ rests on it)
    rows = _rows("The vote will set off two years of formal negotiations on the treaty.",
                 "The letter will set in train a three-year negotiation process on the treaty.")
    assert [v for v, _ in rows] == ["single", "single"], rows


# a share pair written as a tally with one percent sign ("a 52-48% majority"): two shares, not two vote counts
# (grammar.percent_pair); a share with its sign glued by a hyphen ("51.9-percent": measures.unit_after)


def test_a_52_48_percent_majority_is_two_shares_that_agree_with_the_precise_ones() -> None:
    rows = _rows("The town voted by a 52-48% majority to leave the union.",
                 "The town voted to leave the union by a margin of 51.9% to 48.1%.")
    assert [(v, len(ms)) for v, ms in rows] == [("agree", 2), ("agree", 2)], rows


def test_a_tally_without_a_percent_sign_is_still_two_vote_counts() -> None:
    # guard: a chamber's 52-48 is a count of votes, never a share, so it joins no share of another vote
    assert [(m.dimension, m.head) for m in figures("The council voted 52-48 to leave the union.")] == \
        [("count", "vote for"), ("count", "vote against")]


def test_a_range_of_percents_stays_a_range() -> None:
    # guard: low to high ("15-20%") is a range of one share, not a pair of shares
    assert [(m.dimension, m.low, m.high) for m in figures("Prices rose 15-20% last year.")] == [("percent", 15, 20)]


def test_a_share_glued_to_its_sign_by_a_hyphen_is_a_percentage() -> None:
    assert [(m.dimension, m.value) for m in figures("The town voted by 51.9-percent to leave the union.")] == \
        [("percent", 51.9)]


def test_a_hyphened_count_of_pages_is_still_a_count() -> None:
    # guard: only the percent sign makes a hyphened number a share
    assert [m.dimension for m in figures("The 15-page draft was sent to the council.")] == ["count"]


# "a pair of suspects": two (lexicon quantities.toml, durations.couple)


def test_a_pair_of_suspects_is_two_and_joins_two_suspects() -> None:
    rows = _rows("Police arrested a pair of suspects on Monday after the theft.",
                 "Two suspects were arrested on Monday after the theft, police said.")
    assert [(v, len(ms)) for v, ms in rows] == [("agree", 2)], rows


def test_a_pair_of_sunglasses_is_one_thing_not_two() -> None:
    # guard: a thing named in the plural that comes in pairs is one thing (lexicon pair_objects)
    assert figures("The winning bidder will also receive a pair of sunglasses.") == []


def test_a_pair_of_suspects_differs_from_three() -> None:
    # guard: the pair is exactly two, so a report of three is a disagreement, not one vague figure
    rows = _rows("Police arrested a pair of suspects on Monday after the theft.",
                 "Three suspects were arrested on Monday after the theft, police said.")
    assert [v for v, _ in rows] == ["differ"], rows


# a unit with the sentence's full stop glued to it ("about 20-30 g."): the unit (measures.match_words)


def test_a_unit_before_the_full_stop_is_read_and_joins_the_same_range() -> None:
    rows = _rows("Dr Ni said the animal would have weighed between 20 and 30 grams.",
                 "The animal had a body 71mm in length and an estimated weight of about 20-30g.")
    assert ("agree", ["weighed between 20 and 30 grams", "about 20-30g"]) in rows, rows


def test_a_unit_with_a_full_stop_inside_a_sentence_is_no_unit() -> None:
    # guard: "g." before more words of its sentence is an abbreviation the sentence goes on after, not the stop
    assert figures("The animal weighed about 20 g. in all.") == []


def test_another_things_range_in_grams_stays_apart() -> None:
    # guard: a range ten times larger, of another thing, is not the same weight
    rows = _rows("Dr Ni said the animal would have weighed between 20 and 30 grams.",
                 "The nest had an estimated weight of about 200-300g.")
    assert [v for v, _ in rows] == ["single", "single"], rows


# a hyphened length the tagger calls a time of day is read ("a 6.5-hour dive": exclusions._dash)


def test_a_hyphened_length_in_hours_is_read_and_joins_the_same_length() -> None:
    rows = _rows("The agency aborted the planned 6.5-hour dive after water leaked into the suit.",
                 "Experts said cutting short the 6.5-hour dive was smart.")
    assert [(v, len(ms)) for v, ms in rows] == [("agree", 2)], rows


def test_two_things_of_one_hyphened_length_stay_apart() -> None:
    # guard: the hyphened length now read joins only its own thing
    rows = _rows("The agency aborted the planned 6.5-hour dive after water leaked into the suit.",
                 "Experts said the 6.5-hour flight home was smart.")
    assert [v for v, _ in rows] == ["single", "single"], rows


def test_a_clock_of_24_hours_is_still_no_length() -> None:
    # guard: a clock's hours name its kind (lexicon compound_not_lengths), not a length of time
    assert figures("The shop has a 24-hour clock.") == []


# a lower-case scale word right before its number, spelled or in digits ("category four": numbers._scale_at)


def test_a_spelled_category_agrees_with_the_same_category_in_digits() -> None:
    rows = _rows("The cyclone made landfall as a category four storm near the town on Tuesday.",
                 "The cyclone hit the town as a Category 4 storm on Tuesday.")
    assert rows == [("agree", ["category four", "Category 4"])], rows


def test_two_named_storms_categories_stay_apart() -> None:
    # guard: the spelled category of one named storm is no side of another storm's
    rows = _rows("Typhoon Xan made landfall as a category four storm near Manila on Tuesday.",
                 "Typhoon Yul hit Perth as a Category 3 storm on Tuesday.")
    assert [v for v, _ in rows] == ["single", "single"], rows


def test_a_lower_case_level_before_a_number_is_no_scale() -> None:
    # guard: only the lexicon's lower_scale_words are read in lower case ("level 2" of a scheme is no reading)
    assert [m.dimension for m in figures("He ranked in level 2 of the scheme.")] == []


# the smaller piece of a hyphened length after a comma is a piece of it, not a figure ("a 10-year, 6-month term":
# numbers._piece_of_time)


def test_the_months_of_a_hyphened_years_and_months_term_are_no_figure_of_their_own() -> None:
    assert [(m.value, m.unit_code) for m in figures("He served a 10-year, 6-month term.")] == [(10, "yr")]


def test_hyphened_terms_of_one_unit_stay_three() -> None:
    # guard: only a smaller unit is a piece
    assert [m.value for m in figures("They got 5-year, 3-year and 2-year terms.")] == [5, 3, 2]
