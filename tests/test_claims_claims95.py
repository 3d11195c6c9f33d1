"""claims95: who tells a count and as of when (tellers.py), and a level not reached is no level (unmet.py). Our own
invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a relief
agency's huts, a ferry line's tickets, a county's road budget); each rule's test fails without it, and a guard beside
it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from claims_support import claims, figures, one
from storyline.claims import extract_claims
from storyline.model import Document
from storyline.pipeline import analyse


def _dated(*texts: tuple[str, dt.date]) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", published=d) for i, (t, d) in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def test_a_participle_of_saying_is_told_by_its_clauses_subject() -> None:
    m = one("The Red Lantern relief agency has appealed to both militias to spare the camps, saying at least 40 huts "
            "burned since early May.")
    assert m.speaker is not None and m.speaker.text == "The Red Lantern relief agency", m.speaker


def test_two_bodies_counts_are_no_update() -> None:
    rows = claims("Nearly 60 huts burned in the camp at Varra on May 3, the Red Lantern agency said on Tuesday.",
                  "The Blue Shield charity has appealed to the militias to spare the camps, saying 45 huts burned in "
                  "the camp at Varra on May 3.")
    row = next(r for r in rows if r["verdict"] == "differ")
    assert not row.get("update"), row
    assert {m["speaker"] for m in row["mentions"]} == {"the Red Lantern agency", "The Blue Shield charity"}, row


def test_a_count_as_of_a_moment_then_grown_is_an_update() -> None:
    rows = _dated(("As of Monday, the ferry line said it had sold 900 tickets for the island festival.",
                   dt.date(2031, 6, 2)),
                  ("The ferry line has sold 1,300 tickets for the island festival.", dt.date(2031, 6, 4)))
    row = next(r for r in rows if r["verdict"] == "differ")
    assert row.get("update"), row


def test_a_larger_count_as_of_a_moment_in_the_earlier_report_is_no_update() -> None:
    rows = _dated(("As of Monday, the ferry line said it had sold 1,300 tickets for the island festival.",
                   dt.date(2031, 6, 2)),
                  ("The ferry line has sold 900 tickets for the island festival.", dt.date(2031, 6, 4)))
    row = next(r for r in rows if r["verdict"] == "differ")
    assert not row.get("update"), row


def test_a_level_not_reached_is_no_measured_level() -> None:
    rows = claims("Last year Dunmore County spent 2.1 percent of its budget on roads.",
                  "Dunmore County hasn't been spending 3 percent of its budget on roads.")
    assert not any(r["verdict"] == "differ" for r in rows), rows


def test_a_target_missed_is_no_rebuttal_of_the_target() -> None:
    rows = claims("The state asks every county to spend at least 3 percent of its budget on roads, the governor said.",
                  "Dunmore County hasn't been spending 3 percent of its budget on roads, the state auditor said.")
    assert not any(r["verdict"] == "contested" for r in rows), rows


def test_a_negation_that_picks_out_who_denies_nothing() -> None:
    m = one("Counties that don't spend 3 percent of their budget on roads are now raising their road budgets.")
    assert not m.negated and not m.rebuttal, m


# guards: a negated share of the strikes against the same share asserted stays a dispute; a quote's "saying" with
# its own subject keeps it


def test_a_negated_subjects_share_against_it_asserted_stays_contested() -> None:
    rows = claims("The ministry said 90 percent of the drone strikes hit the rebel depots.",
                  "A monitoring group said 90 percent of the drone strikes did not hit the rebel depots.")
    assert any(r["verdict"] == "contested" for r in rows), rows


def test_a_named_speaker_of_saying_stays() -> None:
    m = one("The mayor said 40 huts burned in the camp at Varra.")
    assert m.speaker is not None and m.speaker.text == "The mayor", m.speaker


def test_a_participle_of_showing_has_no_teller() -> None:
    ms = figures("The ferry line's ticket index jumped by 0.4 percent in May, showing a 1.9-percent increase for the "
                 "year.")
    assert ms and all(m.speaker is None or "index" not in m.speaker.text for m in ms), [m.speaker for m in ms]
