"""A file format's acronym ("encrypts DOC, PPT, JPEG and others", "JPEG, JPG and PNG files"): a word of
lexicon/file_formats.txt in capitals the story writes before a file's noun ("PNG files", "a PDF document":
lexicon/file_format_nouns.txt) or in a list beside another format ("DOC, PPT, JPEG") names a kind of file, no body
nor person, and is not listed. A body the story defines by the same letters ("the Department of Corrections (DOC)")
stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import FILE_FORMAT

__all__ = ["file_format"]

_FORMATS = lexicon.words("file_formats")
_NOUNS = lexicon.words("file_format_nouns")
_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+|/)?\.?(\w+)")
_PREV = re.compile(r"\.?(\w+)[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+|/)?[ \t]*$")


def file_format(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a file format's acronym the story writes as one (module docstring)?"""
    if " " in name or not name.isupper() or name.lower() not in _FORMATS:
        return False
    key = FILE_FORMAT + name
    if key not in cache:
        bare = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        defined = any("(" + name + ")" in t for t in texts)
        cache[key] = int(not defined and any(_as_format(t, u.start(), u.end())
                                             for t in texts for u in bare.finditer(t)))
    return bool(cache[key])


def _as_format(text: str, start: int, end: int) -> bool:
    """Is this use before a file's noun, or beside another format in a list?"""
    after = _NEXT.match(text, end)
    before = _PREV.search(text, max(0, start - 30), start)
    return (after is not None and after.group(1).lower() in _NOUNS) or _listed(after) or _listed(before)


def _listed(m: re.Match[str] | None) -> bool:
    """A neighbour in a list (a comma, "and", "or" or a slash between) that is another format in capitals."""
    return m is not None and m.group(1).isupper() and m.group(1).lower() in _FORMATS \
        and re.search(r"[,/]|\b(?:and|or)\b", m.group(0)) is not None
