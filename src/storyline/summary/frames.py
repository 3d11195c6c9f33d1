"""A lead that only frames the news (summ57): "Russia's bombing campaign comes more than a year after a coalition began
its strikes …".

English news often follows its lede with a sentence that places the event, taken up as its subject ("The vote", "The
ban", "Russia's bombing campaign"), in time beside another: "The vote follows months of protests.", "The strike came as
rebels advanced on the town.", "The ban comes a year after …". Its main clause tells no act of the event; the event
itself is told by other items, and what the sentence adds is background. A report may open with such a line (a
follow-up that takes the news as known), and many reports carry one, so many sources state it: it keeps its place in
the account, only the lead passes it (``lead.tells_news``). The frame: the main verb is one of
``lexicon/frame_verbs.txt`` with a common noun (not a person) as its subject, and it is tied by a word of
``lexicon/frame_links.txt`` to a clause or a noun ("comes after a coalition began …", "came amid protests"), or, for
"follow", takes its object ("follows months of protests").
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["frame_lead"]

_VERBS = lexicon.words("frame_verbs")
_LINKS = lexicon.words("frame_links")


def _links(root: Any) -> bool:
    """Is the main verb tied to another event by a frame word: a clause it marks ("after a coalition began …"), a
    preposition ("amid protests"), or for "follow" an object ("follows months of protests")?"""
    for c in root.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _LINKS for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in _LINKS and any(o.dep_ in ("pobj", "pcomp") for o in c.children):
            return True
        if c.dep_ == "dobj" and root.lemma_.lower() == "follow":
            return True
    return False


def frame_lead(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` only frames the news (see the module), or None."""
    spans = sentence_spans(a, s)
    if not spans:
        return None
    root = spans[0].root
    if root.lemma_.lower() not in _VERBS or root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON":
        return None
    if not _links(root):
        return None
    return f"its main clause frames {subject.text!r} in time ({root.text!r} …), the news is told elsewhere"
