"""A thing an owner has, named after an adjective ("its electric Gran Turismo is arguably the most striking", "their
ceramic Vela Tile, and"): a name written right after "its" or "their" and one lower-case adjective (by its ending:
lexicon/adjective_suffixes.txt), as the head of its phrase (a stop or a function word after it), every time the
story writes it, is the owner's made thing or kind, no body, and is not listed. A body the owner has is written
otherwise somewhere ("its Olympic Committee said": no lower-case adjective; "Kestrel said") or ends on a body's word
("their historic Ardley Society": ``names.org_by_form``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import org_by_form
from .cache_tags import OWNED_THING
from .uses import only_written_so

__all__ = ["owned_thing"]

_ADJECTIVE = r"[a-z]+(?:" + lexicon.alternation(lexicon.words("adjective_suffixes")) + r")"
_OWNER_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)[ \t]+" + _ADJECTIVE + r"[ \t]+$")
_HEAD_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$|([a-z]+)\b)")
_STOPWORDS = lexicon.words("stopwords")


def owned_thing(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name, every time it is written, an owner's thing after an adjective (module docstring)?"""
    if not name[:1].isupper() or name.isupper() or org_by_form(name):
        return False  # "their historic Ardley Society": a body's word ends the name
    return only_written_so(name, texts, cache, OWNED_THING, _owned)


def _owned(text: str, start: int, end: int) -> bool:
    after = _HEAD_END.match(text, end)
    return (_OWNER_BEFORE.search(text, max(0, start - 30), start) is not None and after is not None
            and (after.group(1) is None or after.group(1) in _STOPWORDS))
