"""The whole a share is of, with the relative clause that says which ones (claims59, the 62nd read's "share of
patients: need a second operation | 1 out of 5" for "one in five patients who have a breast lump removed still need
a second operation"): a share's counted noun with a short relative clause of its own ("who have a hip replaced")
that is not the figure's verb keeps it, so the row does not read of every patient.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVES = frozenset({"who", "that", "which", "whose"})
_LONGEST = 8  # words of the clause kept; a longer one is left out (the row's what stays short)


def which_ones(noun: Token | None, event: Token | None) -> str:
    """The relative clause after a share's counted noun ("who have a hip replaced"), or ''."""
    if noun is None:
        return ""
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if clause is None or event is not None and clause.i == event.i:
        return ""
    toks = [t for t in clause.subtree if t.i > noun.i]
    if not toks or toks[0].lower_ not in _RELATIVES or len(toks) > _LONGEST or toks[-1].i - toks[0].i + 1 != len(toks):
        return ""
    while toks and toks[-1].is_punct:
        toks.pop()
    return " ".join(t.text for t in toks)
