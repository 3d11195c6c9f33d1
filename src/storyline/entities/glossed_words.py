"""Words the story translates and the languages it names while doing so: "… as Tata, which in Velsh means
“father”" (a word: no one's name; a language: no body), "the Velsh word for river". Such a name, wherever the story
writes it, is no person's and no organisation's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..names import name_key

_WORD = r"([A-Z][\w'’-]+)"
_MEANS = re.compile(r"(?<![\w'’-])(?:" + _WORD + r",?[ \t]+which[ \t]+)?\bin[ \t]+" + _WORD
                    + r"[ \t]+(?:means|meaning|translates)\b")
_WORD_FOR = re.compile(r"\b(?:the|a|an)[ \t]+" + _WORD + r"[ \t]+(?:word|term|phrase)[ \t]+for\b")


def glossed_names(texts: Iterable[str]) -> set[str]:
    """Keys of the words the texts translate ("Tata, which in Velsh means …") and of the languages they name in a
    gloss ("in Velsh means", "the Velsh word for")."""
    out: set[str] = set()
    for text in texts:
        for m in _MEANS.finditer(text):
            out |= {name_key(g) for g in m.groups() if g}
        out |= {name_key(m.group(1)) for m in _WORD_FOR.finditer(text)}
    return out
