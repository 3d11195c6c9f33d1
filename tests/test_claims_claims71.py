"""claims71: the wrong rows claims68's and claims69's joins made or left, by kind. Our own invented sentences
through the real model, of subjects no benchmark or held-out story has (a river flood, a wildfire, a prison escape);
each rule's test fails without it, and a guard beside it keeps a true join.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _docs(row: dict[str, Any]) -> set[str]:
    return {m["doc"] for m in row["mentions"]}


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# an increment's equal value joins a plain count only with its qualifier and its counted noun (grouping.py)

_FLOOD = ("About 1,500 residents had been evacuated, the mayor said. An additional 400 people have been ordered to "
          "evacuate in the Millbrook area, she added.")


def test_an_increment_is_no_side_of_other_people_of_its_value() -> None:
    rows = claims(_FLOOD, "Thousands of people have been evacuated in preparation for the flood. More than 400 "
                  "emergency workers are also on standby, but people have been warned crews will only respond when "
                  "it is safe to do so.", "Another 400 people in the coastal area of Millbrook, which was predicted "
                  "to bear the brunt of the flood, have also moved, officials said.")
    row = _with(rows, "400 people")
    assert not any("workers" in m["text"] for m in row["mentions"]) and row["verdict"] == "agree", rows


def test_an_increment_told_without_its_word_still_joins() -> None:
    rows = claims(_FLOOD, "Another 400 people in the Millbrook area have also left, officials said.")
    row = _with(rows, "400 people")
    assert len(_docs(row)) == 2 and row["verdict"] == "agree", rows


# a forecast that waits for a coming act ("would remain … after crossing the ridge") is no side of a reading told
# as a fact: two moments of one moving measure (awaited.py, grouping.py)

_READING = "The fire grew through the night, becoming a Category 3 blaze, according to the state fire service."


def test_a_forecast_after_a_coming_act_is_no_side_of_a_reading() -> None:
    rows = claims(_READING, "A spokesman told local radio that the fire would remain a category three blaze for "
                  "some 18 hours after crossing the ridge.")
    row = _with(rows, "category three")
    assert len(_docs(row)) == 1 and "(expected)" in row["what"], rows


def test_two_forecasts_of_one_moment_still_join() -> None:
    forecast = "the fire would remain a category three blaze for some hours after crossing the ridge"
    rows = claims(f"A spokesman said {forecast}.", f"Officials warned that {forecast}, residents were told.")
    assert len(_docs(_with(rows, "category three"))) == 2, rows


def test_two_readings_still_join() -> None:
    rows = claims(_READING, "By Sunday the blaze was a category three fire, the fire service said.")
    assert len(_docs(_with(rows, "Category 3"))) == 2, rows


# a casualty verb in an infinitive of purpose ("a notice to detain", "an alert out to apprehend") tells an aim, not
# the done act (extract.py); a written irregular past is the what's word ("sought", not "seeked": wording.py)


def test_an_alert_to_detain_is_not_the_arrested_count() -> None:
    rows = claims("The province has asked the federal police to issue a notice to detain three Dutch suspects in the "
                  "fraud.", "Three people were arrested in the fraud case on Monday, prosecutors said.")
    assert len(_docs(_with(rows, "Three people"))) == 1, rows


def test_suspects_detained_still_join_the_arrested() -> None:
    rows = claims("Police detained three Dutch suspects in the fraud case on Monday.",
                  "Three people were arrested in the fraud case on Monday, prosecutors said.")
    assert len(_docs(_with(rows, "Three people"))) == 2, rows


def test_men_sought_read_sought() -> None:
    rows = claims("Officials said another two men are being sought in the fraud case.")
    assert "sought" in _with(rows, "two men")["what"], rows
