"""summ42: the held-out check's and the 60th–62nd reads' summary leftovers, by kind (issue 12). Made-up reports only.

Two reports' ledes whose main clauses have one subject noun tell one event, though their verbs are of no event
family or of none in common ("has handed … a setback" beside "ordered …"). "That's" with a clause for its complement
("That's because …", "That's how …") says what the sentence before it is: it does not stand alone."""

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
    assert "court:done" in e[3] & f[3]
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


def test_that_s_with_a_clause_says_what_the_sentence_before_is() -> None:
    from storyline.summary.standalone import why_not_alone

    a = story("The Varna choir cancelled its spring tour in four towns on Monday.\n"
              "That's because the grants for the tour ran out in March.\n"
              "That's how the choir lost its main hall.\n"
              "That's a big step for the small town of Varna.\n"
              "\"That's because we ran out of money,\" the choir's director said on Monday.\n")[0]
    why = [why_not_alone(a, s) for s in a.sentences]
    assert why[1] and why[2], why
    assert why[3] is None or "clause" not in why[3], why  # a noun for its complement: not this rule's
    assert why[4] is None or "clause" not in why[4], why  # the speaker's own voice


def test_the_summary_does_not_show_that_s_because_alone() -> None:
    got = [s.text for s in summarise(story(
        "The Varna choir cancelled its spring tour in four towns on Monday, its director said.\n"
        "The director, Elena Marova, said the choir would sing at home in Varna instead.\n"
        "The tour had drawn 3,000 people to its concerts last year.\n"
        "That's because the grants for the tour ran out in March after the council cut its arts budget.\n"),
        words=100, confirm=judge_telling(lambda s: False))]
    assert not any(t.startswith("That's") for t in got), got


def test_a_court_s_order_and_its_ruling_retell_one_event() -> None:
    a = story("The ministry must now decide whether to appeal. In a two-page decision, a panel of the Varna Regional "
              "Court ruled that the toll must be lifted for lorries at once.",
              "Drivers cheered outside. The Varna Regional Court on Monday ordered the ministry to stop charging the "
              "toll on the ring road.")
    s, t = a[0].sentences[1], a[1].sentences[1]
    e, f = event_of(a[0], s), event_of(a[1], t)
    assert "ruling" in e[0] & f[0]
    assert retells(s, e, t, f)


def test_an_opening_clause_and_its_main_clause_both_on_a_pronoun_lean_on_the_line_before() -> None:
    from storyline.summary.standalone import why_not_alone

    a = story("The Varna council fitted a new pump to the dam in May.\n"
              "When it starts, it drains the lower basin in an hour.\n"
              "When he arrived in Varna on Monday, the mayor spoke to the crowd.\n"
              "If the pump fails, the council will close the dam road.\n")[0]
    why = [why_not_alone(a, s) for s in a.sentences]
    assert why[1] and "pronoun" in why[1], why
    assert why[2] is None and why[3] is None, why


def test_a_forecast_lede_and_a_done_lede_with_one_subject_stay_two() -> None:
    a = story("The flood on the Varna river is expected to peak at noon on Friday.",
              "The flood on the Varna river swept through three villages on Friday, leaving hundreds homeless.")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert not retells(s, event_of(a[0], s), t, event_of(a[1], t), ledes=True)


def test_an_order_s_clause_does_not_make_the_order_undone() -> None:
    a = story("A district court has handed the transport ministry another setback over the Varna toll.",
              "A district court on Monday ordered that the Varna toll be lifted for all drivers at once.")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retells(s, event_of(a[0], s), t, event_of(a[1], t), ledes=True)


def test_two_ledes_on_one_subject_days_apart_stay_two() -> None:
    import datetime as dt

    from storyline.analyse import analyse
    from storyline.model import Document

    texts = ("Navy divers have confirmed that none of them has found any wreckage of the ferry so far.",
             "Navy divers have recovered a part of the hull of the ferry from the lake bed.")
    days = (dt.date(2019, 3, 5), dt.date(2019, 3, 8))
    a = analyse([Document(id=f"d{i}", text=t, title=f"d{i}", published=d)
                 for i, (t, d) in enumerate(zip(texts, days, strict=True))])
    s, t = a[0].sentences[0], a[1].sentences[0]
    e, f = event_of(a[0], s), event_of(a[1], t)
    assert retells(s, e, t, f, ledes=True)  # one subject, both done
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {}
