"""A multiple written with the multiplication sign glued to its number: "has increased by more than 155× over the
past six months", "grew 12x" (claims51). The tokenizer keeps "155×" as one token, which no other reading takes for
a number; it is a figure of its own, a ratio to an earlier value (``dimension`` "multiple", unit "×" of
lexicon/units.tsv), not a count and not arithmetic (a sign between two numbers, "10^5 * 300", stays arithmetic:
arithmetic.py). Its "what" is the noun that grew ("volume (×)": table._measure_what, the mention's ``subject``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .figure import Figure
from .vocab import units

_GLUED_TIMES = re.compile(r"^(\d{1,6}(?:\.\d+)?)[×xX]$")


def glued_multiple(doc: Doc, i: int) -> Figure | None:
    """The multiple at token ``i`` written "155×" or "12x", not before another number ("3x 4"), else None."""
    m = _GLUED_TIMES.match(doc[i].text)
    if m is None or i + 1 < len(doc) and doc[i + 1].like_num:
        return None
    v = float(m.group(1))
    tok = doc[i]
    return Figure(start=i, end=i + 1, num=i, value=v, low=v, high=v, dimension="multiple", unit=units()["×"],
                  written=m.group(1), char_start=tok.idx, char_end=tok.idx + len(tok.text))


def grown(doc: Doc, fig: Figure) -> Token | None:
    """The noun subject of the verb a multiple hangs on ("Spam volume … has increased by more than 40×": volume),
    through its "by" (a verb at most three steps up), else None."""
    if fig.dimension != "multiple":
        return None
    verb = doc[fig.num]
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
