"""A journal's name written after a publishing cue ("the study, published in BMJ Case Reports, …", "writing in the
journal Annals of Surgery": lexicon/journal_cues.txt): a publication's, an organisation's, whatever the model tagged
it, and whole: the capitalised words between the cue and the model's span ("BMJ| Case Reports": a publisher's
initials the model left out) are the name's own. A place's name after the cue ("published in Ardley") is left to
the places stage."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Mention

__all__ = ["journal_whole"]

_CUES = lexicon.alternation(lexicon.entries("journal_cues"), space=r"[ \t]+")
_CUE_BEFORE = re.compile(r"\b(?i:" + _CUES + r")[ \t]+((?:[A-Z][\w&'’-]*[ \t]+){0,3})$")
_LOOK_BACK = 80


def journal_whole(m: Mention, text: str, starts: set[int]) -> Mention:
    """The mention as a journal's whole name when written after a publishing cue (module docstring), else itself."""
    if m.kind == "place":
        return m
    cue = _CUE_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if cue is None:
        return m
    start = cue.start(1) if cue.group(1) and not any(cue.start(1) <= s < m.start for s in starts) else m.start
    return Mention(m.doc, start, m.end, text[start : m.end], "org", m.counted)
