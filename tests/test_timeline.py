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


# --- dates a reader can rely on (issue 12, item 3) ------------------------------------------


def test_a_year_elsewhere_in_an_undated_story_is_not_lent_to_a_bare_day() -> None:
    # an undated report about an arrest that recalls a coup decades before: "Oct. 9" is not 1973
    text = (
        "The general seized power in a coup on Sept. 11, 1973, and ruled for 17 years.\n"
        "He was detained at a private clinic in the capital where he had surgery on Oct. 9 for a back problem."
    )
    tl = build_timeline(story(("u", text, None)))
    surgery = [e for e in tl if "surgery" in e["text"]]
    assert [e["date"] for e in surgery] == ["--10-09"]
    assert surgery[0]["year_known"] is False and "year_inferred" not in surgery[0]


def test_a_year_in_the_same_or_previous_sentence_is_strong_evidence() -> None:
    text = "Talks opened in Geneva on Sept. 28, 2015, with both delegations present. The rebels walked out on Oct. 2."
    tl = build_timeline(story(("u", text, None)))
    walkout = next(e for e in tl if "walked out" in e["text"])
    assert walkout["date"] == "2015-10-02" and walkout["year_inferred"] is True
    assert "sentence" in walkout["year_basis"]


def test_a_running_total_is_a_period_not_an_event_of_that_day() -> None:
    tl = build_timeline(
        story(
            ("a", "Russian jets struck rebel positions near Homs on Sept. 30, killing 20 people.", WED),
            ("b", "Russia has conducted a total of 112 strikes on rebel positions near Homs since Sept. 30.", WED),
        )
    )
    day = by_date(tl, "2015-09-30")
    assert len(day) == 2  # never merged with the day's event
    total = next(e for e in day if "112" in e["text"])
    assert total["relation"] == "since" and [c["doc"] for c in total["citations"]] == ["b"]
    event = next(e for e in day if "killing" in e["text"])
    assert "relation" not in event


def test_entry_text_never_cuts_a_quotation() -> None:
    text = (
        "Residents said they had feared a fire for months. \u201cWe warned them. Now somebody has listened,\u201d "
        "union official Tom Reyes said on Friday outside the depot."
    )
    tl = build_timeline(story(("a", text, WED)))
    assert len(tl) == 1
    entry = tl[0]
    assert entry["text"].startswith("\u201cWe warned them.") and entry["text"].endswith("outside the depot.")
    assert entry["text"].count("\u201c") == entry["text"].count("\u201d") == 1


def test_a_clause_inside_a_quotation_falls_back_to_the_sentence() -> None:
    text = "The mayor said: \u201cThe crews arrived on Monday and the fire was out on Tuesday.\u201d"
    tl = build_timeline(story(("a", text, WED)))
    assert tl and all(e["text"].count("\u201c") == e["text"].count("\u201d") for e in tl)


def test_newswire_quotes_are_read_too() -> None:
    from storyline.timeline.quotes import open_quotes

    assert open_quotes("He called them ``disappeared'' on Monday.") == (0, 0)
    assert open_quotes("somebody did,'' he said") == (0, 1)
    assert open_quotes('"We ran. Last night') == (1, 0)
    assert open_quotes("the company's records") == (0, 0)  # an apostrophe is not a quotation mark


def test_an_entry_never_starts_inside_a_clause() -> None:
    """A dependent clause ("that crashed on June 1 last year …") is no entry text: the whole sentence is."""
    text = ("The recorders from an Air France plane that crashed on June 1 last year in the Atlantic Ocean "
            "have been found, a French official said on May 6.")
    tl = build_timeline(story(("a", text, dt.date(2010, 5, 7))))
    assert {e["date"] for e in tl} >= {"2009-06-01"}, tl
    assert all(not e["text"][:1].islower() for e in tl), [e["text"] for e in tl]


def _merge_events(n: int) -> list[Any]:
    """``n`` events, each from its own report, over 40 days; every tenth repeats the event before it
    (same day, same words: it must merge with it); the others are made-up words."""
    import random

    from storyline.timeline import Event
    from storyline.timeline.resolution import DateValue

    rng = random.Random(5)
    letters = "bcdfghjklmnpqrstvwxz"
    out = []
    for k in range(n):
        day = k % 40 + 1 if k % 10 else (k - 1) % 40 + 1
        text = out[-1].text if k % 10 == 0 and k else " ".join(
            "".join(rng.choice(letters) + "a" for _ in range(4)) for _ in range(10))
        out.append(Event(doc=f"d{k}", doc_rank=k, start=0, end=len(text), text=text,
                         value=DateValue(2015, 1 if day <= 31 else 2, (day - 1) % 31 + 1, "day"), phrase="x",
                         citations=[(f"d{k}", 0, len(text))]))
    return out


def test_same_event_merging_builds_no_dense_matrices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: merging used an events x words and an events x events matrix (here 1,200 x ~12,000 and
    1,200 x 1,200 floats: over 100 MB with numpy's temporaries); the sparse rows it compares instead are
    made dense only a block of rows at a time (64 rows here: a few MB)."""
    import tracemalloc

    from storyline import tfidf
    from storyline.timeline import _merge

    monkeypatch.setattr(tfidf, "ROW_BLOCK", 64)
    events = _merge_events(1200)
    tracemalloc.start()
    merged = _merge(events)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000, peak
    repeats = len(range(10, 1200, 10))  # each joined the event it repeats
    assert len(merged) == 1200 - repeats
    assert sum(len(e.citations) for e in merged) == 1200


def test_a_quotation_never_closed_in_its_paragraph_does_not_carry_the_entry_on() -> None:
    from storyline.model import Sentence
    from storyline.timeline.quotes import widen

    text = '"Irene would be the first since Ike hit Texas in 2008. Facing a delay, two stayed. They had a house.'
    cuts = [0, text.index("Facing"), text.index("They"), len(text)]
    para = [Sentence("d", i, cuts[i], cuts[i + 1], text[cuts[i] : cuts[i + 1]]) for i in range(3)]
    assert widen(text, 0, cuts[1], para) == (0, cuts[1])  # its own sentence, not the next two
    closed = '"We ran. Last night somebody did," he said. Then we left.'
    cut2 = [0, closed.index("Last"), closed.index("Then"), len(closed)]
    para2 = [Sentence("d", i, cut2[i], cut2[i + 1], closed[cut2[i] : cut2[i + 1]]) for i in range(3)]
    assert widen(closed, 0, cut2[1], para2) == (0, cut2[2])  # grown to where the quotation closes
