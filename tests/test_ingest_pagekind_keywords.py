"""A long read's label among a page's plain ``keywords`` meta ("Longform") notes it as a feature; the subjects
the keywords also list do not (``ingest.pagekind._keyword_signs``; inputs37)."""

from __future__ import annotations

import pytest

from conftest import article_page as _page
from conftest import page_kind as _kind
from storyline.ingest import pagekind
from test_ingest_pagekind_site import REPORT


def _keywords(value: str) -> str:
    return f'<meta name="keywords" content="{value}"><meta property="og:type" content="article">'


def test_a_long_read_label_among_the_keywords_notes_a_feature() -> None:
    head = _keywords("Buses, Ada Quill, Longform, ")
    assert _kind(_page("The untold story of a bus company", REPORT * 3, head=head)) == "feature"


def test_subjects_and_other_labels_among_the_keywords_note_nothing() -> None:
    assert _kind(_page("Bus leaves the road", REPORT * 3, head=_keywords("Buses, longform journalism prize"))) is None
    assert _kind(_page("Bus leaves the road", REPORT * 3, head=_keywords("Buses, Opinion, Aldermouth"))) is None


def test_without_the_switch_the_label_notes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagekind, "KEYWORD_LABELS", False)
    assert _kind(_page("The untold story of a bus company", REPORT * 3, head=_keywords("Buses, Longform"))) is None
