"""inputs56: an embedded post's words after the report's closing quotation mark, and a promo's short imperative
(clean/inlineparts.py, ``POST_WORDS``).

A post embedded in a record's one-paragraph text often loses its quotation: its words run on right after the report's
sentence that closes a quotation, then its link and signature. Its words speak in the poster's voice ("we", "you"),
the report's own sentences of others. A site's promo pairs a sign-up line with a short imperative ("Never miss a
story."), which no rule read as a call-out. Made-up records of a city marathon and a garden show; each positive test
fails without its rule.
"""

from __future__ import annotations

import pytest

from storyline.clean import inlineparts
from storyline.clean.inlineparts import cut_inline_furniture
from storyline.clean.lines import Line

OPENING = ("Runners in the Kelbridge marathon crossed the line in record heat on Sunday. Organisers said 12,000 "
           "people had started the race, the most in its history. ")
CLOSING = (" The winner, a teacher from the coast, finished in two hours and eleven minutes. Medics treated 40 "
           "runners for heat exhaustion. The council will review the race's date next year.")
SIGNATURE = " pic.twitter.com/k3Lm9pQ — Kelbridge Runners (@kelbridgerun) April 9, 2017"


def _cut(text: str) -> tuple[str, list[str]]:
    line = Line(text)
    cut_inline_furniture(line)
    return line.text, [p.text for p in line.parts]


def test_a_posts_words_after_the_reports_closing_quotation_mark_go_with_its_signature() -> None:
    post = "What a day for our city. Thank you to every volunteer who handed out water!"
    text = OPENING + 'The mayor said: "It was a day to remember." ' + post + SIGNATURE + CLOSING
    kept, cut = _cut(text)
    assert "What a day" not in kept and "every volunteer" not in kept, kept
    assert 'The mayor said: "It was a day to remember."' in kept and "The winner" in kept
    assert cut == [post + SIGNATURE]


def test_a_lost_character_after_the_closing_mark_is_no_matter() -> None:
    post = "We did it, all of us together."
    kept, _ = _cut(OPENING + 'The mayor said: "It was a day to remember."? ' + post + SIGNATURE + CLOSING)
    assert "We did it" not in kept and "a day to remember" in kept


def test_the_reports_own_sentence_before_a_post_is_kept() -> None:
    own = "Spectators lined the bridge over the river for hours."  # of others: no first or second person
    kept, _ = _cut(OPENING + 'The mayor said: "It was a day to remember." ' + own + SIGNATURE + CLOSING)
    assert own in kept and "pic.twitter.com" not in kept


def test_an_all_capitals_us_is_no_voice() -> None:
    own = "Two runners from the US finished third and fourth."
    kept, _ = _cut(OPENING + 'The mayor said: "It was a day to remember." ' + own + SIGNATURE + CLOSING)
    assert own in kept


def test_a_promos_short_imperative_goes_with_the_sign_up_line() -> None:
    for promo in ("Never miss a story. Sign up for our weekly newsletter and get the best of the show in your inbox.",
                  "Sign up for our weekly newsletter and get the best of the show in your inbox. Never miss a story."):
        text = ("Roses from a village nursery won the gold medal at the Aldbury garden show on Tuesday. The judges "
                "praised a bed of old climbing varieties. " + promo + " The show closes on Saturday. About 90,000 "
                "visitors are expected.")
        kept, cut = _cut(text)
        assert "Never miss" not in kept and "Sign up" not in kept, kept
        assert cut == [promo] and "The show closes on Saturday." in kept


def test_an_imperative_of_the_report_with_no_promo_is_kept() -> None:
    text = ("Roses from a village nursery won the gold medal at the Aldbury garden show on Tuesday. The judges "
            "praised a bed of old climbing varieties. Keep the roots moist, the head gardener advised. The show "
            "closes on Saturday. About 90,000 visitors are expected.")
    assert _cut(text)[1] == []


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlineparts, "POST_WORDS", False)
    post = "What a day for our city. Thank you to every volunteer who handed out water!"
    kept, _ = _cut(OPENING + 'The mayor said: "It was a day to remember." ' + post + SIGNATURE + CLOSING)
    assert "What a day for our city." in kept
