"""Paragraph parses kept small: a spaCy ``Doc`` packed to its annotation arrays, rebuilt when read.

Why: a parsed ``Doc`` held in memory costs over a kilobyte per token (token structs, the
tok2vec tensor, a memory pool per Doc), so analyses that kept every paragraph's ``Doc`` grew
by about a megabyte per report (2.6 GB for 2,000 reports). The later stages (claims, timeline,
places, citations) read only the annotations: words, tags, parse, entities, lemmas, morphology
and sentence starts. ``pack`` keeps exactly these (spaCy's own serialisation attributes, without
the tensor) as zlib-compressed bytes, about 30 bytes per token, and ``parsed`` rebuilds a ``Doc``
whose annotations equal the original's. Packing and rebuilding each cost a small fraction of the
parse itself. The few most recently rebuilt ``Doc``s are kept, because a stage reads the
paragraphs of one report several times.

The arrays hold string hashes. A lemma or norm the parse made up ("overture" for "overtures")
is in the parsing process's vocabulary only, so a packed parse also carries the strings its
lemma, norm and morphology hashes name, and ``rebuild`` adds them: any process (a later
``brief --db``, the client of a Dask run whose workers parsed) rebuilds the same ``Doc``.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Analysis, Paragraph, Sentence

ANNOTATIONS = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA",
               "MORPH", "POS", "SENT_START")
"""What a packed parse keeps: the attributes spaCy's ``Doc.to_bytes`` keeps (no tensor, no user data)."""
_COLUMNS = ("LENGTH", "SPACY", *ANNOTATIONS)  # word lengths and trailing spaces rebuild the words from the text
REBUILT_KEPT = 256
"""Rebuilt ``Doc``s kept for the next read: every paragraph of a ten-report story (about 150), so the
stages that read them one after another (timeline, places, claims, citations) rebuild each once, not
once per stage (with 64 kept, a ten-report brief rebuilt each paragraph about four times). About 40 kB
a paragraph: some 10 MB at most."""


_NAMED = ("LEMMA", "NORM", "MORPH")
"""Annotations whose hashes may name strings only the parsing process knows."""


def pack(doc: Any) -> bytes:
    """The annotations of a parsed ``Doc`` (``spacy.tokens.Doc``) as compact bytes: the length of
    the strings' part (4 bytes), the strings the hashes name (NUL-separated), the arrays."""
    import numpy as np

    strings = doc.vocab.strings
    named = "\0".join(strings[int(h)] for h in np.unique(doc.to_array(list(_NAMED))) if h).encode("utf-8")
    return zlib.compress(len(named).to_bytes(4, "little") + named + doc.to_array(list(_COLUMNS)).tobytes(), 1)


def rebuild(text: str, packed: bytes) -> Any:
    """A ``Doc`` of ``text`` with the annotations ``pack`` kept (a new one on every call)."""
    import numpy as np
    from spacy.tokens import Doc

    from .nlp import get_nlp

    vocab = get_nlp().vocab
    data = zlib.decompress(packed)
    size = int.from_bytes(data[:4], "little")
    if size:
        for name in data[4 : 4 + size].decode("utf-8").split("\0"):
            vocab.strings.add(name)
    rows = np.frombuffer(data[4 + size :], dtype=np.uint64).reshape(-1, len(_COLUMNS))
    words: list[str] = []
    spaces: list[bool] = []
    at = 0
    for length, space in rows[:, :2].tolist():
        words.append(text[at : at + length])
        spaces.append(bool(space))
        at += length + space
    doc: Any = Doc(vocab, words=words, spaces=spaces)
    if words:
        doc.from_array(list(ANNOTATIONS), rows[:, 2:])
    return doc


def text_of(doc: Any) -> str:
    """``doc.text``, read once per ``Doc``: spaCy joins every token on each ``Doc.text`` (about 8 µs for a
    paragraph, asked some 10,000 times in a ten-report brief). Kept in the Doc's user data, which a
    packed parse and ``Span.as_doc`` leave out."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


_TEXT = "storyline.text"


_kept: OrderedDict[Paragraph, Any] = OrderedDict()
_kept_lock = threading.Lock()


def sentence_span(a: Analysis, s: Sentence) -> Any | None:
    """The parse of sentence ``s`` as a ``spacy.tokens.Span`` of its paragraph's ``Doc`` (``parsed``), or None
    when no paragraph of ``a`` holds it whole."""
    for para in a.paragraphs:
        if para.offset <= s.start and s.end <= para.offset + len(para.text):
            return parsed(para).char_span(s.start - para.offset, s.end - para.offset, alignment_mode="expand")
    return None


def parsed(paragraph: Paragraph) -> Any:
    """The paragraph's parse as a ``spacy.tokens.Doc``: rebuilt, or the one rebuilt on a recent read
    of this paragraph, or the parse itself when ``analyse`` made it recently (``keep``); never change it."""
    with _kept_lock:
        doc = _kept.get(paragraph)
        if doc is not None:
            _kept.move_to_end(paragraph)
            return doc
    doc = rebuild(paragraph.text, paragraph.packed)
    keep(paragraph, doc)
    return doc


def keep(paragraph: Paragraph, doc: Any) -> None:
    """Remember ``doc`` as the parse of ``paragraph`` (``REBUILT_KEPT`` most recent are kept).

    ``analyse`` keeps the ``Doc`` it packed, without its tok2vec tensor, so the stages that follow
    read it instead of rebuilding it from the bytes: it reads exactly as the rebuilt one (every
    annotation, sentence, entity, noun chunk, subtree edge and child; tests/test_parses.py, and every
    paragraph of DUC 2003 and TAC 2011), and the briefs are byte-identical."""
    with _kept_lock:
        _kept[paragraph] = doc
        _kept.move_to_end(paragraph)
        while len(_kept) > REBUILT_KEPT:
            _kept.popitem(last=False)
