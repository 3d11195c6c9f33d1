"""``storyline clean`` output: the cleaned documents as plain text or as JSON (DESIGN.md, "Cleaned documents").

Plain text is for reading (one block per document, like trafilatura's CLI prints
the extracted text); JSON is for checking the cleaner: every removed line with
its reason and the model's furniture score, so nothing is lost silently.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Document, Skipped

__all__ = ["cleaned_dict", "render_cleaned"]


def _document(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "published": d.published.isoformat() if d.published else None,
        "outlet": d.outlet,
        "url": d.url,
        "text": d.text,
        "removed": [r.to_dict() for r in d.removed],
        "notes": [n.to_dict() for n in d.notes],
    }


def cleaned_dict(docs: Sequence[Document], skipped: Sequence[Skipped]) -> dict[str, Any]:
    """``{"documents": [{"id", "title", "published", "outlet", "url", "text", "removed", "notes"}], "skipped"}``."""
    return {"documents": [_document(d) for d in docs], "skipped": [s.to_dict() for s in skipped]}


def _text_block(d: Document) -> str:
    head = [f"# {d.id}"]
    if d.title:
        head.append(f"title: {d.title}")
    if d.published:
        head.append(f"published: {d.published.isoformat()}")
    if d.outlet:
        head.append(f"outlet: {d.outlet}")
    head.extend(f"note: {n.note}" for n in d.notes)  # how the input was read (a guessed encoding)
    head.append(f"removed: {len(d.removed)} {'line or part' if len(d.removed) == 1 else 'lines or parts'} "
                "(see --format json)")
    return "\n".join(head) + "\n\n" + d.text + "\n"


def render_cleaned(docs: Sequence[Document], skipped: Sequence[Skipped], fmt: str) -> str:
    """The documents as ``text`` (one block each, separated by a blank line) or ``json``."""
    if fmt == "json":
        return json.dumps(cleaned_dict(docs, skipped), ensure_ascii=False, indent=2) + "\n"
    return "\n".join(_text_block(d) for d in docs)
