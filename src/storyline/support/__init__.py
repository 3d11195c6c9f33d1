"""Does a passage support a sentence? The test behind every extra citation.

A brief cites a second source next to a sentence only when that source states the same
thing: the same event, the same figures, a compatible subject and predicate. Shared words
are not enough ("passed a fire safety inspection in January" is not "fire safety inside the
warehouse is the tenant's responsibility"), so the judgement reads the claim, in steps that
get dearer and are reached by fewer pairs:

0. copies     a passage that repeats the sentence word for word (``copies.near_copy``: up to
              its attribution, dateline, quotation marks, number formatting and articles), or
              the sentence's counterpart in a reprint of its report (``copies.counterpart``),
              supports it: no further step (a changed figure or an added "not" is no copy);
1. words      the passage must carry a few of the sentence's content words (most candidate
              pairs of a story stop here);
2. conflicts  rules (``reading.py``): different figures or clock times, the claim negated or
              only hedged in the passage, another named actor, another weekday, month or day
              of the month, another quotation: not the same statement;
3. cheap      a logistic regression over word, name, phrasing, figure and verb features
              (``learned.py``) decides the clear cases with no model pass;
4. meaning    the rest get MiniLM (``nlp.embed_pieces``, one pass per text, cached): the
              sentence cosine, how well the passage's word pieces cover the claim's words and
              its predicate, weighed with the cheap features by a second regression.

A summary unit of several sentences (a sentence joined to the one it leans on) is judged
sentence by sentence: a passage that states one of them, as the labelling rules say, supports it;
but not one that states only a part that is mostly a quotation when another part tells an account
with a named subject ("X was released and hugged his wife. \"I am grateful,\" he said." is not stated
by the quote alone), nor one that counts what the unit counts with other figures (``reading.counts_differ``:
"… killed 72 people. The group claimed it." is not stated by "The group claimed the attack that killed 75.";
summ53).

The texts are read from the parse ``analyse`` already made where the caller has it
(``readings_of``). Weights and thresholds come from the dev split of
bench/citations/pairs.jsonl only (``scripts/train_support.py``); ``bench/citations_eval.py``
reports dev and held-out side by side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..model import Analysis, Sentence
from ..parses import sentence_span
from ..text import content_terms
from .copies import counterpart, near_copy
from .learned import cheap_features, conflict, operating_threshold, weights
from .reading import Reading, actor_check, claim_check, context_check, counts_differ, figure_check, read

if TYPE_CHECKING:
    from ..nlp import Pieces

__all__ = [
    "Cache", "Match", "Reading", "SupportConfig", "Verdict", "actor_check", "claim_check", "context_check",
    "counterpart", "figure_check", "judge", "match", "near_copy", "operating_threshold", "read", "readings_of",
    "screen", "shares_enough", "supported_citations", "supports",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class SupportConfig:
    """The word test's thresholds and the operating point (the learned part's weights live in
    data/support_weights.json; the default threshold in data/support_settings.toml)."""

    min_shared: int = 3  # content words the two texts must share …
    min_coverage: float = 0.2  # … and this share of the sentence's content words
    threshold: float | None = None  # probability to cite at; None: data/support_settings.toml's
    copies: bool = True  # a near-verbatim copy (or a reprint's counterpart) is cited without the judge


DEFAULT = SupportConfig()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judge's answer for one pair, with the step that decided it."""

    supports: bool
    reason: str
    cosine: float | None = None  # MiniLM sentence cosine, when the pair got that far
    score: float = 0.0  # the regression's probability, when the pair got that far
    model: bool = False  # MiniLM was needed


@dataclass(frozen=True, slots=True)
class Match:
    """How closely a passage matches a sentence by the model's vectors."""

    cosine: float  # sentence vectors
    coverage: float  # mean over the claim's word pieces of their best cosine in the passage
    predicate: float  # best cosine in the passage of the claim's predicate (0 when unknown)
    passage_coverage: float  # the same coverage the other way: the passage's claim by the sentence

    def features(self) -> dict[str, float]:
        return {"cosine": self.cosine, "coverage": self.coverage, "predicate": self.predicate,
                "passage_coverage": self.passage_coverage}


