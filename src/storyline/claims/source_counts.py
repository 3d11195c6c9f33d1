"""A count of the sources themselves, no claim (claims75): "two army officers said", "Two sources told the Herald
that …", "four witnesses said they saw …" count who reports, not what is reported; the row a reader needs is the
reported figure, with them as its speaker. Only a person who is a source (lexicon ``official_nouns``: official,
source, officer, witness, resident …) as the subject of a plain verb of saying (``source_verbs``: say, tell): "12
countries reported cases", "a dozen activists announcing fasts" stay figures.
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import lemma
from .vocab import word_set

OFFICIAL_NOUNS = word_set("official_nouns")
SOURCE_VERBS = word_set("source_verbs")


def counts_sources(noun: Token | None) -> bool:
    """``noun`` (a count's noun) is a source noun that is the subject of a verb of saying."""
    return noun is not None and noun.dep_ == "nsubj" and lemma(noun) in OFFICIAL_NOUNS and \
        noun.head.pos_ in ("VERB", "AUX") and lemma(noun.head) in SOURCE_VERBS
