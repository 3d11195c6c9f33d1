"""One act across reports, joined only when it is one (time59, issue 12; time58 redone): a subject set beside a
person's name is that person, another than a namesake's; a name that says where an act took place is its setting, no
participant; a line joined by its act family and a name cites only the reports whose own line states it. Fixtures are
made up for these tests; none comes from the pool or the bench."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from storyline.timeline.resolution import DateValue
from storyline.timeline.same_act import FAMILY, one_act, one_act_once
from test_timeline_time56 import _rows  # (date, cited reports, text, other reading) of each entry

AUG = dt.date(2031, 8, 4)


def test_a_brother_named_beside_his_noun_is_another_actor_than_his_sister() -> None:
    got = _rows(("Her brother Anthony Holloway joined the Kelbridge Harbour Board in 1975.", AUG),
                ("Marguerite Holloway joined the Kelbridge Harbour Board on May 2, 1975.", AUG))
    assert sorted(d for d, _, _, _ in got) == ["1975", "1975-05-02"], got


def test_two_births_of_one_year_in_one_town_stay_two() -> None:
    # the town is where each was born, no participant of either birth
    got = _rows(("Her brother was born in 1952 in a Kelbridge nursing home.", AUG),
                ("Marguerite Anne Holloway was born on March 3, 1952, in the Harbour Street district of Kelbridge.",
                 AUG))
    assert sorted(d for d, _, _, _ in got) == ["1952", "1952-03-03"], got


def test_a_town_an_act_is_done_to_is_still_its_participant() -> None:
    # guard: "Darrow" is what was taken in one line and what was declared liberated in the other, no setting
    got = _rows(("Rebel fighters seized Darrow in June, the army said.", AUG),
                ("In June, the government declared Darrow fully liberated after weeks of fighting.", AUG))
    assert [d for d, _, _, _ in got] == ["2031-06"], got


def _entry(doc: str, text: str) -> Any:
    """A day's entry of ``doc`` that tells a release in its own words (family ``release``, participant Tarnby)."""
    return SimpleNamespace(value=DateValue(2031, 8, 1, "day"), citations=[(doc, 0, len(text))], text=text,
                           caption=False, relation=None, future=False, mention=False,
                           acts=frozenset({FAMILY + "release", doc}), parties=frozenset({doc}),
                           names=frozenset({"tarnby"}))


def _judge(says: bool) -> Any:
    def same(pairs: Sequence[tuple[str, str]]) -> list[bool]:
        return [says] * len(pairs)
    return same


def test_a_line_joined_by_its_family_cites_only_reports_whose_line_states_it() -> None:
    a = _entry("d0", "The Tarnby organiser was released from police custody on Friday, a day after his conviction.")
    b = _entry("d1", "Officials in Tarnby freed the organiser on bail on Friday, bowing to the marchers.")
    (kept,) = one_act_once([a, b], _judge(False))
    assert {d for d, _, _ in kept.citations} == {"d0"}, kept
    (kept,) = one_act_once([a, b], _judge(True))
    assert {d for d, _, _ in kept.citations} == {"d0", "d1"}, kept


def test_the_line_more_reports_state_is_the_one_kept() -> None:
    a = _entry("d0", "The Tarnby organiser was released from police custody on Friday, a day after his conviction.")
    b = _entry("d1", "The Tarnby organiser was released on Friday.")
    c = _entry("d2", "Officials in Tarnby freed the organiser on bail on Friday, bowing to the marchers.")

    def states_b(pairs: Sequence[tuple[str, str]]) -> list[bool]:  # each passage states d1's plain line
        return [s == b.text for s, _ in pairs]

    (kept,) = one_act_once([a, b, c], states_b)
    assert kept.text == b.text and {d for d, _, _ in kept.citations} == {"d0", "d1", "d2"}, kept


def test_two_mentions_told_with_one_verb_and_one_party_are_one_act() -> None:
    # as at time56: two reports' "refused to shake hands" with the chancellor on Friday, each a mention
    def mention(doc: str, text: str) -> Any:
        return SimpleNamespace(value=DateValue(2031, 8, 1, "day"), citations=[(doc, 0, len(text))], text=text,
                               caption=False, relation=None, future=False, mention=True,
                               acts=frozenset({"shake"}), parties=frozenset({"hand"}),
                               names=frozenset({"angela merkel"}))
    a = mention("d0", "When it came to shaking hands with Angela Merkel on Friday, the president sat still.")
    b = mention("d1", "The president may have ignored requests to shake hands with Angela Merkel on Friday.")
    assert one_act(a, b, 0.52)
    assert not one_act(a, b, 0.45)
