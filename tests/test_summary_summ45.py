"""summ45: one event told once, and items that are not the account's sentences. Two reports' sentences that read
alike as wholes (MiniLM), name one participant and agree in figures and tense are one item, and one timeline entry
(two days one apart: the earlier); a line that only says what post a participant holds is no item; a who's-who
sub-item that says nothing beyond its name ("*It:* It") is not shown. Fixtures are made up (a rowing club, a
harbour council); none comes from the bench or the pools."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from conftest import story
from storyline.analyse import analyse
from storyline.model import Document
from storyline.pipeline import same_thing
from storyline.summary import summarise
from storyline.summary.retold import event_of, retells, retold
from storyline.summary.standing import standing_line
from storyline.timeline import alike, build_timeline, same_act
from storyline.timeline.referents import beyond_the_name

_DAY = dt.date(2019, 3, 11)
_RETOLD = importlib.import_module("storyline.summary.retold")  # the package exports its function of that name

_SISTERS = ("The rowing club of Dunmore has announced that two local sisters have qualified to race at the national "
            "championships.",
            "Dunmore Rowing Club has said it plans to send two sisters from the town to the national championships "
            "next month.")


def _standing(text: str) -> bool:
    a = story(text, published=_DAY)[0]
    return standing_line(a, a.sentences[0]) is not None


@pytest.mark.parametrize("text", [
    "Ms Okafor serves as the treasurer of the rowing club.",
    "She is the club's treasurer.",
    "Mr Brandt acts as the harbour council's spokesman.",
])
def test_a_present_line_of_a_participant_s_post_is_standing(text: str) -> None:
    assert _standing(text)


@pytest.mark.parametrize("text", [
    "Ms Okafor is the club's new treasurer.",
    "Ms Okafor is the first woman to win the race.",
    "Ann Okafor is the oldest member of the club.",
    "The club elected Ms Okafor treasurer on Monday.",
    "Ms Okafor is not the treasurer.",
    "The treasurer is a teacher.",
    "Ms Okafor serves on the board.",
    "Ms Okafor is the treasurer who signed the cheques in 2019.",
])
def test_news_of_a_post_or_a_line_of_no_named_subject_is_not_standing(text: str) -> None:
    assert not _standing(text)


def test_the_summary_does_not_show_a_participant_s_standing() -> None:
    text = ("The Dunmore rowing club won the national eights title on Saturday, beating Leeds by two lengths. "
            "Ms Okafor serves as the treasurer of the club. "
            "The crew trained for eight months on the river before the race.")
    got = [s.text for s in summarise(story(text, published=_DAY))]
    assert got and not any("serves as" in t for t in got), got


def test_two_reports_telling_one_act_in_other_words_are_one_item() -> None:
    a = story(*_SISTERS, published=_DAY)
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert not retells(s, event_of(a[0], s), t, event_of(a[1], t))  # no event family in common
    assert retold([s, t], a, lambda k: (-k,)) == {1: 0}


def test_without_the_cosine_the_two_tellings_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_RETOLD, "ALIKE", 1.01)
    a = story(*_SISTERS, published=_DAY)
    assert retold([a[0].sentences[0], a[1].sentences[0]], a, lambda k: (-k,)) == {}


def test_two_reports_a_week_apart_reading_alike_stay_two_items() -> None:
    docs = [Document(id=f"d{i}", title=f"d{i}", published=day, text=text)
            for i, (day, text) in enumerate(zip((dt.date(2019, 3, 4), _DAY), _SISTERS, strict=True))]
    a = analyse(docs)
    assert retold([a[0].sentences[0], a[1].sentences[0]], a, lambda k: (-k,)) == {}


def test_a_done_act_and_a_plan_of_one_body_stay_two_items() -> None:
    a = story("The Dunmore council has voted to close the old ferry terminal on the harbour.",
              "The Dunmore council will vote next week to close the old ferry terminal on the harbour.",
              published=_DAY)
    assert retold([a[0].sentences[0], a[1].sentences[0]], a, lambda k: (-k,)) == {}


def _rows(*texts: str) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in build_timeline(story(*texts, published=_DAY), same_thing)]


_FERRY = ("The Dunmore council voted on Monday to close the old ferry terminal on the harbour.",
          "Councillors in Dunmore decided on Monday to shut the harbour's ageing ferry terminal.")


def test_one_day_s_act_told_in_other_words_is_one_entry() -> None:
    assert [d for d, _ in _rows(*_FERRY)] == ["2019-03-11"]


def test_without_the_rule_the_act_is_two_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alike, "ALIKE", 1.01)
    monkeypatch.setattr(alike, "ONE_DAY_ACT", 1.01)  # time52's one-day fold reads the pair alike too
    assert [d for d, _ in _rows(*_FERRY)] == ["2019-03-11", "2019-03-11"]


def _boathouse() -> list[tuple[str, str]]:
    docs = [Document(id="d0", title="d0", published=dt.date(2019, 3, 9), text=(
                "Ms Okafor opened the new boathouse of the Dunmore Rowing Club on Saturday, the club said in a "
                "statement.")),
            Document(id="d1", title="d1", published=dt.date(2019, 3, 10), text=(
                "Ms Okafor opened the new boathouse of the Dunmore Rowing Club, the club said in a statement on "
                "Sunday."))]
    return [(e.date, e.text) for e in build_timeline(analyse(docs), same_thing)]


def test_one_act_on_two_days_one_apart_is_one_entry_under_the_earlier() -> None:
    assert [d for d, _ in _boathouse()] == ["2019-03-09"]


def test_without_the_rule_the_act_is_on_two_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alike, "NEAR", 1.01)
    monkeypatch.setattr(same_act, "ACT_ALIKE", 1.01)  # time56's one act of two reports joins the pair too
    assert [d for d, _ in _boathouse()] == ["2019-03-09", "2019-03-10"]


def test_two_acts_of_one_day_stay_two_entries() -> None:
    rows = _rows("The Dunmore council voted on Monday to close the old ferry terminal on the harbour.",
                 "Dunmore's harbour master resigned on Monday after twenty years in the post.")
    assert len(rows) == 2


@pytest.mark.parametrize(("name", "text", "want"), [
    ("It", "It", False),
    ("He", "he", False),
    ("Bakar", "Bakar", False),
    ("He", "Elon Musk", True),
    ("Okafor", "club treasurer Ann Okafor", True),
])
def test_a_sub_item_must_say_something_beyond_its_name(name: str, text: str, want: bool) -> None:
    assert beyond_the_name(name, text) is want


def test_a_timeline_gloss_of_a_name_the_summary_writes_in_full_is_not_shown() -> None:
    from storyline.model import Entity, SummarySentence
    from storyline.pipeline import _timeline_who

    text = ("Owen Varga, a chest doctor at Dunmore Royal Infirmary, studied the case for a year.\n"
            "Varga first saw the patient on Monday, the hospital said.")
    person = Entity("Owen Varga", "person", ["Varga"], ["d0"])
    a = story(text, published=_DAY)[0]
    timeline = build_timeline([a], same_thing)
    shown = _timeline_who(timeline, [a], [person])
    assert [g.name for e in shown for g in e.who] == ["Varga"]
    told = [SummarySentence("Owen Varga, a chest doctor, studied the case for a year.", [])]
    assert [g.name for e in _timeline_who(timeline, [a], [person], told) for g in e.who] == []
    other = [SummarySentence("The hospital said the patient had a cough.", [])]
    assert [g.name for e in _timeline_who(timeline, [a], [person], other) for g in e.who] == ["Varga"]


_POST = ("The Dunmore crew won the national eights title on Saturday, beating Leeds by two lengths. "
         "So proud of our crew who won the national title on Saturday in Dunmore — Jo Smith (@josmith) March 9, 2019 "
         "The club will hold a parade for the crew through the town.")


def test_an_embedded_post_with_its_signature_glued_on_is_no_item_and_no_entry() -> None:
    from storyline.newswriting import signed_post

    assert signed_post("So proud of our crew today — Jo Smith (@josmith) March 9, 2019 The club said")
    assert not signed_post("— Jo Smith (@josmith) March 9, 2019 The club will hold a parade.")
    assert not signed_post("The crew won the title on March 9, 2019, the club said.")
    got = [s.text for s in summarise(story(_POST, published=_DAY))]
    assert got and not any("@josmith" in t for t in got), got
    rows = _rows(_POST)
    assert rows and not any("@josmith" in t for _, t in rows), rows


_HEADED = ("The Dunmore crew won the national eights title on Saturday, beating Leeds by two lengths. "
           "Potential club fine The treasurer said the regatta's organisers could fine the club for a late entry. "
           "The club will hold a parade for the crew through the town on Sunday.")


@pytest.mark.parametrize(("text", "want"), [
    ("Potential club fine The treasurer said the organisers could fine the club.", True),
    ("Election year pressure Head of the rowing club, Ms Okafor is the favourite to win the vote.", True),
    ("Last year President Obama said the plan was dead.", False),
    ("In the past Congress has refused to fund the plan.", False),
    ("Local rowers say The Times got the story wrong.", False),
    ("The club's new boat will be named after a local poet.", False),
])
def test_a_crosshead_glued_to_a_sentence(text: str, want: bool) -> None:
    from storyline.newswriting import glued_heading
    from storyline.summary.standalone import sentence_spans

    a = story(text, published=_DAY)[0]
    assert glued_heading(sentence_spans(a, a.sentences[0])[0]) is want


def test_a_sentence_with_a_glued_crosshead_is_no_item() -> None:
    got = [s.text for s in summarise(story(_HEADED, published=_DAY))]
    assert got and not any(t.startswith("Potential club fine") for t in got), got


def test_an_abbreviation_after_an_opening_phrase_is_no_crosshead() -> None:
    from storyline.newswriting import glued_heading
    from storyline.summary.standalone import sentence_spans

    a = story("With the No. 2 pick, the Dunmore club chose a rower from Leeds.", published=_DAY)[0]
    assert not glued_heading(sentence_spans(a, a.sentences[0])[0])
