"""Candidate sentences: those fit to stand alone in a summary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import dateline_end
from ..text import WORDS, word_count
from .config import DEFAULT, SummaryConfig
from .standalone import leans_on_context, needs_person, sentence_spans, why_not_alone

MAX_CONTEXT = 2  # sentences in a joined unit at most (a dangling sentence and the one it leans on)
_ENDS_WELL = re.compile(r"[.!][\"'”’)\]]*$")
_CLOSED = re.compile(r"[.!?:][\"'”’)\]]*$")  # a sentence a next one may lean on: a stop, or a colon introducing it
# a sentence left unfinished: it ends on an ellipsis right after a function word ("… to embrace new and ...":
# a teaser cut by its page mid-phrase; an ellipsis after a content word may be the writer's trailing off)
_CUT_END = re.compile(r"\b([a-z]+)[ \t]*(?:\.[ \t]*\.[ \t]*\.|…)[\"'”’)\]]*$")
_STOPWORDS = lexicon.words("stopwords")


# a name written with a lower-case first letter and a capital inside ("iOS 13's beta …", "eBay said …"): a sentence
# may open on it, as on any capital; a fragment cut mid-sentence opens on a plain lower-case word (summ27)
_CAMEL_OPENING = re.compile(r"[a-z]{1,3}[A-Z]")


def _opens_well(text: str) -> bool:
    """Does the sentence open as a sentence does: a capital, a quotation mark, or a camel-cased name ("iOS")? After
    a wire's dateline, the sentence it opens is judged ("(Reuters) — Google …": the span shown starts after it)."""
    text = text[dateline_end(text):] or text
    return text[0].isupper() or text[0] in "\"“‘'" or _CAMEL_OPENING.match(text) is not None


def _cut_end(text: str) -> bool:
    m = _CUT_END.search(text)
    return m is not None and m.group(1) in _STOPWORDS


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


ORIGINALS_FIRST = True
"""Switch: a sentence a copy repeats word for word is its original's candidate, whatever the input order."""
_ASKS = re.compile(r"\?\s*$")  # ends on its question mark, not on a quotation's closing mark


def writers_question(text: str) -> bool:
    """Does the sentence end on a question mark outside quotation marks ("What does that even mean?", "Can a
    wetsuit keep sharks away?")? It is the writer's question: a report states what happened, and a question asks
    the reader to wait for the sentences after it (summ41). It neither stands alone nor opens a unit; a speaker's
    quoted question ('"Why now?" she asked.') is the speaker's."""
    return bool(_ASKS.search(text)) and not any(q in text for q in "\"“”")


