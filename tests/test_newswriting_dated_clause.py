"""A present-tense sentence whose earlier full date hangs on a past-tense clause below its main verb is a
statement of the story, not a caption (the twenty-sixth read's "Photo caption:" on a body sentence)."""

from __future__ import annotations

import datetime as dt

from storyline.newswriting import present_dated_past
from storyline.nlp import get_nlp

PUBLISHED = dt.date(2019, 11, 20)


def test_a_date_of_a_past_clause_below_a_present_main_verb_is_no_caption() -> None:
    nlp = get_nlp()
    body = nlp("Roughly 4,000 Varnish troops remain in Eldoria, 12 years after Kestrel invaded the country in the "
               "wake of the March 3, 2007 bombings.")[:]
    assert not present_dated_past(body, PUBLISHED)


def test_a_caption_with_its_date_on_the_present_verb_stays_a_caption() -> None:
    nlp = get_nlp()
    assert present_dated_past(nlp("In this Aug. 15, 2014 file photo, Dara Quill leaves a Kestrel courtroom.")[:],
                              PUBLISHED)
    assert present_dated_past(nlp("A Varnair A320 lands at Port Kestrel Airport on March 28, 2007.")[:], PUBLISHED)
