"""summ42: the held-out check's and the 60th–62nd reads' summary leftovers, by kind (issue 12). Made-up reports only.

Two reports' ledes whose main clauses have one subject noun tell one event, though their verbs are of no event
family or of none in common ("has handed … a setback" beside "ordered …")."""

from __future__ import annotations

from conftest import judge_telling, story
from storyline.summary import summarise
from storyline.summary.retold import event_of, retells, retold

COURT = (
    "A district court has handed the transport ministry another setback in its long fight to keep a toll on "
    "the Varna ring road. Drivers' groups welcomed the news.",
    "A district court in Plovdiv on Monday told the ministry to lift the toll on the ring road for all drivers "
    "while its appeal is heard, a step that leaves the ministry without its main source of road money.",
)


def test_two_ledes_with_one_subject_noun_retell_one_event_with_no_family() -> None:
    a = story(*COURT)
    s, t = a[0].sentences[0], a[1].sentences[0]
    e, f = event_of(a[0], s), event_of(a[1], t)
    assert not e[0] & f[0], "no event family in common"
    assert "court" in e[3] & f[3]
    assert retells(s, e, t, f, ledes=True)
    assert not retells(s, e, t, f)  # not ledes: a family is still needed
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {1: 0}


def test_two_ledes_with_other_subjects_and_no_family_stay_two() -> None:
    a = story("A district court has handed the transport ministry another setback over the Varna toll.",
              "Lorry drivers in Plovdiv on Monday blocked the ring road for three hours.")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert not retells(s, event_of(a[0], s), t, event_of(a[1], t), ledes=True)


def test_the_summary_shows_the_court_s_act_once() -> None:
    got = [s.text for s in summarise(story(*COURT), words=200, confirm=judge_telling(lambda s: False))]
    assert sum(t.startswith("A district court") for t in got) == 1, got

