"""summ56: the story's events, each told once, on made-up text (a zoo's panda cub): the sentences several voices tell
alike are one event, the event more voices open with goes first, a second telling of an event is not taken again, and
the openings and sentences are embedded once per brief."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from storyline.analyse import analyse
from storyline.model import Analysis, Document
from storyline.summary import openings
from storyline.summary.events import by_events, story_events
from storyline.summary.lead import lead_key
from storyline.summary.openings import Openings, opening_voices
from storyline.summary.rank import Ranked, fit_budget

_DAY = dt.date(2023, 8, 14)


def _zoo(later: dt.date = _DAY) -> list[Analysis]:
    """Three newsrooms tell the cub's birth; one report also tells the keeper's career; the third is filed ``later``."""
    return analyse([
        Document(id="d0", title="Keeper retires after 30 years at Lindmoor Zoo", published=_DAY, outlet="town.example",
                 text="Head keeper Ada Voss joined Lindmoor Zoo in 1993 and ran its bear house for two decades. "
                      "A giant panda cub was born at Lindmoor Zoo on Sunday, the zoo said. "
                      "The zoo's cafe will stay open late in August."),
        Document(id="d1", title="Panda cub born at Lindmoor Zoo", published=_DAY, outlet="wire.example",
                 text="Lindmoor Zoo has welcomed the birth of a giant panda cub, its keepers said on Monday. "
                      "The cub weighs 150 grams and is feeding well."),
        Document(id="d2", title="Lindmoor Zoo celebrates first panda birth", published=later, outlet="city.example",
                 text="A giant panda has given birth to a cub at Lindmoor Zoo, the first born there. "
                      "Visitors will not see the cub until next spring."),
    ])


def test_sentences_several_voices_tell_alike_are_one_event_and_their_openings_count() -> None:
    zoo = _zoo()
    career, birth0, birth1, birth2 = zoo[0].sentences[0], zoo[0].sentences[1], zoo[1].sentences[0], zoo[2].sentences[0]
    event, tellers, openers = story_events([career, birth1, birth2, birth0], zoo, Openings(zoo))
    assert event[1] == event[2] == event[3] != event[0]
    assert tellers[event[1]] == {"d0", "d1", "d2"}
    assert openers[event[1]] == {"d1", "d2"}  # d0 tells the birth only after its lede, under another title
    assert tellers[event[0]] == {"d0"}


def test_the_event_more_voices_open_with_goes_first_and_is_told_once() -> None:
    zoo = _zoo()
    sents = [zoo[0].sentences[0], zoo[0].sentences[2], zoo[1].sentences[0], zoo[2].sentences[0],
             zoo[1].sentences[1]]
    ranked = by_events(Ranked(sents, [0, 1, 2, 3, 4]), zoo)
    shown = [s.text for s in fit_budget(ranked, 200)]
    assert shown[0] == sents[2].text or shown[0] == sents[3].text  # the birth, below the career line in the ranking
    assert not (sents[2].text in shown and sents[3].text in shown)  # the birth told once
    assert sents[0].text in shown  # the career line stays, after the news


def test_an_events_next_telling_takes_the_place_of_one_left_out() -> None:
    zoo = _zoo()
    sents = [zoo[0].sentences[0], zoo[1].sentences[0], zoo[2].sentences[0]]
    ranked = by_events(Ranked(sents, [0, 1, 2]), zoo)
    first = fit_budget(ranked, 200)
    birth = next(s for s in first if s is not sents[0])
    again = [s.text for s in fit_budget(ranked, 200, [birth])]  # the birth's first telling left out (a fold, a test)
    assert {sents[1].text, sents[2].text} - {birth.text} <= set(again)


def test_of_one_events_tellings_alike_supported_the_latest_reports_is_taken() -> None:
    zoo = _zoo(later=_DAY + dt.timedelta(days=1))
    sents = [zoo[0].sentences[0], zoo[1].sentences[0], zoo[2].sentences[0]]
    for order in ([0, 1, 2], [0, 2, 1]):
        shown = [sents[i].text for i in by_events(Ranked(sents, order), zoo).order]
        assert shown[0] == sents[2].text  # the next day's report, whichever the ranking put first


def test_one_voice_keeps_the_rankings_order() -> None:
    zoo = _zoo()[:1]
    ranked = Ranked(list(zoo[0].sentences), [2, 0, 1])
    assert by_events(ranked, zoo).order == [2, 0, 1]


def test_the_openings_and_sentences_are_embedded_once_per_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline import nlp

    zoo = _zoo()
    calls: list[int] = []
    real = nlp.embed

    def counted(texts: Any) -> Any:
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(nlp, "embed", counted)
    seen = Openings(zoo)
    sents = [zoo[0].sentences[0], zoo[1].sentences[0]]
    first = opening_voices(sents, zoo, seen)
    again = opening_voices(sents, zoo, seen)
    key = lead_key(sents, [1, 1], zoo, [[s.doc] for s in sents], seen=seen)
    key(0)
    assert first == again
    assert sum(calls) == len(sents) + len(seen.openings)  # each text once, whichever asks
    assert openings.OPENING_ALIKE > 0


def test_an_event_is_told_by_a_reports_opening_rather_than_a_later_line() -> None:
    zoo = _zoo()
    later, lede1, lede2 = zoo[0].sentences[1], zoo[1].sentences[0], zoo[2].sentences[0]  # d0's birth line is its 2nd
    sents = [later, lede1, lede2]
    shown = [s.text for s in fit_budget(by_events(Ranked(sents, [0, 1, 2]), zoo), 200)]
    assert shown[0] in (lede1.text, lede2.text) and later.text not in shown
