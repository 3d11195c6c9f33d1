"""The JSON API through the framework's test client: the same shapes as the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from serve.serve_support import FIXTURES
from storyline.store import Store


def test_stories_listing_is_the_cli_shape(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, _ = store_copy
    got = client.get("/api/stories")
    assert got.status_code == 200 and got.headers["content-type"] == "application/json"
    with Store(path) as store:
        assert got.json() == store.stories_json()
    data = got.json()
    assert data["schema"] == "storyline.stories/1"
    for story in data["stories"]:
        assert set(story) >= {"id", "title", "documents", "reports", "independent_sources", "first_published",
                              "last_published", "updated"}
    searched = client.get("/api/stories", params={"search": "hailstones"}).json()["stories"]
    assert [s["documents"] for s in searched] == [["hail-valley-1", "hail-agri-2"]]
    assert len(client.get("/api/stories", params={"limit": 2}).json()["stories"]) == 2
    assert client.get("/api/stories", params={"limit": 0}).status_code == 400


def test_story_brief_is_the_brief_contract(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_copy
    got = client.get(f"/api/stories/{ids['chalice']}")
    assert got.status_code == 200
    brief = got.json()
    assert brief["schema"] == "storyline.brief/1"
    assert brief["story"]["id"] == ids["chalice"]
    assert [d["id"] for d in brief["documents"]] == ["museum-post-1", "museum-wire-2"]
    for sentence in brief["summary"]:
        for c in sentence["citations"]:
            doc = next(d for d in brief["documents"] if d["id"] == c["doc"])
            assert doc["text"][c["start"] : c["end"]]
    with Store(path) as store:
        assert brief == json.loads(store.brief_text(ids["chalice"], fmt="json"))
    missing = client.get("/api/stories/4242")
    assert missing.status_code == 404 and "no story" in missing.json()["error"]


def test_post_json_articles_added_skipped_joined(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    _, ids = store_copy
    articles = [
        {"id": "api-bridge", "title": "Tollgate Bridge repair contract awarded",
         "text": "Lindqvist awarded the contract to reinforce the cracked girders of the Tollgate Bridge over the "
                 "Serrin River, city engineer Ada Voss said, and the bridge should reopen in about six weeks."},
        {"id": "api-empty", "title": "Nothing here", "text": ""},
    ]
    got = client.post("/api/reports", json=articles)
    assert got.status_code == 200
    out = got.json()
    assert out["added"] == 1 and out["duplicates"] == 0
    assert out["joined"] == [{"document": "api-bridge", "story": ids["Tollgate"]}]
    assert out["updated_stories"] == [ids["Tollgate"]] and out["new_stories"] == []
    assert out["stories"][ids["Tollgate"]].startswith("Lindqvist closes Tollgate Bridge")
    # skipped as `storyline add` names it: the record's place in the request body
    assert [s["input"] for s in out["skipped"]] == ["api.json#2"] and out["skipped"][0]["reason"]
    again = client.post("/api/reports", json=articles[:1]).json()
    assert again["added"] == 0 and again["duplicates"] == 1 and again["notes"] == []
    renamed = client.post("/api/reports", json=[{**articles[0], "id": "api-bridge-copy"}]).json()
    assert renamed["duplicates"] == 1 and [n["input"] for n in renamed["notes"]] == ["api-bridge-copy"]
    assert renamed["notes"][0]["note"].startswith("the same text as api-bridge, stored in story ")


def test_post_jsonl_and_files(client: Any) -> None:
    lines = (FIXTURES / "reports.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    got = client.post("/api/reports", content="\n".join(lines), headers={"content-type": "application/x-ndjson"})
    assert got.status_code == 200 and got.json()["duplicates"] == 2
    files = [("files", ("update.txt", (FIXTURES / "bridge_update.txt").read_bytes(), "text/plain")),
             ("files", ("notes.docx", b"PK\x03\x04 not text", "application/octet-stream"))]
    out = client.post("/api/reports", files=files).json()
    assert out["added"] == 1
    assert [s["input"] for s in out["skipped"]] == ["notes.docx"]
    assert out["skipped"][0]["reason"].startswith("unsupported file type (.docx); storyline reads text, HTML")


def test_post_bad_bodies(client: Any) -> None:
    broken = client.post("/api/reports", content=b'{"id": "x", "text": ', headers={"content-type": "application/json"})
    assert broken.status_code == 200
    assert broken.json()["added"] == 0 and "malformed JSON" in broken.json()["skipped"][0]["reason"]
    assert client.post("/api/reports", content=b"hello", headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/api/reports", files=[("files", ("", b"", "text/plain"))]).status_code == 400


def test_cross_site_posts_are_refused(client: Any, store_copy: tuple[Path, dict[str, str]]) -> None:
    path, _ = store_copy
    article = {"id": "csrf", "text": "Crews in Lindqvist began repairs on the Tollgate Bridge on Monday, the city "
                                     "said."}
    for origin in ("https://evil.example", "null"):
        got = client.post("/api/reports", json=article, headers={"origin": origin})
        assert got.status_code == 403
    with Store(path) as store:
        assert not store.stories(search="csrf began repairs")


def test_openapi_lists_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story}", "/api/reports"} <= set(spec["paths"])
    assert "/add" not in spec["paths"]


def test_post_runs_the_merge_pass_as_add_does(client: Any, monkeypatch: Any) -> None:
    """The web intake ends as `storyline add` does, with the merge pass over the stories it touched."""
    passes: list[set[str]] = []
    original = Store.merge_pass

    def spy(self: Store, result: Any) -> None:
        passes.append({d for d, _ in result.joined})
        original(self, result)

    monkeypatch.setattr(Store, "merge_pass", spy)
    article = {"id": "api-pass", "title": "Serrin River ferry timetable changes",
               "text": "The Serrin River ferry will run every twenty minutes from Monday, the harbour office said."}
    assert client.post("/api/reports", json=[article]).status_code == 200
    assert passes == [{"api-pass"}]


def test_a_bad_parameter_is_named_with_its_value_and_reason(client: Any) -> None:
    """``?limit=abc`` answered "The request's parameters could not be read.": not which, nor why."""
    got = client.get("/api/stories", params={"limit": "abc"})
    assert got.status_code == 400
    assert got.json()["error"] == "The request's parameters could not be used: limit: 'abc' is not a whole number."
    got = client.get("/api/stories", params={"limit": "0"})
    assert got.json()["error"] == ("The request's parameters could not be used: limit: '0' is out of range: "
                                   "it must be at least 1.")
