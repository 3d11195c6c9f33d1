"""A limit a page sets its reader is no claim (claims54): "You can't enter more than 20 emails." on a page's e-mail
form, "You may not upload more than five files." A figure whose verb has the reader's pronoun as its subject (the
claims lexicon's reader_pronouns), under a negated modal, in a sentence with no quotation mark, is the page's rule
for whoever reads it, not something the report states about the world. A quoted speaker's "you" ("'You can't feed
more than 300 people with that,' she said") and a "you" with no modal or no negation stay claims.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .vocab import word_set

READER_PRONOUNS = word_set("reader_pronouns")


def reader_limit(doc: Doc, fig: Figure) -> bool:
    """Whether the figure is a rule the page sets its reader ("You can't enter more than 20 emails")."""
    verb = doc[fig.num]
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    reader = any(c.dep_ == "nsubj" and c.lower_ in READER_PRONOUNS for c in verb.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return reader and modal and negated and not any(t.is_quote for t in verb.sent)
