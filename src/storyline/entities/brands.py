"""A brand's or a product's name written as a thing's ("the Acme logo", "Acme's shape", "a trademark for the Acme",
"the makers of Acme", "brands including Acme, Zed and Ovo"): a use counted with the other product uses
(``evidence``), so that a name the story writes as a brand, never as a business's, a person's or a speaker's, is
no person and no organisation. The cue words are data (lexicon/brand_nouns.txt, lexicon/brand_cues.txt)."""

from __future__ import annotations

import re

from .. import lexicon

_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_LIST_GAP = r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"  # ", ", ", and ", " and "
_NOUN_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:" + lexicon.alternation(lexicon.words("brand_nouns"))
    + r")\b(?![ \t]*(?:of|for|against)\b)")
_CUE_BEFORE = re.compile(
    r"\b(?i:" + lexicon.alternation(lexicon.entries("brand_cues")) + r")"
    r"[ \t]+(?:(?:an?|the)[ \t]+)?[\"“‘']?(?:" + _NAME + _LIST_GAP + r")*$")
_WINDOW = 80
BRAND_USES = 2
"""Uses as a brand's or a product's that make a name no person's (when none is a person's or a speaker's)."""


def brand_use(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` written as a brand's or a product's (module docstring)?"""
    if _NOUN_AFTER.match(text, end) is not None:
        return True
    return _CUE_BEFORE.search(text[max(0, start - _WINDOW) : start]) is not None
