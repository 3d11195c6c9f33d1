"""Voices a summary cannot carry alone: the writer's own plural first person ("… we do have a high
rate of missing persons reports."), and a quotation that continues the one before it, whose speaker is
in that sentence. Both are ranked and never shown (``rank._hidden``)."""

from __future__ import annotations

import re

from ..model import Analysis, Sentence
from ..newswriting import rules
from .standalone import SHORT_QUOTE

_QUOTATION = re.compile(r"[\"“”‘`]|(?<!\w)['’]|['’](?!\w)")  # a quotation mark, not an apostrophe ("it's")
_WORDS = re.compile(r"[A-Za-z]+")
_WHOLE_QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def continues_quotation(a: Analysis, s: Sentence) -> bool:
    """Is the sentence one quotation and nothing else, continuing the quotation of the sentence before it
    ('"(The mother) had phone contact …," said Karges. "Bekah had told her she was coming …"')? Its speaker
    is in that sentence; a reporting verb inside it ("had told") is what is quoted, not who says it."""
    return whole_quotation(s.text) and _quotes_before(a, s)


def _quotes_before(a: Analysis, s: Sentence) -> bool:
    """Is the sentence before, in the same paragraph, a quotation with its speaker ('"…," said Karges.')?"""
    k = s.index - 1
    if not 0 <= k < len(a.sentences) - 1 or a.sentences[k + 1].start != s.start:
        return False
    if a.sentences[k].paragraph != s.paragraph:
        return False
    before = a.sentences[k].text
    said = any(w.lower() in rules().speech_forms for w in _WORDS.findall(before))
    return said and _QUOTATION.search(before) is not None


def whole_quotation(text: str) -> bool:
    """Is the sentence one quotation and nothing outside it ('"Bekah had told her she was coming …"')?
    A reporting verb inside it ("had told") is what is quoted, not who says it."""
    m = _WHOLE_QUOTE.fullmatch(text.strip())
    return m is not None and len(m.group(1).split()) > SHORT_QUOTE


def writer_we(text: str) -> bool:
    """Does the sentence speak in its writer's plural first person ("… we do have a high rate of missing
    persons reports.")? Not with a quotation mark in it, nor when it reports speech ("We will rebuild, the
    mayor said"): then the "we" is a speaker's."""
    if _QUOTATION.search(text):
        return False
    r = rules()
    words = _WORDS.findall(text)
    if any(w.lower() in r.speech_forms for w in words):
        return False
    return any(w.lower() in r.writer_we and (w.islower() or k == 0) for k, w in enumerate(words))
