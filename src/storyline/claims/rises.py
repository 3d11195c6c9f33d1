"""A percentage that tells a change, not a share (claims48).

- "a 400% increase since 1997": a percent counting a noun of change (lexicon ``change_nouns``) is how much
  something rose or fell, not a share of the increase; the row reads "percentage increase", not "share of
  increase".
- "cut their chances of becoming allergic by more than 80%": the parser hangs "by 80%" on a verb inside the
  object of a verb of change (lexicon ``transitive_change_verbs``); the figure's event is that change ("cut their
  chances …"), not the verb in its object ("becoming").
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import lemma
from .vocab import word_set

CHANGE_NOUNS = word_set("change_nouns")
_TRANSITIVE_CHANGE = word_set("transitive_change_verbs")


def change_percentage(thing: str) -> str:
    """'percentage increase' for a share counted in "increase" (a noun of change); '' for any other thing."""
    word = thing.lower()
    singular = word.removesuffix("s") if word.endswith("s") and not word.endswith("ss") else word
    return f"percentage {word}" if singular in CHANGE_NOUNS else ""


def change_above(event: Token | None, number: Token) -> Token | None:
    """The verb of change whose object holds ``event`` when the figure is "by N%" on ``event`` ("cut their chances
    of becoming allergic by 80%": "cut"); ``event`` otherwise."""
    by = number.head if number.dep_ == "pobj" else number.head.head
    if event is None or by.lower_ != "by" or by.head.i != event.i or lemma(event) in _TRANSITIVE_CHANGE:
        return event
    tok = event
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and lemma(tok.head) in _TRANSITIVE_CHANGE:
            return tok.head
        tok = tok.head
    return event
