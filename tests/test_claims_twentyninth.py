"""Claims: the nineteenth and twentieth reads' wrong rows, by kind (bench/CLAIMS_NOTES.md, "claims29"): a model's
number is no count (a hyphen to a smaller number, "a 380-2 jet"; digits after a count, "five 380 Zephyr sales":
exclusions.model_number); a measure per a unit of another measure is a rate, not the measure ("52 miles per
gallon": rates.rate_of); the writer's "I" and the reader's "you" outside quotation marks are no speaker
(attribution.speaker_for). Our own invented sentences
through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures, one

# a model's number is no count


def test_a_model_number_with_a_smaller_variant_is_no_count() -> None:
    ms = figures("Skyline Air ordered 20 Zentair 380-2 jets on Tuesday.")
    assert [m.value for m in ms] == [20], [(m.text, m.value) for m in ms]


def test_a_count_before_a_model_number_counts_the_thing_after_it() -> None:
    rows = claims("The deal follows five 380 Zephyr sales: two to Skyline Air and three to Zentair.")
    assert [m["value"] for r in rows for m in r["mentions"]][:1] == [5], rows


def test_a_range_running_upwards_is_still_a_range() -> None:
    ms = figures("The new ferry holds 242-330 passengers.")
    assert [(m.low, m.high) for m in ms] == [(242, 330)], [(m.text, m.value) for m in ms]


def test_a_range_of_years_ago_running_downwards_is_no_model() -> None:
    ms = figures("Ochre was used at the cave around 52,000-47,000 years ago.")
    assert [m.value for m in ms] == [47000], [(m.text, m.low, m.high) for m in ms]


def test_digits_after_a_count_and_before_a_name_are_a_model() -> None:
    ms = figures("The order comes in addition to five 380 Zephyr sales earlier this week.")
    assert [m.value for m in ms] == [5], [(m.text, m.value) for m in ms]


def test_a_count_before_a_name_and_a_plural_noun_stays_a_count() -> None:
    ms = figures("Regulators grounded 40 Zentair jets in March.")
    assert [m.value for m in ms] == [40], [(m.text, m.value) for m in ms]


# a measure per a unit of another measure is a rate


def test_miles_per_gallon_is_a_rate_not_a_distance() -> None:
    rows = claims("The new hatchback gets 52 miles per gallon on the highway.")
    assert [r["what"] for r in rows] == ["distance (mi) per gallon"], rows


def test_kilometres_per_litre_is_a_rate_not_a_distance() -> None:
    rows = claims("The sedan gets 21 kilometers per liter in town.")
    assert [r["what"] for r in rows] == ["distance (km) per liter"], rows


def test_a_plain_distance_stays_a_distance() -> None:
    rows = claims("The hikers walked 21 kilometers on Sunday.")
    assert [r["what"] for r in rows] == ["distance walked (km)"], rows


# the writer's and the reader's pronouns are no speaker


def test_the_readers_you_is_no_speaker() -> None:
    rows = claims("You can find the lamp for $30 at most stores.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


def test_the_writers_i_is_no_speaker() -> None:
    rows = claims("I found that 40 readers had replied.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


def test_a_quoted_i_keeps_its_speaker() -> None:
    rows = claims('"I counted 40 boats on the river," the harbour master said.')
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["the harbour master"], rows


# a box score's lines are no claims


def test_a_box_scores_lines_are_no_claims() -> None:
    rows = claims("Northside (2-0): Delgado 21 points. Ferris 9 rebounds. Oyelaran 14 points and 4 steals. "
                  "Bean-Ortiz 5 points. Ty O'Kell 2 goals, 2 assists. Al DeKalb 3 steals. Ru Bean-Laing 5 points.")
    assert not rows, rows


def test_a_players_points_in_a_sentence_stay_a_claim() -> None:
    rows = claims("Delgado scored 21 points in the win on Friday.")
    assert [m["value"] for r in rows for m in r["mentions"]] == [21], rows



# a percentage written "per cent" (the read21 kind)


def test_a_percentage_written_per_cent_keeps_both_words_in_its_unit() -> None:
    m = one("The fever can be fatal in up to 80 per cent of people infected, the health board said on Monday.")
    assert m.unit.startswith("per cent"), (m.text, m.unit)
    assert one("Turnout was 45 percent on Sunday, the commission said.").unit == "percent"
