"""Ingest: every supported input turned into ``RawDocument`` objects, problems into ``Skipped``.

One module per input kind (``text``, ``multinews``, ``html``, ``jsonfmt``),
``decode`` for bytes-to-text, and ``reader`` for paths, folders and stdin.
"""

from __future__ import annotations

from .decode import read_bytes_as_text
from .jsonfmt import parse_date
from .reader import KINDS, STDIN_ID, read_inputs

__all__ = ["KINDS", "STDIN_ID", "parse_date", "read_bytes_as_text", "read_inputs"]
