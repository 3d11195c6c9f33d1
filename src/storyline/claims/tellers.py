"""Who tells a count and as of when (claims95): the teller and the moment a verdict compares.

A participial clause of saying set off by a comma has no subject of its own; English gives it the subject of the
clause it hangs on: "The relief agency has appealed for calm, saying at least 40 huts burned" is the agency's
count, as "the agency said" would be. Without this reading the figure is credited to the outlet, and a row that
joins it to another body's count looks like one teller's update, not two tellers who differ. Only verbs of saying
(lexicon participle_say_verbs): "The index jumped 0.4 percent, showing a 1.9 percent rise" has no teller.

When the count is told "as of" a moment, as_of.py reads that moment.
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

SAY_PARTICIPLES = word_set("participle_say_verbs")


def participial_teller(verb: Token) -> Token | None:
    """The subject of the clause a subjectless participle of saying hangs on, after a comma ("X has appealed for
    calm, saying ..."): X. None when the participle has a subject, is not set off, or its head has no active
    subject."""
    if verb.lemma_.lower() not in SAY_PARTICIPLES or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "..., while officials saying ..." is no participle of the clause before
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    subs = [c for c in head.children if c.dep_ == "nsubj"]
    return min(subs, key=lambda c: abs(c.i - head.i)) if subs else None
