"""One event, one entry (time54, issue 12): an act expected on a day and the act done on it are one entry, the done
one; a day and the short period that holds it ("late October") told alike by two reports are one entry, under the day.
Fixtures are made up for these tests; none comes from the pool or the bench."""

from __future__ import annotations

import datetime as dt

from storyline.analyse import analyse
from storyline.model import Document

THU, MON = dt.date(2019, 11, 14), dt.date(2019, 11, 18)


def _rows(*reports: tuple[str, dt.date]) -> list[tuple[str, bool, list[str], str]]:
    """(date, future, cited reports, text) of each entry of a story whose reports carry their own dates."""
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    docs = [Document(id=f"d{i}", text=t, title=f"d{i}", published=p) for i, (t, p) in enumerate(reports)]
    return [(e.date, e.future, [c.doc for c in e.citations], e.text)
            for e in build_timeline(analyse(docs), same_thing)]


def test_an_act_expected_on_a_day_and_done_on_it_are_one_entry_the_done_one() -> None:
    got = _rows(("Councillors in Harlow are expected to approve the extension of the tram line on Saturday, the "
                 "mayor's office said.", THU),
                ("Harlow councillors approved the extension of the tram line on Saturday, the mayor's office said.",
                 MON))
    assert [(d, f) for d, f, _, _ in got] == [("2019-11-16", False)], got
    assert got[0][3].startswith("Harlow councillors approved"), got


def test_a_day_inside_a_short_period_told_alike_is_one_entry_under_the_day() -> None:
    got = _rows(("In late October, the Brenford museum returned the stolen bronze statue to the Greek government.",
                 MON),
                ("The Brenford museum handed the stolen bronze statue back to the Greek government on October 24.",
                 MON))
    assert [d for d, _, _, _ in got] == ["2019-10-24"], got
    assert sorted(got[0][2]) == ["d0", "d1"], got


def test_a_day_inside_a_year_stays_its_own_entry() -> None:
    # guard: a year holds many acts of one story; the same words under a year and a day stay two
    got = _rows(("In 2019, the Brenford museum returned the stolen bronze statue to the Greek government.", MON),
                ("The Brenford museum handed the stolen bronze statue back to the Greek government on October 24.",
                 MON))
    assert sorted(d for d, _, _, _ in got) == ["2019", "2019-10-24"], got


def test_an_act_expected_on_one_day_and_done_on_another_stay_two() -> None:
    # guard: an expected Saturday and a done Friday are two days, whatever the words
    got = _rows(("Councillors in Harlow are expected to approve the extension of the tram line on Saturday, the "
                 "mayor's office said.", THU),
                ("Harlow councillors approved the extension of the tram line on Friday, the mayor's office said.",
                 MON))
    assert sorted((d, f) for d, f, _, _ in got) == [("2019-11-15", False), ("2019-11-16", True)], got


TUE = dt.date(2019, 11, 19)
_EARLY = ("The Tarrow council announced this morning that it would close the Ferris bridge to all traffic.", TUE)
_WEDNESDAY = ("The Tarrow council announced on Wednesday that it would close the Ferris bridge to all traffic.",
              dt.date(2019, 11, 21))


def test_a_record_dated_a_day_early_reads_its_relative_days_from_the_next_day() -> None:
    # the record says Tuesday; two other reports date the act its "this morning" tells on the Wednesday after
    other = ("On Wednesday, the Tarrow council said it would close the Ferris bridge to traffic for good.",
             dt.date(2019, 11, 21))
    got = _rows(_EARLY, _WEDNESDAY, other)
    assert [d for d, _, _, _ in got] == ["2019-11-20"], got
    assert sorted(got[0][2]) == ["d0", "d1", "d2"], got


def test_one_other_report_is_no_evidence_to_move_a_records_day() -> None:
    # guard: a single telling could as well be the other report's slip
    got = _rows(_EARLY, _WEDNESDAY)
    assert "2019-11-20" not in {d for d, _, _, _ in got}, got


def test_a_relative_day_another_report_already_agrees_with_keeps_the_records_day() -> None:
    # guard: a third report dates the act on the record's own day, so the record's day is not moved
    got = _rows(_EARLY, _WEDNESDAY,
                ("On Wednesday, the Tarrow council said it would close the Ferris bridge to traffic for good.",
                 dt.date(2019, 11, 21)),
                ("The Tarrow council said on Tuesday that it would close the Ferris bridge to all traffic.",
                 dt.date(2019, 11, 21)))
    assert "2019-11-19" in {d for d, _, _, _ in got}, got
