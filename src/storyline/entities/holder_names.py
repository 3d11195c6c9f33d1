"""An office's holder the model ran into the body after the title ("Inspector General of Tarn Police Frontier Ana
Ruiz said", tagged a body "Tarn Police Frontier Ana Ruiz"): a body's mention right after a title word and "of"
whose last word the same report writes alone as a person's ("Ruiz added") ends in that person's name, its given
name and surname ("Ana Ruiz"), a person's mention; the body's name before it is left to the mentions that name it
elsewhere. The title words are the honorifics' (``lexicon/honorifics.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..names import HONORIFICS

__all__ = ["holder_name"]

_TITLE_OF = re.compile(r"\b(?:" + lexicon.alternation(w for w, k in HONORIFICS.items() if k == "title")
                       + r")[ \t]+of[ \t]+(?:the[ \t]+)?$")
_GIVEN = re.compile(r"[A-Z][a-z][\w'’-]*")


def holder_name(m: Mention, text: str, mentions: Sequence[Mention]) -> Mention:
    """The person's mention at the end of a body's mention after "<title> of" (module docstring); else ``m``."""
    words = m.text.split()
    if m.kind != "org" or len(words) < 3 or not _GIVEN.fullmatch(words[-2]) or not _GIVEN.fullmatch(words[-1]):
        return m
    if _TITLE_OF.search(text, max(0, m.start - 60), m.start) is None:
        return m
    if not any(n.kind == "person" and n.text == words[-1] and n.doc == m.doc for n in mentions):
        return m
    start = m.end - len(words[-1]) - 1
    start = text.rfind(words[-2], m.start, start)
    if start < 0:
        return m
    return Mention(m.doc, start, m.end, text[start : m.end], "person", m.counted)
