"""Claims: check30a/b's held-out kinds of a figure's holder and qualifier (bench/BRIEF_REVIEW.md, "claims66"): the
holder is the subject of a verb of holding ("the warehouse contains 4,000 crates"), not only a possessor or a name, so
two things' figures are two rows and the row names its holder; "as few as N" kept on the figure and read as the low end
of a kind's values, so a value at or above it does not differ. Our own invented sentences through the real model,
none from a page, on trade and transport, not on science or sport.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.claims.verdicts import interval
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _rows(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if any(m["value"] == value for m in r["mentions"])]


# the holder is the clause's subject (clause_holder.py)


def test_two_things_counts_held_by_subjects_are_two_rows() -> None:
    rows = _claims(("Customs said the seized warehouse contains 4,000 crates of counterfeit perfume.", "Valley Ledger"),
                   ("A smaller depot near the docks contains 4,200 crates, customs officers said.", "Harbour Times"))
    joined = [r for r in rows if len(r["mentions"]) > 1]
    assert not joined, [(r["what"], r["verdict"]) for r in joined]


def test_one_thing_told_with_a_shared_word_stays_one_row() -> None:
    # guard: "the seized warehouse" / "the warehouse" share a word: one holder, one row
    rows = _claims(("Customs said the seized warehouse contains 4,000 crates of counterfeit perfume.", "Valley Ledger"),
                   ("The warehouse contains 4,000 crates, customs officers said on Monday.", "Harbour Times"))
    row = _rows(rows, 4000)
    assert row and len(row[0]["mentions"]) == 2 and row[0]["verdict"] == "agree", row


def test_the_what_names_the_holder() -> None:
    rows = _claims(("The chartered cargo ship, for example, has just 14 crew members, the agency said.", None),)
    row = _rows(rows, 14)
    assert row and "cargo ship" in row[0]["what"], [r["what"] for r in rows]


def test_a_participle_of_holding_names_the_noun_before_it() -> None:
    rows = _claims(("Inspectors were looking at an abandoned trailer, containing 979 cartons of cigarettes.", "A"),
                   ("The Harwick depot has about 1,000 cartons of cigarettes, inspectors said.", "B"))
    assert not [r for r in rows if len(r["mentions"]) > 1], [(r["what"], r["verdict"]) for r in rows]


# "as few as" (verdicts.py, lexicon qualifiers "floor")


def test_as_few_as_is_kept_and_no_differ_with_a_value_above_it() -> None:
    rows = _claims(("A basic delivery van can carry as few as 10 pallets, the haulier said.", "Valley Ledger"),
                   ("The delivery van carries 13 pallets, according to the haulier.", "Harbour Times"))
    row = _rows(rows, 10)
    assert row and row[0]["mentions"][0]["qualifier"] == "as few as", row
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_floor_interval_is_open_above() -> None:
    lo, hi = interval(10, 10, 10, "as few as", False)
    assert lo == 10 and 13 < hi < 2000


# a figure is no speaker (figure_speakers.py)


def test_a_figure_told_all_told_is_no_speaker() -> None:
    rows = _claims(("The new tower, as the builders call it, is 10 times taller than the old mill by height and has "
                    "nearly 50 times as many windows — 3,412 all told.", None),)
    said = [m["speaker"] for r in rows for m in r["mentions"] if m["speaker"]]
    assert not [s for s in said if str(s)[:1].isdigit()], said


# another figure's qualifier is no word of the what (named.py)


def test_a_part_of_an_estimated_whole_keeps_estimated_off_its_what() -> None:
    rows = _claims(("The port authority said it had cleared at least 300 of an estimated 420 abandoned shipping "
                    "containers.", None),)
    row = _rows(rows, 300)
    assert row and "estimated" not in row[0]["what"] and "containers" in row[0]["what"], [r["what"] for r in rows]


# a place stretched past itself is no place of the figure (beyond_places.py)


def test_a_place_joined_to_abroad_is_no_place_of_the_sum() -> None:
    rows = _claims(("The carmaker said it sold more than $900m of spare parts to dealers in Canada and abroad last "
                    "year.", None),)
    row = _rows(rows, 900_000_000)
    assert row and "Canada" not in row[0]["what"] and not row[0]["place"], [(r["what"], r["place"]) for r in rows]


# "N years old" is its holder's age (clause_holder.told_old)


def test_years_old_of_a_thing_is_its_age() -> None:
    rows = _claims(("The size of a small barn and 300 years old, the timber mill was restored by the town.", None),)
    row = [r for r in rows if any(m["value"] == 300 for m in r["mentions"])]
    assert row and row[0]["what"].startswith("age"), [r["what"] for r in rows]


def test_that_of_a_thing_is_its_holder() -> None:
    rows = _claims(("The harbour board said its old ferry has 300 seats on the Kelby route.", "Valley Ledger"),
                   ("The board's ferry is slow, while that of the rival operator has 320 seats.", "Harbour Times"))
    assert not [r for r in rows if len(r["mentions"]) > 1], [(r["what"], r["verdict"]) for r in rows]


def test_a_with_phrase_on_a_prepositions_object_names_no_holder() -> None:
    # guard: "through the academy with three coaches": the academy holds no coaches
    rows = _claims(("The club was rebuilt through the academy with three young coaches in 2015.", None),)
    assert not [r for r in rows if "academy" in r["what"]], [r["what"] for r in rows]


def test_an_apposition_holder_is_the_name_it_renames() -> None:
    # guard (bench heldout3's kind): "Dunmore has …" / "Dunmore, the county's largest town with …": one town
    rows = _claims(("Dunmore has about 9,000 people, the council said on Monday.", "Valley Ledger"),
                   ("Dunmore, the county's largest town with about 9,000 people, lies on the river.", "Harbour Times"))
    row = _rows(rows, 9000)
    assert row and len(row[0]["mentions"]) == 2, [(r["what"], r["verdict"], len(r["mentions"])) for r in rows]


def test_a_with_phrase_on_a_time_adverbial_names_no_holder() -> None:
    rows = _claims(("The sale began at 9:00 a.m. local time with two thousand and eight shoppers called in.", None),)
    assert not [r for r in rows if "time" in r["what"]], [r["what"] for r in rows]


def test_a_size_modifier_is_no_word_of_the_holder() -> None:
    rows = _claims(("His 900-page handwritten diary currently has a bid of $4,300 at the auction.", None),)
    row = _rows(rows, 4300)
    assert row and "page" not in row[0]["what"], [r["what"] for r in rows]
