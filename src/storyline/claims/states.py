"""What befell a counted thing, read off the parse: a count's noun keeps the act or state that makes the figure news
(claims93).

A row named by its noun and a bare verb loses what the report says of the things counted ("homes evacuated" of
"40,000 homes were left without power", "goats that remain" of "2,000 goats remain trapped", "ferries run" of "13
ferries run by private firms", "officials found" of "five officials were found responsible"). English writes that
state in a few fixed places around the counted noun, on any subject:

- a participle clause of the noun with its agent, a state preposition's phrase or a complement ("ferries run by
  private firms", "boats left without fuel"), or a participle before it with its manner ("privately run ferries");
- the verb the noun is the subject of (or of its relative clause, "goats that remain trapped"): a linking verb
  (lexicon ``state_link_verbs``: "remain", "are") gives its complement alone ("trapped", "without radios"), a passive
  participle gives itself with its complement or state phrase ("left without power", "found responsible"), a verb
  of having (lexicon ``state_have_verbs``) a thing of the subject's that a participle says befell ("had their water
  restored"), or a thing still had or had none of ("still have water problems", "have no water");
- a state preposition's phrase of the noun itself ("3,000 farms without water");

with the verb's particle, negation and the adverbs of ``state_adverbs`` ("still", "privately"). A bare verb is no
state (the row's act already says it), and no word of another clause is read. ``stated`` puts the state after the
row's noun when every figure of the group has one and the what lacks its words; grouping never reads it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Token

from .forecasts import FORECAST_VERBS
from .vocab import word_set

LINK_VERBS = word_set("state_link_verbs")
STATE_PREPS = word_set("state_preps")
STATE_ADVERBS = word_set("state_adverbs")
HAVE_VERBS = word_set("state_have_verbs")
_HEARSAY = word_set("raising_verbs") | FORECAST_VERBS | word_set("hearsay_raising_verbs")  # "said to have quit"
_SUBJECTS = ("nsubj", "nsubjpass")
_COMPLEMENTS = ("acomp", "oprd", "xcomp")
_NOUN_WORDS = ("compound", "amod", "nmod")
_WORDS = 6  # words of a state at most
_SMALL = word_set("state_small_words")  # no word of a state's own matter


def state_of(noun: Token) -> str:
    """The state or act the sentence predicates of a counted noun (module docstring); '' when none is read."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and c.lemma_.lower() not in _HEARSAY:
            return _state(c, keep_verb=True)  # "ferries run by private firms"
        if c.dep_ == "relcl" and any(s.dep_ in _SUBJECTS and s.tag_ in ("WDT", "WP") for s in c.children):
            return _verb_state(c)  # "goats that remain trapped"
        if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < noun.i:
            manner = [a for a in c.children if a.dep_ == "advmod" and a.lower_ in STATE_ADVERBS and a.i < c.i]
            if manner:
                return " ".join([*(a.lower_ for a in manner), c.lower_])  # "privately run ferries"
        if c.dep_ == "prep" and c.lower_ in STATE_PREPS and c.i > noun.i and (obj := _object(c)) is not None:
            return " ".join([c.lower_, *_noun_words(obj)])  # "3,000 farms without water"
    if noun.dep_ in _SUBJECTS and noun.head.pos_ in ("VERB", "AUX") and \
            sum(s.dep_ in _SUBJECTS for s in noun.head.children) == 1:
        return _verb_state(noun.head)
    return ""


def _verb_state(verb: Token) -> str:
    """A subject's state: a linking verb's complement, or a passive participle with its complement."""
    if verb.lemma_.lower() in LINK_VERBS:
        return _state(verb, keep_verb=False)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() not in _HEARSAY:
        return _state(verb, keep_verb=True, agent=False)  # "were left without power" (not "killed by the blast")
    if verb.lemma_.lower() in HAVE_VERBS:
        return _had(verb)
    return ""


