"""Package-wide settings: the version and the input limits every entry point shares.

They live here, below everything, so that ``pipeline`` and ``cli`` read them
without importing the package face (``storyline/__init__``), which sits above both.
"""

from __future__ import annotations

__version__ = "0.1.0"

DEFAULT_MAX_BYTES = 5_000_000
"""Largest input file read (bytes); a bigger one is skipped with its reason (``--max-bytes``)."""

DEFAULT_MAX_CHARS = 200_000
"""Longest article text (after cleaning) taken as one report: about 33,000 words, longer than
any news report; a longer text is skipped with a clear reason rather than parsed for minutes."""
