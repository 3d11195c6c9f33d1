"""A figure's clause told as a possibility ("three others may have escaped", "might reach 40"): the row's hedge
"may", so the table does not show it as a fact (claims48; the other hedges are surroundings.hedge's).

"could" is a possibility only with "have" after it ("could have died"); alone it is as often a past ability
("the hall could hold 500") and stays a fact. "should have", "would have" before a participle ("it should have been
six in a row", "would have won two more") tell what did not happen: "may" too (lexicon counterfactual_modals,
claims63).
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .surroundings import projected

_POSSIBLE = frozenset({"may", "might"})
_COUNTERFACTUAL = lexicon.words("counterfactual_modals")


def possibility(event: Token | None, casualty: str | None = None) -> str:
    """"may" when the figure's verb is under "may"/"might" (or "could have"); '' otherwise, and for a projected
    casualty toll (``casualty`` its class: "might rise to 40", *(projected)* says it already)."""
    if event is None or event.pos_ not in ("VERB", "AUX") or casualty is not None and projected(event):
        return ""
    auxes = [c.lower_ for c in event.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _POSSIBLE for a in auxes) or "have" in auxes and any(a in _COUNTERFACTUAL for a in auxes):
        return "may"
    return ""
