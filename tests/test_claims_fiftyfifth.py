"""Claims: the fifty-fifth read's cross-source claims faults, by kind (bench/BRIEF_REVIEW.md, "claims56"): a
year-earlier value under the current value's what, set against another report's figure as "differ"; an analysts'
forecast ("expect Acme to report …") joined with the actual figure as "agree" and credited to the firm; one firm's
result told with two values by two reports ("profits of $9.7bn" / "$3.2 billion in profit") kept as two single rows.
Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a figure whose noun phrase a measured "a year earlier" sets back is an earlier value (surroundings._earlier_phrase)


def test_a_year_earlier_loss_is_no_side_of_another_reports_loss() -> None:
    rows = claims("Acme said its net loss narrowed to 20 million euros compared to a net loss of 90 million euros "
                  "a year earlier.", "Acme made a loss of 15 million euros in the quarter.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]
    assert any(r["what"].endswith("(earlier)") and r["mentions"][0]["value"] == 90_000_000 for r in rows), rows


def test_the_current_value_of_the_comparison_is_no_earlier_value() -> None:
    # guard: the verb's own figure ("narrowed to 20 million euros") is the current value
    ms = figures("Acme said its net loss narrowed to 20 million euros compared to a net loss of 90 million euros a "
                 "year earlier.")
    assert [(m.value, m.previous) for m in ms] == [(20_000_000, False), (90_000_000, True)]


def test_an_earlier_value_after_from_says_so_in_its_what() -> None:
    rows = claims("Acme said sales fell by 10% to 4.5 billion euros from 5 billion in the second quarter last year.")
    whats = {r["mentions"][0]["value"]: r["what"] for r in rows}
    assert whats[5_000_000_000].endswith("(earlier)") and not whats[4_500_000_000].endswith("(earlier)"), whats


# "Analysts expect Acme to report X": X is the analysts' forecast (forecasts._forecast_infinitive)


def test_an_infinitive_under_expect_is_the_forecasters_expected_figure() -> None:
    rows = claims("Analysts expect Acme to report earnings per share of $1.10 with revenue of just over $5 billion.")
    assert rows and all(r["what"].endswith("(expected)") for r in rows), [r["what"] for r in rows]
    assert {m["speaker"] for r in rows for m in r["mentions"]} == {"Analysts"}, rows


def test_a_forecast_is_no_side_of_another_reports_actual_figure() -> None:
    rows = claims("Acme posted revenue of $5.2 billion.",
                  "Analysts expect Acme to report earnings per share of $1.10 with revenue of just over $5 billion.")
    joined = [r for r in rows if len({m["doc"] for m in r["mentions"]}) > 1]
    assert not joined, [(r["what"], r["verdict"]) for r in rows]


def test_the_firms_own_report_is_still_its_figure() -> None:
    # guard: "Acme reported revenue of $5 billion" is Acme's, no forecast
    rows = claims("Acme reported revenue of $5 billion on Tuesday.")
    assert [(r["what"], r["mentions"][0]["speaker"]) for r in rows] == [("revenue (USD)", "Acme")], rows


# one firm's result named by one noun in two reports, two values: a differ (results.one_result)


def test_one_firms_profit_told_with_two_values_by_two_reports_differs() -> None:
    rows = claims("Acme reported profits of $9.7bn.", "The giant banked $3.2 billion in profit.")
    assert [r["verdict"] for r in rows] == ["differ"], [(r["what"], r["verdict"]) for r in rows]


def test_two_firms_profits_stay_apart() -> None:
    # guard: a profit tied to another firm is another figure
    rows = claims("Acme's profit was $9.7bn.", "Bolt's profit was $3.2 billion.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_a_net_profit_and_a_bare_profit_stay_apart() -> None:
    # guard: a scope word on one noun only ("net") may be another measure: no differ on that alone
    rows = claims("Acme reported a net profit of $9.7bn.", "The giant banked $3.2 billion in profit.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


# "earnings per share of $9.56": the earnings per share, not a sum (rates._noun_rate, counted.measured_thing)


def test_earnings_per_share_keep_per_share() -> None:
    rows = claims("The company reported adjusted earnings per-share of $9.56, which is healthy.")
    assert [r["what"] for r in rows] == ["adjusted earnings (USD) per share"], [r["what"] for r in rows]


def test_earnings_per_share_unhyphenated_name_the_earnings() -> None:
    rows = claims("The company posted an earnings per share of $10.78 on Tuesday.")
    assert [r["what"] for r in rows] == ["earnings (USD) per share"], [r["what"] for r in rows]


def test_plain_earnings_stay_a_sum() -> None:
    # guard: no "per" on the noun, no rate
    rows = claims("The company posted earnings of $3 billion on Tuesday.")
    assert [r["what"] for r in rows] == ["earnings (USD)"], [r["what"] for r in rows]


# "a 52-week low of $580.76": the length names which low (counted_thing._period_of_named_figure)


def test_a_hyphenated_period_naming_another_figure_is_no_length() -> None:
    rows = claims("Shares have surged since hitting a 52-week low of $580.76.")
    assert [r["what"] for r in rows] == ["52-week low (USD)"], [r["what"] for r in rows]


def test_a_hyphenated_term_is_still_a_length() -> None:
    # guard: "a 12-year sentence" holds no figure of its own: the length is the figure
    rows = claims("The judge handed him a 12-year sentence.")
    assert [r["what"] for r in rows] == ["sentence (yr)"], [r["what"] for r in rows]


# a reporting verb with its own noun object reports that, not a figure of its adverbial (attribution._reports_other)


def test_a_firm_reporting_earnings_is_no_speaker_of_an_adverbials_figure() -> None:
    rows = claims("With its stock price slowly marching toward the $1,000 mark, the tech firm reports earnings today.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


def test_a_firm_reporting_its_figure_stays_its_speaker() -> None:
    # guard: the figure in the reporting verb's object is the firm's
    rows = claims("On Tuesday, the tech firm reported revenue of $5 billion.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["the tech firm"], rows


# "closed at $910 but slipped $37 to $873.50": the level after the fall is the shared subject's (counted._set_by_verb)


def test_the_level_after_a_fall_of_a_second_verb_is_the_subjects() -> None:
    rows = claims("The stock closed at $910.68 but slipped $37 in late trading to $873.50.")
    whats = {r["mentions"][0]["value"]: r["what"] for r in rows}
    assert whats[873.5] == "stock (USD)" and whats[37] == "“slipped $37” (USD)", whats
