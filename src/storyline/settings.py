"""Package-wide settings: the version and the input limits every entry point shares.

They live here, below everything, so that ``pipeline`` and ``cli`` read them
without importing the package face (``storyline/__init__``), which sits above both.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__version__ = "0.1.0"

DEFAULT_MAX_BYTES = 5_000_000
"""Largest input file read (bytes); a bigger one is skipped with its reason (``--max-bytes``)."""

DEFAULT_MAX_CHARS = 200_000
"""Longest article text (after cleaning) taken as one report: about 33,000 words, longer than
any news report; a longer text is skipped with a clear reason rather than parsed for minutes."""


def positive_int(value: str) -> int:
    """An argparse type for every count and limit option (``--words``, ``--max-bytes``, ``--workers`` …):
    a whole number of at least 1, so ``--words -5`` is refused with the option's name, never run."""
    import argparse  # only the command lines need it

    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A short hash of this package's code and data (sources, word lists, templates, gazetteer).

    A cached brief records it, so a brief built by other code (a new checkout, an edited rule or
    template under the same ``__version__``) is rebuilt rather than served stale. Read once per process."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pyo")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
