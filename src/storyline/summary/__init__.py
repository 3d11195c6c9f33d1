"""Cited extractive summary: real source sentences, every sentence cited by
every document that says the same thing.

Cascade (each step is a pure function, so ``eval`` and ``brief`` share it):

1. ``candidates``  keep sentences that read as sentences: 6–80 words, a final
   stop, a capital or quote at the start; exact repeats dropped.
2. ``rank``        greedy budgeted coverage (Gillick & Favre style concepts):
   a sentence's value is the weight of the *new* word bigrams it covers per
   word, where a bigram weighs the number of independent sources that use it
   (reprints count once; a one-source story falls back to in-text frequency),
   plus a lead prior (news puts the main facts first: 1/(1+position), plus a
   small 1 - position/length term so the first half of a long article still
   outranks its tail) and closeness to the story centroid (TF-IDF), less a
   small penalty for a dangling start ("But", "He" …) or end ("… to this."). A sentence that
   restates a chosen one (same statement, see ``statements.same_statement``) is skipped.
3. ``summarise``   takes ranked sentences while they fit the word budget whole,
   attaches citations (the sentence itself, then the sentence of every other
   document that states the same thing: ``cite``) and arranges them as an
   account (``account``: dated, the lead first, then in time order). With a judge, a chosen
   sentence the judge finds another chosen one states is folded into it as a citation, and
   the words it frees go to the next ranked sentences (``fold``). A sentence that names a person by
   surname only, when no chosen sentence gives the full name the story uses, is not shown (``unnamed``);
   nor a definition or general present-tense remark (``general``), a detail that gives its report's
   lede's figure again (``restated``), or one whose "the …" no chosen sentence introduces (``referents``).

Candidates must stand alone (``standalone``): no dangling connective or pronoun
at the start, a quotation with its speaker, no caption. A wire dateline before a
sentence ("LONDON (AP) _") is not shown: the shown span, and its first citation, start
after it, so the sentence is still the source's words; a lede that says "here" keeps it (it names the place), and a
later sentence of a dateline report that says "here" is not a candidate (``dateline_deixis``).

Weights were tuned on the dev files in ../shared/bench only (``storyline eval``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Analysis, Citation, ClaimGroup, Sentence, SummarySentence, TimelineEntry
from .account import arrange
from .candidates import candidates
from .cite import Confirm, cite, cite_retold, whole_units
from .config import DEFAULT, SummaryConfig
from .dateline_deixis import keeps_dateline
from .events import by_events
from .fillers import close_to_told, leaning_filler
from .fold import fold
from .lead import lead_key, report_lede
from .openings import Openings
from .rank import Ranked, concepts, fit_budget, rank, reading_order, shown_order
from .retold import FILLER_CLOSE, retold
from .standalone import dateline_end
from .statements import Figures
from .title import story_title
from .title_datelines import opening_datelines
from .unnamed import fit_named

_FOLD_ROUNDS = 3

__all__ = [
    "DEFAULT",
    "Confirm",
    "Figures",
    "Ranked",
    "SummaryConfig",
    "candidates",
    "cite",
    "concepts",
    "fit_budget",
    "rank",
    "reading_order",
    "select",
    "shown_order",
    "story_title",
    "summarise",
]


def select(analyses: Sequence[Analysis], words: int, cfg: SummaryConfig = DEFAULT) -> list[Sentence]:
    """The summary's sentences, in selection order."""
    return fit_budget(rank(analyses, cfg, words=words), words)


