"""Probe candidate features for the support judge on the DEV split only (5-fold CV by story).

Issue 12's judge is stuck near 0.85 average precision. This script measures whether a new
signal moves it, without touching the shipped judge: it computes the judge's own features
(as ``scripts/train_support.py`` does) and a few candidates, fits the same logistic regression
(same folds, L2 chosen by CV) on the shipped full model's features plus each candidate, and
prints average precision and the best precision at recall 0.6 / 0.7 / 0.8 of each set, and the
same model fitted on all of dev and scored on dev itself (in-sample: an upper bound on what a
linear model over those features can separate). The held-out split is never read.

    python scripts/support_probe.py                 # the candidates below
    python scripts/support_probe.py --nli DIR       # also a pair classifier's logits (see --help)

Candidates (all from the parse and the MiniLM pass the judge already makes):
- ``clause``: the best coverage of the claim's words by ONE clause of the passage (a passage
  whose words are spread over a relative clause and its host should not look like a paraphrase),
  and the predicate's cosine in that clause;
- ``conjunct``: the best coverage of ONE coordinated claim of the sentence (the labelling rules
  accept a passage that states one of two coordinated claims), and its verb's cosine;
- ``subject``: how well the passage covers the main verb's subject;
- ``future``: the passage's word closest to the claim's predicate carries will/would/may/…
  (a plan or a possibility, not the event).

``--nli DIR``: a directory with ``model.onnx`` (inputs ``input_ids``/``attention_mask``, output
two logits) and ``tokenizer.json`` of a sentence-pair classifier; its logit difference in both
directions is added as a candidate. A diagnostic only: the judge loads models in ``nlp.py``.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "xcomp", "acl", "conj", "parataxis", "csubj", "pcomp"})
FUTURE = frozenset({"will", "would", "could", "may", "might", "should", "'ll"})


def _piece_tokens(doc: Any, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The token each word piece starts in (``spans`` are the pieces' character offsets in ``doc``)."""
    starts = [t.idx for t in doc]
    return np.array([max(bisect.bisect_right(starts, a) - 1, 0) for a, _ in spans], dtype=int)


def _clause_heads(doc: Any) -> list[int]:
    """Each token's clause: its nearest ancestor (or itself) that heads a clause, else the root."""
    out = []
    for t in doc:
        h = t
        while h.dep_ not in CLAUSE_DEPS and h.head.i != h.i:
            h = h.head
        out.append(h.i)
    return out


def _conjuncts(doc: Any) -> list[tuple[int, set[int]]]:
    """(verb, its tokens) per coordinated claim: each main verb's subtree without details and
    without the other main verbs; a conjunct without its own subject takes the first's."""
    from storyline.support.reading import _DETAILS, _dateline_end, _main_verbs

    verbs = _main_verbs(doc)
    start, heads = _dateline_end(doc.text), {v.i for v in verbs}
    first_subject: set[int] = set()
    for c in verbs[0].children if verbs else ():
        if c.dep_ in ("nsubj", "nsubjpass"):
            first_subject |= {t.i for t in c.subtree}
    out = []
    for v in verbs:
        toks, stack = set(), [v]
        while stack:
            t = stack.pop()
            if t.idx >= start and (t.is_alpha or t.like_num):
                toks.add(t.i)
            stack.extend(c for c in t.children if c.dep_ not in _DETAILS and c.i not in heads)
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            toks |= first_subject
        out.append((v.i, toks))
    return out


def candidates(s: str, p: str, docs: dict[str, Any], vec: dict[str, Any], readings: dict[str, Any]) -> list[float]:
    """clause, clause_predicate, conjunct, conjunct_predicate, subject, future of one instance."""
    from storyline.support import _claim_pieces

    sp, pp = vec[s][1], vec[p][1]
    if not len(sp.vectors) or not len(pp.vectors):
        return [0.0] * 6
    sd, pd = docs[s], docs[p]
    keep, pred = _claim_pieces(s, readings[s], sp)
    sims = np.einsum("ij,kj->ik", sp.vectors, pp.vectors)
    best_in_passage = sims.max(axis=1)
    clause = np.array(_clause_heads(pd))[_piece_tokens(pd, pp.spans)]
    cov, cov_pred = 0.0, 0.0
    for c in set(clause.tolist()):
        m = clause == c
        x = float(sims[keep][:, m].max(axis=1).mean())
        if x > cov:
            cov, cov_pred = x, float(sims[pred][:, m].max(axis=1).min()) if pred else 0.0
    stok = _piece_tokens(sd, sp.spans)
    conj, conj_pred = 0.0, 0.0
    for v, toks in _conjuncts(sd):
        m = np.isin(stok, list(toks))
        if m.any() and float(best_in_passage[m].mean()) > conj:
            conj = float(best_in_passage[m].mean())
            conj_pred = float(best_in_passage[stok == v].min()) if (stok == v).any() else 0.0
    from storyline.support.reading import _main_verbs

    verbs = _main_verbs(sd)
    subject = {t.i for c in (verbs[0].children if verbs else ()) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    sm = np.isin(stok, list(subject))
    subj = float(best_in_passage[sm].mean()) if sm.any() else float(best_in_passage.mean())
    future = 0.0
    if pred:
        tok = pd[int(_piece_tokens(pd, [pp.spans[int(sims[pred].max(axis=0).argmax())]])[0])]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        future = float(any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in verb.children))
    return [cov, cov_pred, conj, conj_pred, subj, future]


