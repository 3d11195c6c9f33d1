"""An entry cut to its date's clause keeps the attribution after the clause (time26).

"A 'phase one' trade deal, … could now be pushed into next year, trade experts say." The date's clause is what the
experts say (the parse's ``ccomp`` or ``parataxis`` of "say"), and the attribution comes after it: an entry cut to
the clause ("… could now be pushed into next year") loses who says so and ends without its stop. When all that
follows the clause in the sentence is that attribution (a verb of saying, ``lexicon/speech_verbs.txt``, its
subject and punctuation, at most ``MAX_TAIL`` tokens), the entry runs to the sentence's end.
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

__all__ = ["MAX_TAIL", "attributed_after"]

MAX_TAIL = 10
_SPEECH_VERBS = lexicon.words("speech_verbs")


def attributed_after(verb: Any, last: int, sent_end: int) -> bool:
    """Is all that follows token ``last`` (the clause of ``verb`` ends there) up to ``sent_end`` (a character
    offset of the parse) the attribution of a verb of saying whose complement the clause is?"""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.i <= last or head.lemma_.lower() not in _SPEECH_VERBS:
        return False
    inside = {t.i for t in verb.subtree}
    tail = [t for t in verb.doc[last + 1:] if t.idx < sent_end]
    return 0 < len(tail) <= MAX_TAIL and all(
        t.i not in inside and (t.i == head.i or head.is_ancestor(t)) for t in tail)