def _had(verb: Token) -> str:
    """A subject's state told by "have": a thing of its own a participle says befell ("had their water restored"),
    or a thing it still has or has none of ("still have water problems", "have no water"); a bare possession
    ("have two barns") is no state."""
    adverbs = [c.lower_ for c in verb.children if c.i < verb.i and (c.dep_ == "neg" or c.dep_ == "advmod"
                                                                     and c.lower_ in STATE_ADVERBS)]
    done = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" and c.i > verb.i), None)
    thing = next((s for s in done.children if s.dep_ in _SUBJECTS and s.pos_ == "NOUN"), None) if done else None
    if done is not None and thing is not None:
        own = [p.lower_ for p in thing.children if p.dep_ == "poss" and p.pos_ == "PRON"]
        words = [*adverbs, verb.lower_, *own, *_noun_words(thing), done.lower_]
        return " ".join(words) if len(words) <= _WORDS else ""  # "had their water restored"
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i), None)
    if obj is None or any(t.like_num for t in obj.subtree):
        return ""
    none = [d.lower_ for d in obj.children if d.dep_ == "det" and d.lower_ == "no"]
    if not (adverbs or none):
        return ""
    words = [*adverbs, verb.lower_, *none, *_noun_words(obj)]
    return " ".join(words) if len(words) <= _WORDS else ""  # "still have water problems", "have no water"


def _state(verb: Token, keep_verb: bool, agent: bool = True) -> str:
    """The verb's state words: adverbs, negation, the verb (``keep_verb``), its particle, then one complement, a
    state preposition's phrase or (``agent``) its agent; '' when it has none of these (a bare verb)."""
    before = [c for c in verb.children if c.i < verb.i and (c.dep_ == "neg" or c.dep_ == "advmod"
                                                            and c.lower_ in STATE_ADVERBS)]
    prt = [c for c in verb.children if c.dep_ == "prt"]
    tail = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ in _COMPLEMENTS and c.pos_ in ("ADJ", "VERB") and c.tag_ in ("JJ", "VBN")
        and not any(a.lower_ == "to" for a in c.children)  # ("are expected to be deployed": a to-clause)
        or c.dep_ == "prep" and c.lower_ in STATE_PREPS and _object(c) is not None
        or agent and c.dep_ == "agent" and _object(c) is not None)), None)
    if tail is None:
        return ""
    if tail.dep_ in ("prep", "agent"):
        obj = _object(tail)
        assert obj is not None
        end = [tail.lower_, *_noun_words(obj)]
    else:
        end = [a.lower_ for a in tail.children if a.dep_ == "advmod" and a.lower_ in STATE_ADVERBS and a.i < tail.i]
        end.append(tail.lower_)
    words = [*(c.lower_ for c in before), *([verb.lower_] if keep_verb else []), *(c.lower_ for c in prt), *end]
    return " ".join(words) if len(words) <= _WORDS else ""


def _object(prep: Token) -> Token | None:
    return next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _noun_words(obj: Token) -> list[str]:
    """The object with its own compounds and adjectives, no determiner ("private firms", "power")."""
    left = [t for t in obj.children if t.dep_ in _NOUN_WORDS and t.i < obj.i]
    lo = min((t.left_edge.i for t in left), default=obj.i)
    return [t.text if t.pos_ == "PROPN" else t.lower_ for t in obj.doc[lo : obj.i + 1]]


def stated(what: str, nouns: Sequence[frozenset[str]], states: Sequence[str]) -> str:
    """The row's what with its figures' state after its noun ("homes left without power"), when every figure has a
    state and the what lacks one of its words; the words after the noun (a bare verb, a relative's "that remain", a
    bracket) give way to it, an "of" complement stays ("members of the crew"). ``nouns`` are each figure's words
    of its counted noun (its lemma and its phrase's last word); the what stays as it is when it holds none."""
    if not states or not all(states) or len(nouns) != len(states):
        return what
    counts = Counter(states)
    state = min(counts, key=lambda s: (-counts[s], -len(s)))  # (the fuller of two: "run by private firms")
    words = what.split()
    lower = [w.lower().strip(",.") for w in words]
    names = set().union(*nouns)
    heads = names | {n + "s" for n in names} | {n + "es" for n in names}
    at = next((k for k, w in enumerate(lower) if w in heads), None)
    own = {w for w in state.split() if w not in _SMALL}
    if at is None or not own or own <= set(lower):
        return what
    if at + 1 < len(lower) and lower[at + 1] == "of":
        at = max((k for k, w in enumerate(lower) if k > at and w in heads), default=at)  # "members of the crew"
    return " ".join([*words[: at + 1], state])
