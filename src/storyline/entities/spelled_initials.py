"""Initials the story spells out as a common noun phrase in lower case ("a condition called HPN. No, not the
printer maker but hyper pulmonary nodes", "the TMD, or tarsal muscle disorder"): the initials of a condition, a
method, a thing, not of a body. An acronym of two to five capitals whose letters are, in order, the first letters of
as many words in lower case written within ``NEAR`` characters of one of its uses (each word of three letters or
more, no function word, the last no body's noun: lexicon/company_nouns.txt, lexicon/generic_body_nouns.txt), the
run closing its clause and opening it or following a function word ("but hyper pulmonary nodes."), is no name:
"(AP) _ With the president's economic austerity plan at …" spells nothing (the run neither closes its clause nor
follows a function word). A body's initials are spelled with capitals ("the Velbrook Health Board (VHB)") and stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import SPELLED_INITIALS

__all__ = ["spelled_initials"]

NEAR = 200
_STOPWORDS = lexicon.words("stopwords")
_BODY_NOUNS = lexicon.words("company_nouns") | lexicon.words("generic_body_nouns")
_SEGMENT = re.compile(r"[^.;:!?()\n,]+")
_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


def spelled_initials(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the acronym spelled out near one of its uses as lower-case words (module docstring)?"""
    if not name.isalpha() or not name.isupper() or not 2 <= len(name) <= 5:
        return False
    key = SPELLED_INITIALS + name
    if key not in cache:
        cache[key] = int(any(_spelled_near(name, t, u.start()) for t in texts
                             for u in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", t)))
    return bool(cache[key])


def _spelled_near(name: str, text: str, at: int) -> bool:
    """Are the acronym's letters the first letters of a run of lower-case words near ``at`` that closes its clause
    and opens it or follows a function word ("… but hyper pulmonary nodes.")?"""
    lo, hi = max(0, at - NEAR), min(len(text), at + len(name) + NEAR)
    for seg in _SEGMENT.finditer(text, lo, hi):
        if seg.end() >= hi:
            continue  # the window's edge, not the clause's end
        words = [(w.group(), w.start()) for w in _WORD.finditer(seg.group())]
        run = words[-len(name) :]
        if len(run) < len(name) or "".join(w[0] for w, _ in run) != name.lower() or run[-1][0] in _BODY_NOUNS:
            continue
        if any(w in _STOPWORDS for w, _ in run) or seg.group()[run[-1][1] + len(run[-1][0]) :].strip():
            continue  # a function word inside, or more words after the run before the clause ends
        head = seg.group()[: run[0][1]].split()
        gaps = [seg.group()[run[j][1] + len(run[j][0]) : run[j + 1][1]] for j in range(len(run) - 1)]
        if (not head or head[-1].lower() in _STOPWORDS) and all(g.strip(" \t-") == "" for g in gaps):
            return True
    return False
