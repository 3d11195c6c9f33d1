"""A work's title quoted with an honorific inside the marks ('In "Mrs. Tumble," he played …'): the model reads
the honorific as a person's, but the quotation marks around honorific and name together make it a title, so the
honorific there is no person's cue."""

from __future__ import annotations

import re

from ..names import HONORIFICS

_OPEN_AND_WORD = re.compile(r"[\"“][ \t]*([A-Z][A-Za-z]*\.?)[ \t]+$")  # '"Mrs. |'
_CLOSE = re.compile(r"[,.!?]?[\"”]")  # '|,"'


def honorific_in_quotes(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` quoted whole together with the honorific before it ('"Mrs. Tumble,"')?"""
    before = _OPEN_AND_WORD.search(text[max(0, start - 16) : start])
    return (before is not None and before.group(1).rstrip(".") in HONORIFICS
            and _CLOSE.match(text, end) is not None)
