"""A write-up of another outlet's report is noted as such (``clean.writeups``, bench/BRIEF_REVIEW.md, "inputs50"):
made-up texts of another subject."""

from __future__ import annotations

import pytest

from storyline.clean import writeups
from storyline.clean.sourcing import page_notes

WRITEUP = ("Forget everything you knew about bees. A hive in Kent has learned to open jam jars, the Hill Gazette "
           "reports.\n"
           '"We watched them unscrew the lids one after another," keeper Mia Lund tells the Hill Gazette.\n'
           '"Nobody had shown them how, they worked it out," she said. [Hill Gazette]\n'
           "So what does it all mean? Probably nothing good for the jam.")
REPORT = ("A hive in Kent has learned to open jam jars, its keeper said on Monday.\n"
          '"We watched them unscrew the lids one after another," said Mia Lund, who has kept bees for 30 years.\n'
          "Scientists at the Hill Gazette's request will study the hive in June. [Photo: Ann Lee]")
TRANSCRIPT = ('"Thank you all for coming tonight." [Applause]\n"We will build the bridge, and we will build it '
              'this year." [Applause]\nThe speech was reported by the Valley Times.')


def test_a_text_citing_its_account_to_another_outlet_is_a_writeup(monkeypatch: pytest.MonkeyPatch) -> None:
    assert writeups.written_from(WRITEUP, "Weekly Digest") == ["Hill Gazette"]
    notes = page_notes("b.html", WRITEUP * 3, "Weekly Digest", None, [])
    assert any("a write-up of Hill Gazette's reporting" in n.note for n in notes)
    monkeypatch.setattr(writeups, "WRITEUPS", False)
    assert writeups.written_from(WRITEUP, "Weekly Digest") == []


def test_an_own_report_a_bracketed_name_credited_nowhere_or_the_pages_own_outlet_is_no_writeup() -> None:
    assert writeups.written_from(REPORT, "Kent Courier") == []
    assert writeups.written_from(TRANSCRIPT, "Valley Times") == []
    assert writeups.written_from(WRITEUP, "The Hill Gazette") == []


def test_a_source_or_via_line_names_the_outlet_a_post_is_written_from(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.model import Removed

    post = "A hive in Kent has learned to open jam jars, which is both brilliant and alarming.\nSource: Hill Gazette"
    assert writeups.written_from(post, "Weekly Digest") == ["Hill Gazette"]
    kept = "A hive in Kent has learned to open jam jars, which is both brilliant and alarming."
    assert writeups.written_from(kept, "Weekly Digest", [Removed("(via Hill Gazette)", "site furniture")]) == [
        "Hill Gazette"]
    assert writeups.written_from(kept, "Weekly Digest", [Removed("Source: Getty Images", "photo credit")]) == []
    assert writeups.written_from(kept + "\nSource: the county council said the jars were empty.", "W") == []
    monkeypatch.setattr(writeups, "WRITEUPS", False)
    assert writeups.written_from(post, "Weekly Digest") == []
