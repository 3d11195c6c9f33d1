"""Claims: the twenty-first read's wrong rows, by kind (bench/CLAIMS_NOTES.md, "claims31"): "add" telling a market
gain is no verb of saying (attribution.is_cue); a range written "one-to-seven" keeps both ends (number_words,
numbers._range, exclusions); a sum's scale letter glued after a currency sign ("$449K", "$3.4B": tokens,
number_words.scaled); a verb of saying over a clause the tagger left without its verb is not what the counted
people did (counted.event_of). Our own invented sentences through the real model (``analyse``), none from a
benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures

# "add" as a gain


def test_a_stock_that_added_a_share_is_no_speaker() -> None:
    rows = claims("Shares of Zentair added more than 3% on Monday after the firm bought a rival for $80 million.")
    assert rows and all(m["speaker"] is None for r in rows for m in r["mentions"]), rows


def test_gains_that_add_to_a_gain_are_no_speaker() -> None:
    rows = claims("Those gains add to a strong run for the shares, climbing more than 40% this year.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


def test_an_official_who_added_after_a_quotation_still_speaks() -> None:
    rows = claims('"We lost 20 homes," the mayor added.')
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["the mayor"], rows


def test_a_count_added_to_a_toll_keeps_its_speaker() -> None:
    rows = claims("The ministry added 20 deaths to the toll on Friday.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["The ministry"], rows


# a range written with hyphens


def test_a_range_with_hyphens_keeps_both_ends() -> None:
    ms = figures("Symptoms appear after a waiting period of two-to-nine days.")
    assert [(m.low, m.high) for m in ms] == [(2, 9)], [(m.text, m.low, m.high) for m in ms]


def test_a_range_from_one_keeps_its_lower_end() -> None:
    ms = figures("Symptoms appear after one to six days.")
    assert [(m.low, m.high) for m in ms] == [(1, 6)], [(m.text, m.low, m.high) for m in ms]


def test_one_to_a_word_is_no_range() -> None:
    assert figures("The award was one to remember, and she passed the cup from one to another.") == []


# a sum's scale letter


def test_thousands_letter_after_a_dollar_sign() -> None:
    ms = figures("The county spends $312K on a new road campaign.")
    assert [m.value for m in ms] == [312000], [(m.text, m.value) for m in ms]


def test_billions_letter_glued_after_a_dollar_sign() -> None:
    ms = figures("The fund raised $3.4B in March.")
    assert [m.value for m in ms] == [3.4e9], [(m.text, m.value) for m in ms]


def test_a_5k_race_is_no_sum() -> None:
    ms = figures("She ran a 5K race in 20 minutes.")
    assert all(m.value != 5000 for m in ms), [(m.text, m.value) for m in ms]


# a verb of saying over a clause without its verb


def test_people_in_an_estimated_clause_did_not_estimate() -> None:
    rows = claims("The agency has also estimated that 812,000 people age 12 and older, which account for about "
                  "0.3 percent of the population, reported a disorder in 2018.")
    whats = [r["what"] for r in rows]
    assert not any("estimated" in w for w in whats), whats


# a quotation opening after a named speaker's report


def test_a_quotation_after_a_named_report_is_that_speakers_to_its_close() -> None:
    rows = claims('"This fund has been hammered," Ostrova said on Friday. "It fell for three years. If it can climb '
                  'back above $21.40, that will confirm that its trend has turned."')
    assert [m["speaker"] for r in rows for m in r["mentions"] if m["value"] == 21.4] == ["Ostrova"], rows


def test_a_quotation_after_the_writers_own_sentence_has_no_speaker() -> None:
    rows = claims('The fund fell on Friday. "If it can climb back above $21.40, that will be a turn."')
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


# a range opening a sentence, tagged a date


def test_between_two_counts_opening_a_sentence_is_a_range() -> None:
    ms = figures("Between 12 and 18 people were hurt.")
    assert [(m.low, m.high) for m in ms] == [(12, 18)], [(m.text, m.low, m.high) for m in ms]


def test_between_two_years_is_no_figure() -> None:
    assert figures("Between 2011 and 2016 prices rose.") == []


# a change's rates before and after


def test_a_changes_rates_before_and_after_are_not_the_change() -> None:
    rows = claims("Heavy gaming among teens rose by 31 percent, from 0.80 percent to 1.05 percent, after the law.")
    whats = {m["value"]: r["what"] for r in rows for m in r["mentions"]}
    assert whats[0.8].endswith("rose from") and whats[1.05].endswith("rose to"), whats
    assert "from" not in whats[31] and "to" not in whats[31].split(), whats
