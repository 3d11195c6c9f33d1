"""A sum a verb sets its object to ("move the fundraising goal back to $1,500", "cut the fare to $2", "set the fee at
$40"): what the sum is, is the object, not the verb (claims59, the 60th read's "move (USD) | 1,500"). Read when the
money figure is the object of "to" or "at" hung on a verb that has a noun object of its own outside the figure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure

_LEVEL_PREPS = frozenset({"to", "at"})


def level_object(doc: Doc, fig: Figure) -> str:
    """The noun a verb sets to the money figure ("fundraising goal"), or ''."""
    if fig.dimension != "money":
        return ""
    tok = next((t for t in doc[fig.start : fig.end] if t.like_num), doc[fig.num])  # (a range's low end)
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    verb = prep.head.head if prep.head.dep_ == "advmod" and prep.head.pos_ == "ADV" else prep.head  # ("back to")
    if tok.dep_ != "pobj" or prep.lower_ not in _LEVEL_PREPS or verb.pos_ != "VERB":
        return ""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < tok.i
            and not c.left_edge.i <= tok.i <= c.right_edge.i]
    if not objs:
        return ""
    obj = objs[-1]  # (the nearest: a broken parse hangs "e", "-", "books" each on the verb)
    start = obj.i
    while start > 0 and (not doc[start - 1].whitespace_ or doc[start - 1].dep_ == "compound" and
                         doc[start - 1].head.i == obj.i):
        start -= 1  # "ticket price", "e-books"
    return doc[start : obj.i + 1].text
