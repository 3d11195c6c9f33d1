"""A school's or a team's name written as its town and a compass point ("Ardley North's Jo Tarn won the 100 yards",
"Tarn West senior Bo Lund finished second"; lexicon/compass_words.txt): a capitalised word and a compass point,
right before a student's year or a school athlete's false title and a name (lexicon/student_roles.txt), or right
before a name with "'s" when the story writes the same word with two compass points or more ("Ardley North's …",
"Ardley East's …"), is a body's name, an organisation: the model's span typed a person is read so, and an untagged
one is added. "Kanye West's Cy Holt" (one point only, no student's role) and "Ardley North said" (no name after it)
are left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..model import Mention

__all__ = ["school_mentions", "school_typed"]

_POINTS = lexicon.alternation(lexicon.words("compass_words"))
_ROLES = lexicon.alternation(lexicon.words("student_roles"))
_SCHOOL = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+(" + _POINTS + r")(?:(['’]s)[ \t]+|[ \t]+(?:" + _ROLES
                     + r")[ \t]+)(?=[A-Z][a-z])")


@lru_cache(maxsize=16)
def _schools(text: str) -> frozenset[tuple[int, int]]:
    """The (start, end) of each school's name in the text (module docstring)."""
    runs = list(_SCHOOL.finditer(text))
    points: dict[str, set[str]] = {}
    for run in runs:
        points.setdefault(run.group(1), set()).add(run.group(2))
    return frozenset((run.start(1), run.end(2)) for run in runs
                     if run.group(3) is None or len(points[run.group(1)]) > 1)


def _school(text: str, start: int, end: int) -> bool:
    return (start, end) in _schools(text)


def school_typed(m: Mention, text: str) -> Mention:
    """The mention, typed an organisation when it is a school's town and compass point (module docstring)."""
    if m.kind != "person" or not _school(text, m.start, m.end):
        return m
    return Mention(m.doc, m.start, m.end, m.text, "org", m.counted)


def school_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged schools' names before a student's name (module docstring), as organisations' mentions."""
    found = []
    for start, end in sorted(_schools(text)):
        if not any(m.start < end and start < m.end for m in mentions):
            found.append(Mention(doc, start, end, text[start:end], "org"))
    return found
