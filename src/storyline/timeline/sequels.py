"""Two shapes of a clause inside a sentence whose date the parse reads the wrong way round (issue 12; time34).

- A gerund a "before" takes on the clause's verb ("He left home in May, then crossed three borders before
  arriving in the capital in early June"; "Sales stayed low before surging to 30 boats on June 22"): the gerund
  tells what the subject did next, the story's own later event, not a thing the sentence refers to. When it holds
  the sentence's only date, the date is the line's event ("clause"), not a mention (``sequel_gerund``). With an
  "after" the parse's reading stays ("arrested after finding …": whose finding is not said), as does a "before"
  gerund beside another date of the sentence (the line shows under its main clause's date, time20), and one set
  before its verb ("Before leaving office in 2008, she helped …": the leaving is the landmark the line's helping
  came before, a mention).
- A free relative clause a comparison measures against ("Rain will be similar to what we saw last week", "stronger
  than what fell in June"): its date is the yardstick's, not the line's event, which may still be to come. The date
  is a mention ("complement"), as "than on 7 July" is (``date_attachment``; ``comparison_standard``).
- A verbless aside after a dash that ends the sentence ("Several firms claim to track 200 million phones — about half
  those in use last year."; time35): it describes a noun of the clause, here the yardstick of a proportion; a date
  in it after the aside's own noun is that noun's, not the clause's event: a mention (``dash_aside``). An aside
  that is the date itself ("The plant closed — in March 2010.") or a time ("— a week later, on Monday") keeps it.
"""

from __future__ import annotations

from typing import Any

from .told import date_verb

__all__ = ["comparison_standard", "dash_aside", "sequel_gerund"]

_SEQUEL = "before"  # the preposition whose gerund tells the subject's next step
_STANDARDS = frozenset({"than", "like", "to", "as"})  # prepositions a comparison takes its yardstick with
_FREE_RELATIVE = frozenset({"what", "whatever"})  # the pronoun a free relative clause opens with
_DASHES = frozenset({"—", "–", "--", "-"})
_ASIDE_HEADS = frozenset({"NOUN", "PRON", "PROPN", "DET"})  # "about half those in use": the aside's noun


def sequel_gerund(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) on a gerund that a "before" takes on a verb ("…, before
    arriving in the capital in early June")?"""
    verb = date_verb(sdoc, start, end)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    prep = verb.head
    return prep.pos_ in ("ADP", "SCONJ") and prep.lower_ == _SEQUEL and prep.head.pos_ in ("VERB", "AUX") \
        and prep.i > prep.head.i  # after its verb: the next step ("Before leaving …, she helped": a landmark)


def comparison_standard(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) in a free relative clause ("what we saw last week") that a
    comparison's preposition takes ("similar to", "than", "like"): the yardstick the sentence measures by?"""
    verb = date_verb(sdoc, start, end)
    if verb is None or verb.dep_ not in ("pcomp", "pobj"):
        return False
    prep = verb.head
    if prep.lower_ not in _STANDARDS or not any(
            c.lower_ in _FREE_RELATIVE and c.i < verb.i for c in verb.children):
        return False
    return prep.lower_ != "to" or prep.head.pos_ in ("ADJ", "ADV")  # "similar to what …", not "listened to what …"


def dash_aside(sdoc: Any, start: int, end: int) -> bool:
    """Is the date at ``start:end`` (paragraph offsets) in a verbless aside after a dash that runs to its sentence's
    end, after a word of the aside's own noun phrase that is no time's ("— about half those in use last year")?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    dashes = [t.i for t in sent if t.text in _DASHES and t.i < span.start and t.whitespace_]
    if not dashes or not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < dashes[-1]):
        return False
    aside = [t for t in sent if dashes[-1] < t.i and not t.is_punct]
    before = [t for t in aside if t.i < span.start]
    if any(t.pos_ in ("VERB", "AUX") or t.text in _DASHES for t in aside):
        return False  # a clause of its own, or an aside closed before the sentence ends
    return any(t.pos_ in _ASIDE_HEADS and t.ent_type_ not in ("DATE", "TIME") for t in before)
