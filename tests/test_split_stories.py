"""The cheap test that settles "one story" before ``split_stories`` embeds any lead (issue 15:
MiniLM only where cheaper evidence does not decide). Fixtures are our own sentences."""

from __future__ import annotations

import pytest

from storyline.model import Document
from storyline.stories import batch
from storyline.stories.batch import one_story_by_name, split_stories


def _doc(n: int, text: str) -> Document:
    return Document(id=f"r{n}", text=text)


FERRY = [
    _doc(0, "A ferry ran aground off the coast of Vellmar on Tuesday, officials said."),
    _doc(1, "Rescuers reached the stranded ferry near Vellmar after a long night at sea."),
    _doc(2, "The operator said the ferry that grounded near Vellmar had passed its inspection."),
    _doc(3, "Passengers described panic aboard the ship, which struck rocks off Vellmar."),
    _doc(4, "Divers inspected the hull on Wednesday while tugs waited in the bay."),
]


def test_a_name_most_reports_and_every_group_use_settles_one_story() -> None:
    assert one_story_by_name(FERRY, [[0, 1], [2, 3, 4]], 0.8)


def test_a_group_without_the_name_is_not_settled() -> None:
    assert not one_story_by_name(FERRY, [[0, 1, 2, 3], [4]], 0.8)


def test_the_share_of_reports_counts() -> None:
    assert not one_story_by_name(FERRY, [[0, 1], [2, 3, 4]], 0.9)  # 4 of 5 use "Vellmar"


def test_weekdays_and_months_are_not_names_that_settle() -> None:
    docs = [_doc(n, f"Report {n}: the council met on Tuesday in March and talked of item {n}.") for n in range(5)]
    assert not one_story_by_name(docs, [[0, 1], [2, 3, 4]], 0.8)


APART = [  # one story told in words the reports hardly share: online assignment proposes five groups
    _doc(0, "Harbour officials in Vellmar counted forty passengers taken ashore overnight."),
    _doc(1, "Relatives gathered outside the Vellmar terminal, waiting for news of the crew."),
    _doc(2, "The coast guard blamed fog and a broken radar for the grounding near Vellmar."),
    _doc(3, "Insurers said the damaged vessel, bought from a Danish yard, was worth millions."),
    _doc(4, "Tugboats pulled the hull free at high tide, the Vellmar port captain said."),
]


def _embedding_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import storyline.nlp

    calls: list[int] = []
    real = storyline.nlp.embed
    def counted(texts: list[str]) -> object:
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(storyline.nlp, "embed", counted)
    return calls


def test_settled_inputs_are_not_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Report 3 does not name Vellmar, but its group is joined to the others by another report's name."""
    calls = _embedding_calls(monkeypatch)
    monkeypatch.setattr(batch, "one_story_by_name", lambda docs, groups, share: len(groups) == 5)
    assert [len(g) for g in split_stories(APART)] == [5]
    assert calls == []


def test_unsettled_inputs_are_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _embedding_calls(monkeypatch)
    split_stories(APART)  # report 3 alone in its group does not name Vellmar
    assert calls == [5]


def test_small_inputs_skip_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _embedding_calls(monkeypatch)
    seen: list[int] = []

    def settled(docs: list[Document], groups: object, share: float) -> bool:
        seen.append(len(docs))
        return True

    monkeypatch.setattr(batch, "one_story_by_name", settled)
    split_stories(APART[:4])
    assert seen == [] and calls == [4]


def test_a_shared_name_spares_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _embedding_calls(monkeypatch)
    named = [*APART[:3], _doc(3, APART[3].text + " Pilots in Vellmar had warned of shoals."), APART[4]]
    assert [len(g) for g in split_stories(named)] == [5]
    assert calls == []


def test_a_large_input_is_split_as_the_store_splits_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mean-embedding join chains on big inputs (one group of 481 of 654 reports on the bench
    stream); from ``large`` reports on, the input is assigned as ``storyline add`` assigns a stream."""
    from story_fixtures import stream

    def no_join(*args: object) -> None:
        raise AssertionError("the join runs only on inputs below SplitSettings.large")

    monkeypatch.setattr(batch, "_join_alike", no_join)
    rows = stream(4)
    docs = [Document(id=i, text=text, title=f"{topic} {i}") for i, topic, text in rows]
    topic = {i: t for i, t, _ in rows}
    settings = batch.SplitSettings(large=len(docs))
    groups = split_stories(docs, settings)
    assert sorted(sorted(d.id for d in g) for g in groups) == sorted(
        sorted(i for i in topic if topic[i] == t) for t in set(topic.values()))
    with pytest.raises(AssertionError, match="only on inputs below"):
        split_stories(docs, batch.SplitSettings(large=len(docs) + 1, one_name=0))
