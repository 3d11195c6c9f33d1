"""A finding's teller when evidence "reveals" it (claims35): in "Officials said a scan of the cat's microchip revealed
that the kitty had traveled 1,200 miles", the scan is no source: the officials who report what it showed are. A
report verb whose subject is a noun of evidence (lexicon evidence_nouns: a scan, a test, footage, records), with no
name of its own, gives way to a report verb above it; with none above, the evidence stays the row's source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

EVIDENCE_NOUNS = word_set("evidence_nouns")


def evidence_subject(subj: Token) -> bool:
    """Is a report verb's subject a noun of evidence, not a name ("a scan of the cat's microchip", "the tests")?"""
    return subj.pos_ == "NOUN" and not subj.ent_type_ and (subj.lemma_ or subj.text).lower() in EVIDENCE_NOUNS
