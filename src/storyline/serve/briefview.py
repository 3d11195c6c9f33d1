"""The brief inside the web app: the same renderer as ``brief.html``, so the two cannot drift apart.

The story page shows exactly what ``render_html`` puts inside ``<main>`` of the
self-contained page; the page's own style and script are served as files from
the same rendering. A rendering of a small trusted sample also yields the hashes of
the inline ``<style>`` blocks the renderer writes inside the body (the map's), which
the Content-Security-Policy allows by hash: nothing else inline may run or style.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Brief, Document, PlaceRow
from ..render.html import render_html
from ..render.marks import mark_text

Span = tuple[int, int]

_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


class RendererChanged(RuntimeError):
    """The brief renderer's page no longer has the shape this module cuts it at."""


def brief_body(page: str) -> str:
    """What the brief page holds inside ``<main>`` (report text is escaped, so the tags are the renderer's)."""
    start, end = page.find("<main>"), page.rfind("</main>")
    if start < 0 or end < start:
        raise RendererChanged("the brief page has no <main> element")
    return page[start + len("<main>") : end].strip("\n")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@dataclass(frozen=True, slots=True)
class RendererAssets:
    """The brief page's style and script, and CSP hashes of inline blocks its body may contain."""

    css: str
    js: str
    style_hashes: tuple[str, ...]
    script_hashes: tuple[str, ...]


def _sample() -> Brief:
    """A tiny trusted brief that makes the renderer write every inline block it has (the map's style)."""
    doc = Document(id="a", text="Crowds gathered in Paris on Monday.", title="Sample")
    place = PlaceRow(name="Paris", lat=48.8566, lon=2.3522, kind="city", docs=["a"], mentions=1, country="FR")
    return Brief(story_id="sample", title="Sample", words=50, documents=[doc], places=[place])


@lru_cache(maxsize=1)
def renderer_assets() -> RendererAssets:
    """Read once per process from a rendering of ``_sample``."""
    page = render_html(_sample())
    head = page[: page.find("<body")]
    body = brief_body(page)
    tail = page[page.rfind("</main>") :]
    css = "\n".join(_STYLE.findall(head))
    js = "\n".join(_SCRIPT.findall(tail))
    return RendererAssets(css=css, js=js, style_hashes=tuple(dict.fromkeys(map(_csp_hash, _STYLE.findall(body)))),
                          script_hashes=tuple(dict.fromkeys(map(_csp_hash, _SCRIPT.findall(body)))))


def cited_spans(brief: dict[str, Any], doc_id: str, text: str) -> set[Span]:
    """Every span of ``doc_id`` that the brief (JSON contract) cites: summary (its who's-who glosses too), claims,
    timeline."""
    cites: list[dict[str, Any]] = []
    for sentence in brief.get("summary", []):
        cites += sentence.get("citations", [])
        cites += [g["citation"] for g in sentence.get("who", []) if isinstance(g.get("citation"), dict)]
    for claim in brief.get("claims", []):
        cites += claim.get("mentions", [])
    for entry in brief.get("timeline", []):
        cites += entry.get("citations", [])
        cites += [g["citation"] for g in entry.get("who", []) if isinstance(g.get("citation"), dict)]
    return {(int(c["start"]), int(c["end"])) for c in cites
            if c.get("doc") == doc_id and 0 <= int(c["start"]) < int(c["end"]) <= len(text)}


def doc_number(brief: dict[str, Any], doc_id: str) -> int | None:
    """The document's ``[n]`` in the brief (1-based), None when the brief does not hold it."""
    for n, doc in enumerate(brief.get("documents", []), 1):
        if doc.get("id") == doc_id:
            return n
    return None


def marked_text(text: str, spans: Iterable[Span], n: int) -> str:
    """The report's paragraphs with the cited spans in ``<mark>``, exactly as the brief marks them."""
    return mark_text(text, spans, n)