def screen(s: Reading, p: Reading, cfg: SupportConfig = DEFAULT) -> str | None:
    """The rules: why the pair fails (too few shared words, or a conflict), or None."""
    shared = s.terms & p.terms
    if len(shared) < cfg.min_shared or len(shared) / max(len(s.terms), 1) < cfg.min_coverage:
        return "few shared words"
    return conflict(s, p)


def _claim_pieces(sentence: str, s: Reading, sp: Pieces) -> tuple[list[int], list[int]]:
    """Indices of the sentence's word pieces that make the claim (else all its words), and of
    its predicate."""
    wordy = [k for k, (a, z) in enumerate(sp.spans) if any(ch.isalnum() for ch in sentence[a:z])]
    core = [k for k in wordy if any(sp.spans[k][0] < y and sp.spans[k][1] > x for x, y in s.core)]
    pred: list[int] = []
    if s.predicate is not None:
        a, z = s.predicate
        pred = [k for k, (x, y) in enumerate(sp.spans) if x < z and y > a]
    return core or wordy, pred


def match(
    sentence: tuple[str, Reading, Pieces], passage: tuple[str, Reading, Pieces], cosine: float
) -> Match:
    """Word-piece alignment of a sentence to a passage (text, reading and ``nlp.embed_pieces``
    pieces of each): how well the passage covers the claim's words (``Reading.core``, else the
    whole sentence) and its predicate, and how well the sentence covers the passage's claim."""
    (st, s, sp), (pt, p, pp) = sentence, passage
    if not len(sp.vectors) or not len(pp.vectors):
        return Match(cosine, 0.0, 0.0, 0.0)
    keep, pred = _claim_pieces(st, s, sp)
    back, _ = _claim_pieces(pt, p, pp)
    sims = np.einsum("ij,kj->ik", sp.vectors, pp.vectors)  # einsum: no BLAS threads for a small product
    best = sims.max(axis=1)
    coverage = float(best[keep].mean()) if keep else 0.0
    passage_coverage = float(sims.max(axis=0)[back].mean()) if back else 0.0
    return Match(cosine, coverage, float(best[pred].min()) if pred else 0.0, passage_coverage)


@dataclass(slots=True)
class Cache:
    """Readings and model vectors of texts already seen, so that a text judged against several
    others (a summary sentence, a passage) is parsed and embedded once."""

    readings: dict[str, Reading] = field(default_factory=dict)
    vectors: dict[str, tuple[np.ndarray, Pieces]] = field(default_factory=dict)


def _read_all(texts: Iterable[str], c: Cache) -> None:
    from ..nlp import get_nlp

    todo = sorted({t for t in texts if t not in c.readings})
    for text, doc in zip(todo, get_nlp().pipe(todo, batch_size=64), strict=True):
        c.readings[text] = read(doc)


