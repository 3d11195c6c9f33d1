"""A preview the story's later report overtook: a sentence telling of an event due later on its own report's day ("…
as the festival opens tonight", "The council will vote this evening on …") in a story with a report dated after that
day. By the later report the event has happened, and its account of it is at hand: the preview's expectation is no
news of the story (the 65th read: a draft's "The time has come … as the Draft begins tonight." leading a folder of
the morning-after reports). The words of a time still to come on the report's day are data
(``lexicon/later_today_words.txt``); the sentence's verb of that time is in the present or the future, so a report
telling the night's event done ("won tonight") is no preview. Not shown (``unnamed.fit_named``, as a general
remark is); the ranking is not touched. A story of one report, or of reports of one day, keeps it (summ44)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["later_today", "overtaken"]

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


@lru_cache(maxsize=1)
def _later_today() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("later_today_words"), space=r"\s+") + r")\b", re.I)


def _to_come(verb: Any) -> bool:
    """Is ``verb`` in the present ("opens", "is opening") or the future ("will open", a modal before it)?"""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)


def later_today(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` tells of an event due later on its report's day (a word of ``lexicon/later_today_words.txt``
    outside quotation marks, on a verb in the present or the future), or None."""
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span = spans[0]
    quoted = [m.span() for m in _QUOTED.finditer(span.text)]
    for m in _later_today().finditer(span.text):
        if any(lo <= m.start() < hi for lo, hi in quoted):
            continue
        words = span.char_span(m.start(), m.end(), alignment_mode="expand")
        verb = next((t for t in (words.root, *words.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _to_come(verb):
            return f"previews an event due {m.group()!r} on its report's day"
    return None


def overtaken(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences that preview an event due later on their report's day (``later_today``) when another
    report of the story is dated after that day."""
    by_doc = {a.doc.id: a for a in analyses}
    days = [a.doc.published for a in analyses if a.doc.published is not None]
    if not days:
        return []
    latest = max(days)
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        if a is not None and a.doc.published is not None and a.doc.published < latest and later_today(a, s):
            out.append(s)
    return out
