"""An organisation's name the model ran into an office or a title written after it: "former House of
Representatives Speaker, Benjamin Nzeribe" (the Speaker is an office), "Speaker of the House of Representatives Rt.
Hon. B. U. Nzeribe" ("Rt. Hon.", the Right Honourable, is his title). A body's name of the form "X of Y" ends before
such a word (lexicon/office_title_words.txt); the rest is the body ("House of Representatives"). A name with no "of"
("Senate President", "Student Leader") is left as it was: the word may be the name's own. A clause's first word the
model ran into a name ("The Associated Press that Carlineo never …": lexicon/clause_words.txt) is no part of it.
A title written right after a body's name ("EDS President Kim Brace") is the office he holds there, not his style:
no "President Kim Brace" (``style_before``). A title that ends a longer office's name, after a word that is itself a
title or an occupation ("Attorney General Jeff Sessions", "Secretary General Ban Ki-moon": lexicon/honorifics.tsv,
lexicon/job_titles.txt), is no style of the person either: no "General Jeff Sessions" (ents62)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..names import HONORIFICS, JOB_TITLES, honorific_before
from .short_forms import without_common_tail

__all__ = ["style_before", "without_tail"]

_TITLE_WORDS = lexicon.words("office_title_words")
_CLAUSE_WORDS = lexicon.words("clause_words")
_MIN_BODY = 3  # "House of Representatives": a name, "of", a name
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")  # "Attorney |General", "Secretary |General"


def without_tail(name: str) -> str | None:
    """An organisation's name without the common noun (``short_forms.without_common_tail``), a clause's first word
    ("The Associated Press| that …": lexicon/clause_words.txt) or the office's or title's words the model kept at its
    end, or None when there are none."""
    if len(words := name.split()) > 1 and words[-1] in _CLAUSE_WORDS:
        return without_tail(" ".join(words[:-1])) or " ".join(words[:-1])
    tail = without_common_tail(name)
    words = (tail or name).split()
    cut = len(words)
    while cut > _MIN_BODY and words[cut - 1].rstrip(".") in _TITLE_WORDS:
        cut -= 1
    body = words[:cut]
    if cut == len(words) or "of" not in body[1:-1] or not body[-1][:1].isupper():
        return tail
    return " ".join(body)


def style_before(text: str, m: Mention, mentions: Sequence[Mention]) -> str | None:
    """The honorific written just before the person's mention ``m`` ("Mr. Putin", "President Obama"), or None; a
    title right after an organisation's mention ("EDS President Kim Brace") is an office of that body, no style."""
    hit = honorific_before(text[max(0, m.start - 20) : m.start])
    if hit is None or HONORIFICS.get(hit.rstrip(".")) != "title":
        return hit
    before = text[: m.start].rstrip()
    body_end = len(before[: len(before) - len(hit)].rstrip())
    if _office_tail(before[: len(before) - len(hit)]):
        return None  # "Attorney General Jeff Sessions": "General" ends the office's name, no style of his
    return None if any(n.kind == "org" and n.end == body_end for n in mentions) else hit


def _office_tail(before: str) -> bool:
    """Is the title written after a word that is a title or an occupation itself ("Attorney |General", "Secretary
    |General", "Deputy |Prime Minister"): the last word of a longer office's name?"""
    word = _WORD_BEFORE.search(before[-30:])
    return word is not None and (word.group(1).lower() in JOB_TITLES or HONORIFICS.get(word.group(1)) is not None)
