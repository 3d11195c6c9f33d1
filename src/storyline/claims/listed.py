"""A count's noun inside a list the parser ran together (claims40, the thirtieth read): "Christopher L. Tays: Two
Bartholomew County warrants, one out-of-county warrant, possession of marijuana, possession of a controlled substance"
hangs "one" on the last "possession", so the row read "out-of-county warrant, possession of marijuana, possession"; a
number counts the first item of such a list, the noun right before the first comma after it ("one … warrant").
"Two large, heavy boxes" (an adjective before the comma) keeps its noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .figure import Figure


def first_listed(doc: Doc, fig: Figure, noun: Token) -> Token:
    """The noun before the first comma between the figure and its counted ``noun``, when there is one; else ``noun``."""
    for k in range(fig.end, noun.i):
        if doc[k].text == ",":
            before = doc[k - 1]
            return before if k > fig.end and before.pos_ == "NOUN" else noun
    return noun
