"""The summary faults of the thirty-ninth and fortieth reads (issue 12, bench/BRIEF_REVIEW.md, "summ31"): a
broadcast transcript's speaker labels in capitals ("JON SIEBEN: …") and a later sentence of a speaker's turn cut
from its label ("You know, if you want to …"). Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

NOV = dt.date(2019, 11, 20)
TRANSCRIPT = (
    "The council of Varn has closed the old bridge to Kell, and its rowers are angry.\n"
    "ODRA VESSLIN: The council of Varn voted on Tuesday to close the old bridge to Kell for repairs.\n"
    "Rowers like Ebbo Tarrenquist say the closure will cost the rowing club its whole season on the river.\n"
    "EBBO TARRENQUIST: It is a shame the old bridge to Kell has been closed, but I don't think it is the end of "
    "rowing on the river in Varn.\n"
    "ODRA VESSLIN: Do you think the council of Varn will listen to the rowers of Kell?\n"
    "EBBO TARRENQUIST: I don't think it should have happened. You know, if you want to train on the river, "
    "you need the bridge to Kell open in the spring.\n"
    "The council of Varn said the bridge would stay closed until the summer of next year.")


def _sentence(a: object, opening: str) -> object:
    return next(s for s in a.sentences if s.text.startswith(opening))  # type: ignore[attr-defined]


def test_a_broadcast_transcripts_capital_labels_are_speaker_labels() -> None:
    from storyline.summary.shape import speaker_label

    a = story(TRANSCRIPT, published=NOV)[0]
    assert speaker_label(a, _sentence(a, "EBBO TARRENQUIST: It is"))  # the name is the report's "Ebbo Tarrenquist"
    assert speaker_label(a, _sentence(a, "EBBO TARRENQUIST: I don't"))
    assert not speaker_label(a, _sentence(a, "Rowers like"))


def test_a_later_sentence_of_a_turn_in_its_speakers_voice_is_a_turns_line() -> None:
    from storyline.summary.shape import turn_line

    a = story(TRANSCRIPT, published=NOV)[0]
    assert turn_line(a, _sentence(a, "You know, if you want"))
    assert not turn_line(a, _sentence(a, "Rowers like"))  # the reporter's narration, third person
    assert not turn_line(a, _sentence(a, "The council of Varn said"))
    one = story("The council of Varn has closed the old bridge to Kell.\nWARNING: I am told the bridge is unsafe. "
                "You know, if you want to cross it, you should take the ferry.", published=NOV)[0]
    assert not turn_line(one, _sentence(one, "You know"))  # one capital label is no transcript


def test_no_item_of_a_transcript_carries_a_label_or_a_turn_cut_from_it() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(TRANSCRIPT, published=NOV), 200)]
    assert texts, texts
    assert not any(t.startswith(("EBBO TARRENQUIST:", "ODRA VESSLIN:", "You know")) for t in texts), texts
