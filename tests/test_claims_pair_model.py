"""claims30: the learned pair model's features (pair_model.features) and the rules' pair decision it reads."""

from __future__ import annotations

from storyline.claims.figure_mention import FigureMention
from storyline.claims.grouping import Places, compatible, pair_signals, rule_pair
from storyline.claims.pair_model import FEATURES, features
from storyline.claims.verdicts import Rates


def _m(doc: str, value: float, head: str, event: str, places: list[str]) -> FigureMention:
    return FigureMention(doc=doc, doc_index=int(doc[1]), start=10, end=15, text=str(value), value=value, low=value,
                         high=value, qualifier=None, vague=False, unit=head + "s", head=head, event=event,
                         event_text=event, event_class=None, role="object", places=places, places_direct=True,
                         sentence=(0, 40), context=frozenset({"flood", event, head}))


def test_features_of_one_figure_told_twice_and_of_two_places() -> None:
    places, rates = Places([], {"d0": "x" * 60, "d1": "y" * 60}), Rates(2020)
    a, b = _m("d0", 40, "house", "destroy", ["Lima"]), _m("d1", 40, "house", "destroy", ["Lima"])
    c = _m("d1", 75, "house", "destroy", ["Quito"])
    same = dict(zip(FEATURES, features(a, b, pair_signals(a, b, places, rates, True), rates, (0.9, 0.8)),
                    strict=True))
    apart = dict(zip(FEATURES, features(a, c, pair_signals(a, c, places, rates, True), rates, (0.2, 0.1)),
                     strict=True))
    assert same["same_value"] == same["head_same"] == same["place_same"] == same["rule"] == 1.0
    assert same["overlap"] == 1.0 and same["cos_sentence"] == 0.9 and same["log_ratio"] == 0.0
    assert apart["same_value"] == 0.0 and apart["place_different"] == 1.0 and apart["log_ratio"] > 0.5
    assert rule_pair(a, b, places, rates, True) == compatible(a, b, places, rates)
