"""A day with no stated year on a thing the sentence marks as still to come (time44).

"Saban wanted nothing to do with any talk … of any future beyond the opener August 31": a past verb sends a bare
day back to the year before (``tense_bounds.past_clause``), but the day is the opener's, a noun the writer marks as
to come ("future", "upcoming", "forthcoming": ``lexicon/ahead_words.txt``). Such a day is the coming one, a plan
(*(expected)*), whatever the tense of the verb that tells of it. The mark is one of the few words before the day,
in the same phrase: no verb, no punctuation, and no other date between.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

__all__ = ["due_on", "due_word", "marked_ahead"]

_AHEAD = lexicon.words("ahead_words")
_DUE = lexicon.words("due_words")
_REACH = 5  # words before the day the mark may stand at: "future beyond the opener August 31"


def marked_ahead(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) after a noun a word of ``lexicon/ahead_words.txt`` marks as
    to come, within ``_REACH`` words and with no verb or punctuation between ("the upcoming festival August 31")?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for k in range(span.start - 1, max(-1, span.start - 1 - _REACH), -1):
        tok = sdoc[k]
        if tok.lower_ in _AHEAD and tok.dep_ in ("amod", "pobj", "dobj", "nsubj", "conj", "compound", "attr"):
            return bool(k < span.start - 1)  # a noun between the mark and the day: "coming vote Sept. 3"
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or tok.like_num:
            return False
    return False


def due_on(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) governed by a "due" (``due_word``)?"""
    return due_word(sdoc, start, end) is not None


def due_word(sdoc: Any, start: int, end: int) -> Any | None:
    """Is the date at ``start:end`` (paragraph offsets) governed by an adjective of ``lexicon/due_words.txt``, through
    a preposition or an infinitive at most ("the vote, due on May 20", "the plant, due to open on May 20", "was due May
    20")? The adjective sets the thing at a time to come when it was written: a plan, the coming day, whatever the
    tense of the main verb ("The affair came up again in the run-up to the vote, due on May 20."; time46). The
    adjective's token, or None."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(3):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.lower_ in _DUE and tok.pos_ == "ADJ":
            return tok
        if not (tok.pos_ == "ADP" or (tok.tag_ == "VB" and tok.dep_ == "xcomp")):
            return None
    return None
