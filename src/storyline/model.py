"""The data model: what each pipeline stage reads and writes.

Stages are pure functions over these objects (see ``pipeline.py``). Every
piece of text a brief shows is a span of a ``Document.text``: selected, never
invented, so a brief can always be checked against its sources.

Every stage result is typed: the summary (``SummarySentence``), the claims
table (``ClaimGroup`` of ``ClaimMention``), the timeline (``TimelineEntry``) and
the places (``PlaceRow``, with the ``PlaceMention``s behind them in ``Located``),
so renderers read fields mypy checks instead of re-validating dicts.

``Brief.to_dict()`` is the one place that builds the JSON contract (schema
``storyline.brief/1``, ARCHITECTURE.md), through each type's ``to_dict``: add
fields freely, rename or remove none.

Where ``Brief.to_markdown()`` and ``Brief.to_html()`` live: the rendering itself
is in ``storyline.render`` (the top of the house: it reads every stage's types),
and this module, the bottom of the house, imports nothing from the package. The
two methods stay because the README and the public API promise
``b.to_markdown()``; they look the renderer up in ``_RENDERERS``, which
``storyline.render`` fills when it is imported (``register_renderer``), and the
package face (``storyline/__init__``) imports ``storyline.render``, so importing
anything from ``storyline`` makes them work. That keeps the arrows one way
(render → model, never model → render) without losing the convenience.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "storyline.brief/1"

EntityKind = Literal["person", "org", "place"]
PlaceKind = Literal["city", "country", "sea", "region", "county"]
Precision = Literal["day", "week", "month", "year"]
Relation = Literal["since", "until", "by"]  # "by": a deadline ("by 2020"), not a period
Verdict = Literal["agree", "differ", "contested", "single"]
Number = int | float


@dataclass(slots=True)
class Skipped:
    """An input that was not used, and why: nothing is dropped silently."""

    input: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "reason": self.reason}


@dataclass(slots=True)
class Note:
    """Something done to an input that was used, which its reader should know: a guessed
    encoding (``not valid UTF-8 at byte offset 120; read as windows-1252``), a repair (``removed 3
    control characters (NUL ×2, U+0007 ×1)``). Nothing is changed silently."""

    input: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "note": self.note}


def input_notes(docs: Sequence[RawDocument | Document]) -> list[Note]:
    """The notes of ``docs``, each once (the documents of one file share its note), in input order."""
    seen: dict[tuple[str, str], Note] = {}
    for d in docs:
        for n in d.notes:
            seen.setdefault((n.input, n.note), n)
    return list(seen.values())


@dataclass(slots=True)
class Removed:
    """A line (or part of one) that cleaning took out of a document, and why."""

    text: str
    reason: str
    score: float | None = None  # the furniture model's probability for a whole line; None for a part cut out

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "score": self.score}


@dataclass(slots=True)
class RawDocument:
    """What ingest read: decoded text plus whatever metadata the input stated.

    ``text`` is still dirty (site furniture, repeated headlines); ``title`` and
    ``published`` are set only where the input itself states them (an HTML meta
    tag, a JSON field). Cleaning fills the rest from the text.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    story: str | None = None  # cluster id where the input groups documents into stories
    source: str = "text"  # "text" | "html" | "json" | "multinews" | "cluster"
    markup: dict[str, str] = field(default_factory=dict)  # HTML: line -> what its place says (ingest.markup)
    notes: list[Note] = field(default_factory=list)  # how the input was read, where a reader should know


@dataclass(slots=True)
class Document:
    """A cleaned article. All spans in a brief index into ``text``."""

    id: str
    text: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    removed: list[Removed] = field(default_factory=list)
    story: str | None = None
    copy_of: str | None = None  # set by ``sources`` when this is a reprint of another document
    notes: list[Note] = field(default_factory=list)  # how the input was read (a guessed encoding), from ingest
    wire_of: str | None = None  # set by ``sources``: the first report printing one agency text with this one

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "copy_of": self.copy_of,
            "notes": [n.to_dict() for n in self.notes],
            **({"wire_of": self.wire_of} if self.wire_of else {}),
        }


@dataclass(slots=True)
class Sentence:
    """One sentence of a document: ``doc.text[start:end] == text``."""

    doc: str
    index: int  # position in the document, 0-based
    start: int
    end: int
    text: str
    paragraph: int = 0  # index of the line (paragraph) it came from


