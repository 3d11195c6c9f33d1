"""Claims: the twenty-seventh read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims37"): an offset after or
before an event set before its verb or before a named event (offsets.py); a money figure per share (rates.py,
lexicon priced_units); an expected figure and who expects it (forecasts.py); a verb of lasting (lexicon
amount_verbs); a "from" origin as no place of the event (origins.py). Our own invented sentences through the real
model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims
from claims_support import whats as _whats

# an offset after or before an event dates its clause: no figure


def test_an_offset_opening_a_quotation_is_no_figure() -> None:
    assert _whats("The skipper told us: “Two weeks after the storm, the harbour was still closed.”") == []


def test_an_offset_before_a_named_event_is_no_figure() -> None:
    assert _whats("Opening his campaign less than four months before the Ohio primary, Dunmore spoke.") == []


def test_a_length_before_an_event_stays_a_figure() -> None:
    assert _whats("The crew worked for three weeks before the Ohio primary.") == ["crew worked (wk)"]


def test_a_short_offset_opening_a_quotation_stays_a_gap() -> None:
    assert _whats("The skipper told us: “Four minutes after the alarm, the crew arrived.”") == ["skipper told (min)"]


# a money figure "per diluted share", "a share", "a barrel": a price per that unit


def test_a_price_per_diluted_share_is_a_rate() -> None:
    assert _whats("Harbourline earned $3.1 million, or $0.41 per diluted share.") == [
        # (claims97: a noun phrase, no quoted clause)
        "Harbourline earned (USD)", "“Harbourline earned $3.1 million, or $0.41” (USD) per share"]


def test_a_price_a_barrel_is_a_rate() -> None:
    # (claims97: a noun phrase, no quoted clause)
    assert _whats("Crude traded at $61 a barrel on the harbour exchange.") == ["Crude traded (USD) per barrel"]


def test_a_share_of_something_is_no_rate() -> None:
    # (claims97: a noun phrase, no quoted clause)
    assert _whats("The club paid $5 a share of the club's stock.") == ["club paid (USD)"]


# an analysts' expectation: the figure is the expected one, credited to whoever expects it


def _rows(text: str) -> list[tuple[str, list[str | None]]]:
    return [(c["what"], [m.get("speaker") for m in c["mentions"]]) for c in claims(text)]


def test_an_expected_figure_is_marked_and_credited() -> None:
    assert _rows("Harbour analysts polled by Brightwave were expecting $1.10 a share on sales of $4.2 billion.") == [
        ("Harbour analysts expecting (USD) per share (expected)",  # (claims97: a noun phrase, no quoted clause)
         ["Harbour analysts"]),
        ("sales (USD) (expected)", ["Harbour analysts"])]


def test_a_figure_counting_the_forecasters_is_not_expected() -> None:
    assert _rows("Forty analysts expected a loss of $3 million.") == [
        ("analysts that expected loss", [None]), ("loss (USD) (expected)", ["Forty analysts"])]


def test_a_negated_forecast_is_not_credited() -> None:
    assert _rows("Harbour analysts did not expect a loss of $3 million.") == [("loss (USD)", [None])]


# a verb of lasting ("continued for 12 months") names no measure: the unit's dimension does


def test_a_continuing_span_is_a_time() -> None:
    assert _whats("The harbour closure continued for nine weeks.") == ["time (wk)"]


def test_a_span_on_another_verb_keeps_its_name() -> None:
    assert _whats("The harbour crew worked for nine weeks.") == ["harbour crew worked (wk)"]


# a "from" phrase on the counted noun is the people's origin, not the event's place


def test_an_origin_is_not_the_place_of_the_event() -> None:
    assert _whats("Two patients from the northern Harbour province were quarantined at a hospital in Lyon.") == [
        "patients quarantined in Lyon"]


def test_an_arrivals_origin_is_not_where_they_arrived() -> None:
    assert _whats("Forty migrants from Libya arrived in Italy on Monday.") == ["migrants that arrived in Italy"]


def test_a_forecast_verb_credits_no_figure_outside_its_object() -> None:
    rows = _rows("According to a harbour poll, 48 percent of those asked expect fares to rise and 66 percent are "
                 "worried about losing their jobs.")
    assert [sp for what, sp in rows if "worried" in what] == [["a harbour poll"]]


def test_a_sums_source_keeps_its_place() -> None:
    assert _whats("The port authority is set to raise up to $2bn from its second listing in Lyon.") == [
        "“raise up to $2bn” (USD) in Lyon"]
