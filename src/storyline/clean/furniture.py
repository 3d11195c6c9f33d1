"""The learned furniture model: a furniture probability for every line, with numpy only.

Why a model: hand-listed patterns hold only on the sites they were written
for. This model scores a line from features that carry over between sites
(``linefeatures``) and was trained on labelled lines of many sites, measured on
sites it never saw (``scripts/train_furniture.py``, ``bench/clean_eval.py``).

Two passes, in the manner of jusText's context smoothing, but learned: the
first scores each line from its own shape, position and neighbours; the
second re-scores it knowing how furniture-like the lines around it are
(a short list item between article paragraphs is article; the same line in
a run of menu items is a menu).

Both passes are gradient-boosted trees exported to flat numpy arrays
(``data/furniture_model.npz``); scoring walks all trees at once, a few numpy
operations per tree level, so no scikit-learn is needed at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .credits import strip_inline_credits
from .linefeatures import (
    CONTEXT,
    FEATURES,
    certain_furniture,
    context_features,
    has_caption_verb,
    line_features,
    line_key,
    prose_rows,
)
from .lines import Line, ends_sentence
from .reasons import Reason

__all__ = [
    "CREDITED_CAPTION_MAX_WORDS", "FurnitureModel", "Trees", "certain_article", "certain_reason", "credited_caption",
    "furniture_scores", "line_thresholds", "load_model", "model_inputs",
]

MODEL_FILE = "data/furniture_model.npz"
PROSE_THRESHOLD = 0.995
# The lowest at which no prose article line of the training folds is lost (``scripts/train_furniture.py
# --oof``): at 0.995 none of 2,147 prose article lines scored above it and 160 of 645 prose furniture
# lines did; at 0.999 (before) none and 69; at 0.99 one and 207.
# After trafilatura, a line the model calls furniture is more often a short article line (a subhead, a
# one-line quote): on the article-extraction HTML pages 0.98 kept more article text than 0.9 and
# removed more furniture than 0.995 (measured there, so that figure is not a held-out one).
EXTRACTED_THRESHOLD = 0.98
TAIL_PROSE_THRESHOLD = 0.95
"""A prose line at or after the document's last prose line (nothing prose-like follows it: a closing
notice, "Visit ... for more on ...", a legal line) needs only this, not ``PROSE_THRESHOLD``: an article's own
last paragraph rarely scores this high. Measured with ``scripts/furniture_cv.py`` (whole cleaner, 5 folds by
training site): furniture lines removed 19,242 -> 19,266 of 20,359, article lines kept 2,686 -> 2,684 of
3,261 (one of the two a real paragraph), dev gold out-of-fold 77 -> 78 of 91 removed, keep items 40/40 (with
the caption-verb exemption of ``prose_rows``, which alone gave 19,242 and 2,686). A text whose only paragraph
this line is keeps ``PROSE_THRESHOLD``: without that, an HTML page of one paragraph and a link lost its
paragraph (blog.givewell.org, training sites). HTML training sites with both: F1 .980 unchanged (precision
.978 -> .979; four pages move: indiewire, space.com up, two bigbrandsystem pages down)."""
CREDITED_CAPTION_MAX_WORDS = 60
"""In scraped text, a line a photo credit was cut out of is that photo's caption when it reads like one: a
fragment without its full stop ("X and Y reach for the puck during REUTERS/Jane Doe") or a line with a
present-tense caption verb ("Jane Doe holds up a copy of the email. (Valerie Macon/Getty Images)";
``data/caption_verbs.txt``), up to this many words. In the training data every line a credit was cut out of,
with text left, is furniture (41 training-page lines, 24 dev-gold lines, none article; the longest 97 words);
a full sentence without a caption verb keeps the model's verdict all the same, as ``linefeatures.prose_rows``
does, since a scraper may glue a caption's credit to an article paragraph ("... two miles of trails (Photo
credit: City of Springfield)."). Not after an extractor (HTML): there a credit the extractor kept sits in the
article's own text."""
RULES_FILE = "data/furniture_rules.json"
_DECORATION = " [(»›>→•·*#|~+-–—"


