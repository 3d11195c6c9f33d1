"""Claims: the wrong rows the thirty-third and thirty-fourth reads found, by kind (bench/BRIEF_REVIEW.md, "claims43"):
a share's base after "out of every" read as a count of its own ("seven out of every 100 Hispanic children": "100
Hispanic children"); the later spans of a list of dates ("in two weeks or five weeks or nine weeks": "using (wk)"
twice); a share of a toll shown as a count of people ("60% of the dead": "60 people"); a parent's children as a
count of parents ("a stay-at-home mother of four": "4 stay-at-home mother"); the whole a question asks a part of,
given the part's verb ("how many of an estimated 185,000 Hispanic people ... have fled": "people evacuated"); a
relative clause about a part of the count as its event ("three cancellations, none of them related": "cancellations
related"); a conceded report as the speaker ("Despite what the jeers of jaded Californians might suggest, ...").
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, whats

# "out of every N", "in every N": the base of a share, as "out of N" and "in N" are


def test_out_of_every_is_a_share() -> None:
    rows = whats("The survey shows seven out of every 100 rural pupils were absent.")
    assert rows == ["share of pupils: absent"], rows


def test_in_every_is_a_share() -> None:
    rows = whats("The survey found that one in every five teachers had left.")
    assert len(rows) == 1 and rows[0].startswith("share of teachers"), rows


def test_out_of_a_base_stays_a_share() -> None:
    rows = whats("The survey shows seven out of 100 rural pupils were absent.")
    assert rows == ["share of pupils: absent"], rows


# a span listed after an "in N units" that says when says when too; after "for N units" how long, as before


def test_a_list_of_dates_gives_no_span() -> None:
    text = "The mayor said the council will decide in two weeks or five weeks or nine weeks, whenever it meets."
    assert whats(text) == []


def test_a_list_of_lengths_keeps_its_spans() -> None:
    assert whats("The mayor said the bridge was shut for two weeks or five weeks.") == ["bridge shut (wk)"] * 2


# a share of a toll ("60% of the dead") is shown as a share, not as that many people


def _units(text: str) -> list[str]:
    return [m["unit"] for c in claims(text) for m in c["mentions"]]


def test_a_share_of_the_dead_stays_a_share() -> None:
    units = _units("The agency said 300 drivers died last year and that 60% of the dead had not worn belts.")
    assert units == ["drivers", "% of the dead"], units


def test_a_share_of_deaths_stays_a_share() -> None:
    assert _units("Officials said 60 percent of the deaths were in the north.") == ["percent of the deaths"]


def test_a_ratio_of_deaths_keeps_its_base() -> None:
    assert _units("Officials said seven out of 10 deaths were in the north.") == ["10 people"]


# "a mother of four", "the father-of-three": who the person is, no count of parents


def test_a_mother_of_four_is_no_count() -> None:
    assert whats("Ana Ruiz, a farm worker from Peru, is a stay-at-home mother of four who lives in Leeds.") == []


def test_a_hyphened_father_of_three_is_no_count() -> None:
    assert whats("The father-of-three said 12 workers left.") == ["workers that left"]


def test_a_mother_of_four_children_counts_them() -> None:
    assert whats("She is a mother of four children.") == ["children (mother)"]


# "how many of an estimated N X have fled": N is the whole, not the number who fled


def test_the_whole_of_an_open_question_takes_no_verb() -> None:
    rows = whats("It is not clear how many of an estimated 90,000 Polish workers in the county have fled.")
    assert rows == ["Polish workers"], rows


def test_a_stated_number_keeps_its_verb() -> None:
    assert whats("Officials said an estimated 90,000 Polish workers have left.") == ["Polish workers that left"]


# "three cancellations, none of them related to X": the clause tells of a part; the count keeps its own verb


def test_a_clause_of_none_of_them_is_no_event() -> None:
    rows = whats("The airline reported three cancellations, none of them related to the weather.")
    assert rows == ["cancellations reported"], rows


def test_a_clause_of_most_of_whom_is_no_event() -> None:
    assert whats("The hotel had 40 guests, most of whom left early.") == ["guests (hotel)"]  # holder: claims66


def test_a_clause_of_the_whole_is_its_event() -> None:
    assert whats("The hotel had 40 guests who left early.") == ["guests that left (hotel)"]  # holder: claims66


# "Despite what X might suggest, ...": X reports nothing of the figures, nor of the next sentence's


def _speakers(text: str) -> list[str | None]:
    return [m["speaker"] for c in claims(text) for m in c["mentions"]]


def test_a_conceded_report_names_no_speaker() -> None:
    text = "Despite what Mayor Ellen Hart might suggest, the old dam held up well. The dam holds 91,000 tons of water."
    assert _speakers(text) == [None]


def test_a_report_after_a_despite_phrase_keeps_its_speaker() -> None:
    text = "Despite the damage to the 127-year-old dam, a report from the agency said it remains sound."
    assert _speakers(text) == ["a report from the agency"]


def test_a_report_with_a_despite_phrase_keeps_its_speaker() -> None:
    text = "Officials said the dam holds 91,000 tons of water, despite the drought."
    assert _speakers(text) == ["Officials"]
