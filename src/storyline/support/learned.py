"""The judge's learned part: features of a (sentence, passage) pair and two logistic regressions.

The conflicts that rule a citation out (different figures, a negated or hedged claim, another
actor, day or quotation) are rules; everything else is a matter of degree (how much of the
claim the passage carries, whether it has the claim's names, verb and phrasing, how close the
model's vectors are) and is weighed by a logistic regression learned from the dev split of
``bench/citations/pairs.jsonl`` (``scripts/train_support.py``, fixed seed; weights in
``data/support_weights.json``).

Two models, so that MiniLM runs only where it is needed:

- ``cheap``  reads the words, names, figures and parse (no model pass). Below ``reject`` or
             at or above ``accept`` it decides alone;
- ``full``   adds the MiniLM features (sentence cosine, how well the passage's word pieces
             cover the claim's, and its predicate) for the pairs in between.
"""

from __future__ import annotations

import json
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..logistic import probability
from .forecast import forecast_check
from .reading import (
    Reading,
    actor_check,
    background_check,
    claim_check,
    context_check,
    figure_check,
    purpose_check,
    subject_check,
)

CHEAP = (
    "claim_words",  # share of the sentence's content words in the passage
    "passage_words",  # share of the passage's content words in the sentence
    "core_words",  # share of the claim's own content words (main clause) in the passage
    "phrasing",  # share of the sentence's word pairs in the passage
    "names",  # share of the sentence's name words in the passage
    "passage_names",  # share of the passage's name words in the sentence
    "shared",  # log(1 + shared content words)
    "figure_missing",  # the sentence states a figure the passage does not
    "figures_agree",  # the sentence states figures and the passage has them all
    "verb",  # the claim's main verb is a verb of the passage
    "length",  # log(passage words / sentence words)
    "cores",  # share of the claim's content words in the passage's own claim (main clause)
    "passage_core",  # share of the passage's claim words in the sentence (does it say what the sentence says?)
)
MODEL = ("cosine", "coverage", "predicate", "passage_coverage")
FULL = ("names", "figure_missing", "shared", "length", "coverage", "predicate", "passage_coverage")
"""The full model's features: the model's alignment and the few word features it does not
carry (chosen by cross-validation on dev: more features fitted the 200 dev pairs, not news)."""


def _share(a: frozenset[Any], b: frozenset[Any], empty: float = 1.0) -> float:
    return len(a & b) / len(a) if a else empty


def cheap_features(s: Reading, p: Reading) -> dict[str, float]:
    """The ``CHEAP`` features of a pair."""
    shared = s.terms & p.terms
    figures = figure_check(s, p)
    lemmas = {lem for lem, _, _ in p.verbs}
    return dict(zip(CHEAP, [
        _share(s.terms, p.terms, 0.0),
        _share(p.terms, s.terms, 0.0),
        _share(s.core_terms, p.terms) if s.core_terms else _share(s.terms, p.terms, 0.0),
        _share(s.bigrams, p.bigrams, 0.0),
        _share(s.names, p.words),
        _share(p.names, s.words),
        math.log1p(len(shared)),
        float(figures == "missing"),
        float(bool(s.figures) and figures is None),
        float(any(lem in lemmas for lem, _, _ in s.claim)),
        math.log(max(len(p.words), 1) / max(len(s.words), 1)),
        _share(s.core_terms, p.core_terms, 0.0),
        _share(p.core_terms, s.terms, 0.0),
    ], strict=True))


def conflict(s: Reading, p: Reading) -> str | None:
    """The rule that rules the pair out, if any: figures, negation, modality, actor, day, quote."""
    if figure_check(s, p) == "differ":
        return "figures differ"
    return claim_check(s, p) or forecast_check(s.tense, p.tense) or actor_check(s, p) or subject_check(s, p) \
        or context_check(s, p) or (
        purpose_check(s, p) if purpose_rule() else None) or (background_check(s, p) if background_rule() else None)


@dataclass(frozen=True, slots=True)
class LogReg:
    """A logistic regression over standardised features."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float

    def prob(self, x: Mapping[str, float]) -> float:
        return probability([x[n] for n in self.names], self.mean, self.scale, self.coef, self.bias)

    def to_dict(self) -> dict[str, Any]:
        return {"names": list(self.names), "mean": list(self.mean), "scale": list(self.scale),
                "coef": list(self.coef), "bias": self.bias}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LogReg:
        return cls(tuple(d["names"]), tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["bias"]))


@dataclass(frozen=True, slots=True)
class Weights:
    """Both models and the thresholds that route a pair (all from ``data/support_weights.json``)."""

    cheap: LogReg
    full: LogReg
    reject: float  # cheap probability below which a pair is refused without the model
    accept: float  # cheap probability at or above which a pair is accepted without the model
    threshold: float  # full probability at or above which a pair supports
    cheap_threshold: float  # cheap probability at or above which a pair supports, with no model at all


@lru_cache(maxsize=1)
def weights() -> Weights:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "support_weights.json").read_text("utf-8")
    )
    cheap, full = LogReg.from_dict(raw["cheap"]), LogReg.from_dict(raw["full"])
    if cheap.names != CHEAP or full.names != FULL:
        raise ValueError("data/support_weights.json does not match the judge's features: "
                         "run scripts/train_support.py")
    return Weights(cheap, full, float(raw["reject"]), float(raw["accept"]), float(raw["threshold"]),
                   float(raw["cheap_threshold"]))


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("storyline").joinpath("data", "support_settings.toml").read_text("utf-8")
    )
    return dict(raw["support"])


def _probability(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 < value <= 1.0:
        raise ValueError(f"data/support_settings.toml: support.{name} must be a probability in (0, 1], not {value!r}")
    return float(value)


def purpose_rule() -> bool:
    """Whether the judge rules out a passage that names a purpose's nouns without its verb
    (``reading.purpose_check``): ``support.purpose`` of ``data/support_settings.toml``, off by default."""
    return bool(_settings().get("purpose", False))


def background_rule() -> bool:
    """Whether the judge rules out a passage that has the sentence's main verb only as a noun's modifier
    (``reading.background_check``): ``support.background`` of ``data/support_settings.toml``."""
    return bool(_settings().get("background", False))


def trust_threshold() -> float:
    """The trust point of ``data/support_settings.toml`` (``support.trust``): fewer wrong citations,
    and fewer right ones, than the trainer's threshold."""
    return _probability(_settings()["trust"], "trust")


def operating_threshold() -> float:
    """The threshold briefs cite at: ``support.threshold`` of ``data/support_settings.toml``,
    "trained" (the trainer's ``threshold`` in ``data/support_weights.json``), "trust"
    (``trust_threshold``) or a probability."""
    value = _settings()["threshold"]
    if value == "trained":
        return weights().threshold
    if value == "trust":
        return trust_threshold()
    return _probability(value, "threshold")
