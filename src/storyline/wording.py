"""One wording: two sentences that print one text, and two reports that print many such sentences (issue 12).

Two outlets that print one agency's paragraph are independent reports on the whole (such pairs share at most 0.08 of
their text, inputs54), so a test of whole reports (``sources.mark_copies``) never joins them. Sentence by sentence
they separate: a sentence both take from one wire text shares most of its wording with the other's, while two
reports telling one fact in their own words share a phrase at most. The measure (claims70): the word 6-grams of each
sentence outside quotations (two outlets quoting one statement are independent reports of the quote, not one copy),
and the share of the smaller set found in the other; at least ``MIN_SHARE`` of it and ``MIN_SHARED`` 6-grams (a
ten-word run) make the two sentences one wording. Chosen on claims70's in-sample pairs (bench/BRIEF_REVIEW.md):
copied sentences share 0.54–1.00 (12–32 6-grams), sentences in own words 0.50 at most, with two shared 6-grams at
most. The claims rows read it per mention (``claims.wire_sentences``), the sources stage per report
(``shared_sentences``: how many sentences of one report another prints).

An outlet that rewrites an agency's text keeps its facts and order but few of its ten-word runs, so no sentence is of
one wording; its sentences still share several four-word phrases each with the agency's ("voted to remain in the EU
by 62 percent, but was outvoted by England which has a vastly larger population"). A sentence sharing at least
``MIN_REWORDED`` unquoted word 4-grams with one sentence of another report is *reworded* from it (inputs57;
``reworded_counts``): in pool7's half A the one rewritten pair has 3 such sentences, the 28 pairs of independent
reports 0 or 1; two reports telling one event in their own words share names and figures, seldom eight phrases in a
sentence. The sources stage reads it only with an agency's credit (``sources``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .text import words

N = 6
MIN_SHARE = 0.5
MIN_SHARED = 5
PHRASE_N = 4  # a reworded sentence's phrases: word 4-grams
MIN_REWORDED = 8  # 4-grams one sentence shares with one sentence of the other report: reworded from it
_QUOTED = re.compile(r"\"[^\"\n]{0,600}?\"|“[^”\n]{0,600}?”|‘[^’\n]{0,600}?’(?=\W|$)")
_NEXT = r"(?=[\"“‘(\[]?[A-Z0-9])"  # a sentence opens with a capital or a figure, a quotation mark or bracket before
_SENTENCE_END = re.compile(  # the closing marks stay with their sentence (a quotation must close where it ends)
    rf"(?<=[.!?])\s+{_NEXT}|(?<=[.!?][\"”’')\]])\s+{_NEXT}|(?<=[.!?][\"”’')\]]{{2}})\s+{_NEXT}|\n+")

_QUOTE_LEFT = "“.”"  # what stands for a quotation taken out: no 6-gram runs across it, a sentence may end after it
Wording = frozenset[tuple[str, ...]]


def unquoted_wording(sentence: str, n: int = N) -> Wording:
    """The sentence's word n-grams (6-grams) outside quotations (no n-gram runs across a quotation)."""
    out: set[tuple[str, ...]] = set()
    for part in _QUOTED.split(sentence):
        ws = [w.lower() for w in words(part)]
        out |= {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}
    return frozenset(out)


def same_wording(wa: Wording, wb: Wording) -> bool:
    """Whether two sentences' unquoted 6-grams (``unquoted_wording``) are one wording (module docstring)."""
    shared = len(wa & wb)
    return shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(wa), len(wb))


def one_wording(a: str, b: str) -> bool:
    """Whether two sentences share most of their unquoted wording (module docstring)."""
    return same_wording(unquoted_wording(a), unquoted_wording(b))


def sentence_wordings(text: str, n: int = N) -> list[Wording]:
    """The unquoted wording of each sentence of a report long enough to have one 6-gram: a plain split at a stop,
    question or exclamation mark before a capital or a figure, and at line breaks (no model: the sources stage
    runs before the parse; a missed or a false split only moves a few 6-grams). Quotations are taken out of the
    whole text first: one of several sentences ("… now. We …," she said) would be split open."""
    out = []
    for part in _SENTENCE_END.split(_QUOTED.sub(_QUOTE_LEFT, text)):
        wording = unquoted_wording(part, n)
        if wording:
            out.append(wording)
    return out


def shared_sentences(a: list[Wording], b: list[Wording]) -> int:
    """How many sentences of ``a`` print one wording with a sentence of ``b`` (``same_wording``)."""
    where: dict[tuple[str, ...], list[int]] = {}
    for k, wording in enumerate(b):
        for gram in wording:
            where.setdefault(gram, []).append(k)
    count = 0
    for wording in a:
        hits = Counter(k for gram in wording for k in where.get(gram, ()))
        if any(n >= MIN_SHARED and same_wording(wording, b[k]) for k, n in hits.items()):
            count += 1
    return count


def shared_counts(reports: Sequence[list[Wording]]) -> dict[tuple[int, int], int]:
    """``shared_sentences`` for every ordered pair of ``reports`` at once, keyed (i, j) (pairs sharing none left
    out): one index of every sentence's 6-grams, so a story's reports are read once each, not once per pair (the
    store recounts a story's sources on every add that touches it, inputs56)."""
    return _pair_counts(reports, MIN_SHARED, same_wording)


def sentence_phrasings(text: str) -> list[Wording]:
    """Each sentence's unquoted word 4-grams (``sentence_wordings`` with ``PHRASE_N``): what ``reworded_counts``
    compares."""
    return sentence_wordings(text, PHRASE_N)


def reworded_counts(reports: Sequence[list[Wording]], least: int = MIN_REWORDED) -> dict[tuple[int, int], int]:
    """For every ordered pair (i, j) of ``reports`` (their ``sentence_phrasings``), how many sentences of i share
    ``least`` (``MIN_REWORDED``) 4-grams or more with one sentence of j: reworded from it (module docstring)."""
    return _pair_counts(reports, least, lambda a, b: True)


def _pair_counts(reports: Sequence[list[Wording]], least: int,
                 match: Callable[[Wording, Wording], bool]) -> dict[tuple[int, int], int]:
    """How many sentences of report i share ``least`` grams or more with a sentence of report j that ``match``
    accepts, for every ordered pair (i, j) sharing any: one index of every sentence's grams."""
    where: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for r, wordings in enumerate(reports):
        for k, wording in enumerate(wordings):
            for gram in wording:
                where.setdefault(gram, []).append((r, k))
    out: Counter[tuple[int, int]] = Counter()
    for r, wordings in enumerate(reports):
        for wording in wordings:
            hits = Counter(hit for gram in wording for hit in where[gram] if hit[0] != r)
            for other in {o for (o, k), n in hits.items() if n >= least and match(wording, reports[o][k])}:
                out[r, other] += 1
    return dict(out)