def summarise(
    analyses: Sequence[Analysis], words: int = 200, cfg: SummaryConfig = DEFAULT, *, confirm: Confirm | None = None,
    timeline: Sequence[TimelineEntry] = (), claims: Sequence[ClaimGroup] = (), figures: Figures | None = None,
) -> list[SummarySentence]:
    """The cited summary within ``words`` words as an account (``account.arrange``): dated
    by ``timeline``, led by what most sources say and not by a figure ``claims`` finds
    disputed, then in time order. Citations are confirmed by ``confirm`` when given; ``figures`` (the
    claims stage's reading) lets a rounded figure restate the one it rounds (``statements.figures_agree``)."""
    seen = Openings(analyses)  # the openings and sentences embedded once for the events, every fold and the lead
    ranked = by_events(rank(analyses, cfg, words=words, figures=figures), analyses, seen)
    chosen, unnamed = fit_named(ranked, words, analyses)
    cited = cite(chosen, analyses, cfg, confirm)
    if confirm is not None:
        chosen, cited = _one_item_a_fact(ranked, words, chosen, cited, analyses, cfg, confirm, figures, unnamed, seen)
    account = arrange(chosen, whole_units(cited, analyses), analyses, timeline, claims, seen)
    return [_without_separator(_after_dateline(s, opening_datelines(analyses))) for s in account]


def _one_item_a_fact(
    ranked: Ranked, words: int, chosen: list[Sentence], cited: list[SummarySentence],
    analyses: Sequence[Analysis], cfg: SummaryConfig, confirm: Confirm, figures: Figures | None = None,
    unnamed: Sequence[Sentence] = (), seen: Openings | None = None,
) -> tuple[list[Sentence], list[SummarySentence]]:
    """A chosen sentence the judge finds another chosen one states is folded into it as a citation
    (``fold``), and one that retells the event another tells is left out (``retold``); the words they free
    go to the next ranked sentences, judged in turn (a few rounds). ``unnamed``: sentences left out already
    (``unnamed.fit_named``), as the refills leave out what names a person by surname only."""
    doc_order = {a.doc.id: k for k, a in enumerate(analyses)}
    skip: list[Sentence] = list(unnamed)
    told: list[Sentence] = []  # left out as told already: folded into an item or retelling one
    filled: set[tuple[str, int, int]] = set()  # the refills: sentences that came in to fill freed words
    for _ in range(_FOLD_ROUNDS):
        kept, items, folded = _fold(chosen, cited, doc_order, analyses, figures, confirm, filled, seen)
        if not folded:
            return chosen, cited
        skip += folded
        told += folded
        skip += _stated(ranked, items, skip)
        done = {(s.doc, s.start, s.end): it for s, it in zip(kept, items, strict=True)}
        again, skip = _refill(ranked, words, analyses, skip, done, told)
        if [(s.doc, s.start, s.end) for s in again] == [(s.doc, s.start, s.end) for s in kept]:
            return kept, items
        new = [s for s in again if (s.doc, s.start, s.end) not in done]
        filled |= {(s.doc, s.start, s.end) for s in new}
        fresh = iter(cite(new, analyses, cfg, confirm))
        chosen = again
        cited = [done.get((s.doc, s.start, s.end)) or next(fresh) for s in again]
    kept, items, _ = _fold(chosen, cited, doc_order, analyses, figures, confirm, filled, seen)
    return kept, items


def _refill(ranked: Ranked, words: int, analyses: Sequence[Analysis], skip: list[Sentence],
            done: Mapping[tuple[str, int, int], SummarySentence],
            told: Sequence[Sentence] = ()) -> tuple[list[Sentence], list[Sentence]]:
    """``fit_named``'s choice after a fold, less the fillers (sentences not in ``done``) whose pronoun stands for no one
    they name after a sentence the summary does not show (``fillers.leaning_filler``), or that read as close to a
    sentence left out as ``told`` already as a filler may read to a kept item (``fillers.close_to_told``,
    ``retold.FILLER_CLOSE``; summ48); a few rounds."""
    by_doc = {a.doc.id: a for a in analyses}
    chosen, skip = fit_named(ranked, words, analyses, skip)
    for _ in range(_FOLD_ROUNDS):
        new = [s for s in chosen if (s.doc, s.start, s.end) not in done]
        lean = [s for s in new if s.doc in by_doc and leaning_filler(by_doc[s.doc], s, chosen) is not None]
        lean += [s for s in close_to_told(new, told, FILLER_CLOSE) if s not in lean]
        if not lean:
            break
        chosen, skip = fit_named(ranked, words, analyses, [*skip, *lean])
    return chosen, skip


