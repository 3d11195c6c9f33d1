"""Acceptance on the reference story (../shared/seeds) against ../shared/gold/seeds.json.

Skips when ../shared is absent (fails instead under STORYLINE_REQUIRE_SHARED=1, as in CI). Reads the
seeds; never copies them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import storyline
from conftest import SHARED, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def brief() -> dict[str, Any]:
    return storyline.brief([SHARED / "seeds"]).to_dict()


def _doc(brief: dict[str, Any], doc_id: str) -> dict[str, Any]:
    return next(d for d in brief["documents"] if d["id"] == doc_id)


def test_all_five_documents(brief: dict[str, Any]) -> None:
    assert sorted(d["id"] for d in brief["documents"]) == sorted(p.name for p in (SHARED / "seeds").iterdir())
    assert brief["skipped"] == []


def test_titles(brief: dict[str, Any], gold: dict[str, Any]) -> None:
    for item in gold["titles"]:
        assert _doc(brief, item["doc"])["title"] == item["title"]


def test_published(brief: dict[str, Any], gold: dict[str, Any]) -> None:
    for doc_id, date in gold["published"].items():
        assert _doc(brief, doc_id)["published"] == date


def test_furniture_removed(brief: dict[str, Any], gold: dict[str, Any]) -> None:
    for item in gold["furniture"]:
        for line in _doc(brief, item["doc"])["text"].split("\n"):
            assert item["text"] not in line, f"{item['doc']}: furniture left: {item['text']!r}"


def test_article_text_kept(brief: dict[str, Any], gold: dict[str, Any]) -> None:
    for item in gold["keep"]:
        assert item["text"] in _doc(brief, item["doc"])["text"]


def test_summary_verbatim_and_cited(brief: dict[str, Any]) -> None:
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    assert 3 <= len(brief["summary"])
    assert sum(len(s["text"].split()) for s in brief["summary"]) <= 200
    for s in brief["summary"]:
        first = s["citations"][0]
        assert texts[first["doc"]][first["start"]:first["end"]] == s["text"]
        for c in s["citations"]:
            assert 0 <= c["start"] < c["end"] <= len(texts[c["doc"]])
