"""A surname the story gives someone the model did not read (package docstring).

"If anyone knows …, it's Eden Sassoon, the daughter of another industry icon Vidal Sassoon. … said Sassoon": the
model reads "Vidal Sassoon" and not "Eden Sassoon", and a bare "Sassoon" would join the one full name it ends, the
father's, though it is the daughter who speaks. A surname of the story's full names that the story also writes after
another given name, in no name the model read, is shared: a bare one joins none of them (``people.join_people``).
The word before counts as a given name when it is capitalised after no other capitalised word ("Mirella Rota
Sementilli" is one name), is no function word, title, honorific, month or weekday, no ordinary English word
(``common_words.ordinary_word``: "Today Sassoon …") and never written in lower case in the story; a given name
that respells the given name of a full name the model read with that surname ("Teresa May" beside "Theresa May":
``people.respelt_given``) is that person's, no one else's (ents63).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import HONORIFICS, JOB_TITLES, clean_name, name_key
from ..people import respelt_given
from ..text import fold
from .common_words import ordinary_word

_NOT_GIVEN = frozenset(lexicon.words("stopwords")) | frozenset(lexicon.table("months")) | frozenset(
    lexicon.table("weekdays"))
_PAIR = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \t]+([A-Z][a-z][\w'’-]*)\b(?![ \t]*[A-Z&])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def shared_surnames(texts: Sequence[str], surnames: set[str], read: set[str]) -> set[str]:
    """Keys of the ``surnames`` (folded last words of the story's full names) the story also writes after another
    given name, in no name the model read (``read``: the keys of every mention, of any kind): module docstring."""
    out: set[str] = set()
    joined = "\n".join(texts)
    for text in texts:
        for m in _PAIR.finditer(text):
            given, surname = m.group(1), clean_name(m.group(2))
            key = name_key(f"{given} {surname}")
            if fold(surname) not in surnames or any(r == key or r.endswith(" " + key) for r in read):
                continue
            if any(respelt_given(key.split()[0], w[0]) for r in read if len(w := r.split()) >= 2
                   and w[-1] == key.split()[-1]):
                continue  # "Teresa May" beside the "Theresa May" the model read: her name misspelt (ents63)
            if _CAPITAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) or not _given_name(given, joined):
                continue
            out.add(name_key(surname))
    return out


def _given_name(word: str, text: str) -> bool:
    low = word.lower()
    if low in _NOT_GIVEN or low in JOB_TITLES or word in HONORIFICS or word.rstrip(".") in HONORIFICS:
        return False
    return not ordinary_word(word) and re.search(r"\b" + re.escape(low) + r"\b", text) is None
