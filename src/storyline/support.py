"""Does a passage support a sentence? The test behind every extra citation.

A brief cites a second source next to a sentence only when that source states the same
thing: the same event, the same figures, a compatible subject and predicate. Shared words
are not enough ("passed a fire safety inspection in January" is not "fire safety inside the
warehouse is the tenant's responsibility"), so the judgement reads the claim:

1. words     the passage must carry enough of the sentence's content words (cheap; most
             candidate pairs stop here);
2. figures   read as the claims table reads them (``claims.numbers``: digits, words, scales,
             qualifiers as intervals), plus clock times: when each text has a figure the
             other lacks, they are not the same numbers;
3. claim     the sentence's main verb (behind a reporting frame, "X said that …") must not be
             negated, or only hedged ("may", "expected to", "if …"), in the passage where the
             sentence states it as fact;
4. context   when both subjects are named and neither text names the other's, the actors
             differ; different weekdays, or two different quotations, are different events
             or statements;
5. meaning   MiniLM word pieces in context (``nlp.embed_pieces``: one model pass per text,
             only for the pairs that pass 1–4): how well the passage covers the words of the
             claim (the main clause without appositions, relative clauses, asides or a
             dateline, which a supporting passage may leave out), and whether it has the
             claim's predicate. A passage that leaves out a figure of the sentence must match
             more closely. Word-piece coverage, unlike one vector per sentence, still finds a
             claim stated inside a longer sentence.

Thresholds were tuned on the dev split of bench/citations/pairs.jsonl only
(``bench/citations_eval.py`` reports dev and held-out side by side).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from .model import Analysis, Sentence
from .parses import parsed
from .text import WORDS, content_terms, words

if TYPE_CHECKING:
    from .nlp import Pieces

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2})(?::\d{2})?|\.(\d{2})(?=\s*[ap]\.?m\b))\s*([ap])?\.?m?\b", re.I)
_WORD_SCALE = re.compile(r"\b(half a|a|another|one) (hundred|thousand|million|billion)\b", re.I)
_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True, slots=True)
class SupportConfig:
    """Thresholds of the judge (tuned on the dev split of bench/citations only)."""

    min_shared: int = 3  # content words the two texts must share …
    min_coverage: float = 0.2  # … and this share of the sentence's content words
    predicate_weight: float = 1 / 3  # weight of the predicate beside the claim's coverage …
    accept: float = 0.61  # … in the score at or above which a pair with no conflict supports
    missing_figure: float = 0.1  # a passage without the sentence's figure: the bar this much higher


DEFAULT = SupportConfig()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judge's answer for one pair, with the test that decided it."""

    supports: bool
    reason: str
    cosine: float | None = None  # MiniLM sentence cosine, when the pair got that far
    score: float = 0.0  # the meaning score (coverage and predicate) that decided, when it got that far


@dataclass(frozen=True, slots=True)
class Reading:
    """What the judge reads from one text."""

    terms: frozenset[str]  # stemmed content words
    figures: tuple[tuple[float, float, str], ...]  # (low, high, counted-thing lemma) per figure
    times: frozenset[int]  # clock times, in minutes after midnight
    claim: tuple[tuple[str, bool, bool], ...]  # main verb(s): (lemma, negated, hedged)
    verbs: tuple[tuple[str, bool, bool], ...]  # every verb, the same way
    actor: frozenset[str]  # name words of the main verb's subject, when it is a named entity
    words: frozenset[str]  # lower-cased words, to look names up in
    predicate: tuple[int, int] | None  # character span of the main predicate word
    days: frozenset[str]  # weekdays named
    quoted: frozenset[str]  # content words inside quotation marks
    core: tuple[tuple[int, int], ...]  # character spans of the claim's words (no apposition,
    # relative clause or reporting frame: details a supporting passage may leave out)


