"""Reports arriving through the web app (pasted text, uploaded files, URLs, API JSON) into the store.

Everything goes through the command line's own readers: pasted text and uploads
are written to a private temporary folder under safe names and read with
``read_inputs``, so the web app takes exactly the formats ``storyline add`` takes and
reports skips the same way. URLs are fetched by ``fetch`` first.

One report must never cost the others, nor crash the page: each report is cleaned
on its own, and if adding a batch fails, its reports are added one by one so that
only the one that fails is skipped, with a message that says so.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import read_inputs
from ..ingest.html import looks_like_html
from ..model import Document, RawDocument, Skipped, input_notes
from ..pipeline import clean_all
from ..settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from ..store import AddResult, Store
from .fetch import UrlGuard, fetch_all

log = logging.getLogger("storyline.serve")

BATCH = 25
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(slots=True)
class Upload:
    """A file as the browser sent it: its name (untrusted) and its bytes."""

    name: str
    data: bytes


@dataclass(slots=True)
class Submission:
    """What one ``/add`` form or ``POST /api/reports`` brought, in the order it is added."""

    texts: list[str] = field(default_factory=list)
    uploads: list[Upload] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.texts or self.uploads or self.urls)


def safe_name(name: str, taken: set[str]) -> str:
    """A file name safe to write and to show: no folders, no odd characters, unique within ``taken``."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _UNSAFE.sub("_", base).strip(" ._") or "upload"
    stem, dot, ext = base.rpartition(".")
    if not dot or len(ext) > 12:
        stem, ext = base, ""
    stem = stem[:80] or "upload"
    candidate, n = stem + (f".{ext}" if ext else ""), 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}~{n}" + (f".{ext}" if ext else "")
    taken.add(candidate.lower())
    return candidate


def _pasted_name(text: str) -> str:
    """``pasted-<hash>.<ext>``: the same text always gets the same id; the extension picks the reader."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    start = text.lstrip()[:1]
    ext = "html" if looks_like_html(text) else "json" if start in ("{", "[") else "txt"
    return f"pasted-{digest}.{ext}"


def read_submission(sub: Submission, guard: UrlGuard, *, max_bytes: int = DEFAULT_MAX_BYTES
                    ) -> tuple[list[RawDocument], list[Skipped]]:
    """Raw documents from every part of ``sub`` and a ``Skipped`` for each part that gave none."""
    skipped: list[Skipped] = []
    with tempfile.TemporaryDirectory(prefix="storyline-upload-") as tmp:
        root = Path(tmp)
        taken: set[str] = set()
        paths: list[str] = []
        files = [Upload(_pasted_name(t), t.encode("utf-8", "surrogatepass")) for t in sub.texts] + sub.uploads
        for up in files:
            path = root / safe_name(up.name, taken)
            path.write_bytes(up.data)
            paths.append(str(path))
        raws, read_skips = read_inputs(paths, max_bytes=max_bytes) if paths else ([], [])
        prefix = str(root) + os.sep
        skipped += [Skipped(s.input.removeprefix(prefix), s.reason.replace(prefix, "")) for s in read_skips]
    fetched, refused = fetch_all(sub.urls, guard) if sub.urls else ([], [])
    skipped += [Skipped(url, reason) for url, reason in refused]
    return raws + fetched, skipped


def crash_reason(err: BaseException) -> str:
    """What a reader is told when storyline itself fails on a report."""
    return (f"storyline failed on this report ({type(err).__name__}: {err}); it was not added. "
            "This is a bug in storyline: please report it with this report attached")


def clean_each(raws: Sequence[RawDocument], *, max_chars: int = DEFAULT_MAX_CHARS
               ) -> tuple[list[Document], list[Skipped]]:
    """Clean every report on its own: a report that crashes the cleaner is skipped, the rest go on."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for raw in raws:
        try:
            good, bad = clean_all([raw], max_chars=max_chars)
        except Exception as err:
            log.exception("cleaning %s failed", raw.id)
            skipped.append(Skipped(raw.id, crash_reason(err)))
            continue
        docs += good
        skipped += bad
    return docs, skipped


def _merge(into: AddResult, part: AddResult) -> None:
    into.added += part.added
    into.duplicates += part.duplicates
    into.skipped += part.skipped
    into.new_stories |= part.new_stories
    into.updated_stories |= part.updated_stories
    into.joined += part.joined
    into.repeated |= part.repeated
    into.notes += part.notes  # a duplicate stored under another name says which


def add_cleaned(store: Store, docs: Sequence[Document], result: AddResult) -> None:
    """Add ``docs`` in batches; a batch that fails is retried one report at a time."""
    for start in range(0, len(docs), BATCH):
        batch = docs[start : start + BATCH]
        try:
            _merge(result, store.add_documents(batch))
            continue
        except Exception:
            log.warning("adding a batch of %d reports failed; adding them one by one", len(batch))
        for doc in batch:
            try:
                _merge(result, store.add_documents([doc]))
            except sqlite3.Error as err:
                result.skipped.append(Skipped(doc.id, f"could not be stored ({err}); try adding it again"))
            except Exception as err:
                log.exception("adding %s failed", doc.id)
                result.skipped.append(Skipped(doc.id, crash_reason(err)))


def add_submission(store: Store, sub: Submission, guard: UrlGuard, write_lock: threading.Lock, *,
                   max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> AddResult:
    """Read, fetch, clean and add everything in ``sub``; what was added, skipped and joined."""
    raws, skipped = read_submission(sub, guard, max_bytes=max_bytes)
    docs, bad = clean_each(raws, max_chars=max_chars)
    result = AddResult(skipped=[*skipped, *bad], notes=input_notes(raws))
    with write_lock:
        add_cleaned(store, docs, result)
        try:  # as at the end of `storyline add`: the small stories this add touched merged where they belong
            store.merge_pass(result)
        except Exception:  # the reports are committed; the next add's pass covers these stories again
            log.exception("the merge pass after an add failed")
    return result
