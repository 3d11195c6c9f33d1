"""A JSON record with an address and no outlet is named by its host (``jsonfmt.host_outlet``), so one site's reports
are one voice and the brief names where each was read."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.ingest import jsonfmt
from storyline.ingest.jsonfmt import host_outlet


def test_host_without_www() -> None:
    assert host_outlet("http://www.harbourgazette.co.uk/news/fire-1") == "harbourgazette.co.uk"
    assert host_outlet("https://news.example.org/a?b=1") == "news.example.org"


def test_no_address_no_outlet() -> None:
    assert host_outlet(None) is None
    assert host_outlet("") is None
    assert host_outlet("harbour fire report") is None
    assert host_outlet("ftp://files.example.org/x") is None


def test_a_stated_outlet_wins_and_the_switch_turns_it_off(tmp_path: Path, monkeypatch: object) -> None:
    import storyline

    text = ("The harbour warehouse fire was put out on Tuesday after six hours, the fire service said. "
            "Two firefighters were treated for smoke, and the quay stays closed until Friday.")
    rows = [
        {"title": "Warehouse fire out", "text": text, "url": "http://www.harbourgazette.co.uk/news/fire-1"},
        {"title": "Quay closed", "text": text.replace("six", "seven"), "url": "https://www.harbourgazette.co.uk/news/fire-2"},
        {"title": "Fire on the quay", "text": text.replace("Two", "Three"), "url": "http://coastpost.example/fire",
         "source": "The Coast Post"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    docs = storyline.brief([str(path)]).to_dict()["documents"]
    assert [d["outlet"] for d in docs] == ["harbourgazette.co.uk", "harbourgazette.co.uk", "The Coast Post"]
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(jsonfmt, "HOST_OUTLETS", False)
    try:
        docs = storyline.brief([str(path)]).to_dict()["documents"]
        assert [d["outlet"] for d in docs] == [None, None, "The Coast Post"]
    finally:
        mp.undo()
