"""What a sum is when it is the "for" object of a noun of a sum asked, offered or owed (claims35): "lawmakers are
debating the agency's 2020 budget request for $22.6bn" is a budget request of $22.6bn, not a sum "debated"; so "a
bid for $5m", "a lawsuit for $10m". Nouns: the claims lexicon's sum_nouns; other nouns before "for" ("sold the firm
for $5bn", parsed on the noun) name no sum.
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

SUM_NOUNS = word_set("sum_nouns")


def sum_holder(prep: Token, holder: Token) -> bool:
    """Is ``holder`` a noun of a sum whose "for" phrase (``prep``) holds the figure?"""
    return prep.lower_ == "for" and holder.pos_ == "NOUN" and holder.i < prep.i and (
        holder.lower_ in SUM_NOUNS or (holder.lemma_ or holder.text).lower() in SUM_NOUNS)
