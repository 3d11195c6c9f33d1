"""A learned pair model for grouping (claims30): the probability that two mentions are one figure.

Grouping's hand rules (grouping.py) decide pairs by kinds seen in the dev and held-out sets. This module scores a
pair with a logistic regression over signals grouping already computes (the rules' own decision among them) and
cheap ones beside them: the values' ratio and agreement, qualifiers, units and rates, head nouns and their kin,
the clauses' word overlap, MiniLM cosines of the two sentences and of the two figure phrases, the place relation,
scope and occasion flags, named participants, same report, time and background flags.

``features`` is the one place that turns a pair into the model's input. bench/claims_pair_cv.py trains and checks
the model leave-one-set-out on the seen claims sets (claims30: it did not beat the rules there, so no weights are
shipped and grouping does not use it; bench/CLAIMS_NOTES.md, "claims30").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .extract import calendar_dates
from .figure_mention import FigureMention
from .kin import WEAK_EVENTS, heads_kin, people_kin, words_kin
from .verdicts import Rates, distinctive, qualifier_kind, values_agree

RELATIONS = ("same", "wider", "narrower", "different", "apart")
FEATURES = (
    "rule", "told_again", "same_value", "log_ratio", "values_agree", "qualifier_same", "vague",
    "unit_same", "per_same", "head_same", "heads_kin", "no_heads", "event_same", "event_weak", "class_same",
    "class_clash", "overlap", "cos_sentence", "cos_phrase", *(f"place_{r}" for r in RELATIONS), "scope_apart",
    "occasions_apart", "actors_share", "actors_apart", "participants_share", "same_doc", "dates_apart",
    "background_apart", "distinctive", "update", "person_unit", "people_kin", "count", "percent", "money",
)


@dataclass(frozen=True, slots=True)
class Signals:
    """What grouping.py computes of a pair, handed to ``features``."""

    rule: bool
    told_again: bool
    overlap: float
    relation: str
    scope_apart: bool
    occasions_apart: bool
    background_apart: bool


def features(a: FigureMention, b: FigureMention, s: Signals, rates: Rates, cos: tuple[float, float]) -> list[float]:
    """The model's input for one pair, in the order of ``FEATURES``."""
    va, vb = max(abs(a.value * a.factor), 1e-9), max(abs(b.value * b.factor), 1e-9)
    da, db = calendar_dates(a.times), calendar_dates(b.times)
    row = [
        s.rule, s.told_again, a.value == b.value and a.high == b.high, min(abs(math.log(va / vb)), 5.0),
        values_agree([a, b], rates), qualifier_kind(a.qualifier) == qualifier_kind(b.qualifier), a.vague or b.vague,
        a.unit.lower() == b.unit.lower(), a.per == b.per, bool(a.head) and a.head == b.head,
        bool(a.head and b.head) and (words_kin(a.head, b.head) or heads_kin(a, b)), not a.head and not b.head,
        a.event is not None and a.event == b.event, a.event in WEAK_EVENTS or b.event in WEAK_EVENTS,
        a.event_class is not None and a.event_class == b.event_class,
        bool(a.event_class and b.event_class and a.event_class != b.event_class), s.overlap, cos[0], cos[1],
        *(s.relation == r for r in RELATIONS), s.scope_apart, s.occasions_apart, bool(a.actors & b.actors),
        bool(a.actors and b.actors and not a.actors & b.actors), bool(a.participants & b.participants),
        a.doc == b.doc, bool(da and db and not da & db), s.background_apart,
        distinctive(a.value, a.percent) and a.value == b.value, a.update or b.update, a.person_unit or b.person_unit,
        a.dimension == "count" and people_kin(a, b), a.dimension == "count", a.dimension == "percent",
        a.dimension == "money",
    ]
    return [float(x) for x in row]
