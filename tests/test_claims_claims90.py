"""Claims: one fact, one row by whose quantity a percentage is (bench/BRIEF_REVIEW.md, "claims90"): two reports' equal
changes of two named things ("the krone slipped 0.4 percent" / "Norland's NX50 index fell 0.4 percent") are two rows,
never one that "agrees"; one thing's change told by its name and by a short form or acronym stays one row. Our own
invented sentences through the real model, on farm markets and a fictional currency, none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _joined(rows: list[dict[str, Any]], value: float) -> list[dict[str, Any]]:
    return [r for r in rows if len(r["mentions"]) > 1 and any(m["value"] == value for m in r["mentions"])]


def test_two_named_things_changes_of_one_size_are_two_rows() -> None:
    rows = _claims(("Grain traders were cautious on Tuesday. Wheat futures in Velmora climbed 0.7 percent after the "
                    "harvest report, traders said.", "Valley Ledger"),
                   ("The Tarsk Cattle Index rose 0.7 percent on Tuesday as buyers returned, dealers said.",
                    "Harbour Times"))
    assert not _joined(rows, 0.7), [(r["what"], r["verdict"]) for r in _joined(rows, 0.7)]


def test_two_named_holders_targets_are_two_rows() -> None:
    rows = _claims(("The farm price index is moving near the Velmora Grain Board's 3 percent target, officials "
                    "said.", "Valley Ledger"),
                   ("Dairy prices are rising toward Tarsk Dairy Council's 3 percent target, the council said.",
                    "Harbour Times"))
    assert not _joined(rows, 3), [(r["what"], r["verdict"]) for r in _joined(rows, 3)]


def test_one_thing_told_by_its_name_and_its_acronym_stays_one_row() -> None:
    # guard: "the VGB" is the Velmora Grain Board's initials: one holder, one row
    rows = _claims(("Barley prices are moving near the Velmora Grain Board's 3 percent target, officials said.",
                    "Valley Ledger"),
                   ("Barley prices are moving close to the VGB's 3 percent target, traders said.", "Harbour Times"))
    assert _joined(rows, 3), [(r["what"], r["verdict"], [m["value"] for m in r["mentions"]]) for r in rows]


def test_a_change_and_a_level_of_one_value_are_two_rows() -> None:
    rows = _claims(("The Dairy Council raised its milk levy by 0.5 percent on Monday, farmers said.", "Valley Ledger"),
                   ("Grocers began raising their own milk margin to 0.5 percent on Monday, farmers said.",
                    "Harbour Times"))
    assert not _joined(rows, 0.5), [(r["what"], r["verdict"]) for r in _joined(rows, 0.5)]


def test_a_change_and_a_level_are_no_differ() -> None:
    rows = _claims(("The Dairy Council raised its milk levy by 0.25 percent on Monday, farmers said.",
                    "Valley Ledger"),
                   ("The Dairy Council raised its milk levy from 3.75 percent to 4 percent on Monday.",
                    "Harbour Times"))
    differ = [r for r in rows if r["verdict"] == "differ"]
    assert not differ, [(r["what"], [m["value"] for m in r["mentions"]]) for r in differ]


def test_two_common_nouns_changes_of_other_sizes_are_no_differ() -> None:
    rows = _claims(("The price index of imported wool jumped by 0.4 percent in January, analysts said.",
                    "Valley Ledger"),
                   ("The krone was trading at 1.07 dollars, having climbed 1.2 percent overnight in its steepest "
                    "rise since June.", "Harbour Times"))
    differ = [r for r in rows if r["verdict"] == "differ"]
    assert not differ, [(r["what"], [m["value"] for m in r["mentions"]]) for r in differ]


def test_a_level_told_with_from_and_to_joins_the_same_level() -> None:
    # guard: "fell from ... to 1.58 million crowns" is a level, as "fell to 1.6 million crowns" is: one figure
    rows = _claims(("The mill's grant fell to 1.6 million crowns last year, the council said.", "Valley Ledger"),
                   ("The council, whose grant to the mill fell from 3.2 million crowns in 2015 to 1.58 million crowns "
                    "last year, defended the cut.", "Harbour Times"))
    assert _joined(rows, 1600000) or _joined(rows, 1580000), [(r["what"], [m["value"] for m in r["mentions"]])
                                                                for r in rows]


def test_to_read_as_a_quantmod_marks_a_level() -> None:
    # the parser sometimes hangs "to" on the number ("fell from 3.2m in 2015 to 1.58m": quantmod), the figure itself
    # being the verb's npadvmod, as a change's measure is; the "to" still makes it a level (a hand-made parse)
    import spacy
    from spacy.tokens import Doc

    from storyline.claims.quantity_holder import quantity_of

    words = ["The", "grant", "fell", "to", "1.58", "m", "last", "year"]
    heads = [1, 2, 2, 4, 5, 2, 7, 2]
    deps = ["det", "nsubj", "ROOT", "quantmod", "nummod", "npadvmod", "amod", "npadvmod"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "ADJ", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    assert quantity_of(doc[5], doc[4]).kind == "level"


def test_a_ranges_to_is_no_level() -> None:
    # "rise 15 to 20 percent": the "to" between a range's ends is no level's "to" (a hand-made parse)
    import spacy
    from spacy.tokens import Doc

    from storyline.claims.quantity_holder import quantity_of

    words = ["Fees", "would", "rise", "15", "to", "20", "percent"]
    heads = [2, 2, 2, 5, 5, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "quantmod", "quantmod", "nummod", "dobj"]
    pos = ["NOUN", "AUX", "VERB", "NUM", "ADP", "NUM", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    assert quantity_of(doc[6], doc[5]).kind == "change"
