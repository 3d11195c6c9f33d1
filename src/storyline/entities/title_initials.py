"""A title's initials written alone ("Inspector General of the Tarn Police Ana Ruiz said …, the IG said"): the
office's short form, standing for its holder, no body's name. The titles are the honorifics' title words
(``lexicon/honorifics.tsv``); a run of two or more of them in the story ("Inspector General", "Deputy Inspector
General") gives the initials of each of its parts of two words or more ("IG", "DIG")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from ..names import HONORIFICS

_TITLE = r"(?:" + lexicon.alternation(w for w, kind in HONORIFICS.items() if kind == "title") + r")"
_RUN = re.compile(r"\b" + _TITLE + r"(?:[ \t]+" + _TITLE + r"){1,3}\b")
_SHORT = re.compile(r"[A-Z]{2,4}")


def title_initials(texts: Iterable[str]) -> set[str]:
    """The initials (upper case) of the runs of two title words or more the texts write ("Inspector General" ->
    "IG"; "Deputy Inspector General" -> "DIG", "IG")."""
    out: set[str] = set()
    for text in texts:
        for m in _RUN.finditer(text):
            words = m.group(0).split()
            out |= {"".join(w[0] for w in words[i:]) for i in range(len(words) - 1)}
    return out


def title_short_form(name: str, initials: set[str], body_initials: set[str]) -> bool:
    """Is ``name`` a title's initials alone ("IG"; ``initials``: ``title_initials``) and no initials of a name of
    the story's (``body_initials``: folded, "General Motors" for "GM")?"""
    return _SHORT.fullmatch(name) is not None and name in initials and name.lower() not in body_initials
