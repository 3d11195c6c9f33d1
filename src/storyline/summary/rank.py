"""Ranking: the order in which the summariser adds sentences (greedy budgeted coverage)."""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model import Analysis, Sentence
from ..newswriting import rules
from ..sources import source_groups
from ..text import STOPWORDS, stem, word_count, words
from ..tfidf import SparseRows
from .candidates import candidates
from .config import DEFAULT, SummaryConfig
from .joins import back_joins, now_turns, ordinal_joins, quote_joins
from .outcomes import outcome_verbs, past_verbs, pending_verb, preview_verb, proper_names
from .plans import plans_done
from .quoted_voice import speakerless_first_person
from .shape import speaker_label, unshowable
from .single_report import lede_first, mentioned_news
from .standalone import ENDS_POINTING, back_reference, first_person, points_back, sentence_spans
from .statements import Figures, figures_agree, same_statement
from .voice import (
    about_the_article,
    continues_quotation,
    each_sentence,
    page_message,
    reader_advice,
    reader_aside,
    reader_request,
    writer_taste,
    writer_we,
    writer_we_subject,
)

_DANGLING = re.compile(
    r"^(?:But|And|Or|So|Yet|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Also|However|Meanwhile|"
    r"Others|The others|(?:Most|Some|Many|None|All|Both) of (?:the|them|those|these)\b)\b"
)


@dataclass(slots=True)
class Ranked:
    """Candidate sentences and the order the summariser adds them in."""

    sentences: list[Sentence]
    order: list[int]  # indices into ``sentences``, best first
    extends: dict[int, int] = field(default_factory=dict)  # a joined unit → the sentence it extends
    # sentences that open pointing back ("But …", "Another …"): ranked, never shown (``SummaryConfig.hide_connectives``)
    hidden: frozenset[int] = frozenset()
    # a sentence that refers back with "those"/"these" ("… in connection with those charges"): shown only
    # joined to the sentence before it in its report (``joins.back_joins``; ``SummaryConfig.join_back_references``)
    joins: dict[int, Sentence] = field(default_factory=dict)
    # each sentence's event (``events.by_events``): a sentence of an event a chosen one tells is not taken, and one of
    # its other tellings takes its place when the first is left out (summ56)
    events: dict[int, int] = field(default_factory=dict)