@dataclass(frozen=True, slots=True)
class Trees:
    """A boosted tree ensemble as flat arrays: node ``i`` tests ``x[feature[i]] <= threshold[i]``."""

    feature: np.ndarray  # int, per node (-1 at a leaf)
    threshold: np.ndarray  # float, per node
    left: np.ndarray  # int, per node (global index)
    right: np.ndarray  # int, per node (global index)
    value: np.ndarray  # float, per node (leaf contribution)
    roots: np.ndarray  # int, per tree
    depth: int
    baseline: float

    def decision(self, x: np.ndarray) -> np.ndarray:
        """Raw score (log-odds) per row of ``x``: all trees walked together, one step per level."""
        if len(x) == 0:
            return np.zeros(0)
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).copy()
        rows = np.arange(len(x))[:, None]
        feat = np.maximum(self.feature, 0)
        for _ in range(self.depth):
            go_left = x[rows, feat[node]] <= self.threshold[node]
            nxt = np.where(go_left, self.left[node], self.right[node])
            node = np.where(self.feature[node] < 0, node, nxt)
        out: np.ndarray = self.baseline + self.value[node].sum(axis=1)
        return out

    def proba(self, x: np.ndarray) -> np.ndarray:
        out: np.ndarray = 1.0 / (1.0 + np.exp(-self.decision(x)))
        return out

    def arrays(self, prefix: str) -> dict[str, Any]:
        """The arrays to save under ``prefix`` (inverse of ``from_arrays``)."""
        return {f"{prefix}_{k}": v for k, v in (
            ("feature", self.feature), ("threshold", self.threshold), ("left", self.left),
            ("right", self.right), ("value", self.value), ("roots", self.roots),
            ("depth", np.array(self.depth)), ("baseline", np.array(self.baseline)),
        )}

    @classmethod
    def from_arrays(cls, data: Any, prefix: str) -> Trees:
        return cls(
            feature=data[f"{prefix}_feature"].astype(np.int64), threshold=data[f"{prefix}_threshold"],
            left=data[f"{prefix}_left"].astype(np.int64), right=data[f"{prefix}_right"].astype(np.int64),
            value=data[f"{prefix}_value"], roots=data[f"{prefix}_roots"].astype(np.int64),
            depth=int(data[f"{prefix}_depth"]), baseline=float(data[f"{prefix}_baseline"]),
        )


