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


def _last_span(text: str) -> object:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[-1])


def test_a_number_after_the_with_no_noun_stands_for_things_named_before() -> None:
    from storyline.summary.antecedents import bare_count

    assert bare_count(_last_span("The most notorious of the three is Ebbo Tarrenquist, who founded the club."))
    assert bare_count(_last_span("The mayor won Varn and Kell, but lost the other four."))
    assert not bare_count(_last_span("Ann Roth and Bo Dahl met in 2001, and the two married in 2005."))
    assert not bare_count(_last_span("The three men were arrested on Tuesday."))
    assert not bare_count(_last_span("The team finished in the top three for the second time."))
    assert not bare_count(_last_span("Police arrested two of the three suspects on Tuesday."))


def test_a_sentence_of_the_three_is_not_shown_without_them() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(
        "The council of Varn voted on Tuesday to rename streets in the old quarter of Kell.\n"
        "Six streets of the old quarter are named for merchants of the salt trade.\n"
        "Residents of Kell filed 200 complaints against the plan, the council said.\n"
        "The council of Varn will rename three of the streets in the spring, its mayor Ann Roth said.\n"
        "The most notorious of the three is Ebbo Tarrenquist, who sold salt to the navy of Varn and Kell "
        "for forty years.\n"
        "The council of Varn said the other streets would keep their names until next year.",
        published=NOV), 100)]
    assert not any(t.startswith("The most notorious of the three") for t in texts), texts
    assert any(t.startswith("The council of Varn will rename three") and "of the three is" in t for t in texts), texts


def test_the_idea_and_the_move_bare_echo_what_was_told_before() -> None:
    from storyline.summary.antecedents import definite_echo

    assert definite_echo(_last_span("The idea is that rowers could soon train on the river at night."))
    assert definite_echo(_last_span("The move has been met with resistance from the rowers of Kell."))
    assert not definite_echo(_last_span("The idea of a night race on the river came from the rowers."))
    assert not definite_echo(_last_span("The move to Kell was approved by the council on Tuesday."))


def test_a_pronoun_after_so_far_or_a_phrase_of_our_times_leans_on_the_sentence_before() -> None:
    from storyline.summary.openers import pronoun_after_date

    assert pronoun_after_date("In 2019 so far, they've already released 200 metric tons of the gas.")
    assert pronoun_after_date("These days, he coaches rowers in Kell.")
    assert pronoun_after_date("At present, she lives in Varn.")
    assert not pronoun_after_date("These days the rowing club of Kell trains in Varn.")
    assert not pronoun_after_date("These days, it is rare to see a rower on the river.")
