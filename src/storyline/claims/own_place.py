"""Which of a sentence's places are in a figure's own clause (claims61): a row's where is only a locative phrase of
the clause that holds the figure (or of the noun phrase the figure is in), never another clause's place ("… where
123 factories employed 53,000 workers, … until the North pulled out": the North is the other clause's).

The figure's clause is the chain of heads from the figure up to its clause's verb. A reporting frame that governs
the clause ("police said in Lyon that …") is the same report, so the chain goes on through it; a relative clause
opened by "where" takes its antecedent for its place ("in Nice, where police said about 40 were detained"). A place
belongs to the clause when its own chain of heads reaches that chain without passing another verb or clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import is_cue

_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "ccomp", "parataxis", "csubj", "xcomp", "conj"})
_FRAME_DEPS = frozenset({"ccomp", "parataxis"})


def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _where_antecedent(clause: Token) -> Token | None:
    """The noun a "where" relative clause hangs on (a WRB child spelled "where")."""
    if clause.dep_ == "relcl" and any(c.tag_ == "WRB" and c.lower_ == "where" for c in clause.children):
        return clause.head
    return None


def clause_chain(tok: Token) -> set[int]:
    """The indices of the heads from ``tok`` up to its clause's verb, on through a governing reporting frame."""
    chain = {tok.i}
    t = tok
    while t.head.i != t.i:
        if t.dep_ in _CLAUSE_DEPS and (_verbal(t) or t.dep_ != "conj"):
            if t.dep_ in _FRAME_DEPS and is_cue(t.head):
                t = t.head  # the frame that reports the clause: the same report
                chain.add(t.i)
                continue
            antecedent = _where_antecedent(t)
            if antecedent is not None:
                chain.add(antecedent.i)
            break
        t = t.head
        chain.add(t.i)
    return chain


def _participle_on(a: Token, chain: set[int]) -> bool:
    """A bare participle on a noun of the chain ("walks held each year in the U.S."): the noun's own phrase."""
    return a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") and a.head.i in chain \
        and not any(c.dep_.startswith("nsubj") for c in a.children)


def in_own_clause(place_root: Token, chain: set[int]) -> bool:
    """Does the place's chain of heads reach ``chain`` without passing another verb or clause (a bare participle
    on a noun of the chain is that noun's phrase, not another clause)?"""
    for a in (place_root, *place_root.ancestors):
        if a.i in chain:
            return True
        if _participle_on(a, chain):
            continue
        if _verbal(a) or a.dep_ in _CLAUSE_DEPS and a.i != place_root.i:
            return False
    return False
