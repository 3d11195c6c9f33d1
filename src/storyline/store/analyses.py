"""Each report's analysis, cached in the store so that no report is parsed twice.

The spaCy parse is the dearest step of a brief (about 0.1 s a report on one core). It
depends only on the report's cleaned text, the model and the analysis code, so it is
stored once per ``(content_hash, version)``: ``add --workers`` (or ``add --analyse``)
parses on the way in, and a story's brief, rebuilt after every new member, reads its
members' parses back instead of parsing them again.

The packed form is a small JSON header (sentence and mention spans, paragraph offsets:
all text is re-cut from the document, so nothing is stored twice) and each paragraph's
packed parse (``parses.pack``). ``unpack`` checks that the spans still fit the document
and returns ``None`` when they do not: a miss, never a wrong analysis.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..model import Analysis, Document, Mention, Paragraph, Sentence
from ..nlp import MODEL_NAME, model_versions
from ..settings import __version__
from ..sources import content_hash as content_hash  # the store's key, shared with ``brief`` (re-exported)

FORMAT = 3
"""Version of the packed form; part of ``analysis_version`` (3: parses carry their strings)."""

Analyser = Callable[[Sequence[Document]], list[Analysis]]


def analysis_version() -> str:
    """What an analysis depends on besides the text: the model (name and versions) and this code."""
    versions = " ".join(f"{k} {v}" for k, v in sorted(model_versions().items()))
    return f"analysis/{FORMAT} storyline {__version__} {MODEL_NAME} {versions}"


def pack(a: Analysis) -> bytes:
    """An analysis as bytes (the document itself is not included: it is in the store)."""
    head = {
        "h": content_hash(a.doc),
        "s": [[s.start, s.end, s.paragraph] for s in a.sentences],
        "m": [[m.start, m.end, m.kind, m.counted] for m in a.mentions],
        "p": [[p.offset, len(p.text), len(p.packed)] for p in a.paragraphs],
    }
    raw = json.dumps(head, separators=(",", ":")).encode("utf-8")
    return len(raw).to_bytes(4, "little") + raw + b"".join(p.packed for p in a.paragraphs)


def unpack(blob: bytes, doc: Document) -> Analysis | None:
    """The analysis of ``doc`` from ``pack``'s bytes; None when they do not fit its text."""
    n = int.from_bytes(blob[:4], "little")
    head = json.loads(blob[4 : 4 + n].decode("utf-8"))
    text = doc.text
    if head.get("h") != content_hash(doc):
        return None
    paragraphs: list[Paragraph] = []
    at = 4 + n
    for offset, length, size in head["p"]:
        if offset + length > len(text) or at + size > len(blob):
            return None
        paragraphs.append(Paragraph(offset, text[offset : offset + length], blob[at : at + size]))
        at += size
    sentences = [Sentence(doc.id, i, s, e, text[s:e], para) for i, (s, e, para) in enumerate(head["s"])]
    mentions = [Mention(doc.id, s, e, text[s:e], kind, counted=counted) for s, e, kind, counted in head["m"]]
    return Analysis(doc, sentences, mentions, paragraphs)


class AnalysisCache:
    """The ``analyses`` table: packed analyses by content hash, for the current ``analysis_version``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.version = analysis_version()

    def get(self, hashes: Sequence[str]) -> dict[str, bytes]:
        """The cached analyses among ``hashes``."""
        out: dict[str, bytes] = {}
        for at in range(0, len(hashes), 500):
            part = list(hashes[at : at + 500])
            q = (f"SELECT content_hash, data FROM analyses WHERE version = ? AND "
                 f"content_hash IN ({','.join('?' * len(part))})")
            out.update({h: bytes(d) for h, d in self.conn.execute(q, [self.version, *part])})
        return out

    def put(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Store packed analyses (inside the caller's transaction, or on their own)."""
        self.conn.executemany("INSERT OR IGNORE INTO analyses(content_hash, version, data) VALUES (?, ?, ?)",
                              [(h, self.version, blob) for h, blob in rows])

    def analyser(self, fallback: Analyser | None = None) -> Analyser:
        """An ``analyse`` that reads cached analyses and parses (and caches) only the rest."""
        parse = fallback or _analyse

        def cached(docs: Sequence[Document]) -> list[Analysis]:
            hashes = [content_hash(d) for d in docs]
            blobs = self.get(hashes)
            found: list[Analysis | None] = [unpack(blobs[h], d) if h in blobs else None
                                            for h, d in zip(hashes, docs, strict=True)]
            todo = [i for i, a in enumerate(found) if a is None]
            if todo:
                fresh = parse([docs[i] for i in todo])
                for i, a in zip(todo, fresh, strict=True):
                    found[i] = a
                _try_put(self, [(hashes[i], pack(a)) for i, a in zip(todo, fresh, strict=True)])
            return [a for a in found if a is not None]

        return cached


def _try_put(cache: AnalysisCache, rows: list[tuple[str, bytes]]) -> None:
    """Cache what was parsed, unless another writer holds the store (then next time)."""
    try:
        cache.put(rows)
    except sqlite3.OperationalError:
        pass


def _analyse(docs: Sequence[Document]) -> list[Analysis]:
    from ..analyse import analyse  # spaCy is imported only when something is parsed

    return analyse(docs)


def memory_analyser(blobs: Mapping[str, bytes], fallback: Analyser | None = None) -> Analyser:
    """An ``analyse`` over analyses already packed (by workers), by content hash; parses the rest."""
    parse = fallback or _analyse

    def lookup(docs: Sequence[Document]) -> list[Analysis]:
        found: list[Any] = [unpack(blobs[h], d) if (h := content_hash(d)) in blobs else None for d in docs]
        todo = [i for i, a in enumerate(found) if a is None]
        for i, a in zip(todo, parse([docs[i] for i in todo]) if todo else [], strict=True):
            found[i] = a
        return list(found)

    return lookup
