"""Which "if" clause conditions a figure's verb (claims35, after claims34's readings.conditional):

- an "if" clause after the verb conditions it, unless a bracket opens between the two and is still open at the
  "if": "had 11 hits (well, 12 if you count the helmet hit)": the condition is the aside's, on its own figure, and
  the 11 hits are a fact;
- a fronted "if" clause with no subject of its own, a bare participle ("If convicted, he faces 20 years"), conditions
  the verb it is fronted to; a fronted clause with a subject ("If you look at it, 40 percent ...") is left alone, as
  claims34 left it (a remark's frame, not always a condition of the figure).
"""

from __future__ import annotations

from spacy.tokens import Token

CONDITION_MARKS = frozenset({"if", "unless"})
_OPEN, _CLOSE = frozenset({"(", "["}), frozenset({")", "]"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def marked(verb: Token) -> bool:
    """Does the verb's clause open with "if"/"unless"?"""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def _bracketed(verb: Token, clause: Token) -> bool:
    """Is a bracket opened between the verb and the clause's first token, and not closed before it?"""
    doc = verb.doc
    depth = 0
    for t in doc[verb.i + 1 : clause.left_edge.i]:
        depth += t.text in _OPEN
        depth -= t.text in _CLOSE and depth > 0
    return depth > 0


def condition_after(verb: Token) -> bool:
    """Does the verb take an "if" clause after it that is not inside a bracketed aside ("faces 20 years if
    convicted"; not "had 11 hits (well, 12 if you count ...)")?"""
    return any(c.dep_ == "advcl" and marked(c) and c.i > verb.i and not _bracketed(verb, c) for c in verb.children)


def fronted_condition(verb: Token) -> bool:
    """Does the verb take a fronted "if" clause of a bare participle ("If convicted, he faces 20 years")?"""
    return any(c.dep_ == "advcl" and c.i < verb.i and marked(c) and c.tag_ == "VBN" and
               not any(g.dep_ in _SUBJECTS for g in c.children) for c in verb.children)
