"""Candidate sentences: those fit to stand alone in a summary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Analysis, Sentence
from ..text import word_count
from .config import DEFAULT, SummaryConfig
from .standalone import why_not_alone

_ENDS_WELL = re.compile(r"[.!][\"'”’)\]]*$")


def _unbalanced_quotes(text: str) -> bool:
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _whole_quotes(a: Analysis, max_join: int = 3) -> list[Sentence]:
    """The document's sentences, with a quotation that spans several sentences joined
    into one unit (a fragment of a quote reads wrong alone, the whole quote does not)."""
    sents, out, i = a.sentences, [], 0
    while i < len(sents):
        s, j = sents[i], i
        if _unbalanced_quotes(s.text):
            while j + 1 < len(sents) and j - i < max_join and sents[j + 1].paragraph == s.paragraph:
                j += 1
                text = a.doc.text[s.start : sents[j].end]
                if not _unbalanced_quotes(text):
                    s = Sentence(s.doc, s.index, s.start, sents[j].end, text, s.paragraph)
                    break
            else:
                j = i  # no closing quote nearby: keep the fragment (it is filtered out later)
        out.append(s)
        i = j + 1 if s is not sents[i] else i + 1
    return out


def candidates(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """Sentences fit to stand alone in a summary (exact repeats dropped; see ``standalone``).

    In a story of very many documents only each one's first sentences compete (see
    ``max_candidates``): that bounds time and memory, and the lead is where news puts
    what matters."""
    seen: set[str] = set()
    out: list[Sentence] = []
    per_doc = max(cfg.min_per_document, cfg.max_candidates // max(len(analyses), 1))
    for a in analyses:
        for s in _whole_quotes(a):
            if s.index >= per_doc:
                break
            n = word_count(s.text)
            key = " ".join(s.text.lower().split())
            if n < cfg.min_words or n > cfg.max_words or key in seen:
                continue
            if not _ENDS_WELL.search(s.text) or not (s.text[0].isupper() or s.text[0] in "\"“‘'"):
                continue
            if cfg.drop_quote_fragments and _unbalanced_quotes(s.text):
                continue
            if cfg.standalone and why_not_alone(a, s):
                continue  # a dangling opener, a quote without its speaker, a caption
            seen.add(key)
            out.append(s)
    return out
