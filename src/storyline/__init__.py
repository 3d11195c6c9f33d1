"""storyline: many news reports about one story in, one cited brief out.

Public API (pinned by tests/test_api.py)::

    import storyline
    b = storyline.brief(["reports/"], words=200)
    b.to_dict(); b.to_markdown(); b.to_html()

    with storyline.Store("storyline.db") as store:   # the story store (storyline.store)
        store.add(["wire/"]); store.stories(); store.brief("1")
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import BinaryIO


def _interrupted_while_loading() -> None:
    """Ctrl-C while the package itself loads, before ``cli.main`` can catch it: the command (``storyline``, or
    ``python -m storyline`` while its package is located) says it in one line and exits 130, as ``main`` does;
    it was a traceback. Imported by any other program, the interrupt is left to it."""
    if os.path.basename(sys.argv[0] if sys.argv else "") in ("storyline", "-m"):
        print("storyline: interrupted (Ctrl-C)", file=sys.stderr)
        raise SystemExit(130) from None


try:
    from . import render as _render  # noqa: F401  (registers Brief.to_markdown / to_html; see model.py)
    from .errors import BadArgument, InputError, NothingUsable, StorylineError, check_counts
    from .model import Brief, Document, RawDocument, Skipped
    from .nlp import keep_torch_out_of_spacy
    from .settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, __version__
except KeyboardInterrupt:
    _interrupted_while_loading()
    raise

keep_torch_out_of_spacy()  # before any stage imports spaCy (none of the above does): thinc would import torch

__all__ = [
    "BadArgument",
    "Brief",
    "Document",
    "InputError",
    "NothingUsable",
    "RawDocument",
    "Skipped",
    "Store",
    "StorylineError",
    "__version__",
    "brief",
    "briefs",
]

Input = str | os.PathLike[str] | RawDocument


def _read(
    inputs: Sequence[Input] | Input, max_bytes: int, stdin: BinaryIO | None, max_chars: int = DEFAULT_MAX_CHARS,
    exclude: Sequence[str] = (),
) -> tuple[list[Document], list[Skipped]]:
    """Ingest and clean, each report once (``sources.drop_repeats``); raise ``NothingUsable`` when no document
    survives."""
    from .ingest import read_inputs
    from .pipeline import clean_all
    from .sources import drop_repeats

    check_counts(max_bytes=max_bytes, max_chars=max_chars)
    if isinstance(inputs, (str, os.PathLike, RawDocument)):
        inputs = [inputs]
    raws, skipped = read_inputs(inputs, max_bytes=max_bytes, stdin=stdin, exclude=exclude)
    docs, bad = clean_all(raws, max_chars=max_chars)
    docs, repeats = drop_repeats(docs, {r.id: r.text for r in raws})  # one report given twice is briefed once
    skipped = [*skipped, *bad, *repeats]
    if not docs:
        reasons = "; ".join(f"{s.input}: {s.reason}" for s in skipped)
        raise NothingUsable(f"no usable document in the input ({reasons or 'nothing given'})", skipped)
    return docs, skipped


def read_documents(
    inputs: Sequence[Input] | Input, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS, exclude: Sequence[str] = (),
) -> tuple[list[Document], list[Skipped]]:
    """The cleaned documents of ``inputs`` and what was skipped (``storyline clean``): the same reading
    rules and skip reasons as ``brief``; raises ``NothingUsable`` when no document survives."""
    return _read(inputs, max_bytes, stdin, max_chars, exclude)


def __getattr__(name: str) -> object:
    """``storyline.Store`` (imported on first use: the store is not needed for a one-off brief)."""
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")


def briefs(
    inputs: Sequence[Input] | Input, words: int = 200, *, max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None, story: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
    exclude: Sequence[str] = (),
) -> list[Brief]:
    """A brief per story in ``inputs``, largest story first (stories come from cluster files, or
    are found by clustering the reports: ``pipeline.find_stories``); each brief's ``warnings``
    names the other stories when there are several.

    With ``story``, only that story is briefed (an empty list when no story has that id).
    ``exclude``: glob patterns of files and folders not to read (each listed as skipped).
    """
    from .pipeline import brief_stories, find_stories

    check_counts(words=words)
    docs, skipped = _read(inputs, max_bytes, stdin, max_chars, exclude)
    stories = find_stories(docs)
    chosen = [s for s in stories if story is None or s.id == story]
    return brief_stories(chosen, skipped, words=words, among=stories)


def brief(
    inputs: Sequence[Input] | Input, words: int = 200, *, max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None, max_chars: int = DEFAULT_MAX_CHARS, exclude: Sequence[str] = (),
) -> Brief:
    """One brief of the story in ``inputs`` (files, folders, ``-`` for stdin, RawDocuments).

    When the input holds several stories, this is the largest one (by independent sources, copies of one
    report counting once, then by reports: ``pipeline.sources_first``), and its ``warnings``
    start with a note naming the others (never one brief merging unrelated stories; use
    ``briefs`` for all of them or one by id). Unusable inputs are listed in ``Brief.skipped``;
    raises ``NothingUsable`` when no input gives a usable document.
    """
    from .pipeline import brief_stories, find_stories

    check_counts(words=words)
    docs, skipped = _read(inputs, max_bytes, stdin, max_chars, exclude)
    stories = find_stories(docs)
    return brief_stories(stories[:1], skipped, words=words, among=stories)[0]
