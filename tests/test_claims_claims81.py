"""claims81: what a claims row says, read from the figure's own phrase, by kind: its unit (a volume in cubic feet,
its rate per second and its conversion), its speaker (a group that claimed an act is no speaker of the toll), its
noun. Our own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has
(a canal's locks, a mine's pumps, a hill race, a rebel raid on a depot); each rule's test fails without it, and a
guard beside it keeps what must stay.
"""

from __future__ import annotations

from claims_support import claims, figures

# a volume in cubic feet is a measure (lexicon units.tsv): its rate per second and its bracketed conversion with it


def test_cubic_feet_per_second_is_a_rate_of_volume_with_its_conversion() -> None:
    rows = claims("The canal authority said the pumps were moving 40,000 cubic feet (1,130 cubic metres) of water "
                  "per second out of the flooded locks.")
    assert len(rows) == 1, [r["what"] for r in rows]
    assert rows[0]["what"].endswith("per second") and "(ft3)" in rows[0]["what"], rows[0]["what"]


def test_cubic_feet_is_a_volume() -> None:
    ms = figures("The mine's sump holds 9,000 cubic feet of water.")
    assert [(m.value, m.dimension, m.unit_code) for m in ms] == [(9000, "volume", "ft3")], \
        [(m.text, m.dimension, m.unit_code) for m in ms]


# a group that claimed an act is no speaker (cue_senses.taken_deed)


def test_a_group_that_claimed_the_raid_is_no_speaker_of_the_next_toll() -> None:
    rows = claims("The Red Dawn group claimed the raid on the fuel depot in a statement on its website, saying it had "
                  "targeted the army. At least 14 guards were killed.")
    guards = next(m for r in rows for m in r["mentions"] if m["value"] == 14)
    assert guards["speaker"] is None, guards


def test_a_group_that_claimed_responsibility_is_no_speaker_of_its_clause() -> None:
    rows = claims("The Red Dawn group has claimed responsibility for a string of raids on fuel depots, including "
                  "one in May that killed 9 guards.")
    guards = next(m for r in rows for m in r["mentions"] if m["value"] == 9)
    assert guards["speaker"] is None, guards


def test_a_group_that_claimed_a_figure_still_reports_it() -> None:
    rows = claims("The Red Dawn group claimed that 14 guards died in the raid.")
    guards = next(m for r in rows for m in r["mentions"] if m["value"] == 14)
    assert guards["speaker"] == "The Red Dawn group", guards


# a verb of saying or believing whose passive hands its subject to a "to" clause is no row's verb (raising.py)


def test_a_count_believed_to_do_a_thing_is_told_by_that_thing() -> None:
    rows = claims("About 400 pickers are believed to work in the orchards every autumn.")
    assert [r["what"] for r in rows] == ["pickers that work"], [r["what"] for r in rows]


def test_a_count_said_to_have_gone_is_told_by_its_going() -> None:
    rows = claims("Some 60 runners are said to have quit the hill race before the second peak.")
    assert len(rows) == 1 and "said" not in rows[0]["what"] and "quit" in rows[0]["what"], [r["what"] for r in rows]


def test_a_count_that_says_stays_the_speakers_count() -> None:
    rows = claims("About 40 runners said the hill race was too steep.")
    assert len(rows) == 1 and "said" in rows[0]["what"], [r["what"] for r in rows]