def _fold(
    chosen: list[Sentence], cited: list[SummarySentence], doc_order: dict[str, int], analyses: Sequence[Analysis],
    figures: Figures | None, confirm: Confirm | None = None, filled: set[tuple[str, int, int]] | None = None,
    seen: Openings | None = None,
) -> tuple[list[Sentence], list[SummarySentence], list[Sentence]]:
    """``fold``, then the kept sentences that retell an event a better-leading kept one tells (``retold``); the
    one that stays cites the other's report where the judge (``confirm``) finds it states the same
    (``cite_retold``)."""
    kept, items, folded = fold(chosen, cited, doc_order)
    by_doc = {a.doc.id: a for a in analyses}
    ledes = [s.doc in by_doc and report_lede(by_doc[s.doc], s) for s in kept]
    gone = retold(kept, analyses, lead_key(kept, [len({c.doc for c in it.citations}) for it in items],
                                           analyses, [[c.doc for c in it.citations] for it in items],
                                           seen=seen), figures, ledes,
                  frozenset(k for k, s in enumerate(kept) if (s.doc, s.start, s.end) in (filled or ())))
    if not gone:
        return kept, items, folded
    if confirm is not None:
        items = cite_retold(kept, items, gone, analyses, confirm, doc_order)
    return ([s for k, s in enumerate(kept) if k not in gone], [it for k, it in enumerate(items) if k not in gone],
            [*folded, *(kept[k] for k in sorted(gone))])


def _stated(ranked: Ranked, items: Sequence[SummarySentence], skip: Sequence[Sentence]) -> list[Sentence]:
    """Ranked sentences the judge already found stated by a kept item (each overlaps one of the item's
    citations of another report): the refill after a fold does not bring the same fact back in other words
    (``fold``'s next round would only fold it again, and its words would go unused)."""
    gone = {(s.doc, s.start, s.end) for s in skip}
    cited = [c for it in items for c in it.citations[1:]]
    return [s for s in ranked.sentences if (s.doc, s.start, s.end) not in gone
            and any(c.doc == s.doc and c.start < s.end and s.start < c.end for c in cited)]


def _after_dateline(s: SummarySentence, openings: Mapping[tuple[str, int], int] | None = None) -> SummarySentence:
    """The sentence shown from after its wire dateline ("LONDON (AP) _ British police said …" shows
    "British police said …"), or after an ordinary-case one when it opens its report (``openings``: each report's
    first sentence's, ``title_datelines``); its own citation moves with it, the other sources' stay. A lede that
    says "here" keeps its dateline, which names the place ("NEW YORK (AP) _ A dissident … arrived here Wednesday
    …": ``dateline_deixis.keeps_dateline``)."""
    first = s.citations[0] if s.citations else None
    opening = (openings or {}).get((first.doc, first.start), 0) if first is not None else 0
    cut = 0 if keeps_dateline(s.text) else dateline_end(s.text) or opening
    if not cut or first is None or first.end - first.start != len(s.text):
        return s
    moved = Citation(first.doc, first.start + cut, first.end)
    return SummarySentence(s.text[cut:], [moved, *s.citations[1:]], s.date, s.date_basis)


_SEPARATOR_END = re.compile(r"(?<=[.!?\"”’'])\s+(?:\.\s?\.\s?\.|…)+\s*$")


def _without_separator(s: SummarySentence) -> SummarySentence:
    """The sentence shown without a notebook's separator after its full stop ("… a record. ..." shows "… a record."):
    the dots part the page's items, they end no words of the sentence (summ43). Its own citation ends with it."""
    m = _SEPARATOR_END.search(s.text)
    first = s.citations[0] if s.citations else None
    if m is None or first is None or first.end - first.start != len(s.text):
        return s
    cut = len(s.text) - m.start()
    return SummarySentence(s.text[: m.start()], [Citation(first.doc, first.start, first.end - cut), *s.citations[1:]],
                           s.date, s.date_basis)
