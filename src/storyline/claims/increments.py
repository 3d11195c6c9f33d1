"""An increment on a count told just before ("3,500 residents had been evacuated. An additional 2,000 people have
been ordered to evacuate"): a part added to the whole, no rival of another report's whole count (claims69).

Only a count marked by an increment word (lexicon increment_words: "additional", "another", "further", "extra")
whose clause tells the act an earlier count of the same passage was told with: "Police said another 173 people were
injured" after "a fire that killed 67" adds the injured to the dead, a count of its own, and stays one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lexicon
from .figure import Figure
from .vocab import by_word

INCREMENT_WORDS = lexicon.words("increment_words")
_EVENTS = by_word("events")
_NOUNS = by_word("noun_classes")
INCREMENT = "(increment)"  # the scope mark of every increment ("another 2,000" / "an additional 2,000"); not a
# word, so that claims.toml's rest_words ("additional") does not set it apart whatever the values (grouping.py)
_LOOK = 2  # sentences: the figure's own and the one before


def _acts(tok: Token) -> set[str]:
    """The lemmas of the verbs a token's clause is told with: its head verb and the verbs that verb governs as
    complements ("have been ordered to evacuate": order, evacuate)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = [t, *(c for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB")]
    return {(v.lemma_ or v.text).lower() for v in verbs}


def increment(doc: Doc, fig: Figure, noun: Token | None) -> bool:
    """Is the figure an increment word's count whose act an earlier count of its passage was told with?"""
    if noun is None or fig.start == 0:
        return False
    marked = doc[fig.start - 1].lower_ in INCREMENT_WORDS or any(
        c.lower_ in INCREMENT_WORDS and (c.i < fig.start or fig.end <= c.i < noun.i) for c in noun.children
        if c.dep_ in ("det", "amod"))  # ("another 2,000 people"; "eight other people", "two more arrests"; not "the
    # more than 1,000 wounded", whose "more" is the figure's own qualifier: claims85)
    if not marked:
        return False
    acts = _acts(noun)
    sent = doc[fig.start].sent
    first = sent.start
    for _ in range(_LOOK - 1):
        first = doc[first - 1].sent.start if first > 0 else first
    earlier = [t for t in doc[first : fig.start - 1] if t.like_num and t.pos_ == "NUM"]
    return bool(acts) and any(_acts(t) & acts or _classes(_acts(t) | {_lemma(t.head)}) & _classes(acts)
                              for t in earlier)


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _classes(lemmas: set[str]) -> set[str]:
    """The casualty classes verbs or nouns name ("arrested" of "arrest" and of "arrests"), so that "two more arrests
    have been made" and "eight other people were arrested" tell one act (claims85)."""
    return {c for w in lemmas if (c := _EVENTS.get(w) or _NOUNS.get(w))}
