"""A first publication's day over an update's, both labelled in one line (``ingest.labelleddays``,
bench/BRIEF_REVIEW.md, "inputs46"): made-up pages."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from storyline.ingest import labelleddays
from storyline.ingest.labelleddays import first_published_day

LINE = "First Published: 09:10 GMT(21/3/2019)<br/>Last Updated: 01:05 GMT(22/3/2019)"
UPDATE = dt.date(2019, 3, 22)


def tree(line: str = LINE) -> object:
    return lxml.html.fromstring(f'<html><body><h1>Flood</h1><div class="dates">{line}</div><p>Text.</p></body></html>')


def test_the_update_day_found_gives_way_to_the_labelled_first_publication() -> None:
    assert first_published_day(UPDATE, tree()) == dt.date(2019, 3, 21)


def test_another_day_found_or_an_update_alone_is_kept() -> None:
    assert first_published_day(dt.date(2019, 3, 25), tree()) == dt.date(2019, 3, 25)
    assert first_published_day(UPDATE, tree("Last Updated: 01:05 GMT(22/3/2019)")) == UPDATE
    far = "First Published: 09:10 GMT(21/1/2019) Last Updated: 01:05 GMT(22/3/2019)"
    assert first_published_day(UPDATE, tree(far)) == UPDATE  # a correction of an old story, not a first day


def test_off_the_switch_the_update_day_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelleddays, "LABELLED_DAYS", False)
    assert first_published_day(UPDATE, tree()) == UPDATE
