"""A quoted term whose first word is capitalised only because it opens the quotation ("“Cellar lung” may come from
mould in cellars"): a one-word span written right after an opening quotation mark, followed by words in lower case
up to the closing mark, is a word of a term (a condition's, a thing's), not a name, when the story also writes the
word in lower case (as itself or with a plural's "s"). "“Velbrook said no,” she wrote" (a name the story never
writes in lower case) stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["quoted_term"]

_OPEN_BEFORE = re.compile(r"[“\"‘]$")
_LOWER_TO_CLOSE = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,3}[,.!?]?[”\"’]")


def quoted_term(text: str, start: int, end: int, texts: Sequence[str]) -> bool:
    """Is the span a quoted lower-case term's capitalised first word (module docstring)?"""
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if _OPEN_BEFORE.search(text, max(0, start - 1), start) is None or _LOWER_TO_CLOSE.match(text, end) is None:
        return False
    lower = re.compile(r"(?<![\w'’-])" + re.escape(word.lower()) + r"s?(?![\w'’-])")
    return any(lower.search(t) for t in texts)