@dataclass(slots=True)
class Mention:
    """A named-entity mention in a document (span into the cleaned text)."""

    doc: str
    start: int
    end: int
    text: str
    kind: EntityKind
    counted: bool = False  # a number counts it ("26 Kalibr missiles", "two Obama aides")


@dataclass(slots=True, eq=False)
class Paragraph:
    """One line of a document with its spaCy parse (token offsets + ``offset`` = document offsets).

    Kept so that later stages (claims, timeline, places) read the one parse
    instead of running the model again. The parse is kept packed, a few dozen bytes
    per token instead of a whole ``Doc``: ``parses.parsed(paragraph)`` rebuilds it.
    (Compared by identity: the rebuilt ``Doc``s are cached per paragraph.)
    """

    offset: int
    text: str
    _packed: bytes | None = field(default=None, repr=False)  # parses.pack of the paragraph's Doc …
    _packer: Callable[[], bytes] | None = field(default=None, repr=False)  # … or what makes it on first read

    @property
    def packed(self) -> bytes:
        """The packed parse (``parses.pack``). ``analyse`` leaves it to be made on first read when it
        parsed few paragraphs: a brief reads its parses from ``parses.keep``, so only the store (and a
        rebuild after the kept ``Doc`` was let go) needs the bytes."""
        packed = self._packed
        if packed is None:
            packer = self._packer
            if packer is None:  # another thread made it meanwhile
                packed = self._packed
                assert packed is not None
                return packed
            packed = packer()
            self._packed, self._packer = packed, None
        return packed

    def __getstate__(self) -> tuple[int, str, bytes]:
        return self.offset, self.text, self.packed  # the bytes, never the Doc a packer holds

    def __setstate__(self, state: tuple[int, str, bytes]) -> None:
        self.offset, self.text, self._packed = state
        self._packer = None


@dataclass(slots=True)
class Analysis:
    """What ``analyse`` adds to a document: sentences, entity mentions, parsed paragraphs."""

    doc: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Citation:
    """A span of one document: ``text[start:end]`` of document ``doc``."""

    doc: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Gloss:
    """Who a name an item uses bare is ("Dempsey"): the report's own words that introduce them, the full name and
    its appositive when the report writes one ("Owen Dempsey, a study author and chest doctor at …"), verbatim
    from ``citation`` (``summary.who``)."""

    name: str
    text: str
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "citation": self.citation.to_dict()}


@dataclass(slots=True)
class SummarySentence:
    """A summary sentence: verbatim from its first citation, citing every source that says it."""

    text: str
    citations: list[Citation]
    date: str | None = None  # ISO 8601 at its precision (see ``date_basis``)
    date_basis: Literal["event", "reported"] | None = None  # stated in the sentence; its report's
    # publication date (``summary.account``)
    who: list[Gloss] = field(default_factory=list)  # names it uses that no earlier item introduces

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "citations": [c.to_dict() for c in self.citations]}
        if self.date is not None:
            out["date"] = self.date
            out["date_basis"] = self.date_basis
        if self.who:  # optional: only when the item names someone no earlier item introduces
            out["who"] = [g.to_dict() for g in self.who]
        return out


@dataclass(slots=True)
class Entity:
    """A person, organisation or place, merged across documents."""

    name: str
    kind: EntityKind
    aliases: list[str]
    docs: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "aliases": self.aliases, "docs": self.docs}


