"""A hope's or an aim's date to come is a plan (time22).

"VW says it hopes to put a production version … into the US market sometime in 2022" (a report of 2019): the
date dates the putting, which the present "hopes" leaves still to come; the entry is a plan, shown *(expected)*,
as "plans to put … in 2022" is (``expressions.future_tense``'s plan verbs). The verb the date hangs from is an
infinitive ("to put") under a verb of hoping or aiming (``lexicon/hope_verbs.txt``) in the present or the future
("hopes", "aim", "is hoping", "will try"), not the past ("hoped to win the title in 2015": a hope of then) nor a
gerund ("admitted to trying to defraud the fund in June": a past act). Only a date after the report's is marked
(``tense_bounds.bounded`` asks that of a plan).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .told import date_verb

__all__ = ["aimed"]

_HOPE_VERBS = lexicon.words("hope_verbs")
_PRESENT = frozenset({"VBZ", "VBP"})
# a present's or a future's auxiliary: "will try to", "is hoping to" (not "had hoped", "admitted to trying")
_PRESENT_AUX = lexicon.words("present_aim_auxiliaries")


def _hope_verb(tok: Any) -> bool:
    """Is ``tok`` a verb of ``lexicon/hope_verbs.txt``, by its lemma or its present's or participle's stem (the
    tagger's lemma of "hopes" or "hoping" may be "hop": time45)?"""
    low = tok.lower_
    stems = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if low.endswith("ing"):
        stems |= {low[:-3], low[:-3] + "e"}
    return bool(stems & _HOPE_VERBS)


def aimed(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` (paragraph offsets) hang from an infinitive under a verb of hoping or aiming
    in the present or the future ("hopes to put … in 2022", "will try to")?"""
    verb = date_verb(sdoc, start, end)
    if verb is None or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if not _hope_verb(head):
        return False
    aux = [c.lower_ for c in head.children if c.dep_ == "aux"]
    if head.tag_ in _PRESENT:
        return not aux
    return head.tag_ in ("VB", "VBG") and len(aux) == 1 and aux[0] in _PRESENT_AUX  # "will try", "is hoping"
