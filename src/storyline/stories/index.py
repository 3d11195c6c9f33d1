"""The storage the online clustering needs, as a small interface (in the style of
datasketch's storage layer) so that a backend can be swapped: the SQLite store
implements it for real use, ``MemoryIndex`` for tests and benchmarks.

What it holds: document frequencies (the IDF learned from what was stored), each
story's centroid and date range, and an inverted index from a story's signature
terms to the story, which is how candidates are found without scanning every story.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from .vectors import Embedding, Vector, add_into, cosine


@dataclass(slots=True)
class StoryState:
    """What assignment needs to know about one story."""

    id: int
    centroid: Vector
    size: int
    first: dt.date | None = None
    last: dt.date | None = None
    lead: Vector = field(default_factory=dict)
    """Sum of the members' lead vectors (empty for stories stored before leads were kept)."""
    embedding: Embedding | None = None
    """Sum of the members' lead embeddings (None: not known, e.g. a story stored before they were kept;
    ``StoryIndex.embedding`` then computes it)."""


class Member(NamedTuple):
    """One report of a story as the split pass reads it (``stories.split``)."""

    report: int
    """The report's key: its place in arrival order (the store's row id)."""
    counts: dict[int, int]
    """Its term counts by term id."""
    embedding: Embedding | None
    published: dt.date | None


