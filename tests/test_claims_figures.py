"""Claims (issue 11): each kind of figure, unit and currency conversion, and the verdict readings.

Our own sentences, through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims_support import claims, figures, one
from storyline.claims.figure_mention import FigureMention
from storyline.claims.verdicts import Rates, values_agree
from storyline.claims.vocab import noun_kin, usd_rate


def _with(cs: list[dict[str, Any]], value: float) -> dict[str, Any]:
    return next(c for c in cs if any(m["value"] == value for m in c["mentions"]))


# --- kinds of figure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("The firm reported a $3.4 billion loss for the year.", 3.4e9, "USD"),
        ("The club paid 12.5 million euros for the striker.", 12.5e6, "EUR"),
        ("The council set aside £8m for repairs.", 8e6, "GBP"),
        ("The insurer offered families dlrs 40,000 each in compensation.", 40_000, "USD"),
        ("The government promised 250 million USD in aid.", 250e6, "USD"),
        ("The appeal raised 3 billion pesos in a week.", 3e9, "PHP"),
    ],
)
def test_money_in_any_notation(text: str, value: float, code: str) -> None:
    m = one(text)
    assert (m.value, m.dimension, m.unit_code) == (value, "money", code)


def test_a_figure_in_two_currencies_is_one_mention() -> None:
    m = one("The chief executive earned 7.3 million euros ($8.1 million) last year.")
    assert (m.value, m.unit_code, m.conversion) == (7.3e6, "EUR", "$8.1 million")


@pytest.mark.parametrize(
    ("text", "value", "dimension", "unit"),
    [
        ("The storm packed sustained winds of 150 kph (93 mph) on Monday.", 150, "speed", "km/h"),
        ("The wreck lies about 240 feet (73 meters) below the surface.", 240, "length", "ft"),
        ("Forecasters expect 200 millimeters (8 inches) of rain in the hills.", 200, "length", "mm"),
        ("The crew reported smoke 12 minutes before the landing.", 12, "duration", "min"),
        ("The bones are roughly 40,000 years old, the team said.", 40_000, "years ago", "yr"),
    ],
)
def test_measures_with_units(text: str, value: float, dimension: str, unit: str) -> None:
    m = one(text)
    assert (m.value, m.dimension, m.unit_code) == (value, dimension, unit)


def test_a_hyphenated_unit_measures_the_noun_after_it() -> None:
    m = one("The island was hit by 90-mph winds overnight.")
    assert (m.value, m.dimension, m.head) == (90, "speed", "wind")


@pytest.mark.parametrize("text", ["A 320-member delegation arrived on Sunday.",
                                  "The country sent a 320-strong delegation to the summit."])
def test_sizes_of_groups_written_as_modifiers(text: str) -> None:
    m = one(text)
    assert (m.value, m.head) == (320, "delegation")


def test_a_category_is_a_figure() -> None:
    m = one("Forecasters said the Category 4 storm would reach the coast on Friday.")
    assert (m.value, m.dimension) == (4, "category")


def test_a_running_toll_passed() -> None:
    m = one("The confirmed death toll passed 48,000 on Tuesday.")
    assert (m.value, m.qualifier, m.event_class) == (48_000, "passed", "killed")


def test_list_lines_continue_the_figure_before_them() -> None:
    ms = figures("The floods killed more than 2,300 people across the region.\n"
                 "* Nepal - approximately 1,200\n* Bhutan - more than 400")
    listed = {m.value: m for m in ms}
    assert listed[1200].event_class == "killed" and listed[1200].qualifier == "approximately"
    assert listed[400].event_class == "killed"


def test_n_of_them_counts_the_thing_before() -> None:
    ms = figures("The study followed 91,000 patients and found that 12,311 of them had relapsed.")
    part = next(m for m in ms if m.value == 12_311)
    assert part.head == "patient" and part.part


def test_a_range_in_two_units_and_a_range_of_years() -> None:
    m = one("The stone came from 40 to 60 kilometers away.")
    assert (m.low, m.high, m.unit_code) == (40, 60, "km")
    span = one("The tools date from 700,000 to 450,000 years ago.")
    assert (span.low, span.high, span.dimension) == (450_000, 700_000, "years ago")


@pytest.mark.parametrize("text", [
    "The filters wear out after 20–25 days, the maker says.",
    "The filters wear out after 20-25 days, the maker says.",
])
def test_a_range_after_after_says_how_long(text: str) -> None:
    m = one(text)
    assert (m.low, m.high, m.dimension, m.unit_code) == (20, 25, "duration", "d")


def test_no_end_of_a_range_that_says_when_is_read_alone() -> None:
    assert figures("The inspectors come back in 5-6 weeks.") == []  # not "6 weeks"


def test_time_counted_in_a_kind_of_hours_is_a_duration() -> None:
    m = one("The airliner had logged 31,200 flight hours, the airline said.")
    assert (m.value, m.dimension, m.unit_code) == (31_200, "duration", "h")


def test_m_glued_to_thousands_is_metres() -> None:
    m = one("The submarine dived to a depth of 4,500m near the ridge.")
    assert (m.value, m.dimension, m.unit_code) == (4500, "length", "m")
    money = one("The club paid £14m for the striker.")
    assert (money.value, money.dimension) == (14_000_000, "money")


def test_a_scaled_sum_closing_a_sentence_is_read() -> None:
    m = one("Its turnover fell to €7.25m.")  # the final full stop once made the rounding reader crash
    assert (m.value, m.unit_code) == (7_250_000, "EUR") and m.slack == 5_000


@pytest.mark.parametrize("text", [
    "The talks ended two days ago.",  # a point in time said as a duration
    "The office is at 22 Harbour Road.",  # a street number
    "Call 555-0199 for details.",
])
def test_still_not_figures(text: str) -> None:
    assert figures(text) == []


# --- conversion -----------------------------------------------------------------------------


def _m(value: float, code: str | None, dimension: str, factor: float = 1.0, qualifier: str | None = None,
       high: float | None = None, slack: float = 0.0) -> FigureMention:
    return FigureMention(doc="d", doc_index=0, start=0, end=1, text="", value=value, low=value,
                         high=value if high is None else high, qualifier=qualifier, vague=False, unit="", head="",
                         event=None, event_text=None, event_class=None, role="other", dimension=dimension,
                         unit_code=code, factor=factor, slack=slack)


def test_currencies_compare_at_the_story_year_rate() -> None:
    rates = Rates(2016)
    assert usd_rate("GBP", 2016) == pytest.approx(1.36)
    pounds = _m(14e6, "GBP", "money", qualifier="almost")
    assert values_agree([pounds, _m(19.6e6, "USD", "money")], rates)
    assert not values_agree([pounds, _m(25e6, "USD", "money")], rates)
    assert usd_rate("XYZ", 2016) is None


def test_units_compare_in_base_units() -> None:
    km = _m(25, "km", "length", factor=1000, high=50)
    miles = _m(15, "mi", "length", factor=1609.344, high=30)
    assert values_agree([km, miles], Rates(None))
    feet = _m(180, "ft", "length", factor=0.3048, qualifier="about")
    assert values_agree([feet, _m(55, "m", "length")], Rates(None))
    assert not values_agree([_m(100, "ft", "length", factor=0.3048), _m(55, "m", "length")], Rates(None))


def test_noun_kin_is_wordnet_data() -> None:
    assert noun_kin("fatality", "death") and noun_kin("cheerleader", "supporter")
    assert not noun_kin("birth", "death")


# --- verdict readings ----------------------------------------------------------------------


def test_more_than_is_a_little_over() -> None:
    same = claims("The survey covered more than 412,000 households, officials said.",
                  "Nearly 415,000 households took part in the survey.")
    assert _with(same, 412_000)["verdict"] == "agree"
    near = claims("The city will receive a delegation of more than 300, officials said.",
                  "A 310-member delegation will come to the city.")
    assert _with(near, 310)["verdict"] == "agree"
    apart = claims("The city will receive a delegation of more than 300, officials said.",
                   "A 450-member delegation will come to the city.")
    g = _with(apart, 450)
    assert len(g["mentions"]) == 2 and g["verdict"] == "differ"  # an open bound would call these compatible


def test_rounding_of_written_figures() -> None:
    cs = claims("The club's revenue fell to 5.6 million euros last year.",
                "Revenue fell to €5.58m last year, the club said.")
    g = _with(cs, 5_580_000)
    assert len(g["mentions"]) == 2 and g["verdict"] == "agree"


def test_up_to_names_a_peak() -> None:
    cs = claims("Forecasters said gusts of up to 150 kph hit the island.",
                "Gusts of up to 180 kph hit the island, forecasters said.")
    g = _with(cs, 180)
    assert len(g["mentions"]) == 2 and g["verdict"] == "differ"


def test_single_means_one_article() -> None:
    cs = claims("The quake damaged 1,350 homes. Officials said 1,350 homes were damaged.")
    g = _with(cs, 1350)
    assert len(g["mentions"]) == 2 and g["verdict"] == "single"


def test_a_running_toll_is_one_group_marked_as_an_update() -> None:
    cs = claims("The earthquake killed at least 180 people, officials said on Monday.",
                "The death toll from the earthquake rose to 240 on Tuesday.",
                "The earthquake has killed 310 people, the government said.")
    g = _with(cs, 240)
    assert {m["value"] for m in g["mentions"]} == {180, 240, 310}
    assert g["verdict"] == "differ" and g.get("update") is True


def test_different_scopes_in_one_report_are_different_rows() -> None:
    cs = claims("The storm may cause $6.1 billion in insured losses and $9.4 billion in economic losses.")
    assert _with(cs, 6.1e9) is not _with(cs, 9.4e9)
    assert _with(cs, 6.1e9)["verdict"] == "single"


def test_an_earlier_value_is_not_the_current_one() -> None:
    cs = claims("His cash bonus increased to $2.3 million from $1.7 million.")
    g = _with(cs, 2.3e6)
    assert {m["value"] for m in g["mentions"]} == {2.3e6} and g["verdict"] == "single"


# --- durations of terms and ranges of durations (claims5) ----------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The judge sentenced the banker to three to 10 years in state prison.", 3, 10),
        ("The move could take four to six weeks, his lawyer said.", 4, 6),
        ("The talks lasted two to three hours on Monday.", 2, 3),
    ],
)
def test_ranges_of_durations_keep_their_low_end(text: str, low: float, high: float) -> None:
    m = one(text)
    assert m.dimension == "duration" and (m.low, m.high) == (low, high), (m.text, m.low, m.high)


@pytest.mark.parametrize(
    ("text", "value", "head"),
    [
        ("The banker will serve a 30-month prison term under the deal.", 30, "term"),
        ("The clerk was given a five-year sentence for fraud.", 5, "sentence"),
        ("Officials announced a further three-month search for the wreck.", 3, "search"),
    ],
)
def test_hyphenated_length_of_a_term_is_a_figure(text: str, value: float, head: str) -> None:
    m = one(text)
    assert m.dimension == "duration" and m.value == value and m.head == head, (m.text, m.dimension, m.head)


@pytest.mark.parametrize("text", ["The shop opens from 9 to 5 p.m. daily.", "The festival runs from June 3 to 10."])
def test_times_and_dates_stay_out_of_duration_ranges(text: str) -> None:
    assert figures(text) == [], [(m.text, m.value) for m in figures(text)]


def test_a_sentence_opening_with_the_number_of_suspects_states_a_figure() -> None:
    m = one("The four suspects remain at large, the sheriff's office said.")
    assert m.value == 4 and m.head == "suspect", (m.text, m.head)


@pytest.mark.parametrize("text", ["The two nations have common ground.", "The two men said they saw the crash."])
def test_the_number_pointing_back_is_still_no_figure(text: str) -> None:
    assert figures(text) == [], [(m.text, m.value) for m in figures(text)]


def test_suspects_and_people_of_one_count_are_one_group() -> None:
    cs = claims("Police said the robbery involved three people armed with handguns.",
                "The three suspects remain at large, police said.")
    rows = [c for c in cs if any(m["value"] == 3 for m in c["mentions"])]
    assert len(rows) == 1 and rows[0]["verdict"] == "agree", rows