def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Stemmed word bigrams, except pairs of two function words: the units of coverage."""
    ws = words(text)
    st = [stem(w) for w in ws]
    return frozenset(
        (st[i], st[i + 1]) for i in range(len(ws) - 1) if not (ws[i] in STOPWORDS and ws[i + 1] in STOPWORDS)
    )


def _concept_weights(
    sents: Sequence[Sentence], cons: Sequence[frozenset[tuple[str, str]]], source_of: dict[str, str],
    cfg: SummaryConfig,
) -> dict[tuple[str, str], float]:
    """Bigram weight = number of independent sources using it (>= min_sources); with one
    source, its frequency in the text (>= 2)."""
    per_source: dict[str, set[tuple[str, str]]] = {}
    for s, c in zip(sents, cons, strict=True):
        per_source.setdefault(source_of.get(s.doc, s.doc), set()).update(c)
    if len(per_source) >= 2:
        df: Counter[tuple[str, str]] = Counter()
        for cs in per_source.values():
            df.update(cs)
        return {c: float(n) for c, n in df.items() if n >= cfg.min_sources}
    tf: Counter[tuple[str, str]] = Counter(c for cs in cons for c in cs)
    return {c: float(n) for c, n in tf.items() if n >= 2}


def rank(analyses: Sequence[Analysis], cfg: SummaryConfig = DEFAULT, *, words: int | None = None,
         figures: Figures | None = None) -> Ranked:
    """Candidates in the order the summariser would add them (lazy greedy coverage). With ``words`` (the
    budget) ranking stops once the order holds ``cfg.rank_depth`` budgets of words. ``figures``: ``_redundant``."""
    sents = candidates(analyses, cfg)
    if not sents:
        return Ranked([], [])
    source_of = source_groups([a.doc for a in analyses])
    cons = [concepts(s.text) for s in sents]
    weight = _concept_weights(sents, cons, source_of, cfg)
    vecs = SparseRows([s.text for s in sents])  # the dense matrix of a large story would not fit in memory
    extends = _extensions(sents)
    alone, extending = _priors(analyses, sents, vecs, source_of, extends, cfg)
    alone = lede_first(analyses, sents, alone)
    lengths, covered = [word_count(s.text) for s in sents], set[tuple[str, str]]()
    extended_by, done_of = _extended_by(extends), plans_done(analyses, sents)  # a deed is no restatement of its plan
    chosen: set[int] = set()

    def cost(i: int) -> int:
        j = extends.get(i)
        return lengths[i] - lengths[j] if j is not None and j in chosen else lengths[i]

    def gain(i: int) -> float:
        return sum(weight.get(c, 0.0) for c in cons[i] - covered) / max(cost(i), 1)

    g0 = max((gain(i) for i in range(len(sents))), default=0.0) or 1.0

    def value(i: int) -> float:
        return gain(i) / g0 + (extending[i] if extends.get(i) in chosen else alone[i])

    # lazy greedy: a sentence's value only falls as coverage grows, so a stale upper bound is safe
    # (a unit that extends a chosen sentence is pushed again: it now costs only its new words)
    heap = [(-value(i), i) for i in range(len(sents))]
    heapq.heapify(heap)
    order: list[int] = []
    ordered_words, depth = 0, (cfg.rank_depth * words if words is not None else None)
    while heap and (depth is None or ordered_words < depth):
        _, i = heapq.heappop(heap)
        if i in chosen:
            continue
        v = value(i)
        if heap and v < -heap[0][0] - 1e-9:
            heapq.heappush(heap, (-v, i))
            continue
        j = extends.get(i) if extends.get(i) in chosen else None
        if _redundant(i, [k for k in order if k != j and k not in done_of.get(i, ())], sents, vecs, cfg, figures):
            continue
        ordered_words += cost(i)
        if j is not None:
            order[order.index(j)] = i  # the chosen sentence grows by the sentence that leans on it
            chosen.discard(j)
        else:
            order.append(i)
        chosen.add(i)
        covered |= cons[i]
        for u in extended_by.get(i, ()):
            heapq.heappush(heap, (-value(u), u))
    return _ranked(analyses, sents, order, extends, cfg, done_of)


def _deeds_for_plans(order: list[int], done_of: dict[int, set[int]]) -> list[int]:
    """The order with each plan another report tells done (``plans.plans_done``) given the deed's place, the deed's
    own later place dropped: the story tells it done, at the rank the plan had earned."""
    out = list(order)
    for i in [i for i in order if i in done_of]:
        plans = [k for k in out if k in done_of[i]]
        if plans and i in out:
            out.remove(i)
            out[out.index(plans[0])] = i
            out = [k for k in out if k not in plans]
    return out


def _extended_by(extends: dict[int, int]) -> dict[int, list[int]]:
    """A chosen sentence → the units that would extend it."""
    out: dict[int, list[int]] = {}
    for unit, base in extends.items():
        out.setdefault(base, []).append(unit)
    return out


def _ranked(
    analyses: Sequence[Analysis], sents: list[Sentence], order: list[int], extends: dict[int, int],
    cfg: SummaryConfig, done_of: dict[int, set[int]] | None = None,
) -> Ranked:
    """The order with what it may not show: hidden sentences, those shown only joined (``joins.back_joins``), those
    that cannot be shown as written (``_unshowable``), and a plan another report tells done (``plans.plans_done``)."""
    order = _bases_back(analyses, sents, _deeds_for_plans(order, done_of or {}), extends, cfg)
    voices, turns = _voices(analyses, sents, order, cfg), now_turns(analyses, sents, order)
    hidden = (_hidden(analyses, sents, order, cfg) - turns) | voices
    joins = back_joins(analyses, sents, order, hidden, cfg) if cfg.join_back_references else {}
    if cfg.join_singular_back_references and len(analyses) == 1:
        joins = {**ordinal_joins(analyses, sents, order, hidden, cfg), **joins}
    hidden |= {i for i in turns if joins.get(i) is None}  # a turn ("But …") shown only joined to its past
    if cfg.join_continued_quotes:
        joins = {**quote_joins(analyses, sents, order, hidden, cfg), **joins}
    if cfg.hide_unshowable:  # a join opening on a speaker's label ("HOST: Do …? GUEST: …") is none
        by_doc = {a.doc.id: a for a in analyses}
        joins = {**_unshowable(analyses, sents, order, extends), **{
            i: None if u is not None and speaker_label(by_doc.get(u.doc), u) else u for i, u in joins.items()}}
    return Ranked(sents, order, extends, hidden | {i for i, u in joins.items() if u is None},
                  {i: u for i, u in joins.items() if u is not None})


def _bases_back(
    analyses: Sequence[Analysis], sents: list[Sentence], order: list[int], extends: dict[int, int],
    cfg: SummaryConfig,
) -> list[int]:
    """The order with each unit that grew from a ranked sentence by the one after it (``extends``: the lede and a
    dangling "We realize …" after it) and is hidden for what it added (``_hidden``, ``_voices``: the writer's "we")
    given back to the sentence it grew from, when that one alone is not hidden and has no first person (a speaker's
    "All we want is …" with no speaker named is not shown alone): what was added only to carry the second sentence's
    context is dropped with it, not the first (summ34)."""
    grown = [i for i in order if i in extends and extends[i] not in order]
    if not grown:
        return order
    both = [*order, *(extends[i] for i in grown)]
    hidden = _hidden(analyses, sents, both, cfg) | _voices(analyses, sents, both, cfg)
    back = {i: extends[i] for i in grown
            if i in hidden and extends[i] not in hidden and not _any_first_person(sents[extends[i]].text)}
    return [back.get(i, i) for i in order] if back else order


def _any_first_person(text: str) -> bool:
    """Does the text hold a first person, singular or plural, anywhere ("All we want is …")? A word in capitals is
    none ("the US")."""
    pronouns = {*rules().first_person, *rules().writer_we}
    words = re.findall(r"[A-Za-z]+", text)
    return first_person(text) or any(w.lower() in pronouns and (w.islower() or (k == 0 and w.istitle()))
                                     for k, w in enumerate(words))


def _unshowable(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], extends: dict[int, int],
) -> dict[int, Sentence | None]:
    """Ranked units that cannot be shown as written (``shape.unshowable``: capitals, a quotation left open, a
    transcript's line), each with what may be shown in its place: the sentence it extends when that one can be
    (a unit joined to the sentence before it loses only what it added), else None (never shown)."""
    by_doc = {a.doc.id: a for a in analyses}
    out: dict[int, Sentence | None] = {}
    for i in order:
        if unshowable(by_doc.get(sents[i].doc), sents[i]):
            j = extends.get(i)
            out[i] = sents[j] if j is not None and not unshowable(by_doc.get(sents[j].doc), sents[j]) else None
    return out


def _voices(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], cfg: SummaryConfig,
) -> frozenset[int]:
    """Ranked sentences whose parse speaks as the writer's "we" (``voice.writer_we_subject``;
    ``cfg.hide_writer_we_subject``), about the article itself (``voice.about_the_article``;
    ``cfg.hide_article_notes``; and the page's message about the reader's thing, ``voice.page_message``) or, in a
    story of one report, to the reader with no news (``voice.reader_aside``;
    ``cfg.hide_reader_asides``; with several reports it cost held-out ROUGE-1 0.01) or of the writer's own taste
    (``voice.writer_taste``: "Personally, the car is not to my liking …", summ27) or a request to the reader
    (``voice.reader_request``: "Please share your videos …", summ28) or, in a report otherwise in the third person,
    in the first person outside quote marks (``quoted_voice.speakerless_first_person``: a quoted writer's "I",
    summ33): never shown. A unit joined from several
    sentences is read sentence by sentence (``voice.each_sentence``, summ28)."""
    if not (cfg.hide_writer_we_subject or cfg.hide_article_notes or cfg.hide_reader_asides):
        return frozenset()
    by_doc, alone = {a.doc.id: a for a in analyses}, len(analyses) == 1
    out = set()
    for i in order:
        s = sents[i]
        for span in each_sentence(by_doc[s.doc], s) if s.doc in by_doc else ():
            if (cfg.hide_writer_we_subject and writer_we_subject(span)) or (
                    cfg.hide_article_notes and (about_the_article(span) or page_message(span))) or (
                    cfg.hide_reader_asides and len(analyses) == 1
                    and (reader_aside(span) or reader_advice(span) or writer_taste(span) or reader_request(span))) \
                    or (cfg.hide_reader_asides and speakerless_first_person(by_doc[s.doc], s, span.text, alone)):
                out.add(i)
    return frozenset(out)


def _hidden(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], cfg: SummaryConfig,
) -> frozenset[int]:
    """Candidates ranked but never shown: an opening that points back ("But …", "Another …"), a writer's
    first person (``cfg.hide_first_person``), and what ``_leaning`` finds."""
    hidden = frozenset(i for i, s in enumerate(sents) if (cfg.hide_connectives and points_back(s.text))
                       or (cfg.hide_first_person and first_person(s.text))
                       or (cfg.hide_writer_we and writer_we(s.text)))
    if cfg.hide_continued_quotes:
        by_doc = {a.doc.id: a for a in analyses}
        hidden |= {i for i, s in enumerate(sents) if s.doc in by_doc and continues_quotation(by_doc[s.doc], s)}
    if cfg.hide_back_references or cfg.hide_previews:
        hidden |= _leaning(analyses, sents, order, cfg)
    return hidden


def _leaning(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], order: Sequence[int], cfg: SummaryConfig = DEFAULT,
) -> frozenset[int]:
    """Ranked sentences that lean on what the summary cannot show: a preview whose outcome another
    candidate of the story states ("will say Wednesday whether he approves …" when a report says he
    "approved" it: ``standalone.preview_verb``; ``cfg.hide_previews``), and, with
    ``cfg.hide_back_references``, a demonstrative past the opening that names nothing in the sentence
    ("… whether he approves that sentence": ``standalone.back_reference``)."""
    by_doc = {a.doc.id: a for a in analyses}
    out: set[int] = set()
    previews: dict[int, str] = {}
    pending: dict[int, tuple[str, frozenset[str]]] = {}
    for i in order:
        for span in sentence_spans(by_doc[sents[i].doc], sents[i]) if sents[i].doc in by_doc else ():
            if cfg.hide_back_references and back_reference(span):
                out.add(i)
            verb = preview_verb(span) if cfg.hide_previews else None
            if verb:
                previews[i] = verb
            talks = pending_verb(span) if cfg.hide_previews else None
            if talks:
                pending[i] = (talks, proper_names(span))
    if previews:
        told = {v for s in sents if s.doc in by_doc for span in sentence_spans(by_doc[s.doc], s)
                for v in past_verbs(span)}
        out.update(i for i, verb in previews.items() if verb in told)
    if pending:  # "is in talks to be acquired" when another report says it "agreed to be sold"
        outcomes = [(outcome_verbs(span), proper_names(span)) for s in sents if s.doc in by_doc
                    for span in sentence_spans(by_doc[s.doc], s)]
        out.update(i for i, (verb, names) in pending.items()
                   if any(verb in done and names & named and sents[i].doc != s_doc
                          for (done, named), s_doc in zip(outcomes, _docs_of(sents, by_doc), strict=True)))
    return frozenset(out)


def _docs_of(sents: Sequence[Sentence], by_doc: dict[str, Analysis]) -> list[str]:
    """The report of each parse ``_leaning`` reads, in the same order."""
    return [s.doc for s in sents if s.doc in by_doc for _ in sentence_spans(by_doc[s.doc], s)]


def _redundant(
    i: int, others: Sequence[int], sents: Sequence[Sentence], vecs: Any, cfg: SummaryConfig,
    figures: Figures | None = None,
) -> bool:
    """Does candidate ``i`` restate one already in the order (TF-IDF cosine, or the same statement: with
    ``figures``, "about $973,000" states "$972,814")?"""
    def agree(k: int) -> Callable[[], bool] | None:
        if figures is None:
            return None
        read = figures
        return lambda: figures_agree(read(sents[i]), read(sents[k]))

    return bool(others) and (
        float((vecs.dense(list(others)) @ vecs.dense([i])[0]).max()) > cfg.redundancy
        or any(same_statement(sents[i].text, sents[k].text, 0.0, cfg, agree=agree(k)) for k in others)
    )


def _priors(
    analyses: Sequence[Analysis], sents: Sequence[Sentence], vecs: Any, source_of: dict[str, str],
    extends: dict[int, int], cfg: SummaryConfig,
) -> tuple[list[float], list[float]]:
    """Each candidate's prior (lead, relative lead, closeness to the story's centroid, less the
    dangling penalty): as it stands alone, and as it extends a chosen sentence. A unit that
    extends a chosen sentence adds only the sentence that leans on it, so its lead prior is that
    sentence's own place in its report, not the chosen sentence's."""
    originals = [i for i, s in enumerate(sents) if source_of.get(s.doc, s.doc) == s.doc]
    centroid = vecs.total(originals or list(range(len(sents))))
    norm = float(np.linalg.norm(centroid))
    centrality = vecs.times(centroid / norm) if norm else np.zeros(len(sents), dtype=np.float32)
    doc_len = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    intro = {a.doc.id: _introducing_lines(a) for a in analyses}
    swap = _news_for_anecdote(analyses)

    def prior(i: int, index: int) -> float:
        s = sents[i]
        index = max(swap.get((s.doc, index), index) - intro[s.doc], 0)
        return (
            cfg.lead_weight / (1 + index)
            + cfg.relative_lead_weight * (1 - index / doc_len[s.doc])
            + cfg.centrality_weight * float(centrality[i])
            - (cfg.dangling_penalty if _DANGLING.match(s.text) or ENDS_POINTING.search(s.text) else 0.0)
        )

    alone = [prior(i, s.index) for i, s in enumerate(sents)]
    extending = list(alone)
    for i, k in _added_index(analyses, sents, extends).items():
        extending[i] = prior(i, k)
    return alone, extending


def _news_for_anecdote(analyses: Sequence[Analysis]) -> dict[tuple[str, int], int]:
    """(report, sentence index) → the index whose lead prior it takes: a report opening on an anecdote that only
    mentions its news gives the sentence stating the news its opening's place, and the opening the news's
    (``single_report.mentioned_news``; a story of one report raises that sentence above all: ``lede_first``)."""
    out: dict[tuple[str, int], int] = {}
    for a in analyses if len(analyses) > 1 else ():
        if (told := mentioned_news(a)) is not None:
            opening, news = told
            out[(a.doc.id, opening.index)], out[(a.doc.id, news.index)] = news.index, opening.index
    return out


def _introducing_lines(analysis: Analysis) -> int:
    """How many of a report's first sentences only introduce it ("The Times said in an editorial:"):
    the lead is the first sentence after them, so a kept introduction does not push it down."""
    n = 0
    for x in analysis.sentences:
        if not x.text.rstrip().endswith(":"):
            break
        n += 1
    return n


def _added_index(analyses: Sequence[Analysis], sents: Sequence[Sentence], extends: dict[int, int]) -> dict[int, int]:
    """Unit → the report index of the sentence it adds to the candidate it extends."""
    starts = {a.doc.id: [x.start for x in a.sentences] for a in analyses}
    out = {}
    for i, j in extends.items():
        doc_starts = starts.get(sents[i].doc, [])
        out[i] = bisect.bisect_left(doc_starts, sents[j].end)
    return out


def _extensions(sents: Sequence[Sentence]) -> dict[int, int]:
    """Unit → the candidate it extends: a dangling sentence joined to the sentence before it
    (``candidates``) starts where that sentence starts, in the same document."""
    starts: dict[tuple[str, int], list[int]] = {}
    for i, s in enumerate(sents):
        starts.setdefault((s.doc, s.start), []).append(i)
    out: dict[int, int] = {}
    for group in starts.values():
        if len(group) > 1:
            group.sort(key=lambda i: sents[i].end)
            for shorter, longer in zip(group, group[1:], strict=False):
                out[longer] = shorter
    return out


def shown_order(ranked: Ranked) -> list[Sentence]:
    """The ranking as a summary may show it: without the sentences that open pointing back, and a
    sentence that refers back with "those"/"these" joined to the one before it (``Ranked.joins``)."""
    out: list[Sentence] = []
    for i in ranked.order:
        if i in ranked.hidden:
            continue
        s = ranked.joins.get(i, ranked.sentences[i])
        if ranked.joins and _inside(s, out):
            continue  # already shown inside a joined unit
        out.append(s)
    return out


def fit_budget(
    ranked: Ranked, words: int, skip: Sequence[Sentence] = (), first: Sequence[Sentence] = (),
) -> list[Sentence]:
    """Ranked sentences that fit in ``words`` whole (a sentence that would overflow is skipped;
    a joined unit that would overflow gives way to the sentence it extends, when that fits). A
    sentence that opens with a connective or "Another" is never shown (``Ranked.hidden``): the
    next one that stands alone takes its place. Sentences in ``skip`` (folded into another item,
    ``fold``) are not shown, nor a joined unit holding one. Sentences in ``first`` (what another item needs: the
    spelling out of its initials, ``initials``) are taken before the ranking's."""
    chosen: list[Sentence] = list(first)
    used = sum(word_count(s.text) for s in first)
    gone = {_key(s) for s in skip}
    told: set[int] = set()  # the events (``Ranked.events``) a chosen sentence tells
    for i in ranked.order:
        if i in ranked.hidden or ranked.events.get(i, -1) in told:
            continue
        if gone and _key(ranked.joins.get(i, ranked.sentences[i])) in gone:
            continue
        if i in ranked.joins:
            n = _add_joined(chosen, ranked.joins[i], words - used)
            used += n
            if n and i in ranked.events:
                told.add(ranked.events[i])
            continue
        if _inside(ranked.sentences[i], chosen):
            continue  # already shown inside a joined unit
        for k in (i, ranked.extends.get(i, -1)):
            if k < 0 or k in ranked.hidden or _key(ranked.sentences[k]) in gone:
                continue
            n = word_count(ranked.sentences[k].text)
            if used + n <= words:
                chosen.append(ranked.sentences[k])
                used += n
                if i in ranked.events:
                    told.add(ranked.events[i])
                break
    return chosen


