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


def test_a_claim_that_holds_a_figure_still_reports_it() -> None:
    rows = claims("Mr Dale claimed losses of $4.5 million on his tax return.")
    losses = next(m for r in rows for m in r["mentions"] if m["value"] == 4_500_000)
    assert losses["speaker"] == "Mr Dale", losses


# a verb of saying or believing whose passive hands its subject to a "to" clause is no row's verb (raising.py)


def test_a_count_believed_to_do_a_thing_is_told_by_that_thing() -> None:
    rows = claims("About 400 pickers are believed to work in the orchards every autumn.")
    assert [r["what"] for r in rows] == ["pickers that work in the orchards"], [r["what"] for r in rows]  # (claims99)


def test_a_count_said_to_have_gone_is_told_by_its_going() -> None:
    rows = claims("Some 60 runners are said to have quit the hill race before the second peak.")
    assert len(rows) == 1 and "said" not in rows[0]["what"] and "quit" in rows[0]["what"], [r["what"] for r in rows]


def test_a_count_that_says_stays_the_speakers_count() -> None:
    rows = claims("About 40 runners said the hill race was too steep.")
    assert len(rows) == 1 and "said" in rows[0]["what"], [r["what"] for r in rows]


# "each" / "apiece" after a figure, or floating before its verb: a figure per holder (rates._each)


def test_a_sum_each_is_told_per_holder() -> None:
    rows = claims("The growers said the pickers have received wages ranging from $300 to $500 each.")
    assert len(rows) == 1 and rows[0]["what"].endswith(" each"), [r["what"] for r in rows]


def test_a_count_apiece_is_told_per_holder() -> None:
    rows = claims("The two ferry lines carried 900 cars apiece.")
    assert [r["what"].endswith(" each") for r in rows] == [True], [r["what"] for r in rows]


def test_a_floating_each_gives_the_object_per_holder() -> None:
    ms = figures("Five bakeries each paid $3,000 for the stalls.")
    fee = next(m for m in ms if m.value == 3000)
    assert fee.per == "each", (fee.text, fee.per)


def test_a_sum_with_no_each_is_a_total() -> None:
    ms = figures("Five bakeries paid $3,000 for the stalls, each of them a family firm.")
    fee = next(m for m in ms if m.value == 3000)
    assert fee.per == "", (fee.text, fee.per)


# a copula's noun is what a span is the length of, even when the parse hangs the span inside its phrase
# (predicates._held_span)


def test_a_span_hung_in_a_copulas_noun_is_that_nouns_length() -> None:
    rows = claims("The harbour has been a landing place for the island's ferries for more than 60 years.")
    assert [r["what"] for r in rows] == ["harbour landing place (yr)"], [r["what"] for r in rows]


def test_a_years_modifier_stays_the_nouns_own() -> None:
    rows = claims("The harbour was sold on a 60-year lease.")
    assert all("landing" not in r["what"] for r in rows), [r["what"] for r in rows]


# a length told with a size adjective is that size of the adjective's holder (dimensions.py)


def test_a_fronted_height_is_the_clauses_subjects_height() -> None:
    rows = claims("At 90 metres high, the lighthouse, built in 1880, is the tallest in the county.")
    assert [r["what"] for r in rows if r["mentions"][0]["value"] == 90] == ["height of lighthouse (m)"], \
        [r["what"] for r in rows]


def test_a_copulas_distance_is_its_subjects() -> None:
    rows = claims("The nearest ferry port to the island is around 40km away.")
    assert [r["what"] for r in rows] == ["distance of nearest ferry port (km)"], [r["what"] for r in rows]


def test_a_margin_is_told_by_its_comparison() -> None:
    rows = claims("The new mast is 300 feet high, making it 20 feet taller than the old Radio Tower.")
    margin = [r["what"] for r in rows if r["mentions"][0]["value"] == 20]
    assert margin and margin[0].startswith("taller than old Radio Tower"), [r["what"] for r in rows]


def test_a_length_with_its_own_noun_keeps_it() -> None:
    rows = claims("The ferry sailed 40 kilometres of open sea.")
    assert all("distance of" not in r["what"] and "height" not in r["what"] for r in rows), [r["what"] for r in rows]


# a count of the sources is no row: "according to three officials, who said …" (source_counts.py)


def test_a_count_of_the_officials_a_report_is_according_to_is_no_row() -> None:
    rows = claims("The fire began in the bakery's oven, according to three fire officials, who said at least 40 "
                  "homes were damaged.")
    assert [r["mentions"][0]["value"] for r in rows] == [40], [(r["what"], r["mentions"][0]["value"]) for r in rows]
