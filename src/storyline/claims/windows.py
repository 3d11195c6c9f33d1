"""A chance's or a change's window and a chance's threshold: figures that tell what another figure of the clause
is told over or of, not a fact of their own (claims49).

- "a 20% chance of development during the next five days", "has risen 155× over the past six months": a span
  after "during/over/within/in the next/past/last/coming" (lexicon ``window_words``, ``window_preps``) in the
  clause of a percent or a multiple (``ratio_marks``) is the window the chance or the change is told over; a
  count's span stays a length ("In the past four years, thieves robbed three shops", claims13).
- "a 50% chance of more than five inches of rain": a figure in the "of" of a chance noun (``chance_nouns``) is
  what the chance is of, a threshold; it forecasts nothing alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .figure import Figure
from .vocab import word_set

_WINDOW_WORDS = word_set("window_words")
_WINDOW_PREPS = word_set("window_preps")
_RATIO_MARKS = word_set("ratio_marks")
_CHANCE_NOUNS = word_set("chance_nouns")


def window_of_ratio(doc: Doc, fig: Figure) -> bool:
    """Is this span the window of a percent or a multiple in its clause (module docstring)?"""
    unit = doc[fig.end - 1]
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in _WINDOW_PREPS or not any(
            c.dep_ == "amod" and c.lower_ in _WINDOW_WORDS for c in unit.children):
        return False
    clause = _clause(prep)
    own = {t.i for t in unit.subtree}
    return any(_ratio(doc, t) for t in clause.subtree if t.i not in own and t.i not in range(fig.start, fig.end))


def threshold_of_chance(doc: Doc, fig: Figure, noun: Token | None) -> bool:
    """Is the figure (its unit word or its counted noun) the object of "of" after a chance noun?"""
    for tok in (doc[fig.end - 1], noun):
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lower_ in _CHANCE_NOUNS and tok.head.head.i < fig.start:
            return True
    return False


def _clause(tok: Token) -> Token:
    """The verb (or the root) that heads ``tok``'s clause, past a verb inside a noun's "of" or after a noun ("a
    chance of forming during …", "a chance to form within …")."""
    while (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("pcomp", "acl")) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _ratio(doc: Doc, tok: Token) -> bool:
    """A number written as a percent or a multiple ("20%", "20 percent", "90×", "three times")."""
    if not (tok.like_num or tok.pos_ == "NUM" or tok.text[:1].isdigit()):
        return False
    if tok.text[-1:] in _RATIO_MARKS or tok.lower_.endswith("fold"):
        return True
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RATIO_MARKS


def chance_scope(noun: Token | None) -> frozenset[str]:
    """What a chance is of, as a scope word ("a 50% chance of becoming a storm": "become"; "a 50% chance of more
    than five inches of rain": "rain"), so two chances of two things in one report are two rows (claims49)."""
    if noun is None or noun.lower_ not in _CHANCE_NOUNS:
        return frozenset()
    obj = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
    while obj is not None:
        deeper = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), None)
        if deeper is None:
            return frozenset({(obj.lemma_ or obj.text).lower()})
        obj = deeper
    return frozenset()