@dataclass(slots=True)
class ClaimMention:
    """One figure as one report states it: a row of a claim group (``doc.text[start:end] == text``).

    ``value``/``low``/``high`` are the stated figure and the interval its qualifier
    gives ("about 20": 18-22); ``speaker_*`` say who said it and how that was found;
    ``share``/``base``/``negated`` only for shares ("90 percent of the strikes").
    """

    doc: str
    start: int
    end: int
    text: str
    value: Number
    low: Number
    high: Number
    qualifier: str | None
    unit: str
    speaker: str | None
    event: str | None
    place: list[str]
    time: list[str]
    vague: bool
    speaker_span: tuple[int, int] | None = None  # set whenever ``speaker`` is
    speaker_cue: str | None = None
    speaker_as_written: str | None = None  # the words in the sentence when ``speaker`` resolves a pronoun
    speaker_resolved: bool = True  # False: a pronoun that could not be resolved soundly
    share: float | None = None
    base: Number | None = None
    negated: bool = False
    dimension: str = "count"  # count | percent | money | length | speed | duration | category | ... (claims)
    unit_code: str | None = None  # "USD", "EUR", "km/h", "ft": money and measures
    conversion: str | None = None  # the same figure in a second unit, as written ("81 mph")
    update: bool = False  # told as a running count or a revision ("the toll rose to 151")

    @property
    def citation(self) -> Citation:
        """The span this mention points at."""
        return Citation(self.doc, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc, "start": self.start, "end": self.end, "text": self.text,
            "value": self.value, "low": self.low, "high": self.high, "qualifier": self.qualifier,
            "unit": self.unit, "speaker": self.speaker, "event": self.event, "place": self.place,
            "time": self.time, "vague": self.vague,
        }  # fmt: skip
        if self.speaker_span is not None:
            out["speaker_span"] = {"start": self.speaker_span[0], "end": self.speaker_span[1]}
            out["speaker_cue"] = self.speaker_cue
            if self.speaker_as_written is not None:
                out["speaker_as_written"] = self.speaker_as_written
            if not self.speaker_resolved:
                out["speaker_resolved"] = False
        if self.share is not None:
            out["share"] = self.share
            if self.base is not None:
                out["base"] = self.base
            if self.negated:
                out["negated"] = True
        out["dimension"] = self.dimension
        if self.unit_code is not None:
            out["unit_code"] = self.unit_code
        if self.conversion is not None:
            out["conversion"] = self.conversion
        if self.update:
            out["update"] = True
        return out


@dataclass(slots=True)
class ClaimGroup:
    """Mentions that measure one thing, with the verdict on whether the sources agree.

    ``linked`` names the ids of groups that measure the same thing over a wider or
    narrower scope (the town and the province).
    """

    id: str
    what: str
    verdict: Verdict
    independent_sources: int
    mentions: list[ClaimMention]
    event: str | None
    place: list[str]
    linked: list[str] = field(default_factory=list)
    update: bool = False  # differ because a running count was updated or an estimate revised
    note: str | None = None  # says why, for a reader ("update: ...")
    shared: list[list[str]] = field(default_factory=list)  # documents whose mentions rest on one wire sentence
    minor: bool = False  # below the line of a figure that matters (claims/weight.py): kept, shown folded

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "what": self.what, "verdict": self.verdict,
            "independent_sources": self.independent_sources, "mentions": [m.to_dict() for m in self.mentions],
            "event": self.event, "place": self.place,
        }  # fmt: skip
        if self.linked:
            out["linked"] = self.linked
        if self.update:
            out["update"] = True
        if self.note is not None:
            out["note"] = self.note
        if self.shared:
            out["shared_wording"] = self.shared
        if self.minor:
            out["minor"] = True
        return out


