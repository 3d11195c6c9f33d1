"""A broadcast transcript's speaker turns ("NAME: I don't think …") are quotation for the essay count: their "I" is
the speakers', not the writer's (``ingest.pagekind_site._without_turns``; inputs37)."""

from __future__ import annotations

import pytest

from conftest import article_page as _page
from conftest import page_kind as _kind
from storyline.ingest import pagekind_site
from test_ingest_pagekind_site import ESSAY, REPORT

SPEAKERS = ["ANNA VELL", "TOM REED", "MARA QUILL", "JON SIEBEN"]  # four: more than an interview's


def _transcript(intro: list[str]) -> list[str]:
    turns = []
    for i, line in enumerate(ESSAY * 2):
        turns += [f"{SPEAKERS[i % 4]}: {line}", ESSAY[(i + 1) % 5]]  # a turn may run over two paragraphs
    return [*intro, *turns]


def test_a_transcripts_speaker_turns_make_no_personal_essay() -> None:
    assert _kind(_page("Swimmers say funding cut a shame", _transcript(REPORT))) is None


def test_the_writers_own_i_before_the_turns_still_counts() -> None:
    assert _kind(_page("Reflections on a long migration", _transcript(ESSAY * 3))) == "essay"


def test_a_single_label_opens_no_turn() -> None:
    lines = [*REPORT, *[f"Update: {line}" for line in ESSAY], *ESSAY]
    assert _kind(_page("Reflections on a long migration", lines)) == "essay"


def test_without_the_switch_the_transcript_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind_site, "TURNS_QUOTED", False)
    assert _kind(_page("Swimmers say funding cut a shame", _transcript(REPORT))) == "essay"
