"""A one-word name's code in brackets right after it ("Velmaria (VLM.)", "Zealandia (ZLD)"): capitals spelling the
word's first letter and then others of it in order (ents58). The code is the name written short, not one more body:
the word is listed (or not) as what it is, and its code with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CODE_AFTER_WORD = re.compile(r"\b([A-Z][a-z]{3,}) \(([A-Z]{2,5})\.?\)")


def _spells(code: str, word: str) -> bool:
    """Does ``code`` open with ``word``'s first letter and take its other letters from it in order?"""
    rest = iter(word[1:].lower())
    return code[0] == word[0] and all(c in rest for c in code[1:].lower())


def word_code(name: str, texts: Sequence[str]) -> bool:
    """Is ``name`` written in brackets right after one word it so spells (module docstring)?"""
    if not (2 <= len(name) <= 5 and name.isupper() and name.isalpha()):
        return False
    return any(m.group(2) == name and _spells(name, m.group(1)) for t in texts for m in _CODE_AFTER_WORD.finditer(t))
