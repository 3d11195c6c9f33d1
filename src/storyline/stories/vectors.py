"""What the story clustering compares: a report's terms, weighted by TF-IDF with the
document frequencies learned from the store, and a story's centroid.

Terms are stemmed content words (``features.content_terms`` rules) with the possessive
``'s`` dropped, so "Haiti's" and "Haiti" are one term. Vectors are sparse dicts keyed by
integer term ids (the store's ``terms`` table), truncated to their heaviest terms: a long
report's tail of once-used words says little about its story and only dilutes cosine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from ..text import STOPWORDS, stem, words

Vector = dict[int, float]

DOC_TERMS = 100
"""Terms kept per report vector (the heaviest by TF-IDF)."""
STORY_TERMS = 200
"""Terms kept per story centroid."""
LEAD_WORDS = 40
"""Words of title and text that make a report's lead (what happened, told first)."""
LEAD_CHARS = 600
"""Characters of a report's text (after its title) that its lead embedding reads."""

Embedding = npt.NDArray[np.float32]


_TERM_CACHE: dict[str, str] = {}
_TERM_CACHE_MAX = 500_000


def _term(word: str) -> str:
    """The term a word counts as ('' for a stopword); cached: news reuses its words."""
    term = _TERM_CACHE.get(word)
    if term is None:
        w = word[:-2] if word.endswith("'s") else word
        term = "" if w in STOPWORDS or (len(w) < 2 and not w.isdigit()) else stem(w)
        if len(_TERM_CACHE) < _TERM_CACHE_MAX:
            _TERM_CACHE[word] = term
    return term


def report_terms(text: str, title: str = "") -> Counter[str]:
    """Term counts of a report: stemmed content words of title and text."""
    out = Counter(map(_term, words(f"{title}\n{text}" if title and not text.startswith(title) else text)))
    out.pop("", None)
    return out


class Cues(NamedTuple):
    """What the gray-zone rule of assignment reads besides the term counts (``report_cues``)."""

    lead: frozenset[str]
    """Terms of the lead (title and first ``LEAD_WORDS`` words)."""
    names: frozenset[str]
    """Terms that are names: capitalised inside a sentence in at least half of their uses."""
    embedding: Embedding | None = None
    """The lead's MiniLM embedding (``lead_text``; unit length), for the small-story merge pass."""


def lead_text(text: str, title: str = "", chars: int = LEAD_CHARS) -> str:
    """What a report's lead embedding reads: its title and the first ``chars`` characters."""
    head = f"{title}. " if title and not text.startswith(title) else ""
    return head + text[:chars]


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SENTENCE_START = frozenset(".!?\"\n:`'(")


def report_cues(text: str, title: str = "") -> Cues:
    """A report's lead terms and name terms (the same text as ``report_terms`` reads)."""
    full = f"{title}\n{text}" if title and not text.startswith(title) else text
    capitalised: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for m in _WORD.finditer(full):
        term = _term(m.group(0).lower().replace("’", "'"))
        if not term:
            continue
        before = full[max(0, m.start() - 3) : m.start()].strip()
        uses[term] += 1
        capitalised[term] += m.group(0)[0].isupper() and bool(before) and before[-1] not in _SENTENCE_START
    lead = frozenset(filter(None, map(_term, words(full)[:LEAD_WORDS])))
    return Cues(lead, frozenset(t for t, n in uses.items() if capitalised[t] * 2 >= n))


def lead_embedding(text: str, title: str = "") -> Embedding:
    """The report's lead embedding (``lead_text``), one model call a report: alone, a text has no
    padding, so its vector is the same whatever else is embedded with it (a Dask worker's batch
    and a serial batch give the same bits)."""
    from ..nlp import embed

    out: Embedding = embed([lead_text(text, title)])[0]
    return out


def idf(df: float, n: float) -> float:
    """Smoothed inverse document frequency over the ``n`` reports of the store."""
    return math.log((1 + n) / (1 + df)) + 1.0


def weigh(tf: Mapping[int, int], df: Mapping[int, float], n: float, keep: int = DOC_TERMS,
          saturation: float = 0.0) -> Vector:
    """Unit-length TF-IDF vector of the ``keep`` heaviest terms: sublinear tf (1 + log tf), or with
    ``saturation`` k BM25's saturating tf, tf (k + 1) / (tf + k) (length normalisation left out: the vector
    is scaled to unit length anyway)."""
    if saturation > 0:
        raw = {t: c * (saturation + 1.0) / (c + saturation) * idf(df.get(t, 0), n) for t, c in tf.items() if c > 0}
    else:
        raw = {t: (1.0 + math.log(c)) * idf(df.get(t, 0), n) for t, c in tf.items() if c > 0}
    return unit(dict(sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]))


def unit(vector: Mapping[int, float]) -> Vector:
    """``vector`` scaled to unit length (an empty or zero vector stays as it is)."""
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def unit_embedding(v: Embedding | None) -> Embedding | None:
    """The embedding scaled to length 1 (None when there is none or it is all zeros)."""
    if v is None:
        return None
    norm = float(np.linalg.norm(v))
    return v / norm if norm else None


def add_into(centroid: Vector, vector: Mapping[int, float], keep: int = STORY_TERMS) -> Vector:
    """The centroid (sum of member vectors) with ``vector`` added, pruned to ``keep`` terms."""
    out = dict(centroid)
    for t, w in vector.items():
        out[t] = out.get(t, 0.0) + w
    if len(out) > keep:
        out = dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
    return out


def cosine(vector: Mapping[int, float], centroid: Mapping[int, float]) -> float:
    """Cosine of a unit vector and a centroid."""
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    if not norm:
        return 0.0
    return sum(w * centroid.get(t, 0.0) for t, w in vector.items()) / norm


def top_terms(vector: Mapping[int, float], n: int) -> list[int]:
    return [t for t, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def pack(vector: Mapping[int, float]) -> bytes:
    """A sparse vector as bytes (int32 ids then float32 weights), for the store."""
    ids = np.fromiter(vector.keys(), dtype=np.int32, count=len(vector))
    ws = np.fromiter(vector.values(), dtype=np.float32, count=len(vector))
    return len(vector).to_bytes(4, "little") + ids.tobytes() + ws.tobytes()


def unpack(blob: bytes) -> Vector:
    n = int.from_bytes(blob[:4], "little")
    ids = np.frombuffer(blob, dtype=np.int32, count=n, offset=4)
    ws = np.frombuffer(blob, dtype=np.float32, count=n, offset=4 + 4 * n)
    return dict(zip(ids.tolist(), ws.tolist(), strict=True))


def pack_counts(counts: Iterable[tuple[int, int]]) -> bytes:
    """Term counts of a report (term id, count) as bytes: kept so stories can be re-clustered."""
    arr = np.array(list(counts), dtype=np.int32).reshape(-1, 2)
    return arr.tobytes()


def unpack_counts(blob: bytes) -> dict[int, int]:
    arr = np.frombuffer(blob, dtype=np.int32).reshape(-1, 2)
    return dict(zip(arr[:, 0].tolist(), arr[:, 1].tolist(), strict=True))
