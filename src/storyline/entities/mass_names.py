"""A material's name written as an amount ("in favour of more AppleSkin.", "with less Ardlite, and"): a one-word name
written right after a word that measures a substance (lexicon/mass_quantifiers.txt) with no noun after it, and
nowhere in the story as a speaker's, a business's or a person's ("Ardlite said", "the firm Ardlite", "Ardlite, who"),
is a material, not a body, and is not listed. "More Kestrel staff" has a noun after the name and counts for
nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import company_use, person_use, speaks_use
from .cache_tags import MASS_NAME
from .uses import only_written_so

__all__ = ["mass_name"]

_QUANTIFIERS = lexicon.words("mass_quantifiers")
_STOPWORDS = lexicon.words("stopwords")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)]|$|([a-z]+)\b)")


def mass_name(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name written as an amount of a substance, and never as an actor's (module docstring)?"""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    return only_written_so(name, texts, cache, MASS_NAME, _amount)


def _amount(text: str, start: int, end: int) -> bool | None:
    """True: an amount ("more AppleSkin"); False: an actor's use; None: neither."""
    if speaks_use(text, end) or company_use(text, start, end) or person_use(text, start, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    after = _AFTER.match(text, end)
    if before is not None and before.group(1).lower() in _QUANTIFIERS and after is not None and (
            after.group(1) is None or after.group(1) in _STOPWORDS):
        return True
    return None
