"""What a sum of money is when no noun follows it, read from the "in" phrase its verb takes (claims51).

"The unit drew a combined $4.5 billion in revenue", "the shop did $2 million in the year in sales": the sum is the
object of a verb, and its kind (revenue, sales) is a bare noun after "in" hung on that verb, not on the sum. The
"what" column shows that noun ("revenue (USD)"), not the verb ("drew (USD)", "did (USD)"). A phrase of time ("in
the quarter") or a place ("in Ohio") is no kind: the noun must be a common singular with no determiner, number or
possessive of its own, and no date. A sum after ", or" that restates the sum before it ("rose to $3.2 billion,
or $2.10 per share") is of that sum's thing (``restated_sum``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .bare import figure_top
from .figure_mention import FigureMention
from .numbers import Figure


def sum_form(doc: Doc, fig: Figure) -> Token | None:
    """The bare noun of an "in" phrase that says what a verb's object sum is ("drew $4.5 billion in revenue":
    revenue), else None."""
    if fig.dimension != "money":
        return None
    top = figure_top(doc, fig)
    holders = [top] + ([top.head] if top.dep_ == "dobj" and top.head.pos_ in ("VERB", "AUX") else [])
    for prep in sorted((c for h in holders for c in h.children), key=lambda t: t.i):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < fig.end:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and _bare_kind(noun):
            return noun
    return None


def _bare_kind(noun: Token) -> bool:
    """A common singular noun with no determiner, number or possessive, and no date ("revenue", "sales")."""
    return noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS") and not noun.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def restated_sum(doc: Doc, fig: Figure, before: FigureMention | None, offset: int) -> bool:
    """'Net income rose to $3.2 billion, or $2.10 per share': a sum right after ", or" that follows another sum is
    the same thing told another way (here per share); it is a sum of that sum's thing, not of the verb ("rose")."""
    if before is None or before.dimension != "money" or fig.dimension != "money" or fig.start < 2:
        return False
    comma, link = doc[fig.start - 2], doc[fig.start - 1]
    return comma.text == "," and link.lower_ == "or" and offset + comma.idx == before.end
