"""Words that mean the report's dateline place, which a summary item does not show.

A wire report opens on its dateline ("NEW YORK (AP) _", "RIO DE JANEIRO, Brazil _"); the summary shows every
sentence from after it (``newswriting.dateline_end``), so the place is lost. A sentence that names the place
only through the dateline then names no place:

- "this (Adriatic coastal) city", "this capital" (``dateline_place``: the nouns are data,
  ``lexicon/dateline_place_nouns.txt``);
- "here" ("A Chinese dissident … arrived here Wednesday", "the national elections here on Sunday":
  ``dateline_here``), in a report that opens on a dateline. Not "Here is …" (a pointer's or a list's opening),
  not inside a quotation (a speaker's "here" is where they speak, which the sentence may not say either, but the
  quotation's own rules read it).

A sentence that says "here" after the dateline it carries (the report's lede: "NEW YORK (AP) _ A Chinese
dissident … arrived here Wednesday") is shown with its dateline (``keeps_dateline``, ``summary._after_dateline``):
the dateline is the source's words and names the place, so the item reads whole and stays verbatim; an editor's
"(NEW YORK)" before a cut sentence would not be the source's words. A later sentence of such a report that says
"here" cannot carry the dateline and is not shown (``unnamed.fit_named``: the brief's choice, not the ranking's;
in the ranking it cost the duc2003 ROUGE floor), nor is one that says "this city" (``standalone.why_not_alone``).
General English.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..model import Analysis
from ..newswriting import dateline_end, rules

__all__ = ["dateline_here", "dateline_place", "has_dateline", "keeps_dateline", "quoted_offsets", "says_here"]

_QUOTED_SPAN = re.compile(r"“[^“”]*”|``.*?''|\"[^\"\n]*\"", re.S)


def quoted_offsets(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` inside quotation marks."""
    return [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]


_DATELINE_NOUNS = lexicon.alternation(lexicon.words("dateline_place_nouns"))
_NOT_MODIFIERS = lexicon.alternation(lexicon.words("stopwords") | {"year", "week", "month", "time"})
# "this Adriatic coastal city": up to three modifiers, no function word ("this year in the city")
_THIS_PLACE = re.compile(
    r"\b[Tt]his[ \t]+(?:(?!(?:" + _NOT_MODIFIERS + r")\b)[A-Za-z][\w-]*[ \t]+){0,3}?(" + _DATELINE_NOUNS + r")\b")


def dateline_place(text: str) -> str | None:
    """The place of the report's dateline, named only as "this (Adriatic coastal) city", outside a quotation
    (a speaker's "this country" is theirs), or None. The summary shows no dateline, so the place is lost."""
    quoted = quoted_offsets(text)
    for m in _THIS_PLACE.finditer(text):
        if not any(a <= m.start() < b for a, b in quoted):
            return f"names its dateline's place only as {m.group(0)!r}"
    return None


_HERE = re.compile(r"\bhere\b", re.I)
_HERE_OPENING = re.compile(r"^[\"“‘'(\[ ]*here(?:'s|’s)?\b(?:[ \t]+(?:is|are|was|were|comes?|goes?))?", re.I)
_LEADING_LINES = 2  # a dateline may stand alone as the report's first line ("BEIJING _"), before its lede


def has_dateline(a: Analysis) -> bool:
    """Does the report open on a wire dateline ("BEIJING (AP) _ …", or "BEIJING _" as a line of its own)?"""
    for s in a.sentences[:_LEADING_LINES]:
        t = s.text.strip()
        if dateline_end(t):
            return True
        m = rules().dateline.match(t + " A")  # a dateline set apart: the pattern wants a letter after the dash
        if t and m is not None and m.end() == len(t) + 1:
            return True
    return False


def dateline_here(a: Analysis, text: str, span: Any | None = None) -> str | None:
    """Why the sentence names its report's dateline place only as "here" (see the module's note), or None.
    ``span``: the sentence's parse, when there is one ("here" read as an adverb of place)."""
    if not has_dateline(a) or dateline_end(text):
        return None  # a lede that carries its dateline is shown with it (``keeps_dateline``)
    return "names its dateline's place only as 'here' (the dateline is not shown)" if says_here(text, span) else None


def says_here(text: str, span: Any | None = None) -> bool:
    """Does the sentence (after any dateline) say "here" as a place, outside any quotation?"""
    body = text[dateline_end(text) :]
    if _HERE_OPENING.match(body):
        return False  # "Here is the list …", "Here's what we know": not a place
    shift = len(text) - len(body)
    quoted = quoted_offsets(text)
    for m in _HERE.finditer(body):
        at = m.start() + shift
        if any(lo <= at < hi for lo, hi in quoted):
            continue
        if span is not None and not any(t.idx - span.start_char == at and t.pos_ == "ADV" for t in span):
            continue
        return True
    return False


def keeps_dateline(text: str) -> bool:
    """Is the sentence a lede that carries its dateline and says "here" ("NEW YORK (AP) _ A Chinese dissident …
    arrived here Wednesday …")? It is shown with its dateline, which names the place "here" means."""
    return bool(dateline_end(text)) and says_here(text)
