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

What a story's reports share carries from story to story better than what one row says (claims88, refitted on
readers' row-by-row judgements of sixteen stories beside the gold): ``StoryView`` reads once per brief which values
(number and dimension, under any noun) sit in some report's first two sentences, and the MiniLM centroid of the
reports' leads; a row whose sentence reads like the leads, whose value some lead or any title gives, is the story's
figure; one whose label is a quotation fragment, or an age or a span of time, leans to an aside. Of the features
tried on the readers' labels (leave-one-story-out), the likeness to the leads carried most; the count of other
reports giving the value, the likeness to the titles, a clause as label and the report's own likeness to the other
leads added nothing and were left out.

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

import numpy as np
import numpy.typing as npt

from ..dates import YEAR_PATTERN
from ..logistic import probability
from ..model import ClaimGroup, ClaimMention, Document
from ..nlp import embed
from .counted import CASUALTY_ORDER, PERSON_NOUNS

__all__ = ["FEATURES", "StoryView", "WeightModel", "features", "load_weights", "mark_minor", "matters", "story_view"]

MODEL_FILE = "data/claim_weight.json"
FEATURES = (
    "log_sources", "log_reports", "log_mentions", "lead", "title", "early", "casualty", "people", "money",
    "percent", "count", "measure", "speaker", "quoted", "hedged", "no_noun", "vague", "small", "background", "core",
    "value_title", "value_lead", "sim_lead", "quote_label", "duration", "age",
)
LEAD_SENTENCES = 3  # a report's lead: its first three sentences
TOP_SENTENCES = 2  # where news puts the story's own figures: a report's first two sentences
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


def _figure_core(m: ClaimMention) -> str:
    """The figure as the text writes it: its first run of digits (with its separators), else the mention's text."""
    return re.sub(r"^\D*?(?=\d)", "", m.text).split()[0] if any(c.isdigit() for c in m.text) else m.text


def _in_title(m: ClaimMention, title: str) -> bool:
    """Does the report's title give the figure as the text writes it (its digits or its words)?"""
    core = _figure_core(m)
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


Vector = npt.NDArray[np.float32]
Value = tuple[str, float]  # a figure's dimension and number, whatever its noun


def _value(m: ClaimMention) -> Value:
    return m.dimension, round(float(m.value), 6)


def _weighed(group: ClaimGroup) -> bool:
    """Is the row one the weight decides (one independent source, no disagreement)?"""
    return group.independent_sources <= 1 and group.verdict not in ("differ", "contested")


@dataclass(frozen=True, slots=True)
class StoryView:
    """What the story's reports share, read once per brief for every row's weight: the values (number and
    dimension, under any noun) some report gives in its first two sentences, and the MiniLM centroid of the
    reports' first two sentences beside the weighed rows' sentences' vectors."""

    top: frozenset[Value]
    lead_vec: Vector
    sentence_vec: dict[str, Vector]


def _centroid(vecs: Vector) -> Vector:
    """The unit-length mean of unit vectors (zeros for none)."""
    if not len(vecs):
        return np.zeros(vecs.shape[1] if vecs.ndim == 2 else 1, dtype=np.float32)
    mean: Vector = vecs.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


def _top_end(text: str) -> int:
    """Where a report's first ``TOP_SENTENCES`` sentences end."""
    ends = [m.end() for _, m in zip(range(TOP_SENTENCES), _SENTENCE_END.finditer(text), strict=False)]
    return ends[-1] if len(ends) == TOP_SENTENCES else len(text)


def story_view(groups: Sequence[ClaimGroup], docs: dict[str, Document]) -> StoryView:
    """Read ``StoryView`` from every row of a brief and its reports (one model pass for the leads and the weighed
    rows' sentences)."""
    top: set[Value] = set()
    sentences: set[str] = set()
    for g in groups:
        for m in g.mentions:
            if m.doc in docs and m.start < _top_end(docs[m.doc].text):
                top.add(_value(m))
            if _weighed(g) and m.doc in docs:
                sentences.add(_sentence(docs[m.doc].text, m.start))
    leads = [d.text[:_top_end(d.text)] for d in docs.values() if d.text.strip()]
    order = sorted(sentences)
    vecs: Vector = np.asarray(embed([*leads, *order]), dtype=np.float32)
    return StoryView(frozenset(top), _centroid(vecs[:len(leads)]),
                     {s: vecs[len(leads) + i] for i, s in enumerate(order)})


def _likeness(ms: Sequence[ClaimMention], docs: dict[str, Document], view: StoryView) -> float:
    """The best cosine of a mention's sentence to the centroid of the reports' leads: is the figure about the
    story's event, or a side story's or the background's?"""
    best = 0.0
    for m in ms:
        vec = view.sentence_vec.get(_sentence(docs[m.doc].text, m.start)) if m.doc in docs else None
        if vec is not None and vec.shape == view.lead_vec.shape:
            best = max(best, float(vec @ view.lead_vec))
    return best


def _share(hits: Sequence[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def features(group: ClaimGroup, docs: dict[str, Document], hedges: frozenset[str],
             view: StoryView | None = None) -> list[float]:
    """One row of ``FEATURES`` for a claim row, from the row, its reports' texts and titles, and what the story's
    reports share (``view``; read from the row alone when not given)."""
    ms = group.mentions
    view = view or story_view([group], docs)
    values = {_value(m) for m in ms}
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
        any(_in_title(m, d.title) for m in ms for d in docs.values()), bool(values & view.top),
        _likeness(ms, docs, view), what.startswith(_QUOTE_OPEN), dim == "duration", dim == "age",
    ]
    return [float(x) for x in row]


def matters(group: ClaimGroup, docs: dict[str, Document], model: WeightModel | None = None,
            view: StoryView | None = None) -> bool:
    """Is the row a figure that matters (shown in the main table)? Several independent reports, or a disagreement,
    always; else the model's probability at or above its threshold."""
    if not _weighed(group):
        return True
    model = model or load_weights()
    return model.probability(features(group, docs, model.hedges, view)) >= model.threshold


def mark_minor(groups: Sequence[ClaimGroup], docs: Sequence[Document], model: WeightModel | None = None) -> None:
    """Mark each row the weight puts below the line ``minor`` (kept, folded by the renderers)."""
    by_id = {d.id: d for d in docs}
    if not any(_weighed(g) for g in groups):
        return
    view = story_view(groups, by_id)
    for g in groups:
        g.minor = not matters(g, by_id, model, view)
