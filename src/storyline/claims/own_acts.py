"""A count's own act, when its noun names another (claims85).

- A part of a whole named before it ("N of them", "N of those arrested") takes the whole's counted thing; its casualty
  class it takes only when its own clause says nothing else befell it. When the part is the subject or object of a
  verb of its own, of another event family than the whole's class and naming no casualty class ("released",
  "freed"), the part counts those who underwent that act: a subset of the whole, never a side of its count. A
  verb of no family ("named", "identified") keeps the part in its whole's class (the lead's narrowing at the merge).
- A count whose noun carries a participle of one event ("six people arrested in the raids") and which is itself the
  subject or object of a verb of another event ("... have since been released"; event families,
  lexicon/event_families.toml) counts those who underwent the second: the first names where they come from. A verb
  of no family ("were taken to hospital", "were buried") leaves the participle's event the count's.
- A whole with a participle of its own ("seven of the 11 people arrested have been released") is the count of that
  participle's event; the sentence's verb is its part's ("two of the three men were arrested": three men, no event).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import lexicon
from .figure_mention import FigureMention
from .vocab import by_word

_WEAK = lexicon.words("weak_event_verbs")  # ("be", "have": "two of them were among the dead" keeps the class)
_CLASSES = by_word("events")
_PARTICIPLE_DEPS = frozenset({"acl", "amod", "relcl"})


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def own_act(event: Token | None, whole: FigureMention) -> bool:
    """Does a part's verb tell an act of its own, of another event family than the whole's class (module
    docstring)? A verb of no family ("were named", "died in the crash") leaves the part in its whole's class: two
    named victims of a crash's toll stay its part."""
    if event is None or event.pos_ not in ("VERB", "AUX"):
        return False
    lem = _lemma(event)
    return lem not in _WEAK and lem != whole.event and whole.event_class is not None and \
        another_event(event, whole.event_class)


@cache
def _families() -> dict[str, str]:
    doc = lexicon.document("event_families")
    return {w: fam for fam, ws in doc.get("families", {}).items() for w in ws}


def another_event(event: Token | None, cls: str) -> bool:
    """Is ``event`` a verb of an event family that none of the casualty class's own words belong to ("released"
    beside the class "arrested"; not "died" beside "killed", nor a verb of no family)?"""
    if event is None or event.pos_ != "VERB":
        return False
    fam = _families().get(_lemma(event))
    return fam is not None and all(_families().get(w) != fam for w, c in _CLASSES.items() if c == cls)


def verb_class(event: Token | None) -> str | None:
    """The casualty class the verb itself names ("died": killed), or None."""
    return _CLASSES.get(_lemma(event)) if event is not None else None


def own_participle(noun: Token | None) -> Token | None:
    """The participle on a whole's noun that names a casualty event ("the 11 people arrested"), or None."""
    if noun is None:
        return None
    return next((c for c in noun.children if c.dep_ in _PARTICIPLE_DEPS and c.i > noun.i and c.tag_ == "VBN" and
                 _lemma(c) in _CLASSES), None)


def governing_act(noun: Token | None, event: Token | None) -> Token | None:
    """The verb a count's noun is the subject or object of, when the count's event is a participle on the noun
    ("six people arrested … have been released": "released"), or the event itself; None when neither is a verb."""
    if noun is None:
        return event
    if event is not None and event.head.i == noun.i and event.dep_ in _PARTICIPLE_DEPS and \
            noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB":
        return noun.head
    return event
