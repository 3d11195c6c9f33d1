"""A claim row's weight (claims86): is it a figure a reader needs, or one to fold under the table as minor?

The claims table holds every figure the reports give; most single-report rows are asides a reader does not need (a
fan's "just one pic", "a member for 70 years", "over the next six months"). Phrases differ from story to story;
how news is written does not. A figure that matters is carried by several independent reports, sits in a report's
title or lead (news puts its main facts first), is a toll, a count of people, money, a share or the event's own
measure, and is given by a named body or the outlet itself; an aside sits late, inside someone's quoted words, under
"if/would", is an age, a duration or a background span, or names no counted noun. ``features`` reads these from the
row as the brief gives it (``model.ClaimGroup``) and its reports; a logistic model over them (``logistic.py``,
weights in ``data/claim_weight.json``, fitted by scripts/train_claim_weight.py on the seen claims gold, checked
leave-one-cluster-out and on two gold sets it never saw) gives the probability that the row is a figure that matters.
What the gold taught it most: a small count ("three of my sisters"), a vague one, a measure of time or size weigh
down; more reports, an early place in the report, a sentence the other reports' leads share (``_core``), a count of
people, the lead and the title weigh up.

A row below the line is kept and marked ``minor``: the JSON keeps it whole, the renderers fold it. A row several
independent reports carry, or one whose reports disagree, is never minor: comparing reports is what the table is for.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..dates import YEAR_PATTERN
from ..logistic import probability
from ..model import ClaimGroup, ClaimMention, Document
from .counted import CASUALTY_ORDER, PERSON_NOUNS

__all__ = ["FEATURES", "WeightModel", "features", "load_weights", "mark_minor", "matters"]

MODEL_FILE = "data/claim_weight.json"
FEATURES = (
    "log_sources", "log_reports", "log_mentions", "lead", "title", "early", "casualty", "people", "money",
    "percent", "count", "measure", "speaker", "quoted", "hedged", "no_noun", "vague", "small", "background", "core",
)
LEAD_SENTENCES = 3  # a report's lead: its first three sentences
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_BACKGROUND = re.compile(rf", [^,]*\b{YEAR_PATTERN}\b")  # a row's past label: ", 2015", ", in 1996"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")  # a word of four letters or more: no stop-word list needed
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"


@dataclass(frozen=True, slots=True)
class WeightModel:
    """The shipped weights: a probability for a row of ``FEATURES``; below ``threshold`` the row is minor."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float
    threshold: float
    hedges: frozenset[str]  # the row labels' hedge marks ("(if)", "(expected)", ...), as table.describe writes them

    def probability(self, row: Sequence[float]) -> float:
        return probability(row, self.mean, self.scale, self.coef, self.bias)


@cache
def load_weights() -> WeightModel:
    """The weights of data/claim_weight.json (cached)."""
    path = resources.files("storyline").joinpath(*MODEL_FILE.split("/"))
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if list(doc["features"]) != list(FEATURES):
        raise ValueError(f"{MODEL_FILE}: its features are not claims.weight.FEATURES")
    return WeightModel(tuple(doc["mean"]), tuple(doc["scale"]), tuple(doc["coef"]), float(doc["bias"]),
                       float(doc["threshold"]), frozenset(doc["hedges"]))


def _sentence_index(text: str, start: int) -> int:
    """How many sentences (or lines) of the report come before the one holding ``start``."""
    return sum(1 for m in _SENTENCE_END.finditer(text, 0, start) if m.end() <= start)


def _in_lead(text: str, start: int) -> bool:
    """Is the figure in the report's lead, its first sentences (a line break ends one too: a standfirst)?"""
    return _sentence_index(text, start) < LEAD_SENTENCES


def _quoted(text: str, start: int) -> bool:
    """Is the figure inside someone's quoted words (more curly or straight quotes open than closed before it, in
    its paragraph)?"""
    para = text[text.rfind("\n", 0, start) + 1 : start]
    return para.count(_QUOTE_OPEN) > para.count(_QUOTE_CLOSE) or para.count('"') % 2 == 1