@dataclass(frozen=True, slots=True)
class Match:
    """How closely a passage matches a sentence, once the cheap tests have passed."""

    cosine: float  # sentence vectors (reported; the score rests on the two below)
    coverage: float  # mean over the claim's word pieces of their best cosine in the passage
    predicate: float  # best cosine in the passage of the claim's predicate (0 when unknown)
    missing_figure: bool

    def score(self, cfg: SupportConfig) -> float:
        return (self.coverage + cfg.predicate_weight * self.predicate) / (1 + cfg.predicate_weight)


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "support_cues.json").read_text("utf-8")
    )
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _negated(tok: Any) -> bool:
    neg = _cues()["negations"]
    return any(c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("advmod", "det", "preconj")) for c in tok.children)


def _hedged(tok: Any) -> bool:
    cues = _cues()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in cues["hedge_modals"]:
            return True
        if (c.dep_ == "advmod" and c.lower_ in cues["hedge_adverbs"]) or (
            c.dep_ == "mark" and c.lower_ in cues["conditionals"]
        ):
            return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues["hedge_verbs"]


def _main_verbs(doc: Any) -> list[Any]:
    """The claim's verbs: each root, or what a reporting verb reports, or what a hedge verb
    governs ("expected to include" → include), with their conjuncts."""
    cues = _cues()
    out = []
    for root in (t for t in doc if t.dep_ == "ROOT"):
        verb = root
        for _ in range(3):
            lemma = verb.lemma_.lower()
            nxt = None
            if lemma in cues["reporting_verbs"]:
                nxt = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
            elif lemma in cues["hedge_verbs"]:
                nxt = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if nxt is None:
                break
            verb = nxt
        out.append(verb)
        out.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX", "ADJ"))
    return out


def _predicate(verbs: Sequence[Any]) -> tuple[int, int] | None:
    """The word that carries the claim: the main verb, or for "is"/"was" its complement."""
    if not verbs:
        return None
    v = verbs[0]
    if v.lemma_.lower() == "be":
        v = next((c for c in v.children if c.dep_ in ("attr", "acomp")), v)
    return v.idx, v.idx + len(v.text)


def _actor(verbs: Sequence[Any]) -> frozenset[str]:
    for v in verbs[:1]:
        for c in v.children:
            if c.dep_ in _SUBJECTS and c.ent_type_ in _ENTITY_LABELS:
                ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
                toks = ent if ent is not None else [c]
                return frozenset(t.lower_ for t in toks if t.is_alpha and len(t) > 2)
    return frozenset()


def _figures(doc: Any) -> tuple[tuple[float, float, str], ...]:
    from .claims.numbers import find_figures, interval

    if not any(ch.isdigit() for ch in doc.text) and not any(w in WORDS for w in words(doc.text)):
        return ()  # no digit and no number word: no figure (reading figures is the costly part of a reading)
    out = []
    taken: list[tuple[int, int]] = []
    for f in find_figures(doc):
        if f.weak or f.share_word:
            continue
        low, high = interval(f.value, f.low, f.high, f.qualifier, f.vague)
        num = doc[f.num]
        unit = "percent" if f.percent else "money" if f.currency is not None else (
            num.head.lemma_.lower() if num.head.i != num.i else "")
        out.append((low, high, unit))
        taken.append((f.char_start, f.char_end))
    for m in _WORD_SCALE.finditer(doc.text):  # "half a million", "another million"
        if not any(a < m.end() and m.start() < b for a, b in taken):
            n = _SCALE[m.group(2).lower()] * (0.5 if m.group(1).lower() == "half a" else 1.0)
            out.append((n, n, ""))
    return tuple(out)


def _times(text: str) -> frozenset[int]:
    out = set()
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or m.group(3))
        if hour > 24 or minute > 59:
            continue
        if (m.group(4) or "").lower() == "p" and hour < 12:
            hour += 12
        out.add(hour * 60 + minute)
    return frozenset(out)


_DETAILS = frozenset({"appos", "relcl", "acl", "parataxis", "advcl", "npadvmod", "punct"})


_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*(?:_|--|—|–|-)\s")


