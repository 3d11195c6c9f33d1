"""One act, one entry (time56, issue 12): two reports that tell one act inside a saying ("…, the paper reported on
Tuesday") are one entry, and so are two that date it a day apart, under the day most reports give, the other day
said. Fixtures are made up for these tests; none comes from the pool or the bench."""

from __future__ import annotations

import datetime as dt

from storyline.analyse import analyse
from storyline.model import Document

TUE, WED = dt.date(2021, 6, 8), dt.date(2021, 6, 9)


def _rows(*reports: tuple[str, dt.date]) -> list[tuple[str, list[str], str, str | None]]:
    """(date, cited reports, text, other reading) of each entry of a story whose reports carry their own dates."""
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    docs = [Document(id=f"d{i}", text=t, title=f"d{i}", published=p) for i, (t, p) in enumerate(reports)]
    return [(e.date, sorted({c.doc for c in e.citations}), e.text, e.other_reading)
            for e in build_timeline(analyse(docs), same_thing)]


def test_one_act_reported_by_two_outlets_in_their_own_words_is_one_entry() -> None:
    got = _rows(("A fire gutted a grain warehouse at the port of Kelso, the local paper reported on Tuesday.", WED),
                ("A fire at a grain warehouse in Kelso harbour is under control and poses no risk to homes, the "
                 "fire service said on Tuesday.", WED))
    assert [(d, docs) for d, docs, _, _ in got] == [("2021-06-08", ["d0", "d1"])], got


def test_one_act_dated_a_day_apart_is_one_entry_under_the_day_most_reports_give() -> None:
    got = _rows(("Gunmen fired rockets at the Delmar army base late on Monday, killing two soldiers, police said.",
                 TUE),
                ("Officials said gunmen fired a barrage of rockets at an army base near Delmar on Monday night.", TUE),
                ("Two soldiers were killed at a base in Delmar after militants fired rockets early on Tuesday, a "
                 "military spokesman said.", WED))
    assert [(d, docs) for d, docs, _, _ in got] == [("2021-06-07", ["d0", "d1", "d2"])], got
    assert got[0][3] == "one report: 8 Jun 2021", got


def test_two_acts_of_one_party_on_one_day_stay_two() -> None:
    # guard: one council, one day, two verbs and two things done
    got = _rows(("The Kelso council approved the new harbour budget on Tuesday after a long debate.", WED),
                ("The Kelso council rejected the plan for a second ferry terminal on Tuesday, its leader said.", WED))
    assert len(got) == 2, got


def test_two_attacks_of_days_a_day_apart_whose_counts_differ_stay_two() -> None:
    # one verb, one kind of attacker, days a day apart, but one bomber and forty dead is not three and nine
    got = _rows(("A suicide bomber struck a crowded market in Tarvos on Monday, killing at least 40 people, police "
                 "said.", TUE),
                ("Three suicide bombers struck an army checkpoint near Tarvos on Tuesday, killing nine people, "
                 "officials said.", WED))
    assert sorted(d for d, _, _, _ in got) == ["2021-06-07", "2021-06-08"], got


def test_one_act_of_two_named_actors_stays_two() -> None:
    # guard: one verb and one thing done, a day apart, but by two named bodies
    got = _rows(("Tarvos Police held a press conference on the missing ferry on Monday afternoon.", TUE),
                ("Merrow Council held a news conference on the missing ferry on Tuesday morning.", TUE))
    assert sorted(d for d, _, _, _ in got) == ["2021-06-07", "2021-06-08"], got
    # … and a noun its proper names name ("the Tarvos FBI office") is a named actor too
    got = _rows(("The Tarvos FBI office held a press conference on the missing ferry on Monday afternoon.", TUE),
                ("Merrow Council held a news conference on the missing ferry on Tuesday morning.", TUE))
    assert sorted(d for d, _, _, _ in got) == ["2021-06-07", "2021-06-08"], got
