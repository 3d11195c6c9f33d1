"""A tax's, a charge's or a law's name the model read as a body's or a person's ("Alternative Minimum Tax", "the Velby
Carbon Levy"; "The Water Withdrawal| Bill was passed", the model's "person" its last word): a name of two words or more
whose last word is a levy's noun (lexicon/levy_nouns.txt, capitalised), or a law's noun alone (lexicon/law_nouns.txt)
right after a capitalised word that is no title, or after a closing bracket ("the Harbour (Water Withdrawal) Bill"),
and before no capitalised word ("Senator Bill Nelson" stays), names a levy or a law, a thing no reader looks for among
the story's actors, and is not listed."""


from __future__ import annotations

import re

from .. import lexicon
from ..model import EntityKind
from ..names import HONORIFICS, JOB_TITLES

__all__ = ["levy_name"]

_NOUNS = lexicon.words("levy_nouns")
_LAWS = lexicon.words("law_nouns")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_BRACKET_BEFORE = re.compile(r"\)[ \t]+$")


def levy_name(name: str, kind: EntityKind, text: str = "", start: int = -1) -> bool:
    """Is the name, typed a person or a body, a levy's or a law's (module docstring)? ``text`` and ``start``: where the
    mention is written, for a law's noun alone."""
    words = name.split()
    if kind != "place" and len(words) >= 2 and words[-1] in _NOUNS:
        return True
    if kind == "place" or name not in _LAWS or start < 0 or _NAME_AFTER.match(text, start + len(name)):
        return False
    if _BRACKET_BEFORE.search(text, max(0, start - 4), start) is not None:
        return True  # "the Harbour (Water Withdrawal) Bill": the law's bracketed words end right before (ents57)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in HONORIFICS and before.group(1).lower() not in JOB_TITLES
