"""A name the model ran on past its end: over a lower-case word that opens a clause of time or reason ("the Velbrook
Music Awards| after Tarn scolded them": lexicon/clause_subordinators.txt; no name holds one in lower case), cut
before it; and an outlet named with "The" before its possessive and another name ("The Quill’s| Acme review"): two
names, the outlet's ("The Quill", a body) and the owned one, whose kind the story's other mentions of it give (left
out when the story tags it nowhere else)."""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..model import EntityKind, Mention

__all__ = ["cut_run_on"]

_SUBORDINATOR = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.entries("clause_subordinators"),
                                                               space=r"[ \t]+") + r")[ \t]+[A-Z]")
_WORDS = r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*"
_THE_OWNER = re.compile(r"^(The[ \t]+" + _WORDS + r")['’]s[ \t]+(" + _WORDS + r")$")


def cut_run_on(m: Mention, kinds: dict[str, Counter[EntityKind]]) -> list[Mention] | None:
    """The mention cut (module docstring), or None when it runs over nothing."""
    if (sub := _SUBORDINATOR.search(m.text)) is not None:
        return [Mention(m.doc, m.start, m.start + sub.start(), m.text[: sub.start()], m.kind, m.counted)]
    if m.kind == "place" or (owned := _THE_OWNER.match(m.text)) is None:
        return None
    owner, thing = owned.group(1), owned.group(2)
    out = [Mention(m.doc, m.start, m.start + len(owner), owner, "org", m.counted)]
    if votes := kinds.get(thing):
        at = m.start + owned.start(2)
        out.append(Mention(m.doc, at, at + len(thing), thing, votes.most_common(1)[0][0], m.counted))
    return out
