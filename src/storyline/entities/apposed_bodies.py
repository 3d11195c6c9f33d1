"""A body typed a person that the story names as a body in apposition ("the group behind the attack — Ansar Tarn,
an al-Qaeda-linked organization —", "Velbrook, a small rebel group, said"): a phrase after the name's comma that opens
on "a", "an" or "the" and whose head (its last word before a stop, a dash or a word like "of", "that", "for": up to
five words in all) is a body's noun (lexicon/body_apposition_nouns.txt, company_nouns.txt) makes the mention an
organisation's. "Ana Ruiz, a member of the party," is a person's: the head is "member"."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..model import Mention

__all__ = ["apposed_body"]

_NOUNS = lexicon.words("body_apposition_nouns") | lexicon.words("company_nouns")
_PHRASE = re.compile(r",[ \t]+(?:an?|the)[ \t]+((?:[\w’'-]+[ \t]+){0,4}?[\w’'-]+)(?=[ \t]*(?:[,;.:—–)]|$)|[ \t]+"
                     r"(?:of|for|in|at|with|from|on|to|by|who|that|which|based)\b)")


def apposed_body(m: Mention, text: str) -> Mention:
    """The mention, typed an organisation when the phrase in apposition after it names a body (module docstring)."""
    if m.kind != "person":
        return m
    phrase = _PHRASE.match(text, m.end)
    if phrase is None or phrase.group(1).split()[-1].lower() not in _NOUNS:
        return m
    return replace(m, kind="org")
