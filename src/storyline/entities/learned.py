"""A learned check over the entity list: is a listed name junk (ents26; off unless its data file says on).

A logistic regression over what the stage already knows of each listed name: its kind, its mentions and the
share of its tags that are its kind (``Support``), its reports, its shape (words, capitals, digits, a given
name first, an organisation's word last, a known body, an acronym), how the story writes it (at a sentence's
start, in a title-case or headline line, after "the", "a" or "of", before a possessive, with a cue of a person
or a company, its words in lower case elsewhere) and what the rules of ``corroboration`` find. The weights,
the features' centring and scale, the threshold and ``on`` are data (``data/entity_check.json``), written by
``scripts/train_entity_check.py`` from the labelled entity stories' training splits; the threshold chosen by
cross-validation on those stories only. With ``on`` the stage drops, places aside, every name whose junk
probability reaches the threshold. The measure on the held-out splits: ``bench/entities_learned.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from ..logistic import probability
from ..model import Entity
from ..names import (
    FIRST_NAME_GENDERS,
    JOB_TITLES,
    ORG_SUFFIXES,
    company_use,
    is_known_org,
    org_by_form,
    person_use,
    place_context,
    speaks_use,
    thing_context,
)
from ..text import fold
from .common_words import ordinary_word, sentence_start, title_case_line
from .corroboration import Support, corroborated, known_shape, ranked

__all__ = ["FEATURES", "CheckModel", "features", "junk_probability", "listed", "load_check", "without_junk"]

MODEL_FILE = "data/entity_check.json"
FEATURES = (
    "person", "org", "place", "log_mentions", "kind_share", "log_reports", "words", "one_word", "all_capitals",
    "digit", "chars", "given_first", "org_word", "known_org", "org_form", "ordinary_words", "known_shape",
    "corroborated", "starts", "headline", "after_the", "after_a", "after_of", "possessive", "cued", "lower_elsewhere",
    "aliases", "found", "in_title", "in_heading", "job_word", "place_context", "thing_context",
)
HEADING_WORDS = 14
_THE = re.compile(r"\b[Tt]he[ \t]+$")
_A = re.compile(r"(?:^|[^\w-])[Aa]n?[ \t]+$")
_OF = re.compile(r"\bof[ \t]+(?:the[ \t]+)?$")
_POSSESSIVE = re.compile(r"^['’]s?\b")


class CheckModel:
    """The weights of data/entity_check.json: a junk probability for a row of ``FEATURES``."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.on = bool(doc["on"])
        self.threshold = float(doc["threshold"])
        self.mean = [float(x) for x in doc["mean"]]
        self.scale = [float(x) for x in doc["scale"]]
        self.weights = [float(x) for x in doc["weights"]]
        self.bias = float(doc["bias"])
        if list(doc["features"]) != list(FEATURES):
            raise ValueError("data/entity_check.json: its features are not entities.learned.FEATURES")

    def probability(self, row: Sequence[float]) -> float:
        return probability(row, self.mean, self.scale, self.weights, self.bias)


@cache
def load_check() -> CheckModel:
    """The shipped weights (cached)."""
    path = resources.files("storyline").joinpath(*MODEL_FILE.split("/"))
    return CheckModel(json.loads(path.read_text(encoding="utf-8")))


def _uses(name: str, texts: Sequence[str]) -> list[tuple[str, int, int]]:
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return [(t, m.start(), m.end()) for t in texts for m in pattern.finditer(t)]


def _heading(text: str, start: int) -> bool:
    """Is the line holding ``start`` short and without a sentence's closing stop (a heading or a caption)?"""
    line = text[text.rfind("\n", 0, start) + 1 : (end if (end := text.find("\n", start)) >= 0 else len(text))]
    return len(line.split()) <= HEADING_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def _share(hits: Sequence[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def features(e: Entity, support: Support, texts: Sequence[str]) -> list[float]:
    """One row of ``FEATURES`` for a listed entity."""
    words = e.name.split()
    uses = [u for f in {e.name, *e.aliases} if len(f) >= 2 for u in _uses(f, texts)]
    lower = re.compile(r"(?<![\w-])" + re.escape(e.name.lower()) + r"(?![\w-])")
    row = [
        e.kind == "person", e.kind == "org", e.kind == "place", math.log1p(support.mentions), support.kind_share,
        math.log1p(len(e.docs)), len(words), len(words) == 1, e.name.isupper() and len(e.name) > 1,
        any(c.isdigit() for c in e.name), math.log1p(len(e.name)), fold(words[0]) in FIRST_NAME_GENDERS if words else 0,
        any(w.rstrip(".,") in ORG_SUFFIXES for w in words), is_known_org(e.name), org_by_form(e.name),
        _share([ordinary_word(w) for w in words]), known_shape(e, texts), corroborated(e, support, texts),
        _share([sentence_start(t, s) for t, s, _ in uses]), _share([title_case_line(t, s) for t, s, _ in uses]),
        _share([bool(_THE.search(t[max(0, s - 6):s])) for t, s, _ in uses]),
        _share([bool(_A.search(t[max(0, s - 4):s])) for t, s, _ in uses]),
        _share([bool(_OF.search(t[max(0, s - 8):s])) for t, s, _ in uses]),
        _share([bool(_POSSESSIVE.match(t[x:x + 3])) for t, _, x in uses]),
        _share([person_use(t, s, x) or speaks_use(t, x) or company_use(t, s, x) for t, s, x in uses]),
        any(lower.search(t) for t in texts) if not e.name.islower() else 0, math.log1p(len(e.aliases)),
        math.log1p(len(uses)), _share([t.find("\n") < 0 or s < t.find("\n") for t, s, _ in uses]),
        _share([_heading(t, s) for t, s, _ in uses]), any(fold(w) in JOB_TITLES for w in words),
        _share([place_context(t, s, x) for t, s, x in uses]), _share([thing_context(t, s, x) for t, s, x in uses]),
    ]
    return [float(x) for x in row]


def junk_probability(e: Entity, support: Support, texts: Sequence[str], model: CheckModel | None = None) -> float:
    """The model's probability that the listed name is junk (no person, body or place)."""
    return (model or load_check()).probability(features(e, support, texts))


def without_junk(entities: Sequence[tuple[Entity, Support]], texts: Sequence[str], on: bool | None = None,
                 model: CheckModel | None = None) -> list[tuple[Entity, Support]]:
    """The entities less those (places aside) the model calls junk, when ``on`` (default: the data file's)."""
    if on is False:
        return list(entities)
    model = model or load_check()
    if not (model.on if on is None else on):
        return list(entities)
    return [(e, s) for e, s in entities
            if e.kind == "place" or model.probability(features(e, s, texts)) < model.threshold]


def listed(entities: Sequence[tuple[Entity, Support]], texts: Sequence[str], checks: bool = True) -> list[Entity]:
    """The stage's list: with the checks, the junk the model finds left out (when on) and the rest in
    ``corroboration.ranked``'s order; without, the entities as they come."""
    return ranked(without_junk(entities, texts), texts) if checks else [e for e, _ in entities]
