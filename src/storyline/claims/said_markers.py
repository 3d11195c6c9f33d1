""""That said, …" and "This said, …": a demonstrative and "said" before a comma that open a sentence are a turn
of the writer's argument (a discourse marker), not a report with "That" as its speaker (claims59, the 60th read's
"54 percent of some sneaky cloaked guy … | That"). The figure after it is the outlet's own.
"""

from __future__ import annotations

from spacy.tokens import Token

_DEMONSTRATIVES = frozenset({"that", "this"})


def said_marker(verb: Token) -> bool:
    """Is ``verb`` the "said" of a sentence-opening "That said,"?"""
    i = verb.i
    doc = verb.doc
    if i < 1 or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    subj = doc[i - 1]
    return subj.lower_ in _DEMONSTRATIVES and subj.i == subj.sent.start and subj.dep_ == "nsubj" and \
        subj.head.i == i
