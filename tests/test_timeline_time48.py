"""The timeline kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time48"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import story

TUE = dt.date(2011, 3, 15)  # a Tuesday


def _entries(text: str, published: dt.date = TUE) -> list[tuple[str, str, list[tuple[str, str]]]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.text, [(g.name, g.text) for g in e.who])
            for e in build_timeline(story(text, published=published), same_thing)]


def test_a_clause_its_whole_sentence_shows_under_another_date_is_not_shown_again() -> None:
    # "Iraqi forces last month ousted Islamic State from eastern Mosul" under January and the whole sentence, "… and
    # embarked on a new offensive … this week", under the week: one act told twice
    got = _entries("Rebel fighters last month seized the northern ridge and launched a new push on the valley town "
                   "this week.")
    assert [d for d, t, _ in got if "seized the northern ridge" in t] == ["2011-W11"], got


def test_a_clause_of_a_sentence_shown_nowhere_else_keeps_its_date() -> None:
    # guard: two sentences, each with its own date, both stay
    got = _entries("Rebel fighters seized the northern ridge last month. The army launched a new push on the valley "
                   "town this week.")
    assert [d for d, t, _ in got if t.startswith("Rebel fighters")] == ["2011-02"], got
