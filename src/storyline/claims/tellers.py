"""Who tells a count and as of when (claims95): the teller and the moment a verdict compares.

A participial clause of saying set off by a comma has no subject of its own; English gives it the subject of the
clause it hangs on: "The relief agency has appealed for calm, saying at least 40 huts burned" is the agency's
count, as "the agency said" would be. Without this reading the figure is credited to the outlet, and a row that
joins it to another body's count looks like one teller's update, not two tellers who differ.

A count told "as of" a moment ("As of Tuesday, the league said it had sold 900 tickets") is a tally at that moment:
a larger count of the same thing in a later report, with no second named teller, is that tally grown (an update),
not a disagreement between the reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Document

if TYPE_CHECKING:  # (figure_mention imports attribution, which reads participial_teller from here)
    from .figure_mention import FigureMention

_AS_OF = re.compile(r"\bas of\b", re.I)


def participial_teller(verb: Token) -> Token | None:
    """The subject of the clause a subjectless participle of saying hangs on, after a comma ("X has appealed for
    calm, saying ..."): X. None when the participle has a subject, is not set off, or its head has no active
    subject."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "..., while officials saying ..." is no participle of the clause before
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    subs = [c for c in head.children if c.dep_ == "nsubj"]
    return min(subs, key=lambda c: abs(c.i - head.i)) if subs else None


def as_of_update(ms: Sequence[FigureMention], docs: Sequence[Document]) -> bool:
    """Is a group that differs one tally told "as of" a moment and then grown in later reports (module docstring)?
    Every other member is of a report dated no earlier and is no smaller, and at most one named teller speaks."""
    texts = {d.id: d.text for d in docs}
    dates = {d.id: d.published for d in docs}
    dated = [m for m in ms if _AS_OF.search(texts.get(m.doc, "")[m.sentence[0] : m.sentence[1]])]
    if not dated or len({m.speaker.head for m in ms if m.speaker is not None and m.speaker.kind == "named"}) > 1:
        return False
    first = min(dated, key=lambda m: m.value)
    others = [m for m in ms if m.doc != first.doc]
    when = dates.get(first.doc)
    return bool(others) and when is not None and all(
        m.value >= first.value and (d := dates.get(m.doc)) is not None and d >= when for m in others)
