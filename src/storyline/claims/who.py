"""Who a count of people is: the people who did an assault or a harm ("20 men attacked the house"), people
counted by a role or a nationality ("bombers", "three Britons", "three British engineers"), and the subject
of a measure's verb ("passengers were delayed two hours"). grouping.py and kin.py read these as evidence
that two counts are of the same people, or of different ones.
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import EVENT_CLASSES, PERSON_NOUNS, lemma
from .numbers import Figure
from .vocab import word_set

ACTOR_NOUNS = word_set("actor_nouns")
PEOPLE_ROLES = word_set("people_roles") | word_set("people_by_age")  # ("bombers", "boys", "teenagers")
ASSAULT_VERBS = word_set("assault_verbs")
NATIONALITY_NOUNS = word_set("nationality_nouns")
SUSPECT_MODIFIERS = word_set("suspect_modifiers")


def subject_of(event: Token | None) -> str:
    """The head noun of the event verb's subject ('passengers' in "passengers were delayed two hours"), lemma."""
    if event is None or event.pos_ not in ("VERB", "AUX"):
        return ""
    subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return lemma(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else ""


def assailants(fig: Figure, head: str, role: str, event: Token | None, cls: str | None) -> bool:
    """Does the figure count the people who did an assault or a harm: the subject of a verb of assault (lexicon
    assault_verbs) or of killing, wounding or abducting, or its agent in the passive ("20 men in camouflage
    attacked the house", "they were kidnapped by two dozen armed men")?"""
    if fig.dimension != "count" or fig.percent or role != "subject" or event is None or cls is not None:
        return False
    verb = lemma(event)
    harm = EVENT_CLASSES.get(verb) in ("killed", "injured", "abducted")
    people = head in PERSON_NOUNS or head in ACTOR_NOUNS or head in PEOPLE_ROLES or head == "man"
    return people and (verb in ASSAULT_VERBS or harm)


def people_word(head: str, noun: Token | None) -> bool:
    """Does the mention count people by a role or a nationality ('bombers', 'shoppers', 'Israelis')?"""
    return head in PERSON_NOUNS or head in ACTOR_NOUNS or head in PEOPLE_ROLES or bool(nationality(noun))


def nationality(noun: Token | None) -> str:
    """The nationality a count of people is told by, lower case: 'britons' in "three Britons", 'british' in
    "three British engineers"; '' if none."""
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return ""
    if noun.ent_type_ == "NORP" or noun.lower_.removesuffix("s") in NATIONALITY_NOUNS:
        return noun.lower_
    return next((c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"), "")


def suspect_head(head: str, noun: Token | None) -> str:
    """'suspect' for people a modifier calls suspects ('four suspected smugglers', 'the four alleged killers'):
    one referent with 'four suspects' whatever crime the noun names (lexicon suspect_modifiers); else ``head``."""
    if noun is None or not any(c.dep_ == "amod" and c.lower_ in SUSPECT_MODIFIERS for c in noun.children):
        return head
    return "suspect"
