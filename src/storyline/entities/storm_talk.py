"""Storms named without their storm word: in a story about a storm (a storm word written anywhere, in any case:
"the hurricane", "Typhoon Ada"; lexicon/storm_words.txt), the given names written after a word of living through
one ("I went through Ada and Bruno as a boy", "those who rode out Ada": lexicon/storm_survival_cues.txt) are
storms', not people's, like "Hurricane Ada"'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..text import fold

_STORM_WORD = re.compile(r"\b(?:" + lexicon.alternation(lexicon.entries("storm_words")) + r")\b", re.I)
_CUE = lexicon.alternation(lexicon.entries("storm_survival_cues"), space=r"[ \t]+")
_NAME = r"[A-Z][a-z]+"
_LIVED = re.compile(r"\b(?:" + _CUE + r")[ \t]+(" + _NAME + r"(?:(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)" + _NAME
                    + r")*)\b(?![ \t]+[A-Z])")
_SPLIT = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def storms_lived_through(texts: Sequence[str]) -> set[str]:
    """Folded given names of storms written after a word of living through one, in a story about a storm."""
    if not any(_STORM_WORD.search(t) for t in texts):
        return set()
    return {fold(n) for t in texts for m in _LIVED.finditer(t) for n in _SPLIT.split(m.group(1)) if n}
