"""Renderers: pure functions from a Brief to text a person reads.

``render(brief, fmt)`` picks one by name ("md", "html", "json"); the command
line uses it. Importing this package also registers the Markdown and HTML
renderers behind ``Brief.to_markdown()`` and ``Brief.to_html()`` (why: see
``model.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Brief, register_renderer
from .html import render_html
from .markdown import render_claims_markdown, render_markdown

__all__ = ["RENDERERS", "render", "render_claims_markdown", "render_html", "render_markdown"]


def _json(brief: Brief) -> str:
    return brief.to_json()


RENDERERS: dict[str, Callable[[Brief], str]] = {"md": render_markdown, "html": render_html, "json": _json}
"""Format name → renderer."""

register_renderer("md", render_markdown)
register_renderer("html", render_html)


def render(brief: Brief, fmt: str) -> str:
    """``brief`` in format ``fmt`` ("md", "html" or "json")."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}") from None
    return renderer(brief)
