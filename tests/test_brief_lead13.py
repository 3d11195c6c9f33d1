"""brief13: lead with the news, and tell one event once (issue 12). Made-up reports only.

An aside does not lead while a sentence that tells the event can (``summary.lead.aside_lead``): an appeal or a
word to the reader, advice or a guess, a state, a description of someone, a consequence told after the event.
One event told by two reports in other words is shown once (``summary.retold``)."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import judge_telling, story
from storyline.model import Analysis, Sentence
from storyline.summary import summarise
from storyline.summary.lead import aside_lead, choose_lead
from storyline.summary.retold import event_of, retells


def _aside(text: str) -> str | None:
    a = story(text)[0]
    return aside_lead(a, a.sentences[0])


def test_an_appeal_to_the_reader_is_an_aside() -> None:
    assert _aside("Without our help, the genius of the painter Tomas Verel can't be realized.")
    assert _aside("If you have ever waited at the Harlow ferry, you know the queue.")
    assert _aside("Don't worry, Verel, help is on the way.")


def test_advice_and_a_guess_are_asides() -> None:
    assert _aside("Buyers should expect to wait three weeks for their lamps to ship.")
    assert _aside("Verel may be the best-loved painter of the valley.")


def test_a_state_and_a_description_are_asides_but_a_new_state_is_news() -> None:
    assert _aside("Verel is still a painter at heart.")
    assert _aside("Tomas Verel was a painter who taught at the Harlow academy.")
    assert _aside("The new lamps are now available on the Lumo website.") is None
    # a state a source is credited with is a finding, news on the source's word (lead's check, thirteenth read)
    assert _aside("The busiest ferry is the Harlow boat, according to a survey by the port board.") is None


def test_a_consequence_after_the_event_is_an_aside() -> None:
    assert _aside("Tomas Verel, 51, died at the scene.")
    assert _aside("The victim's brother found the car.")
    assert _aside("Tomas Verel, 51, died at the scene of the crash on the Harlow road.") is None


def test_an_event_is_no_aside() -> None:
    assert _aside("Police on Friday were investigating the killing of the painter Tomas Verel at his home.") is None
    assert _aside("A fan has started a fundraising page for the painter Tomas Verel.") is None
    assert _aside("Ms. Verel said we will rebuild the studio.") is None  # "we" is the speaker's, not the writer's
    assert _aside('"We will rebuild," said Ms. Verel, the painter\'s sister.') is None


def test_the_news_ranked_lower_leads_when_every_sentence_above_it_is_an_aside() -> None:
    a = story(
        "Without our help, the genius of the painter Tomas Verel can't be realized. "
        "Verel is still a painter at heart. "
        "Please give what you can. "
        "The Harlow gallery said it had no comment.",
        "A fan in Harlow has started a fundraising page for the painter Tomas Verel after he said he owed $2 million.",
    )
    sents = [a[0].sentences[0], a[0].sentences[1], a[0].sentences[2], a[1].sentences[0]]
    k = choose_lead(sents, [1, 1, 1, 1], a, lambda k: (), lambda s: True, 3)
    assert k == 3


def test_a_reports_lede_leads_over_a_sentence_from_further_down_when_as_many_sources_state_them() -> None:
    a = story(
        "Police on Friday were investigating the killing of the painter Tomas Verel at his Harlow home. "
        "Officers found his van in a lane.",
        "Neighbours had seen a blue van. Tomas Verel was found dead on the patio of his home.",
    )
    sents = [a[1].sentences[1], a[0].sentences[0]]
    assert choose_lead(sents, [1, 1], a, lambda k: (), lambda s: True, 3) == 1


def _event(a: Sequence[Analysis], doc: int, k: int) -> tuple[Sentence, object]:
    s = a[doc].sentences[k]
    return s, event_of(a[doc], s)


DEATH = (
    "Tomas Verel, 51, died at the scene. Officers closed the Harlow road for an hour.",
    "Police on Friday were investigating the killing of the painter Tomas Verel at his Harlow home.",
)


def test_one_death_told_in_other_words_is_one_event() -> None:
    a = story(*DEATH)
    s, e = _event(a, 0, 0)
    t, f = _event(a, 1, 0)
    assert retells(s, e, t, f)  # type: ignore[arg-type]


def test_another_persons_death_or_a_denial_is_not_the_same_event() -> None:
    a = story(
        "Tomas Verel, 51, died at the scene.",
        "Police were investigating the killing of Anna Brisk in Kelbridge.",
        "His lawyer insisted that Verel didn't kill anyone.",
        "Tomas Verel would sell the studio next year.",
        "Tomas Verel sold the studio last year.",
    )
    s, e = _event(a, 0, 0)
    for doc in (1, 2):
        t, f = _event(a, doc, 0)
        assert not retells(s, e, t, f), doc  # type: ignore[arg-type]
    s, e = _event(a, 3, 0)
    t, f = _event(a, 4, 0)
    assert not retells(s, e, t, f)  # type: ignore[arg-type]  # a plan is not the sale


def test_different_figures_are_not_the_same_event() -> None:
    a = story("Forty people died in the Harlow fire on Sunday, 12 of them children.",
              "The Harlow fire killed 45 people, officials said on Monday.")
    s, e = _event(a, 0, 0)
    t, f = _event(a, 1, 0)
    assert not retells(s, e, t, f)  # type: ignore[arg-type]


def test_the_summary_tells_one_death_once_and_leads_with_the_event() -> None:
    a = story(*DEATH)
    got = [s.text for s in summarise(a, words=200, confirm=judge_telling(lambda s: False))]
    assert got and got[0].startswith("Police on Friday"), got
    assert not any("died at the scene" in t for t in got), got


def test_a_forecast_is_an_aside() -> None:
    assert _aside("Frost will cover the Harlow valley on Friday morning.")


def test_an_event_in_a_clause_on_the_verb_or_a_day_is_no_link() -> None:
    a = story(
        "The blaze at the Kelso Freight depot was reported at about 10:40 p.m. on Thursday.",
        "Dock workers say they raised the alarm about the Kelso Freight depot a week before it burned down.",
        "Crews fought flames at a school on Thursday night.",
    )
    s, e = _event(a, 0, 0)
    for doc in (1, 2):
        t, f = _event(a, doc, 0)
        assert not retells(s, e, t, f), doc  # type: ignore[arg-type]