def _dateline_end(text: str) -> int:
    """Where a wire dateline ("LONDON (AP) _ ") ends, else 0."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _core(verbs: Sequence[Any], start: int = 0) -> tuple[tuple[int, int], ...]:
    """The words of the claim: the main verb's subtree without the details a supporting
    passage may leave out (appositions, relative and adverbial clauses, asides, a dateline)."""
    out: list[tuple[int, int]] = []
    stack = list(verbs[:1])
    while stack:
        t = stack.pop()
        if t.idx >= start:
            out.append((t.idx, t.idx + len(t.text)))
        stack.extend(c for c in t.children if c.dep_ not in _DETAILS)
    return tuple(sorted(out))


def _quoted(text: str) -> frozenset[str]:
    from .claims.attribution import quote_regions

    return frozenset(t for a, b in quote_regions(text) for t in content_terms(text[a:b]))


def read(doc: Any) -> Reading:
    """The judge's reading of one parsed text (a spaCy Doc)."""
    verbs = _main_verbs(doc)
    core = _core(verbs, _dateline_end(doc.text))
    return Reading(
        terms=frozenset(content_terms(doc.text)),
        figures=_figures(doc),
        times=_times(doc.text),
        claim=tuple((v.lemma_.lower(), _negated(v), _hedged(v)) for v in verbs),
        verbs=tuple((t.lemma_.lower(), _negated(t), _hedged(t)) for t in doc if t.pos_ in ("VERB", "AUX", "ADJ")),
        actor=_actor(verbs),
        words=frozenset(t.lower_ for t in doc if t.is_alpha),
        predicate=_predicate(verbs),
        days=frozenset(t.lower_ for t in doc if t.lower_ in _cues()["weekdays"]),
        quoted=_quoted(doc.text),
        core=core,
    )


