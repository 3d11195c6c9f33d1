"""Baseline systems for ``storyline eval``: Lead (round-robin), LexRank, TextRank.

Every system maps prepared sentences (per document, in document order) to an
order of sentence indices; the harness applies the budget protocol.

sumy needs NLTK's punkt tables for its own splitting, and those cannot be
downloaded here. We never let it split: the baselines get our sentences
(through sumy's document model) and a word splitter of ours, so sumy runs
fully offline and sees exactly the sentences the other systems see. sumy is the
optional ``eval`` extra (``pip install 'storyline[eval]'``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")

Docs = Sequence[Sequence[str]]  # documents → sentences
System = Callable[[Docs], list[tuple[int, int]]]  # → (doc index, sentence index) in system order


def lead(docs: Docs) -> list[tuple[int, int]]:
    """Round-robin lead: the first sentence of each document, then the second, …"""
    order: list[tuple[int, int]] = []
    depth = max((len(d) for d in docs), default=0)
    for k in range(depth):
        for i, d in enumerate(docs):
            if k < len(d):
                order.append((i, k))
    return order


class _Words:
    """sumy tokenizer protocol, without NLTK data: our regex word splitter."""

    language = "english"

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:  # never used: we hand sumy sentences
        return (text,)


def _sumy(summarizer_cls: Any, docs: Docs) -> list[tuple[int, int]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    tok = _Words()
    where: list[tuple[int, int]] = []
    paragraphs = []
    for i, d in enumerate(docs):
        paragraphs.append(Paragraph([Sentence(text, tok) for text in d]))
        where.extend((i, k) for k in range(len(d)))
    document = ObjectDocumentModel(paragraphs)
    sentences = list(document.sentences)
    if not sentences:
        return []
    summarizer = summarizer_cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    if hasattr(summarizer, "rate_sentences"):  # TextRank
        ratings = summarizer.rate_sentences(document)
    else:  # LexRank computes its scores inside __call__ only: the same steps, kept
        words = [summarizer._to_words_set(s) for s in sentences]
        tf, idf = summarizer._compute_tf(words), summarizer._compute_idf(words)
        matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
        ratings = dict(zip(sentences, summarizer.power_method(matrix, summarizer.epsilon), strict=True))
    ranked = sorted(range(len(sentences)), key=lambda j: (-float(ratings[sentences[j]]), j))
    return [where[j] for j in ranked]


def lexrank(docs: Docs) -> list[tuple[int, int]]:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy(LexRankSummarizer, docs)


def textrank(docs: Docs) -> list[tuple[int, int]]:
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy(TextRankSummarizer, docs)


BASELINES: dict[str, System] = {"lead": lead, "lexrank": lexrank, "textrank": textrank}
