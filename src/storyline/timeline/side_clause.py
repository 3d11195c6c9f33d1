"""A sentence dated only in a relative clause: its entry is the noun with that clause (time53).

"The painter Ann Ward, who died in a fall in January 2010 at 81, won the gallery's top prize.": the date is the
relative clause's, and the main clause's act (the prize) is undated. A date belongs to the clause it is in, so under
January 2010 the entry shows what the date dates, the noun and its relative clause ("The painter Ann Ward, who died
in a fall in January 2010 at 81"), still a mention, never the prize. With a date of its own the main clause keeps the
sentence (``attachments``: the relative date is then context of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .date_attachment import Attachment
from .date_clause import MIN_EVENT_WORDS
from .main_date import MENTIONED
from .told import date_verb

__all__ = ["side_clause_span"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def side_clause_span(sdoc: Any, start: int, end: int, sentence: tuple[int, int], att: Attachment,
                     atts: Sequence[Attachment]) -> tuple[int, int] | None:
    """The entry's span for a date of a relative clause (``att``) in a sentence none of whose dates (``atts``) dates
    its main clause (module docstring): the noun with its clause (``noun_with_its_clause``); None for any other."""
    if att != "relative" or not all(other in MENTIONED for other in atts):
        return None
    return noun_with_its_clause(sdoc, start, end, *sentence)


def noun_with_its_clause(sdoc: Any, start: int, end: int, s0: int, s1: int) -> tuple[int, int] | None:
    """The span (paragraph offsets, within ``s0:s1``) of the subject noun phrase (its co-ordination whole) whose
    relative clause holds the date at ``start:end``, with that clause; None when the date's verb is no relative clause
    of a clause's subject, or the phrase is the whole sentence or too short to read alone."""
    verb = date_verb(sdoc, start, end)
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ not in _NOUNS:
        return None
    noun = verb.head
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head  # "Prince and … George Michael, who both died last year": the whole co-ordination, apposition
    if noun.dep_ not in _SUBJECTS:
        return None  # "… his song I'm Talking About You, which was recorded …": no phrase a reader can take alone
    toks = [t for t in noun.subtree if s0 <= t.idx < s1]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return None
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if not (a <= start and end <= b) or (a == s0 and b >= s1 - 1) or len(sdoc.text[a:b].split()) <= MIN_EVENT_WORDS:
        return None
    if not sdoc.text[a : a + 1].isupper():
        return None  # "the plane, which crashed …" inside the sentence: no opening a reader can take alone
    return a, b
