"""Credits: who wrote, reported, edited or photographed a report, not who or where is in it (``credit_spans``; read
by the entities stage, whose names in a credit are not listed, and the places stage, whose places in one are none).

Credit sentences run into a report's paragraph:
A JSON record's text is often one paragraph, so its credit is no line of its own: "… the statement said.
Associated Press writer Jo Tarn in Velbury contributed to this report." closes it, or a wire's "(Reporting by
Jo Tarn; Editing by Ana Ruiz)" sits in brackets at its end. The cues are ``lexicon/credit_cues.tsv`` ("lead":
the credit opens with them; "tail": it ends with them), read as a credit only in the shapes a credit has: a
tail cue closing its line, its sentence opening after a sentence's end; a lead cue opening a bracket, or
opening a sentence that runs to the line's end (``credit_sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon

_CUES = lexicon.table("credit_cues")
_LEADS = tuple(c for c, where in _CUES.items() if where == "lead")
_TAILS = [c for c, where in _CUES.items() if where == "tail"]
_SENTENCE_MAX = 250  # characters: a credit sentence names a few people and a place, no more
# a tail cue closing its line: "… contributed to this report." (quotes or a bracket may close it)
_TAIL_END = re.compile(r"\b(?:" + lexicon.alternation(_TAILS, space=r"\s+") + r")\.?[\"”’)\s]*$", re.IGNORECASE)
# a sentence's end before a capital: ". A", '." A', '"?A' (a scraper's mark for a lost quote), ". — A" (a sign-off's
# dash), not an initial's "J. T"
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9\"”’)])|(?<=[A-Z]{2}))[.!?][\"”’?]*\s*(?:[—–-]+\s*)?(?=[A-Z])")


def _opening(cues: Sequence[str], space: str) -> str:
    """The cues as a regex alternation, each opening on its capital ("Reporting by"), ``space`` for its spaces."""
    return "|".join(cue[0].upper() + re.escape(cue[1:]).replace(r"\ ", space) for cue in cues)


# a lead cue opening a bracket: "(Reporting by Jo Tarn; Editing by Ana Ruiz)"
_BRACKETED = re.compile(r"\(\s*(?:" + _opening(_LEADS, r"\s+") + r")\b[^()\n]{1,300}\)")
# a lead cue opening a sentence that runs to the line's end: "… said. Reporting by Jo Tarn; editing by Ana Ruiz"
_CLOSING_LEAD = re.compile(r"(?<=[.!?\"”’])[ \t]+((?:" + _opening([c for c in _LEADS if c != "compiled by"],
                                                                r"[ \t]+") + r")\b[^\n]{1,200})$")


def credit_sentences(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that are a credit run into it ("… said. Jo Tarn contributed to this report.",
    "(Reporting by Jo Tarn; Editing by Ana Ruiz)"), offsets in ``line``; a sentence that only uses a cue's words
    ("Rains have contributed to this report's delay, officials said.") is none, as it does not close its line."""
    spans = [(m.start(), m.end()) for m in _BRACKETED.finditer(line)]
    if (m := _CLOSING_LEAD.search(line)) is not None:
        spans.append((m.start(1), m.end(1)))
    if (tail := _TAIL_END.search(line)) is not None:
        ends = [e.end() for e in _SENTENCE_END.finditer(line, 0, tail.start())]
        start = ends[-1] if ends else len(line) - len(line.lstrip())
        if tail.end() - start <= _SENTENCE_MAX:
            spans.append((start, tail.end()))
    return spans


# Credit lines (lexicon/credit_cues.tsv): "With reports from …" (lead), "… contributed reporting." (tail).
_CREDIT_LINE_MAX = 300  # characters: a credit is one short line, not a paragraph that happens to say so
# a photo credit in brackets: "(Orla Fennimore/CBC)", "(Sean Tarrant/Canadian Press)"
_PHOTO_CREDIT = re.compile(r"\([ \t]*[A-Z][^()\n/]{1,60}/[ \t]*[A-Z][^()\n/]{1,60}\)")
# an agency's photo credit outside brackets: "AP Photo/Jo Tarn", "Getty Images/Ana Ruiz" (photo_credit_words.txt)
_CREDITED = r"[A-Z](?:[a-z][\w'’-]*|\.)"  # a photographer's name's word: "Gregory", "J.", not a dateline's "ENCINITAS"
_LOOSE_PHOTO_CREDIT = re.compile(r"\b(?:[A-Z][\w.'’-]*[ \t]+){0,2}(?:" + lexicon.alternation(
    lexicon.words("photo_credit_words")) + r")[ \t]*/[ \t]*" + _CREDITED + r"(?:[ \t]+" + _CREDITED + r"){0,3}")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text that credit who made the report or a photo, not who is in the story: a photo
    credit in brackets ("(Orla Fennimore/CBC)") or an agency's before a slash ("AP Photo/Jo Tarn") and a credit
    line ("With reports from Tu Anh Le and Joe Fensome", "Nathaniel Crumb contributed reporting.") or a credit
    run into a paragraph (``credit_sentences``)."""
    spans = [(m.start(), m.end()) for p in (_PHOTO_CREDIT, _LOOSE_PHOTO_CREDIT) for m in p.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        low = line.strip().lower().rstrip(".")
        if 0 < len(low) <= _CREDIT_LINE_MAX and low.startswith(_LEADS):
            spans.append((pos, pos + len(line)))
        else:  # a credit closing a line, from its sentence's start ("… said. Jo Tarn contributed to this report.",
            # "(Reporting by …)": a credit run into a paragraph, ents59)
            spans.extend((pos + s, pos + e) for s, e in credit_sentences(line))
        pos += len(line) + 1
    return spans
