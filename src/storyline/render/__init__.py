"""Renderers: pure functions from a Brief to text a person reads.

JSON is ``Brief.to_json()``; Markdown and the self-contained HTML page live here.
"""

from __future__ import annotations

from .html import render_html
from .markdown import render_markdown

__all__ = ["render_html", "render_markdown"]
