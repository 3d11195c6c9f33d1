"""One act, one entry, whatever words each report uses (time58, issue 12): two reports' entries whose sentences tell
one act family (``lexicon/act_families.toml``, ``event_families.toml``) and name one participant, on dates that
overlap, are one entry. Fixtures are made up for these tests; none comes from the pool or the bench."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from storyline.timeline.resolution import DateValue
from storyline.timeline.same_act import FAMILY, one_act
from test_timeline_time56 import _rows  # (date, cited reports, text, other reading) of each entry

JUL, JUN = dt.date(2031, 7, 2), dt.date(2031, 6, 25)


def _cites_its_own_line(row: tuple[str, list[str], str, str | None], lines: tuple[str, ...]) -> bool:
    """Does an entry cite the one report whose line it keeps (time59: a line joined by its act family and a name
    states the other report's act in other words, not its line, so the other report is no citation of it)?"""
    return [f"d{lines.index(row[2])}"] == row[1]


def test_one_capture_told_with_two_verbs_is_one_entry() -> None:
    lines = ("Rebel fighters regained control of the northern half of Darrow in June, the army said.",
             "In June, the government declared northern Darrow fully liberated after weeks of fighting.")
    got = _rows(*((t, JUL) for t in lines))
    assert [d for d, _, _, _ in got] == ["2031-06"] and _cites_its_own_line(got[0], lines), got


def test_one_interview_under_its_month_and_its_day_is_one_entry() -> None:
    lines = ("Earlier this month the mayor was asked in an interview with Radio Kelso about the harbour.",
             "The remark came during the mayor's interview with Radio Kelso, clips of which were aired on Tuesday.")
    got = _rows(*((t, JUN) for t in lines))
    assert [d for d, _, _, _ in got] == ["2031-06-24"] and _cites_its_own_line(got[0], lines), got


def test_two_acts_of_other_families_on_one_day_stay_two() -> None:
    # guard: one place, one day, two reports, but a capture and an interview are two acts
    got = _rows(("Rebel fighters seized the airport in Darrow on Tuesday, a spokesman said.", JUN),
                ("The Darrow governor gave an interview to Radio Kelso on Tuesday about the water supply.", JUN))
    assert len(got) == 2, got



def _entry(doc: str, text: str, mention: bool, verb: str = "air") -> Any:
    """A day's entry of ``doc`` with the act and participants ``one_act`` reads."""
    return SimpleNamespace(value=DateValue(2031, 6, 24, "day"), citations=[(doc, 0, len(text))], text=text,
                           caption=False, relation=None, future=False, mention=mention,
                           acts=frozenset({verb, FAMILY + "interview"}), parties=frozenset({"clip"}),
                           names=frozenset({"radio kelso"}))


def test_two_mentions_of_one_act_stay_two() -> None:
    # guard: each sentence's news is its main clause's; the clip's release only dates them. Joined by the family
    # and a name only (time59: two mentions told with one verb and one party join as at time56)
    said = "The remark came during the mayor's interview with Radio Kelso, clips of which were released on Tuesday."
    other = "The mayor offered no figures for the repair bill in the interview clip Radio Kelso aired on Tuesday."
    assert one_act(_entry("d0", said, False, "release"), _entry("d1", other, True), 0.6)
    assert not one_act(_entry("d0", said, True, "release"), _entry("d1", other, True), 0.6)
