"""Claims: the 58th and 59th reads' and check28's recurring claims kinds (bench/BRIEF_REVIEW.md, "claims57"), by
kind: a figure in the object of a noun of forecast ("beat expectations for 42 cents a share") told as an actual
figure and set against another report's actual value as "differ"; two bare percentages of change of different
subjects joined as one figure that differs or is contested; a copula's move ("Shares of X were down 3%") and a
copula's span ("has been off the market for three years") with an empty what; "a year earlier" on an "or"
restatement setting back only one of its two figures; the other side of a contrast ("rather than two") as a row,
and the aside in the first one's what. Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from tests.claims_support import claims, figures

# a figure a noun of forecast holds ("expectations for", "forecast of") is expected, not the actual (forecasts.py)


def test_a_figure_of_expectations_is_expected() -> None:
    ms = figures("Zenlo Foods said its profit rose. That topped analysts' expectations for 18 cents a share.")
    m = next(m for m in ms if m.value == 18)
    assert m.hedge == "expected" and m.forecast, (m.hedge, m.forecast)


def test_a_forecast_noun_figure_is_not_set_against_another_reports_actual() -> None:
    rows = claims("Harrow Mills said its profit rose. That beat the market's forecast of 18 cents a share.",
                  "Harrow Mills earned 27 cents a share in the quarter, the company said.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_an_actual_figure_beside_a_noun_of_forecast_stays_actual() -> None:
    # guard: the forecast noun's own subject clause does not make the company's actual figure expected
    ms = figures("Harrow Mills earned 27 cents a share, above the forecast.")
    m = next(m for m in ms if m.value == 27)
    assert m.hedge != "expected", m.hedge


# two bare percentages told with one verb of change, of subjects that differ, are two figures (grouping._strongly_same)


def test_two_changes_of_different_things_are_not_one_figure_that_differs() -> None:
    rows = claims("Regional lender Brisk Bancorp's second-quarter net income rose 58 percent, thanks partly to a sale "
                  "of shares.", "The company says the number of subscribers to its cable service rose 12%.")
    assert not [r for r in rows if r["verdict"] in ("differ", "contested")], [(r["what"], r["verdict"]) for r in rows]


def test_two_changes_of_one_thing_still_differ() -> None:
    # guard: one subject ("revenue") told with two values is one figure the reports disagree on
    rows = claims("Brisk Bancorp's quarterly revenue rose 8 percent, the bank said.",
                  "The bank's revenue rose 12% in the quarter.")
    assert [r["verdict"] for r in rows if r["mentions"][0]["unit"] in ("%", "percent")] == ["differ"], rows


# a bare percentage after a copula's adverb ("were down 3.4%") is its subject's move (wording._copula_share)


def test_a_copulas_move_names_its_subject() -> None:
    rows = claims("Shares of Zenlo Foods were down 3.4% in early trading on Monday.")
    assert [r["what"] for r in rows] == ["percentage: Shares of Zenlo Foods down"], [r["what"] for r in rows]


def test_a_copulas_move_names_a_plain_subject() -> None:
    rows = claims("The firm's farm revenue was up 12% in the year.")
    assert [r["what"] for r in rows] == ["percentage: firm's farm revenue up"], [r["what"] for r in rows]


# a copula's span of time is named by its complement, not "time" (predicates.verb_predicate)


def test_a_copulas_span_is_named_by_its_complement() -> None:
    rows = claims("The ferry line has been out of service for the last four years, the council said.")
    assert [r["what"] for r in rows] == ["ferry line out of service (yr)"], [r["what"] for r in rows]


def test_a_bare_copulas_span_keeps_its_dimension() -> None:
    # guard: "is" with no complement of its own names nothing
    rows = claims("A cure is 10 years or more away, she said.")
    assert [r["what"] for r in rows] == ["time (yr)"], [r["what"] for r in rows]


# "X, or Y a share, a year earlier": the adverb on the restatement sets both figures back (surroundings._restated)


def test_a_year_earlier_on_a_restatement_marks_both_figures_earlier() -> None:
    rows = claims("Brisk Bancorp earned $80 million in the quarter. That compares with $51 million, or 22 cents a "
                  "share, a year earlier.")
    earlier = [r["what"] for r in rows if r["mentions"][0]["text"] in ("$51 million",)]
    assert earlier and all(w.endswith("(earlier)") for w in earlier), [r["what"] for r in rows]


def test_a_sum_joined_by_and_is_not_set_back() -> None:
    # guard: "and" joins two figures, not one restated; only the one the adverb hangs on is earlier
    ms = figures("The bank lent $80 million this year and 22 cents a share a year earlier.")
    m = next(m for m in ms if m.value == 80_000_000)
    assert not m.previous, m.previous


# the other side of a contrast ("rather than two") is no claim (arithmetic.contrasted)


def test_the_value_after_rather_than_is_no_row() -> None:
    rows = claims("Cats with the trait carry three - rather than two - copies of the gene, the vet said.")
    assert [(r["what"], r["mentions"][0]["value"]) for r in rows] == [("copies of the gene carried", 3)], rows


def test_the_value_after_instead_of_is_no_row() -> None:
    rows = claims("The ferry will carry 200 passengers instead of 350 passengers.")
    assert [r["mentions"][0]["value"] for r in rows] == [200], [(r["what"], r["mentions"][0]["text"]) for r in rows]


# a figure whose sentence names a doer the other report never names is not that report's figure (doers.py)


def test_another_firms_result_in_a_briefs_column_does_not_differ_from_the_storys() -> None:
    rows = claims("Harrow Mills said it would open a plant. In other business news, Ostrava Bank on Thursday reported "
                  "net income of $94 million, or 66 cents a share, for the quarter.",
                  "Harrow Mills finished the quarter with earnings of 73 cents a share, the company said.")
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_one_firms_result_told_by_two_reports_still_differs() -> None:
    # guard: the doer is named by the other report too
    rows = claims("Harrow Mills on Thursday reported net income of $94 million, or 66 cents a share, for the quarter.",
                  "Harrow Mills finished the quarter with earnings of 73 cents a share, the company said.")
    assert [r["verdict"] for r in rows if r["mentions"][0]["value"] in (66, 73)] == ["differ"], \
        [(r["what"], r["verdict"]) for r in rows]


def test_a_speaker_is_no_doer() -> None:
    # guard: the one who says a toll ("the Red Cross said") does not set it apart from another report's
    rows = claims("At least 45 people were killed in the floods, the Red Cross said on Monday.",
                  "Officials said 30 people were killed in the floods.")
    assert [r["verdict"] for r in rows] == ["differ"], [(r["what"], r["verdict"]) for r in rows]


# a change's subject that is a container noun keeps what it holds ("the number of subscribers rose", wording)


def test_a_number_of_things_that_rose_names_the_things() -> None:
    rows = claims("The number of subscribers to the cable service rose 12%, the firm said.")
    assert [r["what"] for r in rows] == ["percentage: number of subscribers rose"], [r["what"] for r in rows]


def test_a_plain_subject_that_rose_is_unchanged() -> None:
    # guard: a subject that is no container keeps its own words
    rows = claims("Cable revenue of the group rose 12%, the firm said.")
    assert [r["what"] for r in rows] == ["percentage: Cable revenue rose"], [r["what"] for r in rows]
