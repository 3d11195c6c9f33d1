"""The data model: what each pipeline stage reads and writes.

Stages are pure functions over these objects (see ``pipeline.py``). Every
piece of text a brief shows is a span of a ``Document.text``: selected, never
invented, so a brief can always be checked against its sources.

``Brief.to_dict()`` is the JSON contract of DESIGN.md (schema
``storyline.brief/1``): add fields freely, rename or remove none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "storyline.brief/1"

EntityKind = Literal["person", "org", "place"]


@dataclass(slots=True)
class Skipped:
    """An input that was not used, and why: nothing is dropped silently."""

    input: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "reason": self.reason}


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


@dataclass(slots=True)
class Paragraph:
    """One line of a document with its spaCy parse (token offsets + ``offset`` = document offsets).

    Kept so that later stages (claims, timeline, places) read the one parse
    instead of running the model again.
    """

    offset: int
    text: str
    parsed: Any  # spacy.tokens.Doc


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
class SummarySentence:
    """A summary sentence: verbatim from its first citation, citing every source that says it."""

    text: str
    citations: list[Citation]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": [c.to_dict() for c in self.citations]}


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
class Brief:
    """One story's brief: the object every renderer draws from."""

    story_id: str
    title: str
    words: int
    documents: list[Document]
    skipped: list[Skipped] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)

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
            "claims": self.claims,
            "timeline": self.timeline,
            "places": self.places,
            "entities": [e.to_dict() for e in self.entities],
            "provenance": self.provenance,
        }

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from .render.markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        from .render.html import render_html

        return render_html(self)
