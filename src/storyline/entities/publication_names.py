"""A periodical's name the model left untagged, written right after a journal's noun or a written piece "in the"
("published in the journal Velbrook Case Notes", "according to a report in the Daily Clarion of Ardley":
lexicon/publication_cues.txt): the run of capitalised words after the cue (up to five, ending before a word in lower
case or a stop, and over "of" and more such words that no mention of the model's takes: "Notes of the Ardley
Society", not "the Daily Clarion of| Ardley" where the model tagged "Ardley") is a publication's name, an
organisation, added as a mention when no mention of the model's starts or ends inside it. A run the model tagged is
left to it (and to ``journals``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention

__all__ = ["publication_mentions"]

_CUES = lexicon.alternation(lexicon.entries("publication_cues"), space=r"[ \t]+")
_WORDS = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4}(?![\w&'’-])"
_OF_MORE = r"((?:[ \t]+of(?:[ \t]+the)?[ \t]+" + _WORDS + r")?)"
_RUN = re.compile(r"(?<![\w-])(?i:" + _CUES + r")[ \t]+(" + _WORDS + r")" + _OF_MORE)


def publication_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged publications' names written after a cue (module docstring)."""
    found = []
    for run in _RUN.finditer(text):
        start, end = run.start(1), run.end(1)
        if run.group(2) and not any(m.start < run.end(2) and end < m.end for m in mentions):
            end = run.end(2)  # "Monthly Notices of the Royal Astronomers' Society": one name
        if not any(m.start < end and start < m.end for m in mentions):
            found.append(Mention(doc, start, end, text[start:end], "org"))
    return found
