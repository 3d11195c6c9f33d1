"""A name written as an owner's: the model's span took in the possessive ("Kylie Jenner's| cosmetics company",
"criticised Scooter Braun's| company"). The business noun after "'s" names what the owner has, not the owner: a
person owns companies too, so such a use is no evidence that the name is a business's (``company_use`` reads the
words after the name, and after "'s" it reads nothing), nor, after "a stake in", a traded company's ("took a stake
in Kylie Jenner's cosmetics company": the stake is in the company she owns)."""

from __future__ import annotations

import re

from ..names import company_use
from .roles import org_cue, traded_use

__all__ = ["owner_uses"]

_POSSESSIVE_END = re.compile(r"['’]s?$")
_OWNS_AFTER = re.compile(r"^['’]s?[ \t]+(?!(?:shares|stock|shareholders|stockholders)\b)[a-z]")  # "|'s cosmetics"


def owner_uses(text: str, start: int, end: int) -> tuple[bool, bool, bool]:
    """How the name at ``text[start:end]`` is written as a business's: (company, a body's cue, traded), read with
    the possessive the model's span took in left out; a name written as an owner ("X's cosmetics company") is none
    of them ("X's shares" stays traded)."""
    bare = start + len(_POSSESSIVE_END.sub("", text[start:end]))
    if bare > start and _OWNS_AFTER.match(text[bare : bare + 40]):
        return False, False, False
    return company_use(text, start, end), org_cue(text, start, end), traded_use(text, start, end)
