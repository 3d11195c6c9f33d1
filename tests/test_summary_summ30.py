"""The summary faults left by the thirty-third to thirty-sixth reads (issue 12, bench/BRIEF_REVIEW.md, "summ30"): a
quotation opening on "it" for a thing only a sentence that cannot stand alone names ('"It was a small fortune," …'),
a sentence of the page's own readers as a group ("Our readers have suggestions."). Fixtures are made up for these
tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import story

NOV = dt.date(2019, 11, 20)
LEDE = "The council of Varn voted on Tuesday to close the old bridge to Kell, officials said. "


def _last_span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[-1])


def test_a_quotations_it_with_a_noun_after_be_stands_for_a_thing_named_before() -> None:
    from storyline.summary.antecedents import quoted_pronoun

    assert quoted_pronoun(_last_span(LEDE + "\u201cIt was a small fortune,\u201d Ana Roth told a local paper."))
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt was a gift from my late husband,\u201d Ana Roth said."))


def test_a_quotations_expletive_it_leans_on_nothing() -> None:
    from storyline.summary.antecedents import quoted_pronoun

    assert quoted_pronoun(_last_span(LEDE + "\u201cIt is time to go,\u201d Ana Roth said.")) is None
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt is important that we act,\u201d Ana Roth said.")) is None
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt was cold,\u201d Ana Roth said.")) is None
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt was a shame they left so early,\u201d Ana Roth said.")) is None
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt\u2019s a good-news bad-news story,\u201d Ana Roth said.")) is None
    assert quoted_pronoun(_last_span(LEDE + "\u201cIt was a difficult situation for us,\u201d Ana Roth said.")) is None


_FERRY = (LEDE + "Drivers will have to take the ferry or the ring road until a new bridge opens in 2023. "
          "The Roth family had planned to drive to Kell for the holiday. "
          "But after seeing the closure notice, they booked seats on a ferry at the last minute. "
          "\u201cIt was a small fortune,\u201d Ana Roth told a local paper. "
          "Engineers found cracks in two of the bridge's piers in May, the council said.")


def test_a_quotations_it_for_a_thing_only_a_leaning_sentence_names_is_not_shown() -> None:
    from storyline.summary.rank import rank, shown_order

    texts = [s.text for s in shown_order(rank(story(_FERRY, published=NOV), words=300))]
    assert texts and not any("small fortune" in t for t in texts), texts


def _pointer(text: str, start: str) -> str | None:
    from storyline.summary.pointers import media_pointer

    a = story(text, published=NOV)[0]
    return media_pointer(a, next(s for s in a.sentences if s.text.startswith(start)))


def test_a_sentence_of_the_pages_own_readers_is_no_item() -> None:
    assert _pointer(LEDE + "Our readers have suggestions. Engineers agree.", "Our") is not None
    assert _pointer(LEDE + "Our viewers weighed in on the plan. Engineers agree.", "Our") is not None


def test_someone_elses_readers_or_a_quoted_our_readers_stays() -> None:
    assert _pointer(LEDE + "Readers of the Kell Post have complained for years.", "Readers") is None
    assert _pointer(LEDE + "Our reporters visited the bridge on Monday.", "Our") is None
    assert _pointer(LEDE + "\u201cOur readers deserve better,\u201d the editor said.", "\u201cOur") is None


_HANSEN = ("Ana Roth first warned the council of Varn about cracks in the old bridge in 2009. "
           "Today, in a new report for the council, she brings a new warning: the bridge may fall within a year. "
           "Engineers found cracks in two of the bridge's piers in May, the council said. "
           "The council will vote on closing the bridge on Tuesday, its chair said.")


def test_a_lede_of_years_ago_then_today_is_a_delayed_lede() -> None:
    from storyline.summary.lead import now_turn

    a = story(_HANSEN, published=NOV)[0]
    turn = now_turn(a, a.sentences[0])
    assert turn is not None and turn.text.startswith("Today, in a new report")
    recent = story(_HANSEN.replace("2009", "2018"), published=NOV)[0]  # last year: the news's own time
    assert now_turn(recent, recent.sentences[0]) is None
    plain = story(_HANSEN.replace("Today, in", "In"), published=NOV)[0]
    assert now_turn(plain, plain.sentences[0]) is None


def test_a_delayed_lede_leads_joined_to_its_news_and_dated_by_it() -> None:
    from storyline.pipeline import same_thing
    from storyline.summary import summarise
    from storyline.timeline import build_timeline

    analyses = story(_HANSEN, published=NOV)
    items = summarise(analyses, 120, timeline=build_timeline(analyses, same_thing))
    assert items and items[0].text.startswith("Ana Roth first warned") and "Today, in a new report" in items[0].text
    assert items[0].date != "2009", items[0]
