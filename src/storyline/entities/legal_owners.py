"""A company's name the model lost, its legal ending kept ("provider Tarnwick LLC" tagged "LLC"): a body's mention
that is only a legal ending (lexicon/legal_suffixes.txt) takes the capitalised words written right before it (up to
three, not a sentence's opening function word: "The"), "Tarnwick LLC"; with none, or with another mention among
them, it names no one and is dropped. A company's name ending in a legal ending that the model cut at "and" ("Simon
and| Luke LLC") takes the capitalised word before "and" (or "&") back when no other mention holds it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention

__all__ = ["legal_owner"]

_ENDINGS = frozenset(w.rstrip(".") for w in lexicon.words("legal_suffixes"))
_FUNCTION = lexicon.words("stopwords")
_WORDS_BEFORE = re.compile(r"((?:[A-Z0-9][\w&'’-]*[ \t]+){1,3})$")
_PARTNER_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+(?:and|&)[ \t]+$")


def _partner_whole(m: Mention, text: str, mentions: Sequence[Mention]) -> Mention:
    """"Simon and| Luke LLC": a company's name ending in a legal ending, cut at "and", whole."""
    if len(m.text.split()) < 2 or m.text.split()[-1].rstrip(".") not in _ENDINGS:
        return m
    before = _PARTNER_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is None or before.group(1).lower() in _FUNCTION or any(
            before.start(1) < n.end <= m.start for n in mentions):
        return m
    return Mention(m.doc, before.start(1), m.end, text[before.start(1) : m.end], m.kind, m.counted)


def legal_owner(m: Mention, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The mention with its company's name when it is only a legal ending (module docstring); else the mention."""
    if m.kind != "org":
        return m
    if m.text.strip().rstrip(".") not in _ENDINGS:
        return _partner_whole(m, text, mentions)
    run = _WORDS_BEFORE.search(text, max(0, m.start - 80), m.start)
    start = m.start
    if run is not None:
        for word in re.finditer(r"\S+", run.group(1)):
            if word.group().lower() not in _FUNCTION:
                start = run.start(1) + word.start()  # "The Tarnwick LLC": the name opens after the article
                break
    if start == m.start or any(start <= n.start < m.start or start < n.end <= m.start for n in mentions):
        return None
    return Mention(m.doc, start, m.end, text[start : m.end], m.kind, m.counted)
