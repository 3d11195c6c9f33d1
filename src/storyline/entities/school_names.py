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

__all__ = ["school_mentions", "school_name", "school_typed"]

_POINTS = lexicon.alternation(lexicon.words("compass_words"))
_ROLES = lexicon.alternation(lexicon.words("student_roles"))
_SCHOOL = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+(" + _POINTS + r")(?:(['’]s)[ \t]+|[ \t]+(?:" + _ROLES
                     + r")[ \t]+)(?=[A-Z][a-z])")


_OWNER_END = re.compile(r"['’]s?$")


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
    """The mention, typed an organisation when it is a school's town and compass point (module docstring); a person's
    or a place's span ("Ardley East's", a place) is read so."""
    end = m.start + len(_OWNER_END.sub("", m.text))  # "Ardley North's": the name without its "'s"
    if m.kind not in ("person", "place") or not _school(text, m.start, end):
        return m
    return Mention(m.doc, m.start, end, text[m.start : end], "org", m.counted)


def school_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged schools' names before a student's name (module docstring), as organisations' mentions."""
    found = []
    for start, end in sorted(_schools(text)):
        if not any(m.start < end and start < m.end and not (m.kind == "place" and start <= m.start and m.end < end)
                   for m in mentions):  # "Ardley| North": the town's place stays a place of the story
            found.append(Mention(doc, start, end, text[start:end], "org"))
    return found


def school_name(text: str, m: Mention) -> bool:
    """Is the organisation's mention a school's town and compass point (module docstring)? It holds its town's
    place ("Ardley| North") but is no place."""
    return m.kind == "org" and _school(text, m.start, m.end)
