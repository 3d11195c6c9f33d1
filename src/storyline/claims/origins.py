"""Where the counted people or things come from (claims37): "two other patients from the northwestern Inner
Mongolia province were quarantined at a hospital in Beijing". A "from" phrase on the counted noun tells their
origin, not where the event happened, so it is no part of the event's region (scope.region_of): the row is "in
Beijing". When the sentence names no other place the origin is still there to fall back on (extract.py takes the
sentence's places when none is in the region).
"""

from __future__ import annotations

from spacy.tokens import Token


def noun_origin(noun: Token) -> set[int]:
    """The token indices of the counted noun's own "from" phrases ("patients from Inner Mongolia"); none on a figure
    with no noun ("raise up to $12.9bn from its listing in Hong Kong": where the money comes from, not an origin)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