@dataclass(slots=True)
class TimelineEntry:
    """A dated event, merged across reports: ``text`` is the span of its first citation.

    ``date`` (and ``end`` for a range) is ISO 8601 text at the entry's precision
    ("2015-09-30", "2015-W40", "2015-09", "--09-30" when the year is unknown).
    """

    date: str
    text: str
    citations: list[Citation]
    precision: Precision
    phrase: str  # the date expression as written ("on Wednesday")
    end: str | None = None
    relation: Relation | None = None
    year_known: bool = True
    year_inferred: bool = False  # the year comes from the story, not the report (``year_basis`` says how)
    year_basis: str | None = None
    other_reading: str | None = None  # the day is one of two readings of its words: the other ("or a week later")
    future: bool = False  # the report speaks of it as still to come
    caption: bool = False  # the text is a photo or video caption (dated by the picture, not told as news)
    mention: bool = False  # the date names a thing or a relative clause's event ("the June 1995 meeting"),
    # not the sentence's own event: the summary never labels the sentence with it
    who: list[Gloss] = field(default_factory=list)  # names it uses that no earlier entry introduces (time25)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "precision": self.precision,
            "phrase": self.phrase,
        }
        if self.end is not None:
            out["end"] = self.end
        if self.relation:
            out["relation"] = self.relation
        if not self.year_known:
            out["year_known"] = False
        elif self.year_inferred:
            out["year_inferred"] = True
            if self.year_basis:
                out["year_basis"] = self.year_basis
        if self.other_reading:
            out["other_reading"] = self.other_reading
        if self.future:
            out["future"] = True
        if self.caption:
            out["caption"] = True
        if self.mention:
            out["mention"] = True
        if self.who:  # optional: only when the entry names someone no earlier entry introduces
            out["who"] = [g.to_dict() for g in self.who]
        return out


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row. ``radius_km`` is the extent (0 for a city point)."""

    id: int
    kind: PlaceKind
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2; "" for seas and most regions
    admin1: str  # first-level division code (US state code for US places)
    population: int
    radius_km: float


@dataclass(slots=True)
class PlaceMention:
    """A stretch of a document judged to name a place, with the gazetteer place it names."""

    doc: str
    start: int
    end: int
    text: str
    place: Place


@dataclass(slots=True)
class PlaceRow:
    """One place of the brief: where it is, and which reports mention it how often."""

    name: str  # the form the reports use most (the gazetteer's own name when a report uses it)
    lat: float
    lon: float
    kind: PlaceKind
    docs: list[str]
    mentions: int
    country: str | None
    aliases: list[str] = field(default_factory=list)  # the other forms the reports use
    gazetteer_name: str | None = None  # the gazetteer's name, when no report uses it
    extent_km: int | None = None  # for countries, seas and regions

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "lat": self.lat, "lon": self.lon, "kind": self.kind, "docs": self.docs,
            "mentions": self.mentions, "country": self.country,
        }  # fmt: skip
        if self.aliases:
            out["aliases"] = self.aliases
        if self.gazetteer_name is not None:
            out["gazetteer_name"] = self.gazetteer_name
        if self.extent_km is not None:
            out["extent_km"] = self.extent_km
        return out


@dataclass(slots=True)
class Located:
    """What the places stage found: the brief's place rows and the mentions behind them.

    ``not_places`` holds the spans the model tagged as places that are people or
    organisations (a surname tagged GPE), so the entities stage files them right;
    ``teams`` holds the spans of towns' names used as their sports teams' ("Tottenham beat Chelsea 2-0":
    organisations, not places; ``places/teams.py``), which the entities stage lists as organisations;
    ``names`` maps a gazetteer place id to the name its row shows.
    """

    places: list[PlaceRow] = field(default_factory=list)
    mentions: list[PlaceMention] = field(default_factory=list)
    not_places: set[tuple[str, int, int]] = field(default_factory=set)
    names: dict[int, str] = field(default_factory=dict)
    teams: set[tuple[str, int, int]] = field(default_factory=set)


@dataclass(slots=True)
class Brief:
    """One story's brief: the object every renderer draws from."""

    story_id: str
    title: str
    words: int
    documents: list[Document]
    skipped: list[Skipped] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    claims: list[ClaimGroup] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    places: list[PlaceRow] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # sections left out because their stage failed

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (``storyline.brief/1``)."""
        return {
            "schema": SCHEMA,
            "story": {"id": self.story_id, "title": self.title, "words": self.words},
            "documents": [d.to_dict() for d in self.documents],
            "skipped": [s.to_dict() for s in self.skipped],
            "summary": [s.to_dict() for s in self.summary],
            "claims": [c.to_dict() for c in self.claims],
            "timeline": [t.to_dict() for t in self.timeline],
            "places": [p.to_dict() for p in self.places],
            "entities": [e.to_dict() for e in self.entities],
            "provenance": self.provenance,
            "warnings": self.warnings,
        }

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The brief as Markdown (``storyline.render.markdown``)."""
        return _rendered(self, "md")

    def to_html(self) -> str:
        """The brief as one self-contained HTML page (``storyline.render.html``)."""
        return _rendered(self, "html")


Renderer = Callable[[Brief], str]
_RENDERERS: dict[str, Renderer] = {}


def register_renderer(fmt: str, renderer: Renderer) -> None:
    """Make ``Brief.to_<fmt>()`` use ``renderer`` (called by ``storyline.render`` on import)."""
    _RENDERERS[fmt] = renderer


def _rendered(brief: Brief, fmt: str) -> str:
    renderer = _RENDERERS.get(fmt)
    if renderer is None:  # only when storyline.model is loaded without the package (never via import storyline)
        raise LookupError(f"no {fmt} renderer registered: import storyline.render first")
    return renderer(brief)


def story_label(story_id: str) -> str:
    """How a message names a story: "story 3", but a story id that already says so ("story", "story-2") as it is,
    not "story story-2"."""
    return story_id if story_id.startswith("story") else f"story {story_id}"
