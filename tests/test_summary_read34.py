"""The thirty-third and thirty-fourth reads' summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ28"): the page's
request to its reader ("Please share your videos … at iReport."), its pointer at screenshots "after the break", and
the writer's "We think not." answering its own question, shown as items. Fixtures are made up for these tests; none
comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import story

DAY = dt.date(2011, 10, 6)


def _span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=DAY)[0]
    return sentence_span(a, a.sentences[0])


def _items(text: str) -> list[str]:
    from storyline.summary import summarise

    return [i.text for i in summarise(story(text, published=DAY), 120)]


_REQUEST = ("Are you caught in the storm? Please share your videos, pictures and stories at VarnReport.\n"
            "A storm hit the Varn coast on Monday, cutting power to 20,000 homes. The storm closed the Varn ferry for "
            "two days. Crews restored power to most homes by Tuesday evening.")


def test_a_request_to_the_reader() -> None:
    from storyline.summary.voice import reader_request

    assert reader_request(_span("Please share your videos, pictures and stories at VarnReport."))
    assert reader_request(_span("Kindly send your photos of the flood to the Varn Courier."))
    # not: a quoted request, a request reported, no order, no word of asking
    assert not reader_request(_span('"Please stay indoors," the Varn sheriff said.'))
    assert not reader_request(_span("Residents were asked to please stay indoors."))
    assert not reader_request(_span("Please note: the ferry sailed on Monday, the Varn port said."))
    assert not reader_request(_span("Share the road with the Varn buses, the mayor said."))


def test_a_request_to_the_reader_is_not_shown_in_one_report() -> None:
    items = _items(_REQUEST)
    assert items and not any("Please share" in t for t in items), items


_POINTER = ("Varn Telecom will release version 1.9 of its TV guide in the fourth quarter, the company said on "
            "Wednesday. The new guide adds an HD layout for Varn boxes.\nCheck out a couple more screens after the "
            "break, though skipping directly to house shopping in Varn-connected neighborhoods may make for more "
            "efficient use of your time.")


def test_a_pointer_at_screenshots_after_the_break() -> None:
    from storyline.summary.pointers import _pointer_span

    assert _pointer_span(_span("Check out a couple more screens after the break."))
    assert _pointer_span(_span("See the screenshots of the new guide."))
    assert not _pointer_span(_span("The Varn screens showed the match after the break."))  # no order
    # an opening command the parse hangs under a later clause
    assert _pointer_span(_span("Check out a couple more screens after the break, though skipping directly to house "
                               "shopping in Varn-connected neighborhoods may make for more efficient use of your "
                               "time."))
    assert not _pointer_span(_span("The Varn crew took a break after the match."))
    items = _items(_POINTER)
    assert items and not any("Check out" in t for t in items), items


_ANSWER = ("The Varn court proposed a rule on Monday that would remove birth dates from court records. The Varn bar "
           "association said the rule would slow trials. Varn prosecutors said the rule would make it hard to prove "
           "prior convictions.\nDoes the court need any more reasons to jettison this proposed rule? We think not.")


def test_each_sentence_of_a_joined_unit() -> None:
    from storyline.summary.voice import each_sentence

    a = story(_ANSWER, published=DAY)[0]
    q = next(s for s in a.sentences if s.text.startswith("Does"))
    w = next(s for s in a.sentences if s.text.startswith("We think"))
    unit = type(q)(q.doc, q.index, q.start, w.end, a.doc.text[q.start : w.end], q.paragraph)
    assert [p.text for p in each_sentence(a, unit)] == [q.text, w.text]
    assert [p.text for p in each_sentence(a, q)] == [q.text]


def test_the_writers_answer_to_its_own_question_is_not_shown() -> None:
    items = _items(_ANSWER)
    assert items and not any("We think not" in t for t in items), items


def test_a_quotation_over_a_units_sentences_is_read_whole() -> None:
    """A speaker's two-sentence quotation joined into one unit is not split for the voice checks: its first sentence
    alone ("“But …, you at least maintain the pleasantries.") has an open quotation and read as the writer's "you"."""
    from storyline.model import Sentence
    from storyline.summary.voice import each_sentence, reader_aside

    text = ("Former defence chief Rob Varn said on Sunday that the new Varn envoy must keep talking to Orsk. "
            "“But in the course of doing business, you at least maintain the pleasantries. You can’t be at each "
            "other’s throats all day,” Varn said.")
    a = story(text, published=DAY)[0]
    first, second = a.sentences[1], a.sentences[2]
    unit = Sentence(first.doc, first.index, first.start, second.end, a.doc.text[first.start:second.end],
                    first.paragraph)
    spans = each_sentence(a, unit)
    assert len(spans) == 1 and not any(reader_aside(span) for span in spans), [sp.text for sp in spans]
    items = _items(text)
    assert any("pleasantries" in t for t in items), items
