"""A place named only as a distance's landmark is no place of the sentence's other figures (claims75): in "charged a
man from Bingen, a town about 60 km west of Frankfurt, with two counts of arson" Frankfurt says where Bingen lies,
not where the charges were laid. The landmark is the object of "of" after a bearing ("60 km west of X", lexicon
``compass_points``) or of "from"/"outside"/"away" after a length ("30 miles from X", ``distance_origin_words``).
The distance's own row keeps it (as its origin: journeys.origin_of).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .vocab import units, word_set

COMPASS = word_set("compass_points")
ORIGIN_WORDS = word_set("distance_origin_words")
_REACH = 6  # tokens from the length's unit to the landmark's preposition


def _length_unit(tok: Token) -> bool:
    unit = units().get(tok.lower_)
    return unit is not None and unit.dimension == "length"


def _number_before(doc: Doc, k: int) -> bool:
    """A number within two tokens before the unit ("60 km", "about 60 kms")."""
    return any(doc[j].like_num for j in range(max(k - 2, 0), k))


def landmark(root: Token) -> bool:
    """Is the place whose root is ``root`` the landmark of a distance told in its sentence (module docstring)?"""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep, doc = tok.head, tok.doc
    if prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ in ORIGIN_WORDS:
        prep = doc[prep.i - 1]  # "outside of X", "away from X"
    for k in range(prep.i - 1, max(prep.i - _REACH, 0) - 1, -1):
        if _length_unit(doc[k]) and _number_before(doc, k):
            between = "".join(t.lower_ for t in doc[k + 1:prep.i] if t.text not in ("-", "–"))
            return prep.lower_ == "of" and between in COMPASS or prep.lower_ in ORIGIN_WORDS and between in ("", "away")
    return False