class StoryIndex(Protocol):
    """Storage for online story assignment (all calls happen inside one writer's transaction)."""

    def documents(self) -> int:
        """How many reports the document frequencies count."""

    def term_ids(self, terms: Iterable[str]) -> dict[str, int]:
        """Ids of these terms, creating ids for new ones."""

    def frequencies(self, ids: Sequence[int]) -> dict[int, int]:
        """Document frequency of each term id (0 when unseen)."""

    def count_document(self, ids: Sequence[int]) -> None:
        """One more report uses each of these terms."""

    def candidates(self, terms: Sequence[int], limit: int, per_term: int = 0) -> list[int]:
        """Stories whose signature shares the most of ``terms`` (at most ``limit``; ties: the newest first),
        counting for each term only the ``per_term`` newest stories (highest ids) listing it (0: all)."""

    def story(self, story: int) -> StoryState:
        """The state of one story."""

    def save_story(self, state: StoryState, signature: Sequence[int]) -> int:
        """Store a story (id 0 = new: an id is assigned and returned) and re-index its signature."""

    def add_names(self, story: int, ids: Sequence[int]) -> None:
        """Note that a report of ``story`` uses these rare name terms (the merge pass looks them up)."""

    def story_names(self, story: int) -> list[int]:
        """The name terms noted for ``story``."""

    def name_stories(self, term: int) -> list[int]:
        """The live stories noted as using the name ``term``."""

    def embedding(self, story: int) -> Embedding | None:
        """The sum of the story's lead embeddings (computed when unknown, if the backend can)."""

    def retire(self, story: int, into: int) -> None:
        """``story`` was merged into ``into`` (whose state is already saved): its reports, names and
        id now lead to ``into``, and it is no longer a candidate. Its state and names as they are now,
        and ``documents()``, are kept as the piece's provenance (``piece``)."""

    def pieces(self, since: int) -> list[int]:
        """The merged stories with provenance, merged (or moved) when ``documents()`` was ``since`` or more,
        in id order."""

    def piece(self, story: int) -> tuple[StoryState, list[int]] | None:
        """A merged story's state and rare names when it was merged (None: no provenance kept)."""

    def host(self, story: int) -> int:
        """The live story that ``story`` is part of (itself when it was never merged)."""

    def move(self, piece: int, into: int) -> None:
        """The merged story ``piece`` (with the reports of the stories merged into it before) now belongs to
        ``into`` (both stories' states are already saved). Pieces between ``piece`` and its old host lose
        their provenance: they no longer hold the reports it describes."""

    def hold(self, story: int, at: int) -> None:
        """``story`` is a held report's provisional story, held when ``documents()`` was ``at`` (``stories.defer``)."""

    def held(self, until: int) -> list[tuple[int, int]]:
        """The provisional stories held when ``documents()`` was ``until`` or less, with when, oldest first."""

    def release(self, story: int) -> None:
        """``story`` is decided: no longer held."""

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last publication dates of the stored stories (None, None: nothing dated)."""

    def add_member(self, story: int, counts: dict[int, int], lead: Sequence[int], embedding: Embedding | None,
                   published: dt.date | None) -> None:
        """A report (its term counts, lead term ids, lead embedding and date) joined ``story`` (``assign`` calls it
        after saving the story; the store writes the report's row itself, so there it does nothing)."""

    def members(self, story: int) -> list[Member]:
        """The reports of a live story."""

    def lead_terms(self, report: int) -> list[int]:
        """The term ids of a report's lead (title and first words)."""

    def split(self, keep: StoryState, keep_signature: Sequence[int], new: StoryState, new_signature: Sequence[int],
              moved: Sequence[int]) -> int:
        """Story ``keep.id`` cut in two: ``keep`` is what stays (its state saved), ``new`` (id 0) a new story of the
        reports ``moved``, which now count as first in it; the new story notes the old one's names, and the merged
        pieces inside the old story are no longer undone (their reports may be on either side). Returns the new
        story's id."""


@dataclass
class MemoryIndex:
    """``StoryIndex`` in memory: for tests, benchmarks and one-off batch clustering."""

    n: int = 0
    ids: dict[str, int] = field(default_factory=dict)
    df: dict[int, int] = field(default_factory=dict)
    stories: dict[int, StoryState] = field(default_factory=dict)
    postings: dict[int, set[int]] = field(default_factory=dict)
    signatures: dict[int, list[int]] = field(default_factory=dict)
    names: dict[int, set[int]] = field(default_factory=dict)
    named: dict[int, set[int]] = field(default_factory=dict)
    merged: dict[int, int] = field(default_factory=dict)
    last_id: int = 0
    provenance: dict[int, tuple[StoryState, list[int], int]] = field(default_factory=dict)
    """Each merged story's state and names when it was merged, and ``documents()`` then."""
    holding: dict[int, int] = field(default_factory=dict)
    """Each held report's provisional story and ``documents()`` when it was held."""
    dated: tuple[dt.date | None, dt.date | None] = (None, None)
    """The first and last dates of the stories saved (``date_range``)."""
    reports: dict[int, tuple[Member, list[int]]] = field(default_factory=dict)
    """Each report (keyed by ``documents()`` when it was counted) with its lead term ids (``add_member``)."""
    first: dict[int, int] = field(default_factory=dict)
    """Each report's first story: the story it joined, or the side of a split it went to."""
    own: dict[int, set[int]] = field(default_factory=dict)
    """Each story's reports that count as first in it."""
    absorbed: dict[int, set[int]] = field(default_factory=dict)
    """Each story's stories merged (or moved) into it."""

    def documents(self) -> int:
        return self.n

    def term_ids(self, terms: Iterable[str]) -> dict[str, int]:
        return {t: self.ids.setdefault(t, len(self.ids) + 1) for t in terms}

    def frequencies(self, ids: Sequence[int]) -> dict[int, int]:
        return {i: self.df.get(i, 0) for i in ids}

    def count_document(self, ids: Sequence[int]) -> None:
        self.n += 1
        for i in ids:
            self.df[i] = self.df.get(i, 0) + 1

    def candidates(self, terms: Sequence[int], limit: int, per_term: int = 0) -> list[int]:
        hits: dict[int, int] = {}
        for t in terms:
            listed = self.postings.get(t, set())
            for s in heapq.nlargest(per_term, listed) if 0 < per_term < len(listed) else listed:
                hits[s] = hits.get(s, 0) + 1
        return sorted(hits, key=lambda s: (-hits[s], -s))[:limit]

    def story(self, story: int) -> StoryState:
        return self.stories[story]

    def save_story(self, state: StoryState, signature: Sequence[int]) -> int:
        if not state.id:
            self.last_id += 1
            state.id = self.last_id
        for t in self.signatures.get(state.id, ()):
            self.postings[t].discard(state.id)
        for t in signature:
            self.postings.setdefault(t, set()).add(state.id)
        self.signatures[state.id] = list(signature)
        self.stories[state.id] = state
        self.dated = widened(self.dated, state)
        return state.id

    def add_names(self, story: int, ids: Sequence[int]) -> None:
        for t in ids:
            self.names.setdefault(story, set()).add(t)
            self.named.setdefault(t, set()).add(story)

    def story_names(self, story: int) -> list[int]:
        return sorted(self.names.get(story, ()))

    def name_stories(self, term: int) -> list[int]:
        return sorted(self.named.get(term, ()))

    def embedding(self, story: int) -> Embedding | None:
        return self.stories[story].embedding

    def retire(self, story: int, into: int) -> None:
        self.provenance[story] = (_copy(self.stories[story]), sorted(self.names.get(story, ())), self.n)
        for t in self.signatures.pop(story, ()):
            self.postings[t].discard(story)
        for t in self.names.pop(story, set()):
            self.named[t].discard(story)
            self.add_names(into, [t])
        del self.stories[story]
        self.merged[story] = into
        self.absorbed.setdefault(into, set()).add(story)

    def resolve(self, story: int) -> int:
        """The live story that ``story`` was merged into (itself when it was not)."""
        while story in self.merged:
            story = self.merged[story]
        return story

    def pieces(self, since: int) -> list[int]:
        return sorted(s for s, (_, _, at) in self.provenance.items() if at >= since)

    def piece(self, story: int) -> tuple[StoryState, list[int]] | None:
        got = self.provenance.get(story)
        return (_copy(got[0]), list(got[1])) if got else None

    def host(self, story: int) -> int:
        return self.resolve(story)

    def move(self, piece: int, into: int) -> None:
        self.absorbed[self.merged[piece]].discard(piece)
        self.absorbed.setdefault(into, set()).add(piece)
        up = self.merged[piece]
        while up in self.merged:
            self.provenance.pop(up, None)
            up = self.merged[up]
        self.merged[piece] = into
        state, names, _ = self.provenance[piece]
        self.provenance[piece] = (state, names, self.n)

    def hold(self, story: int, at: int) -> None:
        self.holding[story] = at

    def held(self, until: int) -> list[tuple[int, int]]:
        return sorted(((s, at) for s, at in self.holding.items() if at <= until), key=lambda x: (x[1], x[0]))

    def release(self, story: int) -> None:
        self.holding.pop(story, None)

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        return self.dated

    def add_member(self, story: int, counts: dict[int, int], lead: Sequence[int], embedding: Embedding | None,
                   published: dt.date | None) -> None:
        self.reports[self.n] = (Member(self.n, dict(counts), embedding, published), list(lead))
        self.first[self.n] = story
        self.own.setdefault(story, set()).add(self.n)

    def members(self, story: int) -> list[Member]:
        out: list[Member] = []
        todo = [story]
        while todo:
            s = todo.pop()
            out.extend(self.reports[r][0] for r in self.own.get(s, ()))
            todo.extend(self.absorbed.get(s, ()))
        return sorted(out, key=lambda m: m.report)

    def lead_terms(self, report: int) -> list[int]:
        return list(self.reports[report][1])

    def split(self, keep: StoryState, keep_signature: Sequence[int], new: StoryState, new_signature: Sequence[int],
              moved: Sequence[int]) -> int:
        todo = list(self.absorbed.get(keep.id, ()))
        while todo:  # the pieces inside the story: no longer undone
            s = todo.pop()
            self.provenance.pop(s, None)
            todo.extend(self.absorbed.get(s, ()))
        self.save_story(keep, keep_signature)
        sid = self.save_story(new, new_signature)
        for r in moved:
            self.own[self.first[r]].discard(r)
            self.first[r] = sid
            self.own.setdefault(sid, set()).add(r)
        self.add_names(sid, sorted(self.names.get(keep.id, ())))
        return sid

    def story_of(self, report: int) -> int:
        """The live story a report (keyed as ``add_member`` keys it) is in."""
        return self.resolve(self.first[report])


def widened(dated: tuple[dt.date | None, dt.date | None], state: StoryState) -> tuple[dt.date | None, dt.date | None]:
    """The date range ``dated`` widened to take in ``state``'s dates."""
    first = min((d for d in (dated[0], state.first) if d is not None), default=None)
    last = max((d for d in (dated[1], state.last) if d is not None), default=None)
    return first, last


def combined(a: StoryState, b: StoryState, ea: Embedding | None, eb: Embedding | None) -> StoryState:
    """The state of one story made of ``a``'s and ``b``'s reports (kept under ``a``'s id)."""
    dates = [d for d in (a.first, a.last, b.first, b.last) if d is not None]
    return StoryState(
        id=a.id, centroid=add_into(a.centroid, b.centroid), size=a.size + b.size,
        first=min(dates) if dates else None, last=max(dates) if dates else None,
        lead=add_into(a.lead, b.lead) if a.lead and b.lead else {},
        embedding=ea + eb if ea is not None and eb is not None else None,
    )


def shared_rare_names(index: StoryIndex, names: Sequence[int], own: int, rare: int) -> dict[int, int]:
    """Each other story (not ``own``) with how many of ``names`` it shares that are rare (in at most ``rare``
    stories): the names rule's evidence, for the merge pass, the undo pass and deferral's recheck alike."""
    df = index.frequencies(names)
    shared: dict[int, int] = {}
    for t in names:
        if df.get(t, 0) <= rare:
            for o in index.name_stories(t):
                if o != own:
                    shared[o] = shared.get(o, 0) + 1
    return shared


def centroid_cosine(a: StoryState, b: StoryState) -> float:
    """Cosine of two stories' centroids."""
    norm = math.sqrt(sum(w * w for w in a.centroid.values()))
    return cosine({t: w / norm for t, w in a.centroid.items()}, b.centroid) if norm else 0.0


def _copy(s: StoryState) -> StoryState:
    return StoryState(s.id, dict(s.centroid), s.size, s.first, s.last, dict(s.lead),
                      None if s.embedding is None else s.embedding.copy())
