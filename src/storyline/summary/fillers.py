"""A filler must stand on its own words (summ47).

When the judge folds an item into another, or an item retells another's event, the words it frees go to the next
ranked sentences (``summary._one_item_a_fact``). Those fillers come from lower in the ranking, where a report's
sentences lean on the ones before them: "Police said he had been drinking.", "In a statement, the club said they
would appeal." A filler whose third-person personal pronoun, outside its quotations, has nothing it stands for before
it in the sentence (a name, or for "they" a plural noun), while the sentence before it in its report is no item of the
summary, says of someone the reader has not met; it is left out, and the words go to the next ranked sentence. Items
chosen before any fold are the ranking's and are left as they are (their pronouns are ``standalone``'s).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from .dateline_deixis import quoted_offsets
from .standalone import sentence_spans

__all__ = ["close_to_told", "leaning_filler"]

_PRONOUNS = lexicon.table("filler_pronouns")  # "he" -> "one", "they" -> "several"
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _stands_for(t: Any, x: Any) -> bool:
    """Can ``x``, before pronoun ``t`` in its sentence, be what ``t`` stands for: for "he" or "she" a person's name or a
    singular subject noun ("The judge said his ruling …"; not "an MSNBC report … his returns"), for "they" any name or
    plural noun ("About a dozen owners … when they were told")?"""
    if _PRONOUNS.get(t.lower_) == "several":
        return bool(x.ent_type_ in _NAMES or x.pos_ == "PROPN" or x.tag_ == "NNS")
    return bool(x.ent_type_ == "PERSON" or (x.tag_ == "NN" and x.dep_ in ("nsubj", "nsubjpass")))


def stranded_pronoun(span: Any) -> str | None:
    """The first third-person personal pronoun outside the sentence's quotations with nothing before it in the
    sentence that it can stand for ("Police said he had been drinking." → "he"), or None."""
    quoted = quoted_offsets(span.text)
    for t in span:
        if t.lower_ not in _PRONOUNS or t.pos_ != "PRON" or any(a <= t.idx - span.start_char < b for a, b in quoted):
            continue
        if not any(_stands_for(t, x) for x in span if x.i < t.i):
            return str(t.text)
    return None


def leaning_filler(a: Analysis, s: Sentence, kept: Sequence[Sentence]) -> str | None:
    """Why filler ``s`` of report ``a`` leans on a sentence the summary does not show (its pronoun stands for
    no one before it, and the sentence before it in its report is no item of ``kept``), or None."""
    if s.index > 0 and any(k.doc == s.doc and k.end <= s.start and k.index == s.index - 1 for k in kept):
        return None
    spans = sentence_spans(a, s)
    word = stranded_pronoun(spans[0]) if spans else None
    return f"its pronoun {word!r} stands for no one it names" if word else None


def close_to_told(fillers: Sequence[Sentence], told: Sequence[Sentence], bar: float) -> list[Sentence]:
    """The ``fillers`` that read at least ``bar`` alike (MiniLM cosine) to a sentence of another report left out as
    told already (folded into an item, or retelling one: ``summary._one_item_a_fact``). Such a filler tells the left-out
    sentence's fact, so the item's, a further way ("Putin phoned Erdogan … to express his condolences, the Kremlin
    said" after "Tass reported Putin held a phone call … and conveyed his condolences" went as retelling "Putin has
    sent condolences …"; summ48)."""
    if not fillers or not told:
        return []
    from ..nlp import embed

    vecs = embed([s.text for s in (*fillers, *told)])
    n = len(fillers)
    return [s for i, s in enumerate(fillers)
            if any(t.doc != s.doc and float(vecs[i] @ vecs[n + j]) >= bar for j, t in enumerate(told))]
