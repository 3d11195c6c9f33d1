""""It" reporting a finding, resolved to the study the sentence before is about (claims48): "The study is
published in a journal, and it was presented in Houston. It found that … by more than 80%": the study found it.

The antecedent is the subject of the sentence before's main verb, a singular noun of a publication or a study
(lexicon ``publication_nouns``: general English, written by hand) after "the" or "this"; none otherwise, and "it"
stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .vocab import word_set

PUBLICATION_NOUNS = word_set("publication_nouns")


def publication_subject(sent: Span) -> Token | None:
    """The study, report or survey the sentence's main clause is about ("The study is published …"), or None."""
    for c in sent.root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.tag_ == "NN" and \
                (c.lemma_ or c.text).lower() in PUBLICATION_NOUNS and \
                any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children):
            return c
    return None
