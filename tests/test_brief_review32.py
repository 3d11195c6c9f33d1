"""The summary faults the eighteenth to twentieth reads left open (issue 12, bench/BRIEF_REVIEW.md, "summ18"): a
press release's ordinary-case dateline under a one-sentence standfirst, a definition or a general present-tense
remark as an item, the lede's figure told again with its count, and an item leaning on a referent no earlier item
introduces. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.summary.title_datelines import opening_datelines

NOV = dt.date(2019, 11, 20)

# --- a press release's dateline under its standfirst ----------------------------------------------------------------


def test_a_dateline_under_a_one_sentence_standfirst_is_found() -> None:
    release = ("Though banner ads are the most common kind of display unit, video units earn the most per view.\n"
               "Boston, MA – The range of display units now sold has pushed display spending past print in 2018, "
               "according to an analysis by the firm. The firm studied 40 million ad views.")
    analyses = story(release, published=NOV)
    second = analyses[0].sentences[1]
    assert second.text.startswith("Boston, MA –")
    assert opening_datelines(analyses) == {("d0", second.start): len("Boston, MA – ")}


def test_a_dash_in_a_later_paragraph_is_no_dateline() -> None:
    report = ("Banner ads are the most common kind of display unit. Video units earn the most per view.\n"
              "Boston, MA – The range of display units now sold has pushed display spending past print in 2018.")
    assert opening_datelines(story(report, published=NOV)) == {}
