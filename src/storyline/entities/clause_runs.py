"""A clause the model read as one name: "before Garrett hit Rudolph in the head" gives "Garrett hit Rudolph", two
people of the story and the verb between them. A span of two capitalised names joined by one lower-case word that is
no particle, connector or function word ("de", "am", "of", "and"), each side a person the model tags elsewhere or the
surname of one, names no one: both people are listed from their own mentions."""

from __future__ import annotations

import re

from .. import lexicon
from ..names import PARTICLES, name_key
from ..text import fold
from .evidence import _Evidence
from .use_counts import STOPWORDS

__all__ = ["clause_run"]

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
_RUN = re.compile(rf"^({_NAME})[ \t]+([a-z]+)[ \t]+({_NAME})$")
_JOINERS = lexicon.words("place_connectors") | STOPWORDS  # "Braunau am Inn", "Bank of England": a name's words


def clause_run(name: str, ev: _Evidence) -> bool:
    """Is the span two of the story's people joined by a verb (module docstring)?"""
    m = _RUN.match(name)
    if m is None or m.group(2) in PARTICLES or m.group(2) in _JOINERS:
        return False
    return _person(m.group(1), ev) and _person(m.group(3), ev)


def _person(name: str, ev: _Evidence) -> bool:
    """A person the model tags in the story, or ending on the surname of one ("Vance Oduya" beside "Oduya")."""
    last = name.split()[-1]
    return name_key(name) in ev.people or fold(last) in ev.surnames or name_key(last) in ev.people