def candidates(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """Sentences fit to stand alone in a summary (exact repeats dropped; see ``standalone``).

    A sentence that leans on the one before it ("He said …", "But …") competes joined to
    that sentence, as one span of its report, when that one stands alone (and, for "he" or
    "she", names a person): the pair carries its own context. In a story of very many
    documents only each one's first sentences compete (see ``max_candidates``): that bounds
    time and memory, and the lead is where news puts what matters.

    An exact repeat is kept in the report read first, an original before its copies (``sources``; inputs50: one
    outlet's video page, first in the input, repeating its article's first lines, is the article's copy): the
    sentence is the original's; the candidates stay in input order."""
    seen: set[str] = set()
    per_doc = max(cfg.min_per_document, cfg.max_candidates // max(len(analyses), 1))
    found: dict[int, list[Sentence]] = {}
    for k in _read_order(analyses):
        found[k] = _report_candidates(analyses[k], cfg, per_doc, seen)
    return [s for k in range(len(analyses)) for s in found[k]]


def _read_order(analyses: Sequence[Analysis]) -> list[int]:
    """The reports' indices in input order, but each source group's original before its copies."""
    first: dict[str, int] = {}
    for k, a in enumerate(analyses):
        first.setdefault(a.doc.copy_of or a.doc.id, k)
    if not ORIGINALS_FIRST:
        return list(range(len(analyses)))
    return sorted(range(len(analyses)), key=lambda k: (first[analyses[k].doc.copy_of or analyses[k].doc.id],
                                                        analyses[k].doc.copy_of is not None, k))


def _report_candidates(a: Analysis, cfg: SummaryConfig, per_doc: int, seen: set[str]) -> list[Sentence]:
    """One report's candidates (``candidates``), those not in ``seen``; ``seen`` gets theirs."""
    out: list[Sentence] = []
    units = _whole_quotes(a)
    alone: list[str | None] = []
    joined: list[Sentence | None] = []  # each unit as it can stand (itself, joined, or not at all)
    for k, s in enumerate(units):
        if s.index >= per_doc:
            break
        why = why_not_alone(a, s) if cfg.standalone else None
        if why is None and cfg.standalone and _announces_a_list(a, s):
            why = "announces a count of things and gives at most the first (a list's heading)"
        if why is None and cfg.standalone and writers_question(s.text):
            why = "the writer's question, not a statement (what it asks is on no line)"
        if why and not cfg.reject_connectives and why.startswith("starts with the connective"):
            why = None
        alone.append(why)
        joined.append(s if why is None else _with_context(a, units, joined, k, why))
        if joined[k] is None:
            continue  # a caption, a fragment, or nothing before it to lean on
        s = joined[k]  # type: ignore[assignment]
        n = word_count(s.text)
        key = " ".join(s.text.lower().split())
        if n < cfg.min_words or n > cfg.max_words or key in seen:
            continue
        if not _ENDS_WELL.search(s.text) or _cut_end(s.text) or not _opens_well(s.text):
            continue
        if cfg.drop_quote_fragments and _unbalanced_quotes(s.text):
            continue
        seen.add(key)
        out.append(s)
    return out


def _with_context(
    a: Analysis, units: Sequence[Sentence], joined: Sequence[Sentence | None], k: int, why: str
) -> Sentence | None:
    """Sentence ``k`` joined to what the sentence before it stands as (itself, or itself with
    its own context), when that gives what ``k`` leans on; None when it cannot (a caption or
    fragment never can, nor a sentence whose own predecessor leans on another)."""
    if not leans_on_context(why) or k == 0 or joined[k - 1] is None:
        return None
    prev, s = joined[k - 1], units[k]
    assert prev is not None
    if s.index - prev.index >= MAX_CONTEXT or prev is not units[k - 1] or not _CLOSED.search(prev.text):
        return None  # a line with no final stop (a headline, a promo) is not a sentence to lean on (summ35)
    if needs_person(why) and not any(m.kind == "person" and prev.start <= m.start < prev.end for m in a.mentions):
        return None
    return Sentence(s.doc, prev.index, prev.start, s.end, a.doc.text[prev.start : s.end], prev.paragraph)


ANNOUNCEMENT_WORDS = 12  # "There are three things to be watching here.": a heading is short


def _announces_a_list(a: Analysis, s: Sentence) -> bool:
    """Does ``s`` only announce a count of things ("There are three things to be watching here."), with the next
    sentence of its report opening on the first of them ("One is whether …")? Then it is a list's heading: alone it
    tells nothing, and with the first item it promises the others on no line (summ36). A there-sentence of at most
    ``ANNOUNCEMENT_WORDS`` words whose noun is counted by a number word of two or more, naming nothing else (no
    name, no figure)."""
    if word_count(s.text) > ANNOUNCEMENT_WORDS or s.index + 1 >= len(a.sentences) \
            or a.sentences[s.index].start != s.start:
        return False
    spans = sentence_spans(a, s)
    nxt = sentence_spans(a, a.sentences[s.index + 1])
    if len(spans) != 1 or not nxt:
        return False
    root = spans[0].root
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return False
    noun = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if noun is None or not any(c.dep_ == "nummod" and WORDS.get(c.lower_, 0) >= 2 for c in noun.children):
        return False
    if any(t.pos_ in ("PROPN", "NUM") and t.dep_ != "nummod" for t in spans[0]):
        return False
    first = next((t for t in nxt[0] if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in ("one", "first") and first.i == nxt[0].start
