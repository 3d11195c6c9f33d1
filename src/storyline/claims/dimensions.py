"""What a length told with a size adjective measures, from the parse (claims81): "At 230 metres high, the structure
…" is the structure's height, "The closest hospital is around 70 km away" the hospital's distance, "making it 14
metres taller than the Hoover Dam" a margin over the Hoover Dam. The unit hangs on the adjective (``npadvmod``);
the adjective's noun (lexicon ``size_nouns``: high → height, away → distance) names the measure, and its holder is
the noun the adjective describes: the one it modifies, the subject of its copula, or, for a fronted "At N m high"
phrase, the subject of the clause it opens; with none (a verb's own: "lies 30 km away"), the row keeps its old
name. A comparative is told as written with its "than" phrase ("taller than Hoover Dam"), and so is a figure "by"
which a comparative exceeds ("higher than the Hoover Dam by 12 metres"). Without this, such a row's only name was
its dimension's ("distance (m)"), whatever the sentence measured.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .figure import Figure
from .vocab import table
from .wording import noun_phrase

_SIZE_NOUNS: dict[str, str] = table("size_nouns")
_COMPARATIVES = ("JJR", "RBR")
_NOUNS = ("NOUN", "PROPN")
_REACH = 8  # tokens back from "by" to its comparative ("higher than the famed Hoover Dam by 12 metres")


def measured_by_size(doc: Doc, fig: Figure) -> str:
    """'height of structure', 'distance of closest hospital', 'taller than Hoover Dam' (module docstring); ''."""
    if fig.dimension != "length" or fig.end < 1:
        return ""
    unit = doc[fig.end - 1]
    adj = unit.head
    if unit.dep_ == "npadvmod" and adj.i > unit.i and adj.pos_ in ("ADJ", "ADV"):
        if adj.tag_ in _COMPARATIVES:
            return _compared(adj)
        noun = _SIZE_NOUNS.get(adj.lower_, "")
        holder = _holder(adj) if noun else None
        return f"{noun} of {noun_phrase(holder)}" if holder is not None else ""  # (a verb's own, "lies 30 km
        # away", keeps its verb's name: claims50's guard)
    if unit.dep_ == "pobj" and unit.head.lower_ == "by":
        comp = next((t for t in reversed(doc[max(0, unit.head.i - _REACH) : unit.head.i]) if t.tag_ in _COMPARATIVES
                     and any(c.lower_ == "than" for c in t.children)), None)
        return _compared(comp) if comp is not None else ""
    return ""


def _compared(adj: Token) -> str:
    """'taller than Hoover Dam': the comparative and what its "than" phrase names; '' with no such phrase."""
    than = next((c for c in adj.children if c.lower_ == "than"), None)
    obj = next((o for o in than.children if o.dep_ == "pobj" and o.pos_ in _NOUNS), None) if than else None
    return f"{adj.lower_} than {noun_phrase(obj)}" if obj is not None else ""


def _holder(adj: Token) -> Token | None:
    """The noun a size adjective describes: the one it modifies, its copula's subject, or the subject of the clause a
    fronted "At N m high" phrase opens; None when none is a noun."""
    if adj.dep_ == "amod" and adj.head.pos_ in _NOUNS and adj.head.i > adj.i:
        return adj.head
    verb = adj.head
    if adj.dep_ in ("acomp", "advmod") and verb.lemma_.lower() == "be":
        return _subject(verb)
    if adj.dep_ == "amod" and verb.dep_ == "prep" and verb.head.pos_ in ("AUX", "VERB") and verb.i < adj.i:
        return _subject(verb.head)  # "At 230 metres high, the structure … is": the clause's subject
    return None


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ in _NOUNS else None
