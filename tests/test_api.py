"""The public API is narrow on purpose: this test pins it."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline


def test_all_is_pinned() -> None:
    assert sorted(storyline.__all__) == sorted([
        "Brief", "Document", "InputError", "NothingUsable", "RawDocument", "Skipped",
        "Store", "StorylineError", "__version__", "brief", "briefs",
    ])
    for name in storyline.__all__:
        assert hasattr(storyline, name)


def test_error_hierarchy() -> None:
    from storyline import errors

    for cls in (errors.InputNotFound, errors.EmptyInput, errors.BinaryInput, errors.EncodingError,
                errors.InputTooLarge, errors.MalformedInput, errors.NoArticleText, errors.UnsupportedLanguage):
        assert issubclass(cls, errors.InputError)
        e = cls("x.txt")
        assert e.input == "x.txt" and e.reason and "x.txt" in str(e)
    assert issubclass(errors.NothingUsable, errors.StorylineError)


def test_one_path_alone_is_one_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``store.add("wire/")`` and ``exclude="*.csv"``, the natural way to write one path or one pattern,
    mean that one input. A string is a sequence of characters: ``add("wire/")`` read "w", "i", "r", "e"
    and "/", the whole file system (it ran for minutes), and ``exclude="*.csv"`` excluded "*": everything."""
    from tests.story_fixtures import write_folder

    from storyline.ingest import read_inputs
    from storyline.store import Store

    folder = write_folder(tmp_path / "in", per_topic=1)
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # "in" read letter by letter would be "i" and "n": two missing paths
    docs, skipped = read_inputs("in", exclude="*.csv")
    assert len(docs) == 3 and [s.input for s in skipped] == ["table.csv"]
    docs, skipped = read_inputs(folder / "flood-0.txt")  # a Path alone, too
    assert [d.id for d in docs] == ["flood-0.txt"] and not skipped
    with Store(tmp_path / "s.db") as store:
        result = store.add("in", exclude="*.csv")
        assert (result.added, [s.input for s in result.skipped]) == (3, ["table.csv"])
