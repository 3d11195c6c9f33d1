"""The public API is narrow on purpose: this test pins it."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline


def test_all_is_pinned() -> None:
    assert sorted(storyline.__all__) == sorted([
        "BadArgument", "Brief", "Document", "InputError", "NothingUsable", "RawDocument", "Skipped",
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


def test_a_summary_items_json_keys_are_pinned() -> None:
    """The JSON contract's summary item (``storyline.brief/1``): "who" is optional, on an item that needs it only."""
    from storyline.model import Brief, Citation, Document, Gloss, SummarySentence

    doc = Document(id="d0", text="Ana Roth, the chair, spoke. Roth said no.", title="d0")
    plain = SummarySentence("Ana Roth, the chair, spoke.", [Citation("d0", 0, 27)], "2019-11-20", "reported")
    glossed = SummarySentence("Roth said no.", [Citation("d0", 28, 41)],
                              who=[Gloss("Roth", "Ana Roth, the chair", Citation("d0", 0, 19))])
    items = Brief("s", "t", 200, [doc], summary=[plain, glossed]).to_dict()["summary"]
    assert sorted(items[0]) == ["citations", "date", "date_basis", "text"]
    assert sorted(items[1]) == ["citations", "text", "who"]
    assert items[1]["who"] == [{"name": "Roth", "text": "Ana Roth, the chair",
                                "citation": {"doc": "d0", "start": 0, "end": 19}}]


def test_a_timeline_entrys_json_keys_are_pinned() -> None:
    """The JSON contract's timeline entry (``storyline.brief/1``): "who" is optional, on an entry that needs it only
    (time25)."""
    from storyline.model import Brief, Citation, Document, Gloss, TimelineEntry

    doc = Document(id="d0", text="Ana Roth, the chair, spoke on Monday. Roth voted on Tuesday.", title="d0")
    plain = TimelineEntry("2019-11-18", "Ana Roth, the chair, spoke on Monday.", [Citation("d0", 0, 37)], "day",
                          "on Monday")
    glossed = TimelineEntry("2019-11-19", "Roth voted on Tuesday.", [Citation("d0", 38, 60)], "day", "on Tuesday",
                            who=[Gloss("Roth", "Ana Roth, the chair", Citation("d0", 0, 19))])
    items = Brief("s", "t", 200, [doc], timeline=[plain, glossed]).to_dict()["timeline"]
    assert sorted(items[0]) == ["citations", "date", "phrase", "precision", "text"]
    assert sorted(items[1]) == ["citations", "date", "phrase", "precision", "text", "who"]
    assert items[1]["who"] == [{"name": "Roth", "text": "Ana Roth, the chair",
                                "citation": {"doc": "d0", "start": 0, "end": 19}}]
