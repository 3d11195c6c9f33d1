"""A line in capitals that asks the reader to act is an outlet promo (inputs27, kind a).

Made-up lines: a site shouting an app or subscription prompt mid-article ("GET THE TRIBUNE ON THE GO BY
CLICKING HERE") is furniture wherever it sits; the capitals are the cue and a call-to-action word confirms it.
A capitals headline with no such word, and a sentence in ordinary case that uses the words, are kept by this rule.
"""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.rules import classify_line
from storyline.model import RawDocument

TITLE = "Harbour ferry fares rise for the first time in a decade"
P1 = (
    "Ferry fares across the harbour will rise by 40 cents from March, the transport authority said on Tuesday, "
    "the first increase since 2014."
)
P2 = "The authority said fuel costs had doubled over the decade and that the subsidy no longer covered them."
P3 = "Commuter groups said the rise would hit shift workers hardest and asked for a weekly cap."
P4 = "The board will vote on the cap at its meeting next month, a spokeswoman said."


@pytest.mark.parametrize(
    "line",
    [
        "GET THE VALLEY TRIBUNE ON THE GO BY CLICKING HERE",
        "KEEP UP WITH THE HARBOUR NEWS: INSTALL OUR FREE APP TODAY",
        "NEVER MISS A GOAL: SIGN UP TO COAST FM ALERTS ON YOUR PHONE",
        "FOR THE LATEST SCORES, TAP THE BELL ICON",
    ],
)
def test_a_shouted_call_to_action_is_an_outlet_promo(line: str) -> None:
    assert classify_line(line) == "outlet promo"


@pytest.mark.parametrize(
    "line",
    [
        "FERRY OPERATOR 'PROUD' OF CREWS WHO KEPT BOATS RUNNING",  # a capitals headline: no call to action
        "Readers can download the timetable from the authority's website, she said.",  # ordinary case
        "CLICK",  # too short to be a prompt by this rule
    ],
)
def test_capitals_without_a_call_to_action_or_a_plain_sentence_are_not_shouted_prompts(line: str) -> None:
    assert classify_line(line) != "outlet promo"


def test_a_shouted_prompt_mid_article_is_removed_and_the_paragraphs_kept() -> None:
    prompt = "GET THE VALLEY TRIBUNE ON THE GO BY CLICKING HERE"
    text = "\n\n".join([TITLE, P1, P2, prompt, P3, P4])
    doc = clean_document(RawDocument(id="doc.txt", text=text))
    assert doc.text.split("\n") == [P1, P2, P3, P4]
    assert {r.text: r.reason for r in doc.removed}[prompt] == "outlet promo"
