"""The timeline faults the thirty-third and thirty-fourth reads found (bench/BRIEF_REVIEW.md, "time29"): a mention's
clause cut from a sentence another date shows whole. Fixtures are made up for these tests; none comes from the bench
or the pool."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

NOV6 = dt.date(2023, 11, 6)


def test_a_mentions_clause_cut_from_a_sentence_shown_whole_is_no_entry() -> None:
    got = timeline_rows("As the deputy director of the port authority, he appeared alongside the harbour master at a "
                        "November 2003 press conference on ferry safety, and testified before the city council's "
                        "transport committee in March 2007.", published=NOV6)
    assert [(d, m) for d, m, _, _ in got] == [("2007-03", False)], got
    assert got[0][3].endswith("in March 2007."), got


def test_a_mentions_clause_of_its_own_sentence_stays() -> None:
    got = timeline_rows("He appeared alongside the harbour master at a November 2003 press conference on ferry "
                        "safety.\n"
                        "He testified before the city council's transport committee in March 2007.", published=NOV6)
    assert sorted(d for d, _, _, _ in got) == ["2003-11", "2007-03"], got
