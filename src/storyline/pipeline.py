"""The pipeline: pure stages from raw documents to briefs.

    ingest/ → clean/ → sources → analyse → summary/ · claims/ · timeline/ · places/ → entities → Brief

Per-report stages (clean, analyse) and story-level stages run inside ``guard``:
a failing report is skipped, a failing section is left out with a warning.
(``render/`` turns a Brief into Markdown or HTML; ARCHITECTURE.md draws the house.)

``build_briefs`` is the whole job over documents already read; ``brief`` in
``__init__`` adds the ingest edge (files, folders, stdin). Each stage reads the
previous stage's objects and returns new ones; none reaches into another's
internals.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from threadpoolctl import ThreadpoolController

from . import progress
from .analyse import analyse
from .claims import extract_claims
from .clean import clean_document, repeat_counts
from .entities import merge_entities
from .errors import NothingUsable
from .guard import analyse_reports, clean_reports, story_stage
from .model import (
    Analysis,
    Brief,
    Document,
    Entity,
    Gloss,
    Located,
    RawDocument,
    Sentence,
    Skipped,
    SummarySentence,
    TimelineEntry,
    story_label,
)
from .nlp import MODEL_NAME, model_versions
from .places import locate_places
from .settings import DEFAULT_MAX_CHARS, __version__
from .sources import independent_count, independent_sources, mark_copies
from .stories.batch import split_stories, window_split
from .stories.title import vetted
from .stories.window_choice import DEFAULT, default_window
from .summary import story_title, summarise
from .summary.retold import event_of, retells
from .summary.who import who_glosses
from .support import judge, readings_of, shares_enough, supported_citations
from .text import story_line
from .timeline import build_timeline


def clean_all(
    raws: Sequence[RawDocument], *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[list[Document], list[Skipped]]:
    """Clean every document; one that cannot be used (or whose article text is longer than
    ``max_chars``, or whose cleaning fails) becomes a ``Skipped`` entry (``guard``). Lines that recur
    across the documents of one input (an outlet's furniture) are counted first, for the furniture model."""
    counts = repeat_counts([r.text for r in raws]) if len(raws) > 1 else None
    return clean_reports(raws, max_chars, lambda raw: clean_document(raw, counts))


Analyser = Callable[[Sequence[Document]], list[Analysis]]


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread while the stages run. Why: their products are small (a summary's
    sentences by a story's, a few hundred rows), and OpenBLAS's second thread cost about 13% more CPU
    for a brief from stored analyses (bench/speed.py measures CPU: the target is one core)."""
    with _threadpools().limit(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def _threadpools() -> ThreadpoolController:
    """The process's thread pools, found once: finding them (``threadpool_limits`` does on every call)
    walks the loaded libraries, about 2 ms, twice a brief."""
    return ThreadpoolController()


def build_brief(
    docs: Sequence[Document], *, words: int = 200, story_id: str = "story", skipped: Sequence[Skipped] = (),
    analyser: Analyser | None = None,
) -> Brief:
    """One story's brief from its cleaned documents. ``analyser`` is ``analyse`` or one that reads
    analyses already made (the store's cache, Dask workers' results) and parses only the rest."""
    with one_blas_thread():
        return _build_brief(docs, words, story_id, skipped, analyser or analyse)


def same_thing(pairs: Sequence[tuple[str, str]]) -> list[bool]:
    """The summary's citation judge as the timeline's test of one event told twice (``timeline.SameThing``);
    only the pairs that pass its word test (``support.shares_enough``, as citations' candidates do) are
    parsed and judged."""
    worth = [k for k, (s, p) in enumerate(pairs) if shares_enough(s, p)]
    verdicts = judge([pairs[k] for k in worth]) if worth else []
    out = [False] * len(pairs)
    for k, v in zip(worth, verdicts, strict=True):
        out[k] = v.supports
    return out


def retold_events(items: Sequence[tuple[Analysis, Sentence]], pairs: Sequence[tuple[int, int]]) -> list[bool]:
    """The summary's test of one event retold (``summary.retold.retells``) as the timeline's (``timeline.Retells``):
    each item's event read once."""
    read = [event_of(a, s) for a, s in items]
    return [retells(items[i][1], read[i], items[j][1], read[j]) for i, j in pairs]


def sentence_figures(analyses: Sequence[Analysis]) -> Callable[[Sentence], tuple[tuple[float, float, str], ...]]:
    """The summary's figure reader (``summary.statements.Figures``): a sentence's figures as the citation
    judge reads them through the claims stage (qualifiers, scale words), from the parse ``analyse`` made;
    read once per sentence, and only for the few pairs whose figures are written differently."""
    by_doc = {a.doc.id: a for a in analyses}
    seen: dict[tuple[str, int, int], tuple[tuple[float, float, str], ...]] = {}

    def read(s: Sentence) -> tuple[tuple[float, float, str], ...]:
        key = (s.doc, s.start, s.end)
        if key not in seen:
            a = by_doc.get(s.doc)
            r = readings_of(a, [s]).get(s.text) if a is not None else None
            seen[key] = r.figures if r is not None else ()
        return seen[key]

    return read


def _timeline_who(timeline: list[TimelineEntry], analyses: Sequence[Analysis],
                  entities: Sequence[Entity], summary: Sequence[SummarySentence] = ()) -> list[TimelineEntry]:
    """The timeline with summary.who's gloss on each entry that first uses a surname (or initials) no earlier entry
    introduces: the entries read as items, in their order, and each item's glosses copied back (time25). A gloss
    whose name the ``summary`` above already writes in full ("Owen Varga" for "Varga") is not shown: the reader
    knows them, and the sub-item would say nothing beyond the name (summ45)."""
    items = who_glosses([SummarySentence(e.text, e.citations) for e in timeline], analyses, entities)
    told = " ".join([*(s.text for s in summary), *(g.text for s in summary for g in s.who)])
    return [replace(e, who=[*e.who, *kept]) if (kept := [g for g in i.who if not _written_in(g, told)]) else e
            for e, i in zip(timeline, items, strict=True)]


def _written_in(gloss: Gloss, text: str) -> bool:
    """Does ``text`` write the gloss's full name: its last words, one more than the name has ("Owen Varga" of "Owen
    Varga, a chest doctor" glossing "Varga"), or, for initials, its whole spelling-out?"""
    words = gloss.text.split(",")[0].split()
    full = gloss.text if gloss.name.isupper() else " ".join(words[-(len(gloss.name.split()) + 1):])
    return bool(text) and len(full.split()) > len(gloss.name.split()) and full in text


def _build_brief(docs: Sequence[Document], words: int, story_id: str, skipped: Sequence[Skipped],
                 analyser: Analyser) -> Brief:
    t0 = time.perf_counter()
    warnings: list[str] = []  # story-level stages that failed (guard.story_stage)
    docs = story_stage("sources", lambda: mark_copies(docs), lambda: list(docs), warnings,
                       "reprints are not marked")
    analyses, failed = analyse_reports(docs, analyser)
    if not analyses:
        raise NothingUsable("no document could be analysed", [*skipped, *failed])
    skipped, docs = [*skipped, *failed], [a.doc for a in analyses]
    # No ``retold_events`` here: it joins one day's event retold in other words, but its extra citations need not
    # state the line (a detail only one report gives), and a citation must (issue 12). The lead, session 27.
    timeline = story_stage("timeline", lambda: build_timeline(analyses, same_thing), lambda: [], warnings)
    located = story_stage("places", lambda: locate_places(analyses), Located, warnings)
    claims = story_stage("claims", lambda: extract_claims(analyses), lambda: [], warnings)
    summary = story_stage("summary", lambda: summarise(
        analyses, words, confirm=supported_citations, timeline=timeline, claims=claims,
        figures=sentence_figures(analyses)), lambda: [], warnings)
    entities = story_stage("entities", lambda: merge_entities(analyses, located), lambda: [], warnings)
    summary = story_stage("who's who", lambda: who_glosses(summary, analyses, entities), lambda: summary, warnings,
                          "names the summary uses bare are not glossed")
    timeline = story_stage("timeline's who's who", lambda: _timeline_who(timeline, analyses, entities, summary),
                           lambda: timeline, warnings, "names the timeline uses bare are not glossed")
    return Brief(
        story_id=story_id,
        title=story_title(vetted(docs)),
        words=words,
        documents=list(docs),
        skipped=list(skipped),
        summary=summary,
        claims=claims,
        timeline=timeline,
        places=located.places,
        entities=entities,
        warnings=warnings,
        provenance={
            "storyline": __version__,
            "model": MODEL_NAME,
            "versions": model_versions(),
            "settings": {"words": words},
            "documents": len(docs),
            "independent_sources": independent_count([d.id for d in docs], docs),
            "seconds": round(time.perf_counter() - t0, 3),
        },
    )


@dataclass(frozen=True, slots=True)
class Story:
    """One story of an input: its id (the input's own, or 1, 2, … by size when found by
    clustering; "story" when the input is one story), a title, and its documents."""

    id: str
    title: str
    documents: list[Document]
    sources: int | None = None  # independent sources (copies count once), where ``find_stories`` counted them


def find_stories(docs: Sequence[Document], window: str | float | None = None) -> list[Story]:
    """The stories in ``docs``, largest first: as the input groups them (cluster files), else
    as ``stories.batch.split_stories`` finds them (``window``: the date window of a large input's split, else
    ``$STORYLINE_WINDOW``, else auto; ``stories.window_choice``); first of all the one with the most independent
    sources (``sources_first``)."""
    split = partial(_split, window=default_window(window))
    if any(d.story for d in docs):
        # the reports no input names a story for are told apart too: beside a Multi-News file, a fire, a vote
        # and an earthquake were one story "story" and one brief (ux15)
        loose = split([d for d in docs if not d.story])
        part = {id(d): ("story" if len(loose) == 1 else f"story-{n}") for n, g in enumerate(loose, 1) for d in g}
        given: dict[str, list[Document]] = {}
        for d in docs:
            given.setdefault(d.story or part[id(d)], []).append(d)
        groups = sorted(given.items(), key=lambda kv: -len(kv[1]))  # stable: input order among equals
        groups, sources = sources_first(groups)
    else:
        found = split(docs)
        ranked, sources = sources_first([("", g) for g in found])
        groups = [("story", found[0])] if len(found) == 1 else [(str(n), g) for n, (_, g) in enumerate(ranked, 1)]
    return [Story(sid, _label(members), [*members], sources.get(n)) for n, (sid, members) in enumerate(groups)]


def _split(docs: Sequence[Document], window: str = DEFAULT) -> list[list[Document]]:
    """``split_stories`` of ``docs`` (none: no group), with the progress bar's stage."""
    if not docs:
        return []
    bar = progress.current()  # else the bar would stay on "cleaning reports 100%" while this runs
    bar.stage("finding stories", len(docs))
    with one_blas_thread():
        found = split_stories(docs, window_split(window))
    bar.advance(len(docs))
    return found


def sources_first(
    groups: list[tuple[str, list[Document]]],
) -> tuple[list[tuple[str, list[Document]]], dict[int, int]]:
    """``groups`` (largest first) with the one of the most independent sources first (copies count once, then
    reports; read42: thirteen copies of one page outranked every story of real sources), and the counts made
    (by new position). Counted from the largest down, only while a group could still outrank the best."""
    if len(groups) < 2:
        return groups, {}
    counted: dict[int, int] = {}
    for i, (_, members) in enumerate(groups):
        if counted and len(members) <= max(counted.values()):
            break
        counted[i] = independent_sources(members)
    best = min(counted, key=lambda i: (-counted[i], i))
    order = [best, *(i for i in range(len(groups)) if i != best)]
    return [groups[i] for i in order], {n: counted[i] for n, i in enumerate(order) if i in counted}


def _label(docs: Sequence[Document]) -> str:
    """A story's title ("" when no report has a headline: ``text.story_label`` names it then)."""
    return story_title(vetted(docs))


def story_line_of(story: Story) -> str:
    """The story as plain-text lists show it (``text.story_line``): its label, and for an untitled
    story the opening words of its first report."""
    return story_line(story.title, story.id, story.documents[0].text if story.documents else "")


def _reports(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


NOTE_STORIES = 5
"""Other stories a brief's warning names (largest first); the command line lists them all on stderr."""


def _named(story: Story) -> str:
    """Its id and title in quotes; an untitled story as ``story_line_of`` shows it (its label, which
    holds the id, and opening words)."""
    return f'{story.id} "{story.title}"' if story.title else story_line_of(story)


def several_stories_note(chosen: Story, stories: Sequence[Story]) -> str:
    """The warning a brief of one story carries when its input held others: nothing merged silently."""
    total = sum(len(s.documents) for s in stories)
    rest = [s for s in stories if s is not chosen]
    others = "; ".join(f'{_named(s)} ({_reports(len(s.documents))})' for s in rest[:NOTE_STORIES])
    if len(rest) > NOTE_STORIES:  # a stream of 70 stories made this warning a page long
        more = rest[NOTE_STORIES:]
        others += (f"; and {len(more)} more stor{'y' if len(more) == 1 else 'ies'} "
                   f"({_reports(sum(len(s.documents) for s in more))})")
    return (f"the input holds {len(stories)} stories; this brief covers {story_label(chosen.id)} "
            f"({len(chosen.documents)} of {total} reports); not in it: {others}")


def build_briefs(
    docs: Sequence[Document], skipped: Sequence[Skipped] = (), *, words: int = 200, analyser: Analyser | None = None
) -> list[Brief]:
    """Briefs for every story in ``docs`` (``find_stories``), largest first."""
    return brief_stories(find_stories(docs), skipped, words=words, analyser=analyser)


_IN_STORY = re.compile(r"#(?P<story>[^#/]+)/\d+$")
"""An input of a cluster file is named ``FILE#STORY/N`` (``ingest``): the story it belongs to is in its name."""


def skipped_of(story: Story, skipped: Sequence[Skipped]) -> list[Skipped]:
    """The skipped inputs a brief of ``story`` lists: all of them, except, when the story is one a
    cluster file names (its reports are ``FILE#STORY/N``), those the file puts in another story (a
    brief of one story of a 100-story file listed the other stories' 25 skipped pages as its own)."""
    found = [_IN_STORY.search(d.id) for d in story.documents]
    if not found or not all(m is not None and m["story"] == story.id for m in found):
        return list(skipped)
    files = {d.id[: m.start()] for d, m in zip(story.documents, found, strict=True) if m is not None}
    return [k for k in skipped
            if not ((m := _IN_STORY.search(k.input)) and k.input[: m.start()] in files and m["story"] != story.id)]


def brief_stories(
    stories: Sequence[Story], skipped: Sequence[Skipped] = (), *, words: int = 200,
    among: Sequence[Story] = (), analyser: Analyser | None = None,
) -> list[Brief]:
    """A brief per story; with ``among`` (all the input's stories), each notes the others."""
    out = []
    for s in stories:
        b = build_brief(s.documents, words=words, story_id=s.id, skipped=skipped_of(s, skipped), analyser=analyser)
        if len(among) > 1:
            b.warnings.insert(0, several_stories_note(s, among))
            b.provenance["input_stories"] = [
                {"id": o.id, "title": o.title, "label": story_line_of(o), "documents": [d.id for d in o.documents]}
                for o in among
            ]  # what the input held, for a program reading the JSON
        out.append(b)
    return out
