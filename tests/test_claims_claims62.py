"""Claims: the 63rd–65th reads' false joins (bench/BRIEF_REVIEW.md, "claims62"), by kind: two reports of one outlet
counted as two agreeing sources; two holders' equal figures joined "agree" across reports; two holders' counts
shown "differ"; a nickname's number ("the Big Three") read as an age; one speaker's large figure told in two framings
left on two rows. Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _claims(*docs: tuple[str, str | None]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


# mentions of one outlet count once (sources.one_newsroom, via group_verdict)

_PLANT = "The Dunmore plant will hire 340 workers next year, the company said."
_PLANT2 = "Dunmore's new plant is to hire 340 workers, according to the firm."


def test_one_outlets_two_reports_are_one_source() -> None:
    rows = _claims((_PLANT, "Valley Ledger"), (_PLANT2, "valleyledger"))
    row = [r for r in rows if r["mentions"][0]["value"] == 340]
    assert row and row[0]["verdict"] == "single" and row[0]["independent_sources"] == 1, row


def test_one_wires_story_on_two_hosts_is_one_source() -> None:
    # the table counts as the sources list does: AP's story on two papers' sites is one newsroom's (inputs52)
    rows = _claims((_PLANT, "Valley Ledger (AP)"), (_PLANT2, "Harbour Times (AP)"))
    row = [r for r in rows if r["mentions"][0]["value"] == 340]
    assert row and row[0]["verdict"] == "single" and row[0]["independent_sources"] == 1, row


def test_two_outlets_reports_agree() -> None:
    # guard: two outlets giving one figure agree
    rows = _claims((_PLANT, "Valley Ledger"), (_PLANT2, "Harbour Times"))
    row = [r for r in rows if r["mentions"][0]["value"] == 340]
    assert row and row[0]["verdict"] == "agree" and row[0]["independent_sources"] == 2, row


# two holders' figures are two rows, whichever reports tell them (owners.py)


def test_two_holders_equal_figures_across_reports_are_two_rows() -> None:
    rows = _claims(("The county recount on Monday left Ada Ames 12 votes behind the winner, Carl Dorn.", None),
                   ("The county recount on Monday left Bruno Kell 12 votes behind the winner, Carl Dorn.", None))
    joined = [r for r in rows if len(r["mentions"]) > 1 and r["mentions"][0]["value"] == 12]
    assert not joined, [(r["what"], r["verdict"]) for r in joined]


def test_two_holders_different_figures_are_no_differ() -> None:
    rows = _claims(("Ada Ames's late appeals amounted to 40 votes that decided the county recount.", None),
                   ("The county board held Bruno Kell to 30 votes in the recount on Monday.", None))
    assert not [r for r in rows if r["verdict"] == "differ"], [(r["what"], r["verdict"]) for r in rows]


def test_one_holder_told_by_full_name_and_surname_agrees() -> None:
    # guard: "Ada Ames" and "Ames" are one holder
    rows = _claims(("Ada Ames finished with 1,240 votes in the recount.", None),
                   ("Ames finished the recount with 1,240 votes.", None))
    row = [r for r in rows if r["mentions"][0]["value"] == 1240]
    assert row and row[0]["verdict"] == "agree", [(r["what"], r["verdict"]) for r in rows]


def test_a_pronouns_holder_is_the_named_subject_before_it() -> None:
    from storyline.claims import figure_mentions

    texts = ("Bruno Kell faded in the evening. The recount left him 12 votes behind Carl Dorn.",
             "Bruno Kell faded in the evening.\n\nThe county recount on Monday left him 12 votes behind the winner.")
    ms, _ = figure_mentions(analyse([Document(id=f"d{i}.txt", text=t, title="d") for i, t in enumerate(texts)]))
    assert [set(m.owner) for m in ms if m.value == 12] == [{"bruno", "kell"}] * 2, [(m.text, m.owner) for m in ms]


# a number word capitalised inside a nickname is no figure (hyphen_names.titled_number)


def test_a_nicknames_number_is_no_figure() -> None:
    from tests.claims_support import figures

    ms = figures("Marta Diaz, Omar Haddad and Li Wen are the less-heralded Big Three in this Book Fair that gets "
                 "under way Thursday night.")
    assert not [m for m in ms if m.value == 3], [(m.text, m.value, m.dimension) for m in ms]



# one named speaker's large figure told in two framings is one row (grouping._one_speakers_figure)


def test_one_speakers_large_figure_in_two_framings_is_one_row() -> None:
    rows = _claims(("Rail chief Ines Varga announced that the network is on track to reach 300 million passenger "
                    "journeys for 2024.", None),
                   ("Ines Varga, the new rail chief, announced at the start of the meeting that 300 million "
                    "passengers have journeyed on the network over the past five years.", None))
    row = [r for r in rows if r["mentions"][0]["value"] == 300_000_000]
    assert row and len(row[0]["mentions"]) == 2 and row[0]["verdict"] == "agree", [
        (r["what"], r["verdict"]) for r in rows]


def test_the_subject_acting_on_a_count_is_no_holder() -> None:
    # guard: "the agency accused five lenders" / "the ministry accused five lenders": one set of five, two accusers'
    # names; the count is the lenders', not the subject's
    rows = _claims(("The Harbour Trade Agency filed a complaint against Norland and five major regional lenders in "
                    "April, accusing them of fixing rates.", None),
                   ("The Norland government has accused five major lenders of fixing rates.", None))
    row = [r for r in rows if r["mentions"][0]["value"] == 5]
    assert row and row[0]["verdict"] == "agree", [(r["what"], r["verdict"], len(r["mentions"])) for r in rows]
