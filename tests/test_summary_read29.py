"""The twenty-ninth read's summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ25"): an item leaning on what the
sentence before it told in other words ("the admiration", "the allegations", "While not ideal …"), the writer's
advice to the reader ("If you're …, it's not a bad alternative."), a set-up leading without its "But …" turn.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from conftest import story
from storyline.summary.config import DEFAULT

NOV = dt.date(2019, 11, 20)


def _span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[0])


def test_a_bare_definite_noun_of_saying_or_a_verbless_concession_echoes_the_sentence_before() -> None:
    from storyline.summary.antecedents import definite_echo, leans_on_one_before

    assert definite_echo(_span("Ana Roth said the admiration is mutual."))
    assert definite_echo(_span("The firm flatly denied the allegations in a statement on its website."))
    assert definite_echo(_span("The agreement said it would cover both ferries from Varn."))
    assert definite_echo(_span("While not ideal for a port that boasts such fast ferries, the new limit is at "
                               "least safe."))
    assert leans_on_one_before(_span("Ana Roth said the admiration is mutual."))
    # not: a noun with its own "of"/"with", one named before in the sentence, one inside a quotation, a concession
    # with its own subject, a noun of no saying
    assert definite_echo(_span("The agreement with Varn runs to 2030, the port said.")) is None
    assert definite_echo(_span("Orvel made allegations against Kell, and the allegations were denied.")) is None
    assert definite_echo(_span("\u201cThe allegations are false,\u201d Ana Roth said on Monday.")) is None
    assert definite_echo(_span("While the ferry was late, the port stayed open.")) is None
    assert definite_echo(_span("Ana Roth said the ferry is late.")) is None


_ROTH = ("The port of Varn on Monday chose Orvel to build two electric ferries for its crossing to Kell. "
         "Piet Lund, the head of Kell Marine, praised Orvel's yard for its speed and its care. "
         "Ana Roth said the admiration is mutual. "
         "The first ferry is due to sail to Kell in 2022, the port said.")


def test_an_item_echoing_the_sentence_before_is_shown_joined_to_it_or_not_at_all() -> None:
    from storyline.summary.rank import fit_budget, rank, shown_order

    ranked = rank(story(_ROTH, published=NOV), words=300)
    for shown in (shown_order(ranked), fit_budget(ranked, 300)):
        texts = [s.text for s in shown]
        assert not any(t.startswith("Ana Roth said the admiration") for t in texts), texts
        assert all(t.startswith("Piet Lund") for t in texts if "admiration" in t), texts
    cfg = replace(DEFAULT, join_singular_back_references=False)
    texts = [s.text for s in shown_order(rank(story(_ROTH, published=NOV), cfg, words=300))]
    assert any(t.startswith("Ana Roth said the admiration") for t in texts), texts  # without the rule: alone


_TURN = ("The port of Varn was supposed to pick one firm to build a single small ferry for its crossing to Kell. "
         "But it may order six ferries instead if the town council agrees to pay for new docks, officials said. "
         "Orvel and Tamsin Yards have both bid for the work, the port said on Monday.")


def test_a_set_up_its_report_turns_against_does_not_lead() -> None:
    from storyline.summary import summarise
    from storyline.summary.lead import setup_lead

    a = story(_TURN, published=NOV)[0]
    assert setup_lead(a, a.sentences[0])
    assert setup_lead(a, a.sentences[1]) is None and setup_lead(a, a.sentences[2]) is None
    items = summarise([a], 300)
    assert len(items) > 1 and not items[0].text.startswith("The port of Varn was supposed"), [i.text for i in items]


def test_the_writers_advice_to_the_reader() -> None:
    from storyline.summary.voice import reader_advice

    assert reader_advice(_span("If you only want to play on a television, the Zephyr console is a fine choice."))
    assert reader_advice(_span("If you are not a keen sailor and just want to reach Kell, it's not a bad ferry."))
    assert reader_advice(_span("If you live near Varn, you should book a seat on the Wren early."))
    # not: news told to the reader, someone else's "you", no "if"
    assert not reader_advice(_span("If you live in Varn, the new ferry sails on Monday at noon."))
    assert not reader_advice(_span("\u201cIf you want a fast boat, the Wren is a fine choice,\u201d Ana Roth said."))
    assert not reader_advice(_span("The Zephyr console is a fine choice for players in Varn."))


def test_a_one_report_storys_advice_item_is_not_shown() -> None:
    from storyline.summary.rank import rank, shown_order

    text = ("The port of Varn on Monday opened its new ferry crossing to Kell, with two sailings a day. "
            "The Wren, the first of the ferries, carries 300 passengers and 40 cars at 20 knots. "
            "If you are not a keen sailor and just want to reach Kell, it's not a bad ferry.")
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), words=300))]
    assert texts and not any(t.startswith("If you are not") or "If you are not" in t for t in texts), texts
    cfg = replace(DEFAULT, hide_reader_asides=False)
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), cfg, words=300))]
    assert any("If you are not" in t for t in texts), texts
