"""Senses of a reporting verb that tell no report (moved from attribution.py, claims61, no change): "add" of a gain
("the stock added 2%"), a report the writer concedes ("Despite what critics might suggest"), and a deed told with a
verb that can report ("put it away", "posted $100,000 bond", "agreed to remove …")."""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import table, word_set

GAIN_SENSE_VERBS = word_set("gain_sense_verbs")
GAIN_SENSE_OBJECTS = word_set("gain_sense_objects")
DEED_SENSE_VERBS = word_set("deed_sense_verbs")
CONSENT_VERBS = word_set("consent_verbs")
DEED_SENSE_PARTICLES = word_set("deed_sense_particles")
DEED_SENSE_OBJECTS = word_set("deed_sense_objects")
PLACING_VERBS = word_set("placing_verbs")
PLACING_PREPS = word_set("placing_preps")
CONCESSIVE_WORDS = word_set("concessive_words")
TAKING_VERBS = word_set("taking_verbs")
TAKEN_OBJECTS = word_set("taken_deed_objects")
EVENT_NOUNS = frozenset(w for words in table("causes").values() for w in str(words).split())


def gain_sense(verb: Token) -> bool:
    """'The stock added more than 2%', 'Those gains add to a major gain': "add" with "to"/"up" or a share or a price as
    its object tells a gain, not a report (claims31); "he added" after a quotation, "added that ..." still report."""
    if verb.lemma_.lower() not in GAIN_SENSE_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "up") and not any(x.dep_ == "dobj" for x in verb.children):
            return True
        if c.dep_ in ("dobj", "npadvmod") and (c.lower_ in GAIN_SENSE_OBJECTS or any(t.tag_ == "$" for t in c.subtree)):
            return True
    return False


def conceded(verb: Token) -> bool:
    """"Despite what the critics might suggest, ...": a report the writer concedes only to set against what follows
    (lexicon ``concessive_words``) is no one's report of the sentence's or the next one's figures (claims43)."""
    return verb.dep_ in ("pcomp", "pobj", "advcl") and verb.head.lower_ in CONCESSIVE_WORDS  # (not "Despite the
    # damage, a report said it is sound": a report with a concession of its own, claims43)


def taken_deed(verb: Token) -> bool:
    """'The group claimed the attack', 'claimed responsibility for the blast', 'an attack claimed by the group': a verb
    of saying that also means taking (lexicon ``taking_verbs``) with a noun for what is taken (its object, its passive
    subject, the noun its participle follows) and no clause tells a deed, so its subject is no speaker of the
    sentence's or the next one's figures (claims81); "claimed that 20 people died" still reports."""
    if verb.lemma_.lower() not in TAKING_VERBS or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and _deed(c, verb) and not _counts(c) for c in verb.children):
        return True
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and _deed(verb.head)


def _deed(noun: Token, verb: Token | None = None) -> bool:
    """Is what is claimed a deed: an event noun (lexicon ``causes``: "the attack", "the raid", "the blast") or an
    act's "-ing" noun ("the kidnapping"), as the object, its "of" ("a number of deadly attacks") or its "for" phrase
    ("credit for the raids", "responsibility via its website for the blast"), or a noun of taking a deed as one's own
    (lexicon ``taken_deed_objects``: "claimed responsibility")? A thing claimed as one's due is no deed ("claimed
    negative income", "claimed deductions", "claimed asylum"): its subject keeps the speaker's place, and a "he"
    after it is still that subject (claims84)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = [c for c in (*noun.children, *(verb.children if verb is not None else ())) if c.dep_ == "prep" and (
        c.lower_ == "for" or c.lower_ == "of" and c.head.i == noun.i)]
    things = [noun, *(o for p in heads for o in p.children if o.dep_ == "pobj")]
    return noun.lemma_.lower() in TAKEN_OBJECTS or any(
        t.lemma_.lower() in EVENT_NOUNS or t.tag_ in ("NN", "NNS") and t.lower_.endswith("ing") for t in things)


def _counts(noun: Token) -> bool:
    """Does what is claimed hold a figure ("claimed $2 million in losses", "claimed 40 seats")? Then the claim states
    that figure, and its subject stays the figure's speaker; only a thing taken with no figure ("claimed the attack",
    "claimed responsibility") is a deed."""
    def number(t: Token) -> bool:
        return t.like_num or t.tag_ in ("$", "CD")

    def holds(t: Token) -> bool:  # the noun phrase and its "of" phrase ("losses of $2 million"), no clause
        return number(t) or any(holds(c) for c in t.children
                                if c.dep_ in ("nummod", "quantmod", "compound", "pobj")
                                or (c.dep_ == "prep" and c.lower_ == "of"))
    return holds(noun)


def deed_sense(verb: Token) -> bool:
    """'Pike put it away in the second half', 'the guards each posted $100,000 bond': "put" with a particle, "post"
    or "put" with a sum or a surety as its object, tell a deed, not a report (claims33), and so does "put" with a thing
    and a place for it ("put the ball in her hands", claims40); "as he put it", "posted on Twitter that ..." still
    report."""
    if verb.lemma_.lower() in CONSENT_VERBS and not any(c.dep_ == "ccomp" for c in verb.children):
        return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)  # "agreed
        # to remove any reference …": consent, no report (claims45)
    if verb.lemma_.lower() not in DEED_SENSE_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    thing = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    if verb.lemma_.lower() in PLACING_VERBS and thing and any(c.dep_ == "prep" and c.lower_ in PLACING_PREPS
                                                              for c in verb.children):
        return True  # "has put the ball in her hands": a thing put in a place (claims40)
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in DEED_SENSE_PARTICLES:
            return True
        if c.dep_ == "dobj" and (c.lower_ in DEED_SENSE_OBJECTS or any(t.tag_ == "$" for t in c.subtree)):
            return True
    return False
