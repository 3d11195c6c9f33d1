"""The learned entity check (issue 12, bench/BRIEF_REVIEW.md, "ents26"; ``entities/learned.py``, off in
``data/entity_check.json``): a logistic regression over what the stage knows of each listed name drops, when on,
the names whose junk probability reaches the threshold, places aside. Fixtures are made up; none comes from the
bench. The model in the tests is made by hand (one weight on one feature) so that each test fails without the
check."""

from __future__ import annotations

from storyline.entities import learned
from storyline.entities.corroboration import Support
from storyline.model import Entity

TEXTS = ["MARSHLANDS\nAnna Quarrow of the Fenwick Trust said on Monday the dam would hold. Quarrow said more.",
         "Dam holds, says trust\nAnna Quarrow spoke in Aldmouth."]


def _model(feature: str, weight: float = 10.0, bias: float = -5.0, on: bool = True) -> learned.CheckModel:
    n = len(learned.FEATURES)
    weights = [weight if f == feature else 0.0 for f in learned.FEATURES]
    return learned.CheckModel({"on": on, "threshold": 0.5, "features": list(learned.FEATURES), "mean": [0.0] * n,
                               "scale": [1.0] * n, "weights": weights, "bias": bias})


def _e(name: str, kind: str = "org") -> tuple[Entity, Support]:
    return Entity(name=name, kind=kind, aliases=[], docs=["a"]), Support(1)  # type: ignore[arg-type]


def test_the_shipped_check_loads_and_is_off() -> None:
    model = learned.load_check()
    assert model.on is False
    assert 0.0 < model.threshold <= 1.0
    entities = [_e("MARSHLANDS"), _e("Anna Quarrow", "person")]
    assert learned.without_junk(entities, TEXTS) == entities


def test_a_name_the_model_calls_junk_is_dropped_when_on() -> None:
    entities = [_e("MARSHLANDS"), _e("Fenwick Trust"), _e("Anna Quarrow", "person")]
    kept = learned.without_junk(entities, TEXTS, on=True, model=_model("all_capitals"))
    assert [e.name for e, _ in kept] == ["Fenwick Trust", "Anna Quarrow"]


def test_places_are_never_dropped() -> None:
    entities = [_e("MARSHLANDS", "place")]
    assert learned.without_junk(entities, TEXTS, on=True, model=_model("all_capitals")) == entities


def test_off_keeps_every_name_whatever_the_model() -> None:
    entities = [_e("MARSHLANDS")]
    assert learned.without_junk(entities, TEXTS, on=False, model=_model("all_capitals")) == entities
    assert learned.without_junk(entities, TEXTS, model=_model("all_capitals", on=False)) == entities


def test_the_features_read_how_the_story_writes_the_name() -> None:
    row = dict(zip(learned.FEATURES, learned.features(*_e("Anna Quarrow", "person"), TEXTS), strict=True))
    assert row["person"] == 1.0 and row["org"] == 0.0
    assert row["words"] == 2.0 and row["given_first"] == 1.0
    assert row["starts"] == 1.0  # both times at a line's start
    assert row["in_title"] == 0.0
    heading = dict(zip(learned.FEATURES, learned.features(*_e("MARSHLANDS"), TEXTS), strict=True))
    assert heading["all_capitals"] == 1.0 and heading["in_title"] == 1.0 and heading["in_heading"] == 1.0
    trust = dict(zip(learned.FEATURES, learned.features(*_e("Fenwick Trust"), TEXTS), strict=True))
    assert trust["after_the"] == 1.0 and trust["after_of"] == 1.0 and trust["org_word"] == 1.0


def test_a_model_for_other_features_is_refused() -> None:
    doc = {"on": True, "threshold": 0.5, "features": ["person"], "mean": [0.0], "scale": [1.0], "weights": [1.0],
           "bias": 0.0}
    try:
        learned.CheckModel(doc)
    except ValueError:
        return
    raise AssertionError("a model over other features was accepted")