@dataclass(frozen=True, slots=True)
class FurnitureModel:
    """The two passes and the probability above which a line is furniture."""

    first: Trees
    second: Trees
    threshold: float

    def scores(self, lines: Sequence[str], other_docs: Sequence[int] | None = None) -> np.ndarray:
        """Furniture probability of each line (lines non-empty and space-normalised)."""
        return self.decide(lines, other_docs)[0]

    def decide(
        self, lines: Sequence[str], other_docs: Sequence[int] | None = None, *, extracted: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """(furniture probability, is furniture) per line.

        ``extracted``: the text already went through an article extractor (an HTML page through
        trafilatura), so little furniture is left and a line needs ``EXTRACTED_THRESHOLD``.

        A line that reads like article prose (10+ words, a full stop, English function words: 3% of
        furniture lines, 64% of article lines in the training pages; ``prose_rows``) is furniture only
        when the model is all but certain (``PROSE_THRESHOLD``; ``TAIL_PROSE_THRESHOLD`` from the last
        such line on): losing a sentence costs more than keeping a caption. Gallery counters and credits
        on their own line are furniture whatever the score (``linefeatures.certain_furniture``).
        """
        if not lines:
            return np.zeros(0), np.zeros(0, dtype=bool)
        x = line_features(lines, other_docs)
        p1 = self.first.proba(x)
        nwords = np.array([len(ln.split()) for ln in lines], dtype=np.float64)
        p = self.second.proba(np.hstack([x, context_features(p1, nwords)]))
        threshold = max(self.threshold, EXTRACTED_THRESHOLD) if extracted else self.threshold
        return p, (p > line_thresholds(x, threshold)) | certain_furniture(lines)


def line_thresholds(x: np.ndarray, threshold: float) -> np.ndarray:
    """The furniture probability each line must exceed to go: ``threshold``, or for a line that reads like
    prose (``prose_rows``) ``PROSE_THRESHOLD``, and ``TAIL_PROSE_THRESHOLD`` at or after the last prose line
    when another prose line comes before it.
    ``decide`` and ``scripts/train_furniture.py`` both call it."""
    prose = prose_rows(x)
    # no prose line follows this one, and one comes before it: the article ended above (a text whose only
    # paragraph this is keeps the full protection)
    at_tail = (x[:, FEATURES.index("prose_after")] == 0) & (x[:, FEATURES.index("prose_before")] > 0)
    prose_need = np.where(at_tail, max(TAIL_PROSE_THRESHOLD, threshold), max(PROSE_THRESHOLD, threshold))
    out: np.ndarray = np.where(prose, prose_need, threshold)
    return out


@lru_cache(maxsize=1)
def load_model() -> FurnitureModel:
    """The shipped model (loaded once); fails loudly if its features do not match this code."""
    with resources.files("storyline").joinpath(MODEL_FILE).open("rb") as fh:
        data = np.load(fh, allow_pickle=False)
        names = tuple(str(n) for n in data["features"])
        if names != FEATURES + CONTEXT:
            raise RuntimeError(f"{MODEL_FILE} was trained on other features; retrain with scripts/train_furniture.py")
        return FurnitureModel(Trees.from_arrays(data, "first"), Trees.from_arrays(data, "second"),
                              float(data["threshold"]))


def furniture_scores(lines: Sequence[str], other_docs: Sequence[int] | None = None) -> np.ndarray:
    """Furniture probability of each line under the shipped model."""
    return load_model().scores(lines, other_docs)


def model_inputs(lines: list[Line], doc_counts: Mapping[str, int] | None) -> tuple[list[str], list[int] | None]:
    """What the model reads of each line, and in how many other documents of the input it occurs.

    Photo credits are cut out of each line first (``credits``), so "Caption sentence. (AP Photo/X)" keeps
    its sentence. The cleaner and ``scripts/train_furniture.py`` both call this, so the model is trained
    on lines exactly as it will score them. Repeats are counted on the line as written (``repeat_counts``).
    """
    others = None
    if doc_counts:
        others = [max(doc_counts.get(line_key(ln.text), 1) - 1, 0) for ln in lines]
    for ln in lines:
        strip_inline_credits(ln)
    return [ln.text or "-" for ln in lines], others


def credited_caption(line: Line) -> bool:
    """A line ``model_inputs`` cut a photo credit out of, with text left, at most ``CREDITED_CAPTION_MAX_WORDS``
    words, and a fragment or a caption verb: a photo caption on any site (scraped text only; see there)."""
    return (bool(line.text) and any(p.reason == Reason.PHOTO for p in line.parts)
            and len(line.text.split()) <= CREDITED_CAPTION_MAX_WORDS
            and (not ends_sentence(line.text) or has_caption_verb(line.text)))


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    data = json.loads(resources.files("storyline").joinpath(RULES_FILE).read_text(encoding="utf-8"))
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["reason"], int(r["max_words"])) for r in data["rules"])


@lru_cache(maxsize=1)
def _article_rules() -> tuple[tuple[re.Pattern[str], int], ...]:
    data = json.loads(resources.files("storyline").joinpath(RULES_FILE).read_text(encoding="utf-8"))
    return tuple((re.compile(r["pattern"], re.IGNORECASE), int(r["max_words"])) for r in data.get("article_rules", ()))


def certain_article(line: str) -> bool:
    """Whether a line is article on any site (``article_rules`` of ``data/furniture_rules.json``): the
    signature closing an embedded post ("— Name (@handle) November 18, 2019"), which the model, read
    line by line, takes for a byline or a related link. All 17 such lines of the article-extraction
    pages are labelled article (7 on training sites, 10 on held-out sites)."""
    if "@" not in line:  # every rule names a handle; most lines have none
        return False
    n = len(line.split())
    return any(n <= max_words and pattern.fullmatch(line.strip()) for pattern, max_words in _article_rules())


def certain_reason(line: str) -> str | None:
    """The reason a line is furniture on any site (``data/furniture_rules.json``), or None."""
    probe = line.lstrip(_DECORATION)
    n = len(line.split())
    for pattern, reason, max_words in _rules():
        if n <= max_words and pattern.match(probe):
            return reason
    return None
