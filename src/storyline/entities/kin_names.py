"""A relative's full name the model left untagged ("Eloise Parry, 21, was taken to hospital …" beside the tagged
"Fiona Parry", and "As Eloise deteriorated …"): a capitalised word right before the last word of a person's name of
the document, untagged, is that family's member's given name when the document also writes the word alone (not
before the surname, and not as a sentence's first word) and never in lower case, and the word is no honorific,
title or function word ("Mrs Parry", "Judge Parry", "The Parry"); the two words are added as a person's mention."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..names import HONORIFICS, JOB_TITLES

__all__ = ["kin_mentions"]

_STOPWORDS = lexicon.words("stopwords")


def kin_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged full names of the document's people's relatives (module docstring)."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) >= 2
                and m.text.split()[-1][:1].isupper()}
    found = []
    for surname in surnames:
        for start, gap, end in _runs(text, surname):
            given = text[start:gap]
            if any(m.start < end and start < m.end for m in mentions) or not _given(given, surname, text):
                continue
            if _NAME_WORD_BEFORE.search(text[max(0, start - 30) : start]):
                continue  # a longer name's words
            found.append(Mention(doc, start, end, text[start:end], "person"))
    return found


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_NOT_BEFORE_GIVEN = "&'’.-"


def _word_char(c: str) -> bool:
    """``\\w`` of Python's ``re`` on a ``str``: a letter, a digit or "_"."""
    return c.isalnum() or c == "_"


def _runs(text: str, surname: str) -> list[tuple[int, int, int]]:
    """(start, given name's end, end) of each match of ``(?<![\\w&'’.-])[A-Z][a-z]+[ \\t]+SURNAME(?![\\w&-])`` in
    ``text``, as ``re.finditer`` gives them (left to right, none overlapping), found by ``str.find`` from the surname
    back: one pattern a surname and a lookbehind tried at every position cost more than the rest of the stage."""
    out: list[tuple[int, int, int]] = []
    size, last, i = len(surname), 0, text.find(surname) if surname else -1
    while i != -1:
        end = i + size
        if end == len(text) or not (_word_char(text[end]) or text[end] in "&-"):
            gap = i
            while gap > 0 and text[gap - 1] in " \t":
                gap -= 1
            low = gap
            while low > 0 and "a" <= text[low - 1] <= "z":
                low -= 1
            start = low - 1
            if gap < i and low < gap and start >= last and "A" <= text[start] <= "Z" and (
                    start == 0 or not (_word_char(text[start - 1]) or text[start - 1] in _NOT_BEFORE_GIVEN)):
                out.append((start, gap, end))
                last = end
        i = text.find(surname, i + 1)
    return out


def _given(word: str, surname: str, text: str) -> bool:
    """Is the word a given name here: no title nor function word, written alone too and never in lower case?"""
    low = word.lower()
    if low in _STOPWORDS or low in JOB_TITLES or word in HONORIFICS or word.rstrip(".") in HONORIFICS:
        return False
    if re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text):
        return False
    alone = re.compile(r"(?:[a-z,\[(][ \t]*|[A-Za-z][ \t]+)" + re.escape(word) + r"(?![\w-])(?![ \t]+"
                       + re.escape(surname) + r")")
    return alone.search(text) is not None  # "As Eloise deteriorated", "[Eloise] just": not a sentence's first word
