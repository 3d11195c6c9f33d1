"""The clause a date hangs from: an entry's span when its sentence carries several different dates.

``clause_span`` gives the dependency subtree of the date's verb, without the clauses co-ordinated with it, or the
whole sentence when the clause could not stand alone (a subordinate or subjectless clause, a participle, a cut
quotation or bracket, a lower-case opening). ``MIN_EVENT_WORDS``: a "sentence" that is little more than its date
(``too_short``), unless it holds a whole clause of a named subject ("23 May 2010: Smith is sacked.", time53).
"""

from __future__ import annotations

import re
from typing import Any

from ..text import words
from .attribution_tail import attributed_after
from .date_attachment import bare_participle
from .shape import interrupted

__all__ = ["MIN_EVENT_WORDS", "clause_span", "too_short"]

MIN_EVENT_WORDS = 4  # a "sentence" that is little more than its date is a dateline, not an event
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def too_short(sdoc: Any, text: str, expr: Any, start: int, end: int) -> bool:
    """Is the entry ``text`` (at ``start:end``, paragraph offsets; its date ``expr``) little more than its date, with
    fewer than ``MIN_EVENT_WORDS`` words besides it and no whole clause: a tensed verb and its named subject ("23 May
    2010: Smith is sacked.", a dated list's row)? A dateline is no event; a line that states who did what is one
    however short (time53). A pronoun's ("He said on Monday.") leans on a sentence before it: still too short."""
    if len(words(text.replace(expr.text, " "))) >= MIN_EVENT_WORDS:
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and not expr.start <= t.idx < expr.end
        and (t.head.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.head.children))
        for t in span)


def clause_span(sdoc: Any, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """Character span (paragraph offsets) of the clause the date at start:end hangs from."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return sent_start, sent_end
    tok = span.root
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or _subjectless(tok) or _subordinate(tok) or bare_participle(tok) \
            or _acronym(tok, sdoc.text[sent_start:sent_end]):
        return sent_start, sent_end
    # the verb's subtree without the clauses co-ordinated with it ("..., and the rebels withdrew ...")
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("conj", "parataxis") and child.pos_ in ("VERB", "AUX") and not (
            child.left_edge.i <= span.start and span.end <= child.right_edge.i + 1
        ):
            skip.update(t.i for t in child.subtree)
    # in the text's order: a parse that is not projective yields a subtree out of order ("the treasurer
    # was sentenced in June for … the March 3, 2009, fire", with "fire" hung from "treasurer"), and its
    # last token is then not the clause's end
    kept = sorted((t for t in tok.subtree if t.i not in skip), key=lambda t: t.i)
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc") and kept[-1].i >= span.end:
        kept.pop()
    if not kept or interrupted(sdoc, kept[-1].i, sent_end):
        return sent_start, sent_end
    a = max(kept[0].idx, sent_start)
    if a > sent_start and _NAME_HEAD.fullmatch(sdoc.text[sent_start:a]):
        a = sent_start  # "Townsend Farms recalled …" with "Townsend" parsed as a verb: the subject's name kept whole
    b = min(kept[-1].idx + len(kept[-1].text), sent_end)
    if b - a <= 0 or len(sdoc.text[a:b].split()) < MIN_EVENT_WORDS + 1 or kept[-1].text in ("'s", "’s"):
        return sent_start, sent_end
    if sdoc.text[a : a + 1].islower() or sdoc.text[a : a + 1] in _CUT_OPENINGS:
        # "that crashed on June 1 …", ", when in May 2008 he flew …" (time46): a clause no reader can take alone
        return sent_start, sent_end
    if sdoc.text[a:b].count("(") != sdoc.text[a:b].count(")"):
        return sent_start, sent_end  # "(calculated … in 2012": a clause cut inside its brackets
    if b < sent_end and sdoc.text[b : b + 1] in ".!?" and kept[-1].i + 1 < len(sdoc):
        b += 1
    return a, sent_end if attributed_after(tok, kept[-1].i, sent_end) else b


# time40: only capitalised words between the sentence's start and the clause's: the head of a name the parse cut
_NAME_HEAD = re.compile(r"(?:[A-Z][\w'’&.-]*\s+)+")
_CUT_OPENINGS = frozenset(",;:.)")  # a clause's text that opens on these was cut from the words before it
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _acronym(verb: Any, sentence: str) -> bool:
    """Is the "verb" a word in capitals in a sentence that is not ("air strikes on IS targets in … in January",
    with "IS" parsed as "is")? A group's or a body's short name is no verb: the clause under it opens on the name,
    cut from its sentence (time47)."""
    return len(verb.text) > 1 and verb.text.isupper() and not sentence.isupper()


def _subordinate(verb: Any) -> bool:
    """Is ``verb`` an adverbial clause a subordinator opens ("When the Berlin Wall fell in November 1989, the
    administration …", "as the wall was crumbling")? Alone it is half a sentence, whatever its capital letter:
    the entry is the whole sentence."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children)


def _subjectless(verb: Any) -> bool:
    """Is ``verb`` a participle's or an infinitive's clause with no subject of its own ("Arrested by Tito's
    forces in 1946, the archbishop was …")? Alone it is a fragment: the entry is the whole sentence."""
    return verb.dep_ in ("advcl", "acl", "xcomp") and verb.tag_ in ("VBN", "VBG", "VB") and not any(
        c.dep_ in _SUBJECTS for c in verb.children)
