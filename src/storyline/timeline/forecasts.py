"""A date to come under a modal of the future or of possibility is a forecast (time24).

"Shotwell said Starship lunar lander missions could begin in 2022", "SNC would be able to start lunar lander
missions in 2022", "his company’s lander should be available for missions starting in 2023" (reports of 2019): the
date dates a thing that may or should come to pass, not one that did; the entry is shown *(expected)*, as a plan's
is. The modal (``lexicon/forecast_modals.txt``) is an auxiliary of the verb the date hangs from, or of the first
verb above it reached through the words that take no subject of their own: an infinitive ("able to start"), an
adjective after "be" ("be available"), a participle on a noun and its preposition ("for missions starting in").
A verb with a subject or a tense of its own ends the climb ("Shotwell said": a past, no forecast). "could have
begun" is a past that did not happen, no forecast. Only a date with a stated or a relative year after the report's is
marked (``tense_bounds.bounded``): a bare day is not moved to the next year by a modal ("he could not attend the
Oct. 3 meeting": a past ability, last October).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .told import date_verb

__all__ = ["forecast"]

_MODALS = lexicon.words("forecast_modals")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# links that join a word to one above it in the same clause: an infinitive, an adjective after "be", a participle on
# a noun, a preposition and its object
_CLIMB = frozenset({"xcomp", "acomp", "acl", "prep", "pobj"})


def forecast(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` (paragraph offsets) hang from a verb under a modal of the future or of
    possibility ("could begin in 2022", "would be able to start … in 2022", "should be available … starting in
    2023")?"""
    tok = date_verb(sdoc, start, end)
    for _ in range(6):
        if tok is None:
            return False
        aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
        if any(a in _MODALS for a in aux):
            return "have" not in aux  # "could have begun": a past that did not happen
        if tok.tag_ in _FINITE or aux or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return False
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return False
        tok = tok.head
    return False
