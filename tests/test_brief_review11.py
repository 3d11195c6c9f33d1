"""Ninth Done-when read (issue 12; bench/BRIEF_REVIEW.md "Done-when read on one main", branch brief9):
small summary fixes found by the read. Every fixture is made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from storyline.model import Citation, Sentence, TimelineEntry


def test_a_lead_in_sentence_takes_no_date_from_the_entry_carried_over_it() -> None:
    from storyline.summary.account import _dated_spans, _event_date

    text = "The Quennell family runs a tower in Ottawa. He was tracked to Halifax in March 2015 by police."
    first = Sentence("d0", 0, 0, text.index(" He"), text[: text.index(" He")])
    second = Sentence("d0", 1, text.index("He"), len(text), text[text.index("He") :])
    # the timeline carried the entry back over the sentence before it (a pronoun opens the dated one)
    entry = TimelineEntry(date="2015-03", text=text, citations=[Citation("d0", 0, len(text))],
                          precision="month", phrase="in March 2015")
    spans = _dated_spans([entry])
    assert _event_date(first, spans, [first, second]) is None
    got = _event_date(second, spans, [first, second])
    assert got is not None and got[0] == "2015-03" and got[1] == dt.date(2015, 3, 1) and got[2] == "event"


def test_a_sentence_cut_by_its_page_after_a_function_word_is_no_candidate() -> None:
    from conftest import story
    from storyline.summary.candidates import candidates

    a = story("The Kestrel Exchange agreed on Thursday to be sold to a rival for $4.1 billion in cash and stock. "
              "The takeover would seal the triumph of electronic trading over floor trading, as well as the push "
              "by exchanges to embrace new and ...")
    texts = [s.text for s in candidates(a)]
    assert any(t.startswith("The Kestrel Exchange agreed") for t in texts)
    assert not any(t.startswith("The takeover would seal") for t in texts)
    # an ellipsis after a content word may be the writer's trailing off: not cut by this rule
    from storyline.summary.candidates import _cut_end

    assert _cut_end("… to embrace new and ...") and _cut_end("… the push by the …") and not _cut_end("We will see ...")
