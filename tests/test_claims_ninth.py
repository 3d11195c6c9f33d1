"""claims9: readings of the eighth and seventh reads' wrong claim rows, on invented sentences.

Each rule is general (word lists in lexicon/claims.toml); every test fails on main before claims9
except the guards that check a rule does not over-reach.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims, figures


def _rows_with(cs: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [c for c in cs if any(m["value"] == value for m in c["mentions"])]


def test_a_toll_many_times_smaller_is_no_side_of_the_toll() -> None:
    cs = claims("Rights groups say at least 300 people were killed in the 1992 uprising in Varnia.",
                "Activists say about 300 people were killed in the uprising in Varnia.",
                "Gunmen killed a mayor and four other people in Varnia on Monday, the report said.")
    rows = _rows_with(cs, 300)
    assert len(rows) == 1 and {m["value"] for m in rows[0]["mentions"]} == {300}
    assert rows[0]["verdict"] == "agree"


def test_a_part_after_including_is_no_rival_of_the_whole() -> None:
    cs = claims("Documents show more than 12,000 troops are engaged in Varnia.",
                "The Freedonian military has said there are 15,000 soldiers in Varnia, including 5,000 troops "
                "engaged in community work such as health care and engineering.")
    rows = _rows_with(cs, 5000)
    assert rows and all({m["value"] for m in r["mentions"]} == {5000} for r in rows)
    assert not any(r["verdict"] in ("differ", "contested") for r in rows)


def test_an_included_part_of_equal_value_still_joins() -> None:
    """Guard: "including 30 in Romania" told elsewhere as "30 in Romania" is one figure."""
    cs = claims("The floods killed 90 people, including 30 people in Romania.",
                "The floods killed 30 people in Romania, officials said.")
    rows = _rows_with(cs, 30)
    assert len(rows) == 1 and len(rows[0]["mentions"]) == 2


def test_over_after_a_noun_is_what_it_is_about_not_more_than() -> None:
    ms = [m for m in figures("The mayor wrote to the paper to express concern over two points in the plan.")
          if m.value == 2]
    assert all(m.qualifier is None for m in ms)
    # guard: "over" before a number is still "a little over"
    ms = [m for m in figures("Over 200 people attended the rally on Sunday.") if m.value == 200]
    assert len(ms) == 1 and ms[0].qualifier == "over"


def test_a_price_in_a_sentence_about_a_death_is_no_casualty_figure() -> None:
    text = "The family had listed the house in Northfield, shortly before the couple died, for $4 million."
    ms = [m for m in figures(text) if m.dimension == "money"]
    assert ms and all(m.event_class is None and m.event != "killed" for m in ms)


def test_a_wire_photo_label_is_no_place() -> None:
    cs = claims("FILE - In this photo, the ferry is shown. The ferry carried 450 passengers.",
                "The ferry carried 450 passengers, the company said.")
    rows = _rows_with(cs, 450)
    assert rows and all("FILE" not in r["what"] and "FILE" not in (r.get("place") or []) for r in rows)


def test_an_age_that_introduces_someone_new_is_not_the_named_persons_age() -> None:
    cs = claims("Aid worker Maria Tolvane, aged 24, was detained at the border on Friday.",
                "The 24-year-old Tolvane was detained with nine others.",
                "Some children told staff they have parents, and a fourteen year old said she wanted to go home.")
    rows = _rows_with(cs, 24)
    assert len(rows) == 1 and {m["value"] for m in rows[0]["mentions"]} == {24} and rows[0]["verdict"] == "agree"


def test_days_a_week_is_a_rate_not_a_length_of_time() -> None:
    ms = figures("He worked six days a week at the plant, his brother said.")
    assert not [m for m in ms if m.dimension == "duration"]
    ms = figures("He worked at the plant for 31 years, his brother said.")  # guard: a length of time stays
    assert [m.value for m in ms if m.dimension == "duration"] == [31]


def test_a_share_counted_so_far_and_a_comparisons_reference_are_read_as_such() -> None:
    ms = figures("With 30 percent of the vote counted, the president appeared to have won 52 percent of the vote.")
    assert [(m.value, "counted" in m.scope) for m in ms] == [(30, True), (52, False)]
    ms = figures("His rival took 38 percent, substantially higher than the 27 percent polls predicted he would take.")
    assert [(m.value, "than" in m.scope) for m in ms] == [(38, False), (27, True)]


def test_a_year_named_by_the_verb_a_figures_verb_is_joined_to_is_the_figures_year() -> None:
    ms = [m for m in figures("The last strong quake there was in 1961, and had a magnitude of 6.4, he said.")
          if m.value == 6.4]
    assert len(ms) == 1 and ms[0].years == frozenset({"1961"})
