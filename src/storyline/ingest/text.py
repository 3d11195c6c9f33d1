"""Plain text files (``.txt``, ``.md``, no extension): one document each, or a Multi-News split."""

from __future__ import annotations

from ..model import RawDocument, Skipped
from .multinews import is_multinews, split_multinews


def parse_text(text: str, doc_id: str) -> tuple[list[RawDocument], list[Skipped]]:
    """One ``RawDocument`` holding the text as read; ``|||||`` texts become several.

    Nothing is taken from the text itself (a ``Published:`` line stays in the
    text, ``published`` stays None): reading metadata out of prose is the
    cleaner's job, where it is recorded as a removal.
    """
    if is_multinews(text):
        return split_multinews(text, doc_id)
    return [RawDocument(id=doc_id, text=text, source="text")], []
