"""What a sum is when it is the "for" object of a noun of a sum asked, offered or owed (claims35): "lawmakers are
debating the agency's 2020 budget request for $22.6bn" is a budget request of $22.6bn, not a sum "debated"; so "a
bid for $5m", "a lawsuit for $10m". Nouns: the claims lexicon's sum_nouns; other nouns before "for" ("sold the firm
for $5bn", parsed on the noun) name no sum.

A price (claims44): a sum after "for" on a verb of selling (lexicon ``price_verbs``) with no object is the price of
its subject ("individual movies going for $19.99", "the house was sold for $2 million"), else of the noun the
participle modifies ("tickets selling for $50"); not of the verb ("going (USD)"). With an object ("sold the firm for
$5m") the sum stays the sale's, "sold (USD)", as claims35 decided.

A cost (claims45): a sum that is the object of a verb of costing (lexicon ``cost_verbs``) in the simple present is
the price of its subject ("a set costs $24.99": "set (USD)", not "costs (USD)"); a past, modal or future "cost", or
one with a payer, is often a toll or an estimate ("the storm cost the state $1bn", "the fire could cost insurers
$20m") and stays the verb's.

A value (claims47): a sum after "at" on a participle of valuing (lexicon ``valuing_participles``) that modifies a
noun is that noun's value ("a fortune valued at $30 billion": "fortune (USD)", not "valued (USD)"); a finite or
passive "valued" ("the house was valued at $2m", "analysts value the firm at $5bn") stays the verb's (claims43's
wider rule split a held-out group).
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

SUM_NOUNS = word_set("sum_nouns")
PRICE_VERBS = word_set("price_verbs")
COST_VERBS = word_set("cost_verbs")
VALUING_PARTICIPLES = word_set("valuing_participles")


def sum_holder(prep: Token, holder: Token) -> bool:
    """Is ``holder`` a noun of a sum whose "for" phrase (``prep``) holds the figure?"""
    return prep.lower_ == "for" and holder.pos_ == "NOUN" and holder.i < prep.i and (
        holder.lower_ in SUM_NOUNS or (holder.lemma_ or holder.text).lower() in SUM_NOUNS)


def priced_thing(anchor: Token) -> Token | None:
    """The thing a sum is the price of, when the sum (``anchor``) is the "for" object of a verb of selling."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "for":
        return None
    verb = anchor.head.head
    if verb.pos_ != "VERB" or (verb.lemma_ or verb.text).lower() not in PRICE_VERBS:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "sold the old ferry company for $5 million": the sale's sum, "sold (USD)" (claims35)
    held = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if held is not None:
        return held
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else None


def costed_thing(anchor: Token) -> Token | None:
    """The thing a sum is the price of, when the sum (``anchor``) is the object of "costs" ("cost" in the present)."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.pos_ != "VERB" or (verb.lemma_ or verb.text).lower() not in COST_VERBS:
        return None
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "dative") for c in verb.children):
        return None  # "the storm cost $1bn", "could cost insurers $20m": a toll or an estimate, the verb's
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def valued_thing(anchor: Token) -> Token | None:
    """The noun a participle of valuing modifies when the sum (``anchor``) is its "at" object ("a fortune valued at
    $30 billion": the fortune), or that "worth" modifies ("contracts worth $5 million": the contracts)."""
    worth = anchor.head
    if anchor.dep_ == "npadvmod" and worth.lower_ == "worth" and worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return worth.head  # "opportunities worth more than $200 billion": the opportunities' value (claims78)
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return None
    verb = anchor.head.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return None
    return verb.head if (verb.lemma_ or verb.text).lower() in VALUING_PARTICIPLES else None