def _key(s: Sentence) -> tuple[str, int, int]:
    return (s.doc, s.start, s.end)


def _inside(s: Sentence, shown: Sequence[Sentence]) -> bool:
    """Is the sentence part of one already shown (a sentence joined to the one before it)?"""
    return any(c.doc == s.doc and c.start <= s.start and s.end <= c.end for c in shown)


def _add_joined(chosen: list[Sentence], unit: Sentence, room: int) -> int:
    """Add a sentence joined to the one before it (``Ranked.joins``) when it fits in ``room`` words: in
    the place of that sentence when it is already chosen (only the new sentence's words count), or at the
    end. Returns the words added (0: it does not fit, and the sentence is not shown alone)."""
    at = next((k for k, c in enumerate(chosen) if c.doc == unit.doc and c.start == unit.start), None)
    if at is not None and chosen[at].end >= unit.end:
        return 0  # the unit is already shown
    n = word_count(unit.text) - (word_count(chosen[at].text) if at is not None else 0)
    if n > room:
        return 0
    if at is not None:
        chosen[at] = unit
    else:
        chosen.append(unit)
    return n


def select(analyses: Sequence[Analysis], words: int, cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """The summary's sentences, in selection order."""
    return fit_budget(rank(analyses, cfg, words=words), words)


def reading_order(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """Order for reading: earlier in its article first (lead facts, then detail)."""
    lengths = {a.doc.id: max(len(a.sentences), 1) for a in analyses}
    doc_pos = {a.doc.id: k for k, a in enumerate(analyses)}
    return sorted(chosen, key=lambda s: (s.index / lengths[s.doc], doc_pos[s.doc], s.index))
