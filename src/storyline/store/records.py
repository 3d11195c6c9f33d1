"""Rows the store returns and the brief round trip: plain data, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import Brief, Citation, Document, Entity, Removed, Skipped, SummarySentence

STORIES_SCHEMA = "storyline.stories/1"


@dataclass(slots=True)
class StoryRow:
    """One story as ``storyline stories`` lists it (the ``storyline.stories/1`` fields)."""

    id: str
    title: str
    documents: list[str]
    reports: int
    independent_sources: int
    first_published: str | None
    last_published: str | None
    updated: str
    version: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "documents": self.documents, "reports": self.reports,
            "independent_sources": self.independent_sources, "first_published": self.first_published,
            "last_published": self.last_published, "updated": self.updated,
        }


@dataclass(slots=True)
class AddResult:
    """What one ``add`` did: counts for the summary line, skips with reasons, where reports went."""

    added: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    new_stories: set[int] = field(default_factory=set)
    updated_stories: set[int] = field(default_factory=set)
    joined: list[tuple[str, str]] = field(default_factory=list)
    """(document id as read, story id) for every report added, and for every duplicate the story
    its stored copy is in."""

    def summary(self) -> str:
        """The one line ``storyline add`` ends with."""
        updated = len(self.updated_stories - self.new_stories)
        return (f"added {self.added}, duplicates {self.duplicates}, skipped {len(self.skipped)}, "
                f"new stories {len(self.new_stories)}, stories updated {updated}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "duplicates": self.duplicates,
            "skipped": [s.to_dict() for s in self.skipped],
            "new_stories": sorted(str(s) for s in self.new_stories),
            "updated_stories": sorted(str(s) for s in self.updated_stories - self.new_stories),
            "joined": [{"document": d, "story": s} for d, s in self.joined],
        }


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None


def brief_from_dict(d: dict[str, Any]) -> Brief:
    """A ``Brief`` from its JSON contract (``Brief.to_dict``): how cached briefs come back."""
    docs = [
        Document(id=x["id"], text=x["text"], title=x.get("title") or "", outlet=x.get("outlet"), url=x.get("url"),
                 published=_date(x.get("published")), copy_of=x.get("copy_of"),
                 removed=[Removed(r["text"], r["reason"]) for r in x.get("removed", [])])
        for x in d["documents"]
    ]
    return Brief(
        story_id=d["story"]["id"], title=d["story"]["title"], words=d["story"]["words"], documents=docs,
        skipped=[Skipped(s["input"], s["reason"]) for s in d.get("skipped", [])],
        summary=[SummarySentence(s["text"], [Citation(c["doc"], c["start"], c["end"]) for c in s["citations"]])
                 for s in d.get("summary", [])],
        claims=d.get("claims", []), timeline=d.get("timeline", []), places=d.get("places", []),
        entities=[Entity(e["name"], e["kind"], e["aliases"], e["docs"]) for e in d.get("entities", [])],
        provenance=d.get("provenance", {}),
    )
