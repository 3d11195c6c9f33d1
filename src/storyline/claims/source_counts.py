"""A count of the sources themselves, no claim (claims75): "two army officers said", "Two sources told the Herald
that …", "four witnesses said they saw …" count who reports, not what is reported; the row a reader needs is the
reported figure, with them as its speaker. Only a person who is a source (lexicon ``official_nouns``: official,
source, officer, witness, resident …) as the subject of a plain verb of saying (``source_verbs``: say, tell),
"according to three officials, who said …" too (claims81); "12 countries reported cases", "a dozen activists
announcing fasts" stay figures.
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import lemma
from .vocab import word_set

OFFICIAL_NOUNS = word_set("official_nouns")
SOURCE_VERBS = word_set("source_verbs")


def counts_sources(noun: Token | None) -> bool:
    """``noun`` (a count's noun) is a source noun that is the subject of a verb of saying, the one a relative
    clause of saying tells of ("according to three security officials, who said …") or the object of "according to"
    (claims81)."""
    if noun is None or lemma(noun) not in OFFICIAL_NOUNS:
        return False
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") and lemma(noun.head) in SOURCE_VERBS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    return any(c.dep_ == "relcl" and lemma(c) in SOURCE_VERBS and any(
        s.dep_ == "nsubj" and s.tag_ in ("WP", "WDT") for s in c.children) for c in noun.children)
