"""The shared model loaders: the embedder gives unit vectors whose dot product ranks paraphrases."""

from __future__ import annotations

import numpy as np

from storyline.nlp import EMBED_DIM, embed


def test_embed_unit_vectors_and_paraphrase_ranking() -> None:
    vecs = embed([
        "The fire destroyed the warehouse on the harbour front.",
        "A blaze gutted the waterfront warehouse.",
        "The central bank raised interest rates by a quarter point.",
    ])
    assert vecs.shape == (3, EMBED_DIM)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    sims = vecs @ vecs.T
    assert sims[0, 1] > sims[0, 2] + 0.2


def test_embed_empty_and_order_independent_of_batching() -> None:
    assert embed([]).shape == (0, EMBED_DIM)
    texts = ["short one", "a much longer sentence about ships, ports and the weather at sea tonight", "mid length text"]
    together = embed(texts)
    alone = np.vstack([embed([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_spacy_is_imported_without_torch_and_torch_stays_importable() -> None:
    """thinc would import torch (about 500 MB) whenever it is installed; storyline's import hook hides
    it from thinc alone, so a later ``import torch`` by the caller still works."""
    import subprocess
    import sys

    code = ("import sys, importlib.util\n"
            "import storyline.analyse\n"
            "import thinc.compat\n"
            "print(thinc.compat.has_torch, 'torch' in sys.modules, sys.modules.get('torch', 0) is None)\n"
            "print(importlib.util.find_spec('torch') is not None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[:3] == ["False", "False", "False"], out
    import importlib.util

    assert out[3] == str(importlib.util.find_spec("torch") is not None)  # as importable as without storyline


def test_embedder_runs_without_a_memory_arena() -> None:
    """ORT's arena kept ~160 MB of buffers for the input shapes it had seen (bench/memory.py)."""
    from storyline.nlp import _get_embedder

    assert _get_embedder().session.get_session_options().enable_cpu_mem_arena is False


RULE_TEXT = (
    "I ain't gonna sign it, y'all, and we gotta see 'em first. Let's go; c'mon! Nothin' doin'.\n"
    "There is a dog that I saw. It was there, and he has had enough: she does, too. Those were hers.\n"
    "They'd been being watched by someone who'll   tell us.  The man, whose car it was, could not leave "
    "because the road was closed, but it gets worse: he got lost. Is it yours or theirs?"
)


def test_the_rule_matcher_finds_what_spacys_matcher_finds() -> None:
    """The attribute rules are applied from ``_RuleMatcher``'s matches; they must be the ``Matcher``'s, on a
    text that reaches every kind of rule (tag map, word and tag, dependency, two-token, regex, whitespace)."""
    from storyline.nlp import _RuleMatcher, get_nlp

    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, _RuleMatcher)
    spacy_match = type(ruler).match
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe([RULE_TEXT, *RULE_TEXT.split("\n"), "", "   "]))
    for doc in docs:
        assert ruler.match(doc) == spacy_match(ruler, doc)
    kinds = {len(e["patterns"][0]) for e in ruler.patterns}
    assert kinds == {1, 2}  # both lengths are exercised above ("gon na", "ai n't", "y' all")


def test_the_parse_equals_spacys_default_pipeline() -> None:
    import spacy

    from storyline.nlp import MODEL_NAME, get_nlp

    ours, plain = get_nlp()(RULE_TEXT), spacy.load(MODEL_NAME)(RULE_TEXT)
    attrs = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    assert (ours.to_array(attrs) == plain.to_array(attrs)).all()
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in plain]


def test_the_fast_lemmas_are_spacys_lemmas() -> None:
    """``nlp.pipe`` lemmatises through ``_Lemmas`` (each (word, part of speech, morphology) once) over a word
    index that answers ``in`` from a set; the lemmas, and every other annotation, must be spaCy's own
    pipeline's (run twice: the second pass reads the remembered lemmas)."""
    import spacy

    from storyline.nlp import MODEL_NAME, _Lemmas, _WordList, get_nlp

    nlp = get_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe, _Lemmas)
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, _WordList) for words in index.values())
    plain = spacy.load(MODEL_NAME)
    texts = [*RULE_TEXT.split("\n"), "The mice were running faster than the geese; she'd flown, they're leaving.",
             "Striking workers said the oldest bridges had been closed, and the children's toys were donated.", ""]
    attrs = ["LEMMA", "TAG", "POS", "MORPH", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    want = [d.to_array(attrs) for d in plain.pipe(texts)]
    for _ in range(2):
        got = [d.to_array(attrs) for d in nlp.pipe(texts)]
        assert all((a == b).all() for a, b in zip(got, want, strict=True))
    words = list(index.values())[0]
    words = next(iter(index.values()))
    assert words[0] in words and "zzzz not a word" not in words and len(words) == len(list(words))
