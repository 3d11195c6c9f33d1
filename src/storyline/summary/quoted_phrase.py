"""One statement, one item: a line that quotes a few of a speaker's words and a line that gives the quotation they
were taken from tell one statement twice.

A report's lede often paraphrases a speaker with a few of their words in quotation marks ("The mayor has promised
"no new parking fees" this year.") and quotes them in full further down (""There will be no, repeat no new parking
fees," the mayor told reporters."). The quoted words, three or more of which at least two are not stopwords, found
running in a quotation of another line of the same report, with a name both lines hold, make the two one statement
(summ50); ``retold`` keeps the one that better leads. A shared name alone or a phrase of two words ("no comment")
does not, nor another report's line, nor a quotation whose line does not name that speaker outside its quotation
marks: others quote a speaker's words to answer them (a group's statement that "no one comes out on 'top of the
pack'" beside the line that tells who said "top of the pack"; half B at summ50).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Sentence
from .dateline_deixis import quoted_offsets

__all__ = ["LEAST_WORDS", "quotes_one_statement"]

LEAST_WORDS = 3
"""The fewest words of a quoted phrase that, found in another line's quotation, tie the two to one statement."""

LEAST_CONTENT = 2
"""Of those, the fewest that are not stopwords ("that it was" ties nothing)."""

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _quotes(text: str, titles: bool = True) -> list[list[str]]:
    """The words of each quotation in ``text``; without ``titles``, not a title or a name in quotation marks (every
    word not a stopword capitalised: "Orange Is the New Black", "Global Human Rights Torch Relay"), which names a
    thing, not what a speaker said."""
    stop = lexicon.words("stopwords")
    out = []
    for a, b in quoted_offsets(text):
        raw = _WORD.findall(text[a:b])
        if titles or not all(w[0].isupper() for w in raw if w.lower() not in stop):
            out.append([w.lower() for w in raw])
    return out


def _outside(text: str) -> set[str]:
    """The words of ``text`` outside its quotation marks."""
    spans = quoted_offsets(text)
    kept = "".join(ch for k, ch in enumerate(text) if not any(a <= k < b for a, b in spans))
    return set(_words(kept))


def _holds(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return any(outer[k:k + n] == inner for k in range(len(outer) - n + 1))


def _phrase_in(s: str, t: str) -> bool:
    """Does a quoted phrase of ``s`` (``LEAST_WORDS`` words or more, ``LEAST_CONTENT`` of them not stopwords) run
    inside a quotation of ``t``?"""
    stop = lexicon.words("stopwords")
    phrases = [q for q in _quotes(s, titles=False)
               if len(q) >= LEAST_WORDS and sum(w not in stop for w in q) >= LEAST_CONTENT]
    if not phrases:
        return False
    return any(_holds(o, p) for p in phrases for o in _quotes(t))


def quotes_one_statement(chosen: Sequence[Sentence], names: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """The pairs (both orders) of ``chosen`` sentences of one report where one's quoted phrase runs inside the other's
    quotation and the two hold a name in common that the quotation's line writes outside its quotation marks, as its
    speaker's ("…," Mr Dunn told reporters; ``names``: each sentence's names, lowercased): a quotation said by
    someone else ("…," the shippers said) answers the words it quotes, not says them."""
    out: set[tuple[int, int]] = set()
    for i, s in enumerate(chosen):
        for j, t in enumerate(chosen):
            if i != j and s.doc == t.doc and names[i] & names[j] & _outside(t.text) and _phrase_in(s.text, t.text):
                out |= {(i, j), (j, i)}
    return out