def _in_title(m: ClaimMention, title: str) -> bool:
    """Does the report's title give the figure as the text writes it (its digits or its words)?"""
    core = re.sub(r"^\D*?(?=\d)", "", m.text).split()[0] if any(c.isdigit() for c in m.text) else m.text
    return bool(title) and bool(core) and re.search(r"(?<![\w.,])" + re.escape(core) + r"(?![\w])", title) is not None


def _lead_end(text: str) -> int:
    """Where the report's lead ends: after its ``LEAD_SENTENCES``th sentence."""
    ends = [m.end() for _, m in zip(range(LEAD_SENTENCES), _SENTENCE_END.finditer(text), strict=False)]
    return ends[-1] if len(ends) == LEAD_SENTENCES else len(text)


def _sentence(text: str, start: int) -> str:
    """The sentence holding ``start``."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start) if m.end() <= start]
    after = _SENTENCE_END.search(text, start)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _core(ms: Sequence[ClaimMention], docs: dict[str, Document]) -> float:
    """How much of the figure's sentence the other reports' leads share (what several reports put first is the
    story; a background figure's sentence shares little of it): the best mention's share of its sentence's words
    of four letters or more that the leads of the story's other reports use."""
    leads = {i: _content_words(d.text[:_lead_end(d.text)]) for i, d in docs.items()}
    best = 0.0
    for m in ms:
        if m.doc not in docs:
            continue
        words = _content_words(_sentence(docs[m.doc].text, m.start))
        others = set().union(*(w for i, w in leads.items() if i != m.doc))
        if words and others:
            best = max(best, len(words & others) / len(words))
    return best


def _share(hits: Sequence[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def features(group: ClaimGroup, docs: dict[str, Document], hedges: frozenset[str]) -> list[float]:
    """One row of ``FEATURES`` for a claim row, from the row and its reports' texts and titles."""
    ms = group.mentions
    texts = {m.doc: docs[m.doc].text if m.doc in docs else "" for m in ms}
    reports = {m.doc for m in ms}
    lead = {m.doc for m in ms if _in_lead(texts[m.doc], m.start)}
    titled = any(_in_title(m, docs[m.doc].title) for m in ms if m.doc in docs)
    early = max(1.0 - m.start / max(1, len(texts[m.doc])) for m in ms)
    dim = ms[0].dimension
    unit_head = (ms[0].unit.lower().split(" of ")[0].split() or [""])[-1]
    casualty = dim == "count" and (group.event in CASUALTY_ORDER or group.event == "casualties")
    what = group.what
    top = max(abs(float(m.value)) for m in ms)
    row = [
        math.log1p(group.independent_sources), math.log1p(len(reports)), math.log1p(len(ms)),
        len(lead) / len(reports), titled, early, casualty, dim == "count" and unit_head in PERSON_NOUNS,
        dim == "money", dim == "percent", dim == "count", dim not in ("count", "money", "percent"),
        _share([m.speaker is not None for m in ms]), _share([_quoted(texts[m.doc], m.start) for m in ms]),
        any(what.endswith(f" ({h})") for h in hedges),
        dim == "count" and (what.startswith("“") or not ms[0].unit.strip()),  # (a sum or a measure names itself)
        all(m.vague for m in ms), dim == "count" and top < 10, bool(_BACKGROUND.search(what)), _core(ms, docs),
    ]
    return [float(x) for x in row]


def matters(group: ClaimGroup, docs: dict[str, Document], model: WeightModel | None = None) -> bool:
    """Is the row a figure that matters (shown in the main table)? Several independent reports, or a disagreement,
    always; else the model's probability at or above its threshold."""
    if group.independent_sources > 1 or group.verdict in ("differ", "contested"):
        return True
    model = model or load_weights()
    return model.probability(features(group, docs, model.hedges)) >= model.threshold


def mark_minor(groups: Sequence[ClaimGroup], docs: Sequence[Document], model: WeightModel | None = None) -> None:
    """Mark each row the weight puts below the line ``minor`` (kept, folded by the renderers)."""
    by_id = {d.id: d for d in docs}
    for g in groups:
        g.minor = not matters(g, by_id, model)
