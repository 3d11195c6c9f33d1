"""The writer's remark to the reader (issue 12; time34): no event of the story.

A sentence whose main verb is a present-tense verb of knowing or granting a point
(``lexicon/awareness_verbs.txt``) with the writer ("we", "I") as its subject, outside any quotation, and that
speaks to the reader ("you", "your": ``lexicon/second_person.txt``) is the writer's note on what the page does
("We realize talking about your weekend forecast a week out might be early, but with the storms building this
week, …"). A date in it dates no event a timeline tells. A quoted speaker's "We know your pain" has a speech
tag as its main verb or quotation marks, and a third person's "Officials realize …" is news: both stay.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

__all__ = ["writer_to_reader"]

_AWARENESS = frozenset(lexicon.words("awareness_verbs"))
_YOU = frozenset(lexicon.words("second_person"))
_WRITER = frozenset({"we", "i"})
_QUOTES = "\"“”‘’'"


def writer_to_reader(sspan: Any) -> bool:
    """Is the sentence ``sspan`` (a spaCy span) the writer's remark to the reader (the module's shape)?"""
    if sspan is None or any(q in sspan.text for q in _QUOTES if q not in "’'") or sspan.text.lstrip()[:1] in _QUOTES:
        return False
    root = sspan.root
    if root.lemma_.lower() not in _AWARENESS or root.tag_ != "VBP":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _WRITER for c in root.children):
        return False
    return any(t.lower_ in _YOU for t in sspan)
