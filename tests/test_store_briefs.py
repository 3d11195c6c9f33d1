"""``add --briefs``: the stale briefs of the stories an add changed, built and cached on the way in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from story_fixtures import write_folder
from storyline import cli
from storyline.store import AddResult, Store


def _briefs(db: Path) -> dict[int, tuple[int, str]]:
    with Store(db) as store:
        return {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT story, story_version, markdown FROM briefs")}


def test_add_with_briefs_caches_the_brief_of_every_story_it_changed(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_folder(tmp_path / "in", 2)
    db = tmp_path / "s.db"
    assert cli.main(["add", str(folder), "--db", str(db), "--briefs", "--no-progress"]) == 0
    assert capsys.readouterr().out.strip().endswith("briefs built 3")
    cached = _briefs(db)
    with Store(db) as store:
        stories = store.stories()
        assert sorted(cached) == sorted(int(s.id) for s in stories) and len(cached) == 3
        for s in stories:
            assert cached[int(s.id)][0] == s.version
            assert store.stale_briefs([s.id]) == []
            assert store.brief_text(s.id) == cached[int(s.id)][1]  # served from the cache as built


def test_a_later_add_rebuilds_only_the_briefs_it_made_stale(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", 3)
    db = tmp_path / "s.db"
    with Store(db) as store:
        first = store.add(sorted(folder.glob("*-[01].txt")))
        store.refresh_briefs(first.new_stories, first)
        assert first.briefs == 3
        before = _briefs(db)
        second = store.add([folder / "flood-2.txt"])
        flood = int(second.joined[0][1])
        assert store.stale_briefs(list(before)) == [flood]
        store.refresh_briefs(second.new_stories | second.updated_stories, second)
        assert second.briefs == 1
    after = _briefs(db)
    assert after[flood][0] == before[flood][0] + 1
    assert {k: v for k, v in after.items() if k != flood} == {k: v for k, v in before.items() if k != flood}


def test_a_story_whose_brief_fails_is_listed_and_the_others_are_built(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.pipeline

    real = storyline.pipeline.build_brief

    def failing(docs: Any, **kwargs: Any) -> Any:
        if any("Kelbridge" in d.text for d in docs):
            raise ValueError("boom")
        return real(docs, **kwargs)

    monkeypatch.setattr(storyline.pipeline, "build_brief", failing)
    with Store(tmp_path / "s.db") as store:
        result: AddResult = store.add([write_folder(tmp_path / "in", 2)])
        store.refresh_briefs(result.new_stories, result)
        assert result.briefs == 2
        assert [f.reason for f in result.brief_failures] == ["internal error in brief: ValueError"]
        flood = int(result.brief_failures[0].input)
        assert store.stale_briefs([flood]) == [flood]  # left to `brief --db`, which builds it on demand
        assert "failed" in result.summary()


def test_briefs_built_by_add_are_the_briefs_built_on_demand(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "in", 2)
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        ra = a.add([folder])
        a.refresh_briefs(ra.new_stories, ra)
        b.add([folder])
        for s in a.stories():
            x, y = json.loads(a.brief_text(s.id, fmt="json")), json.loads(b.brief_text(s.id, fmt="json"))
            x["provenance"].pop("seconds"), y["provenance"].pop("seconds")
            assert x == y
