"""Analysis stage: sentences and named entities for each cleaned document.

Reads ``Document.text``; writes ``Analysis`` (sentences, entity mentions) with
character spans into that text. Text is split on newlines first (each line is
a paragraph in scraped news), then each paragraph into sentences by spaCy's
parser, so a headline-like line never glues onto the next paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Span

from .model import Analysis, Document, EntityKind, Mention, Paragraph, Sentence
from .nlp import get_nlp

_ENTITY_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_OPENS_LOWER = re.compile(r"^[\"'“‘(\[]*[a-z]")


def _counted(ent: Span) -> bool:
    """Does a number count this name ("26 Kalibr missiles")? People are not counted that way.

    The number either modifies the name itself or the noun the name is a compound of."""
    if ent.start == 0:
        return False
    num, root = ent.doc[ent.start - 1], ent.root
    return num.dep_ == "nummod" and (num.head == root or (root.dep_ == "compound" and num.head == root.head))


MAX_PARAGRAPH = 10_000
"""Longest piece of text given to spaCy at once (characters). A longer line (a whole
article without line breaks) is cut at sentence ends: spaCy refuses texts over 1M
characters and its parser's memory grows with the length of what it is given."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def _pieces(line: str, limit: int = MAX_PARAGRAPH) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``line`` cut into pieces of at most ``limit`` characters, at the
    last sentence end before the limit (else the last space, else the limit itself)."""
    start = 0
    while len(line) - start > limit:
        window = line[start : start + limit]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < limit // 4:
            space = window.rfind(" ")
            cut = space + 1 if space > limit // 4 else limit
        piece = line[start : start + cut]
        if piece.strip():
            yield start + len(piece) - len(piece.lstrip()), piece.strip()
        start += cut
    piece = line[start:]
    if piece.strip():
        yield start + len(piece) - len(piece.lstrip()), piece.strip()


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every non-empty line of ``text`` (very long lines in pieces)."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            for offset, piece in _pieces(line):
                yield pos + offset, piece
        pos += len(line) + 1


def _merge_fragments(spans: list[tuple[int, int]], para: str) -> list[tuple[int, int]]:
    """Glue pieces that spaCy split off wrongly: a lone closing quote, or a
    continuation that starts in lower case after a sentence with no final stop."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        piece = para[start:end]
        if out:
            prev = para[out[-1][0] : out[-1][1]]
            stray = not any(ch.isalnum() for ch in piece)
            continuation = _OPENS_LOWER.match(piece) is not None and not _TERMINAL.search(prev)
            if stray or continuation:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def analyse(docs: Sequence[Document]) -> list[Analysis]:
    """Sentences and entity mentions for every document (one spaCy pass over all)."""
    nlp = get_nlp()
    jobs: list[tuple[int, int, str]] = []  # (doc index, paragraph offset, paragraph text)
    for i, doc in enumerate(docs):
        for offset, para in paragraphs(doc.text):
            jobs.append((i, offset, para))
    sentences: list[list[Sentence]] = [[] for _ in docs]
    mentions: list[list[Mention]] = [[] for _ in docs]
    parsed: list[list[Paragraph]] = [[] for _ in docs]
    para_index = [0] * len(docs)
    for (i, offset, para), sdoc in zip(jobs, nlp.pipe((p for _, _, p in jobs), batch_size=64), strict=True):
        doc_id = docs[i].id
        parsed[i].append(Paragraph(offset, para, sdoc))
        spans = []
        for sent in sdoc.sents:
            text = sent.text.strip()
            if text:
                start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                spans.append((start, start + len(text)))
        for start, end in _merge_fragments(spans, para):
            sentences[i].append(
                Sentence(
                    doc=doc_id,
                    index=len(sentences[i]),
                    start=offset + start,
                    end=offset + end,
                    text=para[start:end],
                    paragraph=para_index[i],
                )
            )
        for ent in sdoc.ents:
            kind = _ENTITY_KINDS.get(ent.label_)
            if kind:
                mentions[i].append(
                    Mention(doc_id, offset + ent.start_char, offset + ent.end_char, ent.text, kind,
                            counted=kind == "person" and _counted(ent))
                )
        para_index[i] += 1
    return [Analysis(doc, sentences[i], mentions[i], parsed[i]) for i, doc in enumerate(docs)]
