"""The twenty-seventh read's summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ24"): a person's pronoun after a
describing phrase ("A former X supporter, she is …") that cannot stand alone, and a quotation's pronoun joined
only to a sentence that names what it fits. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import story
from storyline.model import Analysis

NOV = dt.date(2019, 11, 20)


def _first(text: str) -> tuple[Analysis, Any]:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return a, sentence_span(a, a.sentences[0])


def test_a_persons_pronoun_after_a_describing_phrase_cannot_stand_alone() -> None:
    from storyline.summary.standalone import why_not_alone

    for text in ("A former Lena Morrow supporter, she is a voter back on the market since the race ended.",
                 "A retired nurse from Ohio, he now runs a bakery in Dunmore."):
        a = story(text, published=NOV)[0]
        assert why_not_alone(a, a.sentences[0]) is not None, text
    for text in ("A former nurse, Ana Roth now runs a bakery in Dunmore.",  # the name is hers
                 "A new bakery opened in Dunmore on Monday, its owner said."):
        a = story(text, published=NOV)[0]
        assert why_not_alone(a, a.sentences[0]) is None, text


def test_a_quotations_pronoun_is_carried_only_by_a_sentence_naming_what_it_fits() -> None:
    from storyline.summary.antecedents import carries_its_pronoun

    def carried(before: str, quote: str) -> bool:
        a = story(before + " " + quote, published=NOV)[0]
        from storyline.parses import sentence_span

        return carries_its_pronoun(a, a.sentences[0], sentence_span(a, a.sentences[1]))

    he = "\u201cHe has me thinking now,\u201d said Ana Roth, a nurse."
    it = "\u201cIt has a lot of deck space,\u201d said Ana Roth, a nurse."
    assert carried("Piet Lund came to the meeting in Dunmore on Tuesday.", he)
    assert not carried("The meeting at the town hall ran late on Tuesday.", he)  # no person for "he"
    assert carried("Tamsin Yards will offer the port its Wren ferry.", it)
    assert not carried("Piet Lund and Ana Roth spoke first.", it)  # no thing for "it"
    assert carried("Piet Lund and Ana Roth spoke first.", "\u201cThey spoke well,\u201d said Mara Lind.")


_ROTH = ("Piet Lund spoke at a meeting of nurses in Dunmore on Tuesday, his first stop since he joined the race. "
         "The nurses had gathered to plan a fund for the town's new clinic. "
         "Ana Roth had not heard Lund speak before Tuesday. "
         "A former Lena Morrow supporter, she is a voter back on the market since Morrow left the race. "
         "\u201cIt sounded like a plan for the clinic at last,\u201d said Roth, a nurse at the clinic. "
         "Lund will visit Kell and Varn next week before a debate in Dunmore in December.")


def test_a_quotation_is_not_joined_to_a_sentence_that_cannot_stand_alone() -> None:
    from storyline.summary.rank import rank, shown_order

    texts = [s.text for s in shown_order(rank(story(_ROTH, published=NOV), words=300))]
    assert not any(t.startswith("A former Lena Morrow") for t in texts), texts


def test_a_quotations_he_is_not_joined_to_a_sentence_naming_no_person() -> None:
    from storyline.summary.rank import rank, shown_order

    text = ("Piet Lund spoke at a meeting of nurses in Kell on Tuesday, his first stop since he joined the race. "
            "The nurses had gathered to plan a fund for the town's new clinic. "
            "The meeting at the town hall ran an hour late. "
            "\u201cHe has me thinking now about the clinic,\u201d said Ana Roth, a nurse at the clinic. "
            "Lund will visit Varn next week before a debate in December.")
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), words=300))]
    assert not any(t.startswith("The meeting at the town hall") and "He has me" in t for t in texts), texts


def test_a_they_speaker_whose_plural_subject_the_sentence_names_stands_alone() -> None:
    from storyline.summary.standalone import why_not_alone

    a = story("About a dozen nurses were gathered in a school hall on Tuesday night when they were told the mayor, "
              "Piet Lund, would stop by. \u201cWe were glad,\u201d they said.", published=NOV)[0]
    assert why_not_alone(a, a.sentences[0]) is None
    b = story("The hall in Kell was full on Tuesday. The mayor would stop by, they said.", published=NOV)[0]
    assert why_not_alone(b, b.sentences[1]) is not None  # no one "they" stands for in the sentence


def test_the_writers_aside_to_the_reader_with_no_news_is_read() -> None:
    from storyline.summary.voice import reader_aside

    assert reader_aside(_first("Before you get too worried about your pillows, keep in mind that such cases are "
                               "still rare.")[1])
    assert reader_aside(_first("Yeah, it is not always good if what is in a hot bath makes you dizzy.")[1])
    # not: a name, a figure, someone's words, a quotation
    assert reader_aside(_first("You know, like fixing the roof.")[1])
    assert reader_aside(_first("You might just be able to see the problem here.")[1])
    assert reader_aside(_first("Keep in mind that \u201cpillow cough\u201d is still rare, whatever your age.")[1])
    assert not reader_aside(_first("Kestrel syndrome is a reaction in your lungs to dust.")[1])
    assert not reader_aside(_first("Scarring can interfere with your ability to breathe.")[1])  # a statement
    assert not reader_aside(_first("If you live in the valley, expect 40 millimetres of rain.")[1])
    assert not reader_aside(_first("The doctor said you should change your pillows every year.")[1])
    assert not reader_aside(_first("\u201cYou should change your pillows,\u201d the doctor said.")[1])


_PILLOW = ("A man in Kell fell ill after sleeping on a new feather pillow for three months, doctors at Kell "
           "General Hospital reported on Monday. "
           "Before you get too worried about your pillows, keep in mind that such cases are still rare. "
           "Kell General Hospital has treated two such patients since 2015, its records show.")


def test_an_aside_to_the_reader_is_never_shown_and_the_switch_turns_it_off() -> None:
    from dataclasses import replace

    from storyline.summary.config import DEFAULT
    from storyline.summary.rank import rank, shown_order

    texts = [s.text for s in shown_order(rank(story(_PILLOW, published=NOV), words=300))]
    assert not any("keep in mind" in t for t in texts) and len(texts) == 2, texts
    off = replace(DEFAULT, hide_reader_asides=False)
    texts = [s.text for s in shown_order(rank(story(_PILLOW, published=NOV), off, words=300))]
    assert any("keep in mind" in t for t in texts), texts


def test_with_several_reports_an_aside_to_the_reader_is_left_as_it_is() -> None:
    """One report only (hiding it in stories of several cost held-out ROUGE-1 0.01)."""
    from storyline.summary.config import DEFAULT
    from storyline.summary.rank import _voices

    other = "Doctors at Kell General Hospital on Monday reported a rare lung illness caused by a feather pillow."
    one = story(_PILLOW, published=NOV)
    two = story(_PILLOW, other, published=NOV)
    assert _voices(one, [one[0].sentences[1]], [0], DEFAULT) == {0}
    assert _voices(two, [two[0].sentences[1]], [0], DEFAULT) == frozenset()
