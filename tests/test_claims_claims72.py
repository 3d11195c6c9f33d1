"""claims72: the verdict of a row and which mentions are set against each other, by kind. Our own invented
sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a hospital's power
cut, a cave rescue, felled trees, a river flood); each rule's test fails without it, and a guard beside it keeps
what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Brief, ClaimGroup, Document
from storyline.render import render_markdown


def _docs(*texts: str, days: tuple[int, ...] = ()) -> list[Document]:
    return [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=f"outlet{i}.example",
                     published=dt.date(2019, 5, days[i] if days else 7)) for i, t in enumerate(texts)]


def _groups(docs: list[Document]) -> list[ClaimGroup]:
    return extract_claims(analyse(docs))


def _rows(*texts: str) -> list[dict[str, Any]]:
    return [c.to_dict() for c in _groups(_docs(*texts))]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


def _docs_of(row: dict[str, Any]) -> set[str]:
    return {m["doc"] for m in row["mentions"]}


# a plain whole measure of a unit that runs on is rounded to its unit, so a bound on the same number is no
# disagreement (verdicts.whole_slack)

_CUT = "The power cut at the hospital lasted 40 minutes, the operator said."


def test_a_plain_whole_measure_agrees_with_more_than_itself() -> None:
    row = _with(_rows(_CUT, "The power cut at the hospital lasted more than 40 minutes, according to the operator."),
                "40 minutes")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "agree", row


def test_two_plain_neighbours_still_differ() -> None:
    row = _with(_rows(_CUT, "The power cut at the hospital lasted 41 minutes, according to the operator."),
                "40 minutes")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "differ", row


# one count with a rare end told undated in one report and with the span of years it happened over in another is
# one figure, not an earlier event's (grouping._rare_end)

_FELLED = "The watchdog says as many as 23,000 trees were felled in the reserve, in a campaign approved by officials."


def test_a_rare_count_dated_by_one_report_only_is_one_figure() -> None:
    docs = _docs(_FELLED, "Between 9,000 and 23,000 trees were felled in the forest reserve between 2012 and 2016, "
                 "according to a report published on Tuesday by the watchdog.")
    row = _with([g.to_dict() for g in _groups(docs)], "23,000 trees")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "agree", row


def test_an_earlier_years_other_count_stays_apart() -> None:
    docs = _docs(_FELLED, "In 2009 and 2010, about 4,000 trees were felled in the forest reserve, the watchdog said.")
    row = _with([g.to_dict() for g in _groups(docs)], "23,000 trees")
    assert len(_docs_of(row)) == 1, row


# "Where the sources disagree": every side names who says it (the outlet when the report states the figure
# itself), and an update is told in its reports' order, as an update (render/common.disagreements)

def _disagree_lines(docs: list[Document]) -> list[str]:
    md = render_markdown(Brief(story_id="s", title="T", words=100, documents=docs, claims=_groups(docs)))
    part = md.split("## Where the sources disagree", 1)[1].split("\n## ", 1)[0] if "disagree" in md else ""
    return [ln for ln in part.splitlines() if ln.startswith("- ")]


def test_an_update_reads_in_its_reports_order() -> None:
    docs = _docs("The death toll from the river flood in Brenford rose to 52 on Tuesday, officials said.",
                 "The river flood in Brenford has killed 40 people, officials said on Monday.", days=(8, 7))
    [line] = _disagree_lines(docs)
    assert "(differ, an update)" in line and line.index("40 people") < line.index("52") and ", then " in line, line


def test_a_side_with_no_speaker_names_its_outlet() -> None:
    docs = _docs("The river flood in Brenford killed 40 people on Monday.",
                 "The river flood in Brenford killed 52 people on Monday, officials said.")
    [line] = _disagree_lines(docs)
    assert "(outlet0.example)" in line and "officials" in line and " vs " in line, line


# "friendly fire", "sniper fire": shooting, an attack's cause, not a blaze's (causes.cause_of), so the one toll told
# of the strike and of the "friendly fire incident" is one row

def test_friendly_fire_is_an_attack_not_a_blaze() -> None:
    row = _with(_rows("A naval drone strike on the convoy killed two Ruritanian sailors and wounded five others, "
                      "officials said.", "Five others were wounded in the so-called friendly fire incident, the navy "
                      "said."), "Five others")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "agree", row


def test_two_named_sources_tolls_are_no_update() -> None:
    docs = _docs("The river flood in Brenford killed 40 people on Monday, the fire service said.",
                 "The river flood in Brenford killed 52 people on Monday, a union official said.", days=(7, 8))
    [line] = _disagree_lines(docs)
    assert "(differ)" in line and " vs " in line, line


# a toll told of the day before or over recent days is another occasion's than the toll of the day itself, when the
# two clauses also name their causes with other words (other_days.py: one point of evidence, with the cause's)

def test_the_day_befores_toll_is_no_side_of_todays() -> None:
    rows = _rows("A drone strike killed three Ruritanian border guards on Friday, officials said.",
                 "The news came as Ruritania was holding funerals for five border guards killed in a rebel raid the "
                 "day before.")
    row = _with(rows, "five border guards")
    assert len(_docs_of(row)) == 1, rows


def test_a_toll_updated_by_weekday_still_joins() -> None:
    rows = _rows("The drone strike on the market killed 12 people on Friday, officials said.",
                 "The toll from the drone strike on the market rose to 15 on Saturday, officials said.")
    row = _with(rows, "12 people")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "differ", rows


# a storm's category in an appositive ("As Zandra -- a Category 4 cyclone -- swept past …") is the named storm's,
# whatever verb the parse hangs the clause on, so a later report's weakening is its update (frames._appositive_of)

def test_an_appositive_category_is_the_named_storms_update() -> None:
    docs = _docs("As Zandra -- a Category 4 cyclone with 200 km/h winds -- swept past the islands, Freedonia began "
                 "bracing for the storm's worst.", "Zandra weakened slightly to a Category 3 cyclone on Friday "
                 "morning, forecasters said.", days=(7, 8))
    row = _with([g.to_dict() for g in _groups(docs)], "Category 4")
    assert len(_docs_of(row)) == 2 and row["verdict"] == "differ" and row.get("update"), row
    [line] = _disagree_lines(docs)
    assert "(differ, an update)" in line and line.index("4 category") < line.index("3 category"), line