def judge(
    pairs: Sequence[tuple[str, str]], cfg: SupportConfig = DEFAULT, *, cache: Cache | None = None,
    cheap_only: bool = False, reprints: Sequence[bool] | None = None,
) -> list[Verdict]:
    """A verdict for each (sentence, passage) pair. Texts are parsed once each (or read from
    ``cache``), and only the pairs the cheap regression leaves open reach the model (MiniLM
    costs ~16 ms a text); ``cheap_only`` decides those by the cheap regression too. A text of
    several sentences (a summary unit: a sentence and the one it leans on) is supported when
    one of its sentences is: each is judged on its own. ``reprints`` marks the pairs whose
    passage lies in a reprint of the sentence's report (or the other way round): there the
    sentence's counterpart (``copies.counterpart``) supports it."""
    c = cache if cache is not None else Cache()
    _read_all((t for pair in pairs for t in pair), c)
    if cfg.copies and reprints is not None:
        fixed = {k for k, (s, p) in enumerate(pairs)
                 if reprints[k] and any(counterpart(t, p) for t in (s, *c.readings[s].parts))}
        if fixed:
            rest = [k for k in range(len(pairs)) if k not in fixed]
            found = iter(judge([pairs[k] for k in rest], cfg, cache=c, cheap_only=cheap_only))
            return [Verdict(True, "reprint", None, 1.0) if k in fixed else next(found) for k in range(len(pairs))]
    split = [(k, part) for k, (s, _) in enumerate(pairs) for part in c.readings[s].parts]
    if not split:
        return _judge_single(pairs, cfg, c, cheap_only)
    whole = [k for k, (s, _) in enumerate(pairs) if not c.readings[s].parts]
    _read_all((part for _, part in split), c)
    verdicts = _judge_single([pairs[k] for k in whole] + [(part, pairs[k][1]) for k, part in split], cfg, c, cheap_only)
    out: list[Verdict | None] = [None] * len(pairs)
    for k, v in zip(whole, verdicts, strict=False):
        out[k] = v
    said = {k for k, part in split if _account(c.readings[part])}
    for (k, part), v in zip(split, verdicts[len(whole) :], strict=True):
        if v.supports and k in said and _quotation(c.readings[part]):
            v = Verdict(False, "only the quotation", v.cosine, v.score, v.model)  # the line says more than it
        prev = out[k]
        if prev is None or (v.supports and not prev.supports) or (v.supports == prev.supports and v.score > prev.score):
            out[k] = v
    for k in {k for k, _ in split}:  # one sentence stated, another's count given otherwise: no support (summ53)
        got = out[k]
        if got is not None and got.supports and counts_differ(c.readings[pairs[k][0]], c.readings[pairs[k][1]]):
            out[k] = Verdict(False, "figures differ", got.cosine, got.score, got.model)
    return [v for v in out if v is not None]


def _quotation(r: Reading) -> bool:
    """Is a text mostly the words it quotes ("\"I am grateful to all who came,\" he said.")? A passage that
    states only such a part of a unit does not state the unit's account around it (``_account``)."""
    return bool(r.quoted) and 3 * len(r.quoted) >= 2 * len(r.terms)


def _account(r: Reading) -> bool:
    """Does a part of a unit tell an account of its own: not mostly quotation, and someone named does or
    undergoes its main verb ("Verel and his co-accused were released")? Not an aside ("Unless you're using
    other phones, that is.") nor a quotation's first half the splitter cut off."""
    return not _quotation(r) and bool(r.subject_names)


def _judge_single(
    pairs: Sequence[tuple[str, str]], cfg: SupportConfig, c: Cache, cheap_only: bool
) -> list[Verdict]:
    from ..nlp import embed_pieces

    w = weights()
    threshold = cfg.threshold if cfg.threshold is not None else operating_threshold()
    accept = max(w.accept, threshold)  # the cheap model accepts alone only at the same bar
    out: list[Verdict | None] = []
    open_: list[tuple[int, dict[str, float]]] = []
    for k, (s, p) in enumerate(pairs):
        if cfg.copies and near_copy(s, p):
            out.append(Verdict(True, "copy", None, 1.0))
            continue
        rs, rp = c.readings[s], c.readings[p]
        why = screen(rs, rp, cfg)
        if why is not None:
            out.append(Verdict(False, why))
            continue
        x = cheap_features(rs, rp)
        prob = w.cheap.prob(x)
        if cheap_only or prob < w.reject or prob >= accept:
            ok = prob >= (w.cheap_threshold if cheap_only else accept)
            out.append(Verdict(ok, "states the claim" if ok else "claim not stated", None, prob))
            continue
        out.append(None)
        open_.append((k, x))
    need = sorted({t for k, _ in open_ for t in pairs[k]} - c.vectors.keys())
    vecs, pieces = embed_pieces(need)
    c.vectors.update({t: (vecs[i], pieces[i]) for i, t in enumerate(need)})
    for k, x in open_:
        s, p = pairs[k]
        (sv, sp), (pv, pp) = c.vectors[s], c.vectors[p]
        m = match((s, c.readings[s], sp), (p, c.readings[p], pp), float(sv @ pv))
        prob = w.full.prob(x | m.features())
        ok = prob >= threshold
        out[k] = Verdict(ok, "states the claim" if ok else "claim not stated", m.cosine, prob, model=True)
    return [v for v in out if v is not None]


@lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


def shares_enough(sentence: str, passage: str, cfg: SupportConfig = DEFAULT) -> bool:
    """The first, word-level test alone (no model): worth judging at all?"""
    s, p = _terms(sentence), _terms(passage)
    shared = len(s & p)
    return shared >= cfg.min_shared and shared >= cfg.min_coverage * len(s)


def readings_of(analysis: Analysis, sentences: Iterable[Sentence]) -> dict[str, Reading]:
    """Readings of some of a document's sentences from the parse ``analyse`` already made (a
    sentence lies inside one paragraph), so that judging needs no second spaCy pass."""
    out: dict[str, Reading] = {}
    # Each text once, from the last of its sentences that can be read (the reading kept when every one
    # was read in turn): a candidate of several summary sentences is listed once for each of them, about
    # a third of the sentences ``supported_citations`` asks for in a ten-report brief.
    for s in reversed(list(sentences)):
        if s.text in out:
            continue
        span = sentence_span(analysis, s)
        if span is not None and span.text == s.text:
            out[s.text] = read(span.as_doc())
    return out


CANDIDATES_PER_DOCUMENT = 2
"""Sentences of each other document judged for one summary sentence: its best few by the
caller's cheap similarity that share enough words."""


def supported_citations(
    claims: Sequence[tuple[Sentence, Sequence[Sentence]]],
    analyses: Sequence[Analysis],
    cfg: SupportConfig = DEFAULT,
    per_document: int = CANDIDATES_PER_DOCUMENT,
) -> list[dict[str, Sentence]]:
    """For each (sentence, candidates best first), the first candidate of each other document
    that supports the sentence (by document id; none where none does). Candidates are judged in
    rounds, the next one of a document only where the one before did not support, and read
    from the parse ``analyse`` made."""
    queues: list[dict[str, list[Sentence]]] = []
    for s, cands in claims:
        q: dict[str, list[Sentence]] = {}
        for cand in cands:
            if cand.doc != s.doc and len(q.get(cand.doc, ())) < per_document and shares_enough(s.text, cand.text, cfg):
                q.setdefault(cand.doc, []).append(cand)
        queues.append(q)
    by_doc = {a.doc.id: a for a in analyses}
    wanted: dict[str, list[Sentence]] = {}
    for (s, _), q in zip(claims, queues, strict=True):
        for sent in ([s] if q else []) + [t for ts in q.values() for t in ts]:
            wanted.setdefault(sent.doc, []).append(sent)
    cache = Cache()
    for doc_id, sents in wanted.items():
        if doc_id in by_doc:
            cache.readings.update(readings_of(by_doc[doc_id], sents))
    group = {a.doc.id: a.doc.copy_of or a.doc.id for a in analyses}  # reprints: one group per original
    found: list[dict[str, Sentence]] = [{} for _ in claims]
    for r in range(per_document):
        pairs = [(k, ts[r]) for k, q in enumerate(queues) for d, ts in q.items() if len(ts) > r and d not in found[k]]
        if not pairs:
            break
        reprint = [claims[k][0].doc in group and group[claims[k][0].doc] == group.get(cand.doc) for k, cand in pairs]
        verdicts = judge([(claims[k][0].text, cand.text) for k, cand in pairs], cfg, cache=cache, reprints=reprint)
        for (k, cand), v in zip(pairs, verdicts, strict=True):
            if v.supports:
                found[k][cand.doc] = cand
    return found


def supports(sentence: str, passage: str, cfg: SupportConfig = DEFAULT) -> Verdict:
    """Does ``passage`` state what ``sentence`` states? (One pair; ``judge`` batches.)"""
    return judge([(sentence, passage)], cfg)[0]
