"""A reporting verb's subject told by its own measure ("the 6-2, 320-pound tackle … recorded 31 tackles"), not a
source (claims59, the 60th read): a noun phrase that carries a hyphenated measure of its head ("a 280-pound
lineman", "the 40-foot yacht") and names no person, body or place is a thing or a player described, the doer of the
verb ("record", "log", "note"), never who states the figure. A named subject stays a speaker ("Dr Lee, a 30-year
veteran, noted …" names a person).
"""

from __future__ import annotations

from spacy.tokens import Token

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _measure_in(subj: Token) -> bool:
    """A number glued by a hyphen to a word before the head ("280-pound") in the subject's left part."""
    doc = subj.doc
    for t in subj.subtree:
        if t.i >= subj.i or t.i + 2 >= len(doc):
            continue
        hyphen, word = doc[t.i + 1], doc[t.i + 2]
        if t.like_num and hyphen.text in ("-", "–") and not t.whitespace_ and not hyphen.whitespace_ and \
                word.is_alpha and word.i < subj.i:
            return True
    return False


def measured_doer(subj: Token | None) -> bool:
    """Is ``subj`` a noun phrase described by a hyphenated measure, naming no one?"""
    if subj is None or subj.pos_ not in ("NOUN",):
        return False
    return _measure_in(subj) and not any(t.ent_type_ in _NAMED for t in subj.subtree)
