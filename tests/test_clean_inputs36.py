"""A writer's job title on its own line above the first paragraph is the byline's; a sign-off asking readers to write
in ends the article, with the list rows after it (inputs36)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, structure
from storyline.clean.structure import staff_title
from storyline.model import RawDocument

TITLE = "Harbour board shuts the old pier for repairs"
TEXT = """Harbour board shuts the old pier for repairs

Harbour Post Senior Correspondent

The harbour board voted on Tuesday to close the old pier for repairs after divers found rotten timbers.
The chair said ferries would dock at the new terminal until the summer, and fishing boats at the east quay.
Repairs are expected to cost about two million pounds and to take most of the year, the board said."""


def test_a_job_title_line_above_the_first_paragraph_is_cut() -> None:
    doc = clean_document(RawDocument(id="pier.html", text=TEXT, title=TITLE, source="html"))
    assert "Senior Correspondent" not in doc.text
    assert doc.text.startswith("The harbour board voted")


def test_the_switch_off_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structure, "STAFF_TITLES", False)
    doc = clean_document(RawDocument(id="pier.html", text=TEXT, title=TITLE, source="html"))
    assert "Harbour Post Senior Correspondent" in doc.text


def test_what_is_a_job_title() -> None:
    assert staff_title("CNBC Executive News Editor") and staff_title("Staff Writers")
    assert not staff_title("The editor resigned.")  # a sentence
    assert not staff_title("Letters to the editor")  # lower-case words
    assert not staff_title("Meet the Paper's New Executive Editor and Deputy Managing Editor")  # too long


SIGNOFF = TEXT.replace("Harbour Post Senior Correspondent\n\n", "") + """
"Questions? Comments? Email us at - Ferry fares rise again as fuel costs climb.
- Ten seaside towns worth a winter visit.
- Who should pay for the new sea wall? Our readers have ideas."""


def test_a_write_in_signoff_and_the_list_rows_after_it_are_cut() -> None:
    doc = clean_document(RawDocument(id="pier.html", text=SIGNOFF, title=TITLE, source="html"))
    assert doc.text.endswith("the board said.")
    prose = SIGNOFF.replace("- Who should pay", "Who should pay")  # a line of prose after it: no sign-off
    assert "Email us" in clean_document(RawDocument(id="p.html", text=prose, title=TITLE, source="html")).text


def test_the_switch_off_keeps_the_signoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structure, "WRITE_IN_SIGNOFFS", False)
    doc = clean_document(RawDocument(id="pier.html", text=SIGNOFF, title=TITLE, source="html"))
    assert "Ten seaside towns" in doc.text
