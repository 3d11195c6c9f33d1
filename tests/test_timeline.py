"""Timeline: dated events from parsed reports, merged across reports and ordered."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conftest import SHARED, needs_shared
from storyline.analyse import analyse
from storyline.model import Analysis, Document
from storyline.timeline import build_timeline as _build_timeline

WED = dt.date(2015, 9, 30)


def story(*docs: tuple[str, str, dt.date | None]) -> list[Analysis]:
    return analyse([Document(id=i, text=t, title=i, published=p) for i, t, p in docs])


def build_timeline(analyses: list[Analysis]) -> list[dict[str, Any]]:
    """The timeline as the JSON contract has it."""
    return [e.to_dict() for e in _build_timeline(analyses)]


def by_date(tl: list[dict[str, Any]], date: str) -> list[dict[str, Any]]:
    return [e for e in tl if e["date"] == date]


def test_entries_are_cited_verbatim_spans() -> None:
    analyses = story(("a", "Officials met in the capital.\nJets struck a depot near the border on Wednesday.", WED))
    tl = build_timeline(analyses)
    assert [e["date"] for e in tl] == ["2015-09-30"]
    entry = tl[0]
    c = entry["citations"][0]
    assert analyses[0].doc.text[c["start"] : c["end"]] == entry["text"]
    assert entry["text"] == "Jets struck a depot near the border on Wednesday."
    assert entry["precision"] == "day" and entry["phrase"] == "on Wednesday"


def test_year_inferred_from_another_report_is_flagged() -> None:
    tl = build_timeline(
        story(
            ("dated", "Jets struck a depot near the border on Wednesday.", WED),
            ("undated", "On October 7, the defence minister reported new strikes to the president.", None),
        )
    )
    entry = by_date(tl, "2015-10-07")[0]
    assert entry["year_inferred"] is True and "publication" in entry["year_basis"]
    assert entry["citations"][0]["doc"] == "undated"


def test_unknown_year_and_unresolvable_relative_dates() -> None:
    tl = build_timeline(
        story(("u", "Russia has conducted 112 attacks since Sept. 30.\nThe general spoke on Monday.", None))
    )
    assert [e["date"] for e in tl] == ["--09-30"]
    assert tl[0]["year_known"] is False and tl[0]["relation"] == "since"


def test_same_event_in_two_reports_is_one_entry() -> None:
    tl = build_timeline(
        story(
            ("a", "Russian jets bombed rebel positions near Homs on Wednesday, killing 20 people.", WED),
            ("b", "On Wednesday Russian jets bombed rebel positions near Homs and killed about 20 people.", WED),
            ("c", "The foreign minister flew to Geneva for talks on Wednesday.", WED),
        )
    )
    entries = by_date(tl, "2015-09-30")
    assert len(entries) == 2
    merged = next(e for e in entries if "Homs" in e["text"])
    assert {c["doc"] for c in merged["citations"]} == {"a", "b"}
    assert merged["text"].startswith("Russian jets bombed")  # the first citation's span


def test_entries_are_ordered_and_unknown_years_last() -> None:
    tl = build_timeline(
        story(
            ("a", "The ministry said on October 7 that more strikes had been carried out.", None),
            ("b", "Since September 2014, a coalition has been striking militant positions.", None),
            ("c", "Fighting in the north resumed on Wednesday after a short lull.", WED),
            ("d", "Last week the alliance held a summit on the crisis.", WED),
        )
    )
    dates = [e["date"] for e in tl]
    assert dates == ["2014-09", "2015-W39", "2015-09-30", "2015-10-07"]
    week = by_date(tl, "2015-W39")[0]
    assert week["precision"] == "week"


def test_two_dates_in_one_sentence_get_their_clauses() -> None:
    text = "The army entered the town on Monday, and the rebels withdrew from the hills on Tuesday."
    tl = build_timeline(story(("a", text, WED)))
    assert [e["date"] for e in tl] == ["2015-09-28", "2015-09-29"]
    assert "Monday" in tl[0]["text"] and "Tuesday" not in tl[0]["text"]
    assert "Tuesday" in tl[1]["text"]


def test_future_event_and_dateline_only_lines() -> None:
    tl = build_timeline(
        story(("a", "Wednesday, September 30, 2015\nThe French president will fly to Moscow on Friday for talks.", WED))
    )
    assert [e["date"] for e in tl] == ["2015-10-02"]
    assert tl[0].get("future") is True
    tl = build_timeline(story(("b", "A navy vessel is to arrive at the crash site on Friday, officials said.", WED)))
    assert [e["date"] for e in tl] == ["2015-10-02"]


@pytest.fixture(scope="module")
def seeds_brief() -> Any:
    import storyline

    return storyline.brief([str(SHARED / "seeds")])


@needs_shared
def test_gold_timeline_items_are_found(seeds_brief: Any) -> None:
    import json

    gold = json.loads((SHARED / "gold" / "seeds.json").read_text())
    tl = seeds_brief.to_dict()["timeline"]
    for item in gold["timeline"]:
        dates = {item["date"]}
        if item.get("year_may_be_missing"):
            dates.add("--" + item["date"][5:])
        hits = [
            e
            for e in tl
            if e["date"] in dates
            and all(w.lower() in e["text"].lower() for w in item["words"])
            and any(c["doc"] == item["doc"] for c in e["citations"])
        ]
        assert hits, item
    docs = {d.id: d.text for d in seeds_brief.documents}
    for e in tl:
        c = e["citations"][0]
        assert docs[c["doc"]][c["start"] : c["end"]] == e["text"]