def nli_logits(pairs: list[tuple[str, str]], folder: Path) -> np.ndarray:
    """Logit 0 minus logit 1 of a two-way pair classifier for each (first, second) pair."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    session = ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
    width = session.get_inputs()[0].shape[1]
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.enable_truncation(width if isinstance(width, int) else 256)
    if isinstance(width, int):
        tok.enable_padding(length=width, pad_id=0)
    else:
        tok.enable_padding(pad_id=0)
    out = []
    for b in range(0, len(pairs), 16):
        enc = tok.encode_batch(pairs[b : b + 16])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        logits = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        out.append(logits[:, 0] - logits[:, 1])
    return np.concatenate(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nli", type=Path, help="folder with model.onnx and tokenizer.json of a pair classifier")
    args = ap.parse_args()
    import train_support as T

    from citations_eval import load
    from storyline.nlp import embed_pieces, get_nlp
    from storyline.support import match, screen
    from storyline.support.learned import CHEAP, FULL, MODEL, cheap_features
    from storyline.support.reading import read

    pairs = [p for p in load() if p.split == "dev"]
    texts = sorted({t for p in pairs for t in (p.sentence, p.passage)})
    docs = dict(zip(texts, get_nlp().pipe(texts, batch_size=64), strict=True))
    readings = {t: read(d) for t, d in docs.items()}
    inst = [(k, part, p.passage) for k, p in enumerate(pairs) for part in (readings[p.sentence].parts or (p.sentence,))]
    parts = sorted({s for _, s, _ in inst} - docs.keys())
    docs.update(zip(parts, get_nlp().pipe(parts, batch_size=64), strict=True))
    readings.update({t: read(docs[t]) for t in parts})
    need = sorted({t for _, s, p in inst for t in (s, p)})
    vecs, pieces = embed_pieces(need)
    vec = {t: (vecs[i], pieces[i]) for i, t in enumerate(need)}
    names = list(CHEAP) + list(MODEL)
    base = np.zeros((len(inst), len(names)))
    extra = np.zeros((len(inst), 6))
    ok = np.zeros(len(inst), dtype=bool)
    for i, (_, s, p) in enumerate(inst):
        ok[i] = screen(readings[s], readings[p]) is None
        f = cheap_features(readings[s], readings[p]) | match(
            (s, readings[s], vec[s][1]), (p, readings[p], vec[p][1]), float(vec[s][0] @ vec[p][0])).features()
        base[i] = [f[n] for n in names]
        extra[i] = candidates(s, p, docs, vec, readings)
    full = base[:, [names.index(n) for n in FULL]]
    sets = {
        "shipped full model": full,
        "+ clause": np.hstack([full, extra[:, 0:2]]),
        "+ conjunct": np.hstack([full, extra[:, 2:4]]),
        "+ subject": np.hstack([full, extra[:, 4:5]]),
        "+ future": np.hstack([full, extra[:, 5:6]]),
        "+ all four": np.hstack([full, extra]),
        "all cheap and model features + all four": np.hstack([base, extra]),
    }
    if args.nli:
        forward = nli_logits([(p, s) for _, s, p in inst], args.nli)  # premise: the passage
        nli = np.c_[forward, nli_logits([(s, p) for _, s, p in inst], args.nli)]
        sets["pair classifier alone"] = nli
        sets["+ pair classifier"] = np.hstack([full, nli])
    pair = np.array([k for k, _, _ in inst])
    gold = np.array([p.label for p in pairs])
    label = gold[pair]
    train = ok & ((np.bincount(pair, minlength=len(pairs))[pair] == 1) | ~label)
    fold = [T.folds([p.story_id for p in pairs])[k] for k in pair]
    y = label.astype(float)
    print(f"dev pairs {len(pairs)} ({int(gold.sum())} supports), {len(inst)} sentences judged, {int(ok.sum())} "
          f"past the rules (5-fold CV by story; pairs the rules rule out rank last)")
    print("| features | average precision | precision at recall " + " / ".join(map(str, T.CURVE_RECALLS))
          + " | L2 | in-sample: average precision, precision at recall 0.8 |")
    print("|---|---:|---|---:|---|")
    for name, x in sets.items():
        print(cv_row(name, x, y, fold, train, ok, pair, gold)[1])
    return 0


def cv_row(name: str, x: np.ndarray, y: np.ndarray, fold: list[int], train: np.ndarray, ok: np.ndarray,
           pair: np.ndarray, gold: np.ndarray) -> tuple[np.ndarray, str]:
    """One feature set's cross-validated per-pair probabilities and its row of the probes' table: average
    precision, precision at the curve's recalls, the L2 chosen, and the in-sample bound (fitted on all of dev
    and scored on it: what the features can separate at best, no held-out fold)."""
    import train_support as T

    l2 = T.best_l2(x, y, fold, train)
    prob = T.per_pair(np.where(ok, T.cross_validated(x, y, fold, l2, train), 0.0), pair, len(gold))
    avg, at = T.curve(prob, gold)
    inside = T.per_pair(np.where(ok, T.prob(T.fit(x[train], y[train], l2), x), 0.0), pair, len(gold))
    in_avg, in_at = T.curve(inside, gold)
    points = " / ".join(f"{a:.3f}" for a in at)
    return prob, f"| {name} | {avg:.3f} | {points} | {l2} | {in_avg:.3f}, {in_at[-1]:.3f} |"


if __name__ == "__main__":
    sys.exit(main())
