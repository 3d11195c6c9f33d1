"""A report's opening scene that no other report tells, left out of a story of several reports.

A feature often opens on an earlier moment to set its scene ("At the regatta in Brell in May, the Varna crew beat the
Orla crew by a length.") and tells the day's news further down. Shown as a summary item it reads as the story's news,
dated as its own month, and it names people, places and events no other report of the story names: what the reader
needs is the news, which the other reports tell. Such an opening is one whose report is one of several, that dates
itself only by a month (no day: "in May", "in February 2017") before its report's month, and whose names (people,
bodies, places, events) none of the other reports writes. It is not shown; its words go to the next ranked sentences
(``unnamed.fit_named``; summ51).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .. import lexicon
from ..dates import YEAR_PATTERN
from ..model import Analysis, Sentence
from .lead import report_lede
from .standalone import sentence_spans

__all__ = ["untold_scene"]

_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "WORK_OF_ART"})
_YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")


def _month_before(text: str, published: dt.date) -> bool:
    """Does a date phrase name a month (and maybe a year) with no day, before the report's month?"""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    months = [lexicon.numbers("months")[w.lower()] for w in words if w.lower() in lexicon.numbers("months")]
    days = [w for w in words if w.isdigit() and len(w) <= 2]
    if len(months) != 1 or days:
        return False
    year = int(m.group(1)) if (m := _YEAR.search(text)) else published.year
    return (year, months[0]) < (published.year, published.month)


def untold_scene(analyses: Sequence[Analysis], a: Analysis, s: Sentence) -> bool:
    """Is ``s`` its report's opening, dated only by a month before its report's, whose names no other report of the
    story writes (module docstring)?"""
    published = a.doc.published
    others = [b.doc.text.lower() for b in analyses if b.doc.id != a.doc.id]
    if published is None or not others or not report_lede(a, s):
        return False
    spans = sentence_spans(a, s)
    if not spans:
        return False
    ents = list(spans[0].ents)
    if not any(e.label_ == "DATE" and _month_before(e.text, published) for e in ents):
        return False
    names = [e.text.lower().removeprefix("the ") for e in ents if e.label_ in _NAMED]
    return bool(names) and not any(n in text for n in names for text in others)