def _overlaps(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def figure_check(s: Reading, p: Reading) -> str | None:
    """"differ" when the passage states the sentence's figures (or clock times) otherwise,
    "missing" when it does not state one of them, else None."""
    if s.times and p.times and not (s.times & p.times):
        return "differ"
    unmatched = [f for f in s.figures if not any(_overlaps(f, g) for g in p.figures)]
    if not unmatched:
        return None
    if any(not any(_overlaps(g, f) for f in s.figures) for g in p.figures):
        return "differ"  # each side has a figure the other lacks: not the same numbers
    return "missing"


def claim_check(s: Reading, p: Reading) -> str | None:
    """"negation" or "modality" when the passage negates, or only hedges, the sentence's claim."""
    for lemma, neg, hedge in s.claim:
        found = [(n, h) for lem, n, h in p.verbs if lem == lemma]
        if not found:
            continue
        if all(n != neg for n, _ in found):
            return "negation"
        if not hedge and all(h for _, h in found):
            return "modality"
    return None


def actor_check(s: Reading, p: Reading) -> str | None:
    """"actor" when both subjects are named and neither text names the other's."""
    if s.actor and p.actor and not (s.actor & p.words) and not (p.actor & s.words):
        return "actor"
    return None


def context_check(s: Reading, p: Reading) -> str | None:
    """"day" when the two texts name different weekdays; "quote" when both quote someone and
    the passage's quotation has little of the sentence's (another statement)."""
    if s.days and p.days and not (s.days & p.days):
        return "day"
    if len(s.quoted) >= 3 and len(p.quoted) >= 3 and len(s.quoted & p.quoted) < len(s.quoted) / 2:
        return "quote"
    return None


def screen(s: Reading, p: Reading, cfg: SupportConfig = DEFAULT) -> tuple[str | None, bool]:
    """The cheap tests: (why the pair fails, or None; does the passage lack a figure)."""
    shared = s.terms & p.terms
    if len(shared) < cfg.min_shared or len(shared) / max(len(s.terms), 1) < cfg.min_coverage:
        return "few shared words", False
    figures = figure_check(s, p)
    if figures == "differ":
        return "figures differ", False
    reason = claim_check(s, p) or actor_check(s, p) or context_check(s, p)
    return reason, figures == "missing"


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


def match(sentence: str, s: Reading, sp: Pieces, pp: Pieces, cosine: float, missing: bool) -> Match:
    """Word-piece alignment of a sentence to a passage (both from ``nlp.embed_pieces``): how
    well the passage covers the claim's words (``Reading.core``, else the whole sentence), and
    its predicate."""
    if not len(sp.vectors) or not len(pp.vectors):
        return Match(cosine, 0.0, 0.0, missing)
    keep, pred = _claim_pieces(sentence, s, sp)
    best = np.einsum("ij,kj->ik", sp.vectors, pp.vectors).max(axis=1)  # einsum: no BLAS threads for a small product
    coverage = float(best[keep].mean()) if keep else 0.0
    return Match(cosine, coverage, float(best[pred].min()) if pred else 0.0, missing)


def decide(m: Match, cfg: SupportConfig = DEFAULT) -> Verdict:
    """Supports when the passage covers the claim's words and has its predicate (the bar is
    raised when the passage lacks a figure the sentence states)."""
    bar = cfg.accept + (cfg.missing_figure if m.missing_figure else 0.0)
    score = m.score(cfg)
    if score >= bar:
        return Verdict(True, "states the claim", m.cosine, score)
    return Verdict(False, "figure missing" if m.missing_figure else "claim not stated", m.cosine, score)


@dataclass(slots=True)
class Cache:
    """Readings and model vectors of texts already seen, so that a text judged against several
    others (a summary sentence, a passage) is parsed and embedded once."""

    readings: dict[str, Reading] = field(default_factory=dict)
    vectors: dict[str, tuple[np.ndarray, Pieces]] = field(default_factory=dict)


def judge(
    pairs: Sequence[tuple[str, str]], cfg: SupportConfig = DEFAULT, *, cache: Cache | None = None
) -> list[Verdict]:
    """A verdict for each (sentence, passage) pair. Texts are parsed once each, and only the
    pairs that pass the cheap tests reach the model (MiniLM costs ~16 ms a text)."""
    from .nlp import embed_pieces, get_nlp

    c = cache if cache is not None else Cache()
    todo = sorted({t for pair in pairs for t in pair if t not in c.readings})
    for text, doc in zip(todo, get_nlp().pipe(todo, batch_size=64), strict=True):
        c.readings[text] = read(doc)
    screened = [screen(c.readings[s], c.readings[p], cfg) for s, p in pairs]
    need = sorted({t for (s, p), (why, _) in zip(pairs, screened, strict=True) if why is None for t in (s, p)}
                  - c.vectors.keys())
    vecs, pieces = embed_pieces(need)
    c.vectors.update({t: (vecs[i], pieces[i]) for i, t in enumerate(need)})
    out = []
    for (s, p), (why, missing) in zip(pairs, screened, strict=True):
        if why is not None:
            out.append(Verdict(False, why))
            continue
        (sv, sp), (pv, pp) = c.vectors[s], c.vectors[p]
        out.append(decide(match(s, c.readings[s], sp, pp, float(sv @ pv), missing), cfg))
    return out


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
    for s in sentences:
        for para in analysis.paragraphs:
            if para.offset <= s.start and s.end <= para.offset + len(para.text):
                span = parsed(para).char_span(s.start - para.offset, s.end - para.offset, alignment_mode="expand")
                if span is not None and span.text == s.text:
                    out[s.text] = read(span.as_doc())
                break
    return out


CANDIDATES_PER_DOCUMENT = 2
"""Sentences of each other document judged for one summary sentence: its best few by the
caller's cheap similarity that share enough words (each judged pair costs a parse reuse and
two MiniLM passes at most)."""


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
    found: list[dict[str, Sentence]] = [{} for _ in claims]
    for r in range(per_document):
        pairs = [(k, ts[r]) for k, q in enumerate(queues) for d, ts in q.items() if len(ts) > r and d not in found[k]]
        if not pairs:
            break
        verdicts = judge([(claims[k][0].text, cand.text) for k, cand in pairs], cfg, cache=cache)
        for (k, cand), v in zip(pairs, verdicts, strict=True):
            if v.supports:
                found[k][cand.doc] = cand
    return found


def supports(sentence: str, passage: str, cfg: SupportConfig = DEFAULT) -> Verdict:
    """Does ``passage`` state what ``sentence`` states? (One pair; ``judge`` batches.)"""
    return judge([(sentence, passage)], cfg)[0]
