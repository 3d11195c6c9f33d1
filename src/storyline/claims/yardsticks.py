"""A comparison's yardstick described in brackets (claims38): "That's almost enough to fill an Olympic-size swimming
pool (which contains about 2,750 tons of water)". The bracketed clause tells what the yardstick holds, so the reader
can picture the news' figure; its own figure is no claim of the news. Read when the figure is in a relative clause
set in brackets on a noun that a comparison word governs (lexicon ``yardstick_words``: "enough", "equivalent",
"size", "than", …).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .vocab import word_set

_YARDSTICK_WORDS = word_set("yardstick_words")


def yardstick_figure(doc: Doc, i: int) -> bool:
    """Is the number at token ``i`` in a bracketed relative clause on a comparison's yardstick?"""
    clause = next((a for a in doc[i].ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    noun = clause.head
    bracketed = any(t.text in ("(", "[") for t in doc[noun.i + 1 : clause.left_edge.i])
    if not bracketed:
        return False
    return any((a.lemma_ or a.text).lower() in _YARDSTICK_WORDS for a in noun.ancestors)
