"""A report that retells another report of the story is one source with it (storyline.retold, inputs48).
Made-up reports only, of another subject than the story the kind was found in."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import cast

import pytest

from storyline import retold, sources
from storyline.model import ClaimGroup, Document
from storyline.render.claims_html import _fold_note
from storyline.render.markdown import _reprint

Q1 = "We had no warning at all that the river would rise so fast overnight"
Q2 = "The pumps were running but the water simply came over the top of the wall"
Q3 = "Every house on the lower road has at least a foot of water downstairs"
WIRE = (f'Floodwater forced 300 people from their homes in Marlow on Monday, the county said. "{Q1}," said '
        f'resident Ann Hale. Council engineer Tom Reed said: "{Q2}." A neighbour added: "{Q3}." The river peaked '
        f"at 4.1 metres, the highest level since 1947.")
RETELLING = (f'About 300 people have been flooded out of their homes in a Thames town, as reported by Northern '
             f'Wire and local papers. "{Q1}," resident Ann Hale said. An engineer told reporters that "{Q2}." The '
             f'river reached 4.1 metres.')
OWN = ('Our reporter in Marlow found the high street under water on Monday, a day after Northern Wire reported '
       'the first evacuations. "The bakery has lost everything it had in the cellar and most of the ovens," '
       'said its owner, Raj Patel. "We will be closed for a month at least, maybe longer than that," he said.')


def _doc(i: str, text: str, outlet: str, day: int) -> Document:
    return Document(id=i, text=text, outlet=outlet, published=dt.date(2024, 3, day))


def test_a_report_crediting_another_and_repeating_its_quotations_retells_it() -> None:
    wire, other = _doc("a", WIRE, "Northern Wire", 4), _doc("b", RETELLING, "Valley Weekly", 5)
    assert retold.retells(other, wire)
    assert not retold.retells(wire, other)
    docs = sources.mark_copies([other, wire])  # input order: the retelling first
    assert docs[0].copy_of == "a" and docs[1].copy_of is None
    assert sources.independent_count(["a", "b"], docs) == 1
    assert retold.retold_of(docs[0], docs) == "a"
    assert _reprint(docs[0], {"a": 1, "b": 2}, docs) == "; retells [1]"


def test_a_report_naming_another_for_one_fact_with_its_own_quotations_stays_independent() -> None:
    wire, own = _doc("a", WIRE, "Northern Wire", 4), _doc("c", OWN, "Valley Weekly", 5)
    assert retold.credits(OWN, "Northern Wire")
    assert not retold.retells(own, wire)
    assert sources.independent_count(["a", "c"], sources.mark_copies([wire, own])) == 2


def test_the_same_quotations_without_crediting_the_outlet_stay_independent() -> None:
    plain = RETELLING.replace("as reported by Northern Wire and local papers", "officials said")
    assert not retold.retells(_doc("b", plain, "Valley Weekly", 5), _doc("a", WIRE, "Northern Wire", 4))


def test_a_report_cannot_retell_a_later_one() -> None:
    assert not retold.retells(_doc("b", RETELLING, "Valley Weekly", 3), _doc("a", WIRE, "Northern Wire", 4))


def test_the_switch_off_keeps_two_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retold, "RETELLINGS", False)
    docs = sources.mark_copies([_doc("a", WIRE, "Northern Wire", 4), _doc("b", RETELLING, "Valley Weekly", 5)])
    assert sources.independent_count(["a", "b"], docs) == 2


@pytest.mark.parametrize(("text", "want"), [
    ("the minister said in remarks reported by the Daily Courier and others", True),
    ("according to The Daily Courier", True),
    ("The Daily Courier reported on Sunday that", True),
    ("the Courier's reporter said", False),
    ("a Daily Courier van was parked outside", False),
])
def test_credits(text: str, want: bool) -> None:
    assert retold.credits(text, "The Daily Courier") is want


def test_the_claims_fold_says_rows_are_told_by_a_retelling() -> None:
    docs = sources.mark_copies([_doc("a", WIRE, "Northern Wire", 4), _doc("b", RETELLING, "Valley Weekly", 5)])
    row = SimpleNamespace(mentions=[SimpleNamespace(doc="a"), SimpleNamespace(doc="b")], verdict="agree", minor=False)
    note = _fold_note(cast("list[ClaimGroup]", [row]), docs)
    assert note == " (1 of them told by reprints or retellings of one report)"


R1 = "The hives we lost this spring were the strongest colonies we had kept in ten years"
R2 = "Nobody here has seen the queens abandon a full comb of honey like this before"
R3 = "We will move what is left of the apiary to the hills before the summer heat"
ORCHARD = (f'Beekeepers in Ashford have lost half their hives, the Hill Gazette reported on Tuesday. "{R1}," said '
           f'keeper Mia Lund.\n"{R2}.\n"{R3}," she said.')
RUN_ON = (f'Half the hives of a Kent village are gone, the Hill Gazette reports. "{R1}," keeper Mia Lund tells the '
          f'Hill Gazette.\n"{R2}.\n"{R3}," Lund said. [Hill Gazette]')


def test_a_quotation_running_over_paragraphs_is_read_paragraph_by_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    gazette, week = _doc("a", ORCHARD, "Hill Gazette", 4), _doc("b", RUN_ON, "Weekly Digest", 5)
    assert retold.shared_quotations(RUN_ON, ORCHARD) == (3, 3)
    assert retold.retells(week, gazette)
    monkeypatch.setattr(retold, "RUN_ON_QUOTES", False)
    assert retold.shared_quotations(RUN_ON, ORCHARD) == (2, 2)
    assert retold.retells(week, gazette)  # two closed quotations are enough here; one is not
    one = RUN_ON.replace(f'"{R3}," Lund said.', f"{R3}, Lund said.")
    assert not retold.retells(_doc("b", one, "Weekly Digest", 5), gazette)
    monkeypatch.setattr(retold, "RUN_ON_QUOTES", True)
    assert retold.retells(_doc("b", one, "Weekly Digest", 5), gazette)
