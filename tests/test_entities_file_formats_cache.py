"""file_format and spelled_initials share a story's cache of answers (``unlisted``'s ``ev.written``): a format
acronym's "no" from file_format must not stand as spelled_initials' answer for the same letters. Made-up text."""

from __future__ import annotations

import pytest


def test_a_format_checks_no_is_not_spelled_initials_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.entities import spelled_initials as si
    from storyline.entities.file_formats import file_format

    texts = ["The RAW panel met on Monday in Varnby.", "The RAW panel said it would meet again."]
    cache: dict[str, int] = {}
    assert not file_format("RAW", texts, cache)  # no file's noun, no other format beside it
    monkeypatch.setattr(si, "_spelled_near", lambda name, text, at: True)
    assert si.spelled_initials("RAW", texts, cache)
