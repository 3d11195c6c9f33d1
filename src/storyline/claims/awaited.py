"""A future figure that waits for a coming event: "the hall will serve over 2,000 families upon completion of its
last wing", "the bridge will carry 40,000 cars a day when it opens" (claims51).

A plain "will" is a plan or a promise and stays unmarked (claims32: "will send 3,000 troops"); a "will" whose clause
also names the event it waits for — a "when"/"once"/"after" clause in the present, or "upon"/"after"/"on" and an
action noun ("completion", "opening") — tells what is expected once that comes, so the row is *(expected)*. So does
a "will" or a reported "would" whose clause sets it in a period still to come ("would free some 350 prisoners
gradually in the coming months", "will hire 200 staff over the next two years": claims54). Words in the claims
lexicon (future_auxiliaries, awaited_marks, awaited_preps, coming_period_words) and lexicon/action_noun_endings.txt.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .vocab import word_set

FUTURE_AUXILIARIES = word_set("future_auxiliaries")
AWAITED_MARKS = word_set("awaited_marks")
AWAITED_PREPS = word_set("awaited_preps")
COMING_WORDS = word_set("coming_period_words")
_ACTION_ENDINGS = tuple(lexicon.words("action_noun_endings"))


def awaited(event: Token | None) -> bool:
    """Is the figure's verb a future ("will") whose clause names a coming event it waits for?"""
    if event is None or event.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in event.children):
        return False
    return any(_awaited_clause(c) or _awaited_act(c) or _coming_period(c) for c in event.children)


def _coming_period(child: Token) -> bool:
    """"in the coming months", "over the next two years": a preposition whose object is a period still to come."""
    noun = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in COMING_WORDS and c.i < noun.i for c in noun.children)


def _awaited_clause(child: Token) -> bool:
    """"when it opens", "once it is finished": an adverbial clause in the present opened by a word of waiting."""
    if child.dep_ != "advcl" or child.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in AWAITED_MARKS and c.i < child.i for c in child.children)


def _awaited_act(child: Token) -> bool:
    """"upon completion of its second phase", "after opening": a preposition of waiting and an action noun, or a
    gerund of its own ("after crossing the coast")."""
    if child.dep_ != "prep" or child.lower_ not in AWAITED_PREPS:
        return False
    noun = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    if noun is not None and noun.dep_ == "pcomp" and noun.tag_ == "VBG":
        return True  # "would remain a category three storm … after crossing the coast": an act still to come (claims71)
    return noun is not None and noun.pos_ == "NOUN" and noun.lower_.endswith(_ACTION_ENDINGS) and not any(
        c.dep_ in ("det", "poss", "nummod") and c.i < noun.i for c in noun.children if c.lower_ != "the")
