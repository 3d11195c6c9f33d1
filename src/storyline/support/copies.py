"""Copies: a passage that repeats the sentence word for word supports it, with no judge.

Reprints and wire copies state a summary sentence in its own words, yet the judge scores them
like any other passage (a short verbatim copy can fall below a strict threshold). A copy is
decided before the judge by comparing normalised tokens:

- normalised: NFKC, lower case, quotation marks and punctuation dropped, a wire dateline
  ("LONDON (AP) _ ") dropped, numbers written one way ("1,200" = "1200", "3.50" = "3.5",
  "three" = "3", "%" = "per cent" = "percent");
- an attribution may be dropped or changed: a comma-delimited aside of at most
  ``FRAME_TOKENS`` words with a reporting word ("…, police said", "According to the agency, …")
  and a leading "Police said (that) …" of at most ``HEAD_TOKENS`` words (data/support_cues.json, ``copy_frame_words``);
- what is left must be the same sequence of words, up to soft words added, dropped or swapped
  (articles, "that", honorifics: ``copy_soft_words``). Any other word that differs, a changed
  figure or an inserted "not" among them, makes it no copy.

``near_copy`` is that test. ``counterpart`` is the looser one for a document that
``sources.mark_copies`` marked as a reprint of the sentence's (or the other way round): the
reprint may have split its sentences otherwise, so the passage may run on before or after the
sentence's words, which must all be there, in order, up to the same soft edits.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from functools import lru_cache

from ..text import WORDS, content_terms
from .reading import _cues

FRAME_TOKENS = 6
"""Longest attribution aside (in words) a copy may drop: ", a police spokesman said"."""

HEAD_TOKENS = 10
"""Longest leading attribution (in words) a copy may drop: "A union official, Tomas Reyes, said"."""

MIN_TOKENS = 6
"""Shortest sentence (in words, after the attribution is dropped) that a copy can state."""

MIN_TERMS = 3
"""Fewest content words such a sentence must have (a short fragment states no claim)."""

_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,(?:\s+[A-Z][\w.'’-]*)+)?\s*(?:\([^)]*\))?\s*(?:_|--|—|–|-|:)\s")
"""A wire dateline: "LONDON (AP) _ ", "ELMSTEAD, Norland (Wire) — ", "BEIRUT: "."""

_QUOTE_MARKS = str.maketrans({c: " " for c in "\"'“”‘’«»„‟‹›`´"})
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpct\b", re.I)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|,", re.UNICODE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Frame words, soft words, and the words a copy never adds, drops or swaps."""
    cues = _cues()
    guarded = cues["negations"] | cues["hedge_modals"] | cues["hedge_adverbs"] | cues["conditionals"] | {"n", "t"}
    return cues["copy_frame_words"], cues["copy_soft_words"] - guarded, guarded


def _number(tok: str) -> str:
    if _THOUSANDS.fullmatch(tok):
        tok = tok.replace(",", "")
    if "," in tok:
        return tok  # "3,5" or a list of numbers: kept as written
    try:
        return format(Decimal(tok).normalize(), "f")
    except InvalidOperation:
        return tok


def tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of ``text`` (commas kept, to find attribution asides)."""
    text = unicodedata.normalize("NFKC", text)
    m = _DATELINE.match(text)
    text = text[m.end() if m else 0 :].translate(_QUOTE_MARKS)
    text = _PERCENT.sub(" percent ", text)
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group().lower()
        if tok[0].isdigit():
            tok = _number(tok)
        elif tok in WORDS:
            tok = str(WORDS[tok])
        out.append(tok)
    return tuple(out)


def _plain(seg: list[str], guarded: frozenset[str]) -> bool:
    return not any(t[0].isdigit() or t in guarded for t in seg)


@lru_cache(maxsize=65536)
def claim_tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` without its attribution (asides with a reporting word, and a
    leading "X said (that)"), commas dropped."""
    frames, _, guarded = _words()
    segs: list[list[str]] = [[]]
    for t in tokens(text):
        if t == ",":
            segs.append([])
        else:
            segs[-1].append(t)
    segs = [s for s in segs if s]
    if len(segs) > 1:
        def aside(k: int, seg: list[str]) -> bool:  # a later aside, or a leading "According to …,"
            return (k > 0 or seg[0] == "according") and len(seg) <= FRAME_TOKENS and bool(frames & set(seg)) \
                and _plain(seg, guarded)

        segs = [seg for k, seg in enumerate(segs) if not aside(k, seg)] or segs
    words = [t for s in segs for t in s]
    head = next((k for k, t in enumerate(words[:HEAD_TOKENS]) if t in frames and t != "according"), None)
    if head is not None and _plain(words[:head], guarded) and len(words) - head > MIN_TOKENS:
        words = words[head + 1 :]
        if words and words[0] == "that":
            words = words[1:]
    return tuple(words)


def _soft_edits(a: tuple[str, ...], b: tuple[str, ...], *, open_ends: bool) -> bool:
    """Does ``b`` repeat ``a`` up to soft words (and, with ``open_ends``, with more words of
    its own before and after ``a``'s)?"""
    _, soft, _ = _words()
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    matched = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if not matched:
        return False
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            continue
        if open_ends and i1 == i2 and (k < matched[0] or k > matched[-1]):
            continue  # the passage runs on before or after the sentence's words
        if not all(t in soft for t in a[i1:i2] + b[j1:j2]):
            return False
    return True


def _states_a_claim(words: tuple[str, ...], text: str) -> bool:
    return len(words) >= MIN_TOKENS and len(set(content_terms(text))) >= MIN_TERMS


def near_copy(sentence: str, passage: str) -> bool:
    """Is ``passage`` a verbatim or near-verbatim copy of ``sentence`` (so it supports it)?"""
    s, p = claim_tokens(sentence), claim_tokens(passage)
    return _states_a_claim(s, sentence) and abs(len(s) - len(p)) <= max(2, len(s) // 5) and _soft_edits(
        s, p, open_ends=False
    )


def counterpart(sentence: str, passage: str) -> bool:
    """Is ``passage``, a sentence of a reprint of the sentence's report, the sentence's
    counterpart: all its words, in order, up to soft edits, perhaps with more before or after
    (the reprint split its sentences otherwise)?"""
    s, p = claim_tokens(sentence), claim_tokens(passage)
    return _states_a_claim(s, sentence) and _soft_edits(s, p, open_ends=True)
