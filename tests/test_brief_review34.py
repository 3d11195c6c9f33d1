"""The summary faults the twenty-second read left open (issue 12, bench/BRIEF_REVIEW.md, "summ20"): a quotation's
speaker's tag split from it; "the …" of an opening phrase introduced in no item though the item quotes; a surname
whose full name ends in a suffix ("Jr."); a quoting item's subject by surname when the quotation is in the joined
sentence only; a quotation whose speaker the reader never met; an opening general remark of "the … of" a kind; a
general remark with a modal and a share; a kind the parse takes for a name. Fixtures are made up for these tests;
none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

NOV = dt.date(2019, 11, 20)  # a Wednesday

# --- a quotation's speaker's tag split off after its own stop -----------------------------------------------------


def test_a_speakers_tag_in_lower_case_after_a_closed_quotation_stays_with_it() -> None:
    a = story("Deputies broke into the barn in Varn on Monday. \"Drop it! Drop the rake!\" a deputy yelled. "
              "The farmer came out.", published=NOV)[0]
    texts = [s.text for s in a.sentences]
    assert "a deputy yelled." not in texts, texts  # no sentence of the tag alone
    assert any(t.endswith("Drop the rake!\" a deputy yelled.") for t in texts), texts
    assert texts[-1] == "The farmer came out.", texts
