"""Rows the store returns and the brief round trip: plain data, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import (
    Brief,
    Citation,
    ClaimGroup,
    ClaimMention,
    Document,
    Entity,
    Gloss,
    Note,
    PlaceRow,
    Removed,
    Skipped,
    SummarySentence,
    TimelineEntry,
)

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
    repeated: set[str] = field(default_factory=set)
    """Document ids (as read) of the duplicates: in ``joined`` they name the story their stored copy is in."""
    merged: dict[int, int] = field(default_factory=dict)
    """Stories the merge pass joined to another (story id -> the story it is part of now)."""
    briefs: int = 0
    """Briefs built and cached (``add --briefs``, ``--workers``)."""
    brief_failures: list[Skipped] = field(default_factory=list)
    """Stories (by id) whose brief could not be built, with why."""
    notes: list[Note] = field(default_factory=list)
    """How inputs were read where a reader should know (a guessed encoding: ``model.Note``)."""
    rows: dict[str, int] = field(default_factory=dict)
    """Document id (as read) -> the row of its stored report (a duplicate's: the stored copy's), so that after the
    split pass ``joined`` names the side a report is on."""
    given: dict[str, int] = field(default_factory=dict)
    """Stories the input itself named (a cluster file's id, the parts of a Multi-News file, a record's
    ``story`` field) -> the stored story their reports went to: the input's stories are kept whole and
    apart, as ``brief`` takes them."""

    def summary(self) -> str:
        """The one line ``storyline add`` ends with."""
        updated = len(self.updated_stories - self.new_stories)
        line = (f"added {self.added}, duplicates {self.duplicates}, skipped {len(self.skipped)}, "
                f"new stories {len(self.new_stories)}, stories updated {updated}")
        if self.briefs or self.brief_failures:
            line += f", briefs built {self.briefs}" + (f" ({len(self.brief_failures)} failed)"
                                                       if self.brief_failures else "")
        return line

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "duplicates": self.duplicates,
            "skipped": [s.to_dict() for s in self.skipped],
            "new_stories": sorted(str(s) for s in self.new_stories),
            "updated_stories": sorted(str(s) for s in self.updated_stories - self.new_stories),
            "joined": [{"document": d, "story": s} for d, s in self.joined],
            "notes": [n.to_dict() for n in self.notes],
        }


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None


def _citation(c: dict[str, Any]) -> Citation:
    return Citation(c["doc"], c["start"], c["end"])


def _mention(m: dict[str, Any]) -> ClaimMention:
    span = m.get("speaker_span")
    return ClaimMention(
        doc=m["doc"], start=m["start"], end=m["end"], text=m["text"], value=m["value"], low=m["low"],
        high=m["high"], qualifier=m["qualifier"], unit=m["unit"], speaker=m["speaker"], event=m["event"],
        place=m["place"], time=m["time"], vague=m["vague"],
        speaker_span=(span["start"], span["end"]) if span else None, speaker_cue=m.get("speaker_cue"),
        speaker_as_written=m.get("speaker_as_written"), speaker_resolved=m.get("speaker_resolved", True),
        share=m.get("share"), base=m.get("base"), negated=m.get("negated", False),
        dimension=m.get("dimension", "count"), unit_code=m.get("unit_code"), conversion=m.get("conversion"),
        update=m.get("update", False),
    )


def _claim(c: dict[str, Any]) -> ClaimGroup:
    return ClaimGroup(id=c["id"], what=c["what"], verdict=c["verdict"], independent_sources=c["independent_sources"],
                      mentions=[_mention(m) for m in c["mentions"]], event=c["event"], place=c["place"],
                      linked=c.get("linked", []), update=c.get("update", False), note=c.get("note"),
                      shared=c.get("shared_wording", []), minor=c.get("minor", False))


def _entry(t: dict[str, Any]) -> TimelineEntry:
    inferred = bool(t.get("year_inferred", False))
    return TimelineEntry(date=t["date"], text=t["text"], citations=[_citation(c) for c in t["citations"]],
                         precision=t["precision"], phrase=t["phrase"], end=t.get("end"), relation=t.get("relation"),
                         year_known=t.get("year_known", True), year_inferred=inferred, year_basis=t.get("year_basis"),
                         other_reading=t.get("other_reading"),
                         future=t.get("future", False), caption=t.get("caption", False),
                         mention=t.get("mention", False),
                         who=[Gloss(g["name"], g["text"], _citation(g["citation"])) for g in t.get("who", [])])


def _place(p: dict[str, Any]) -> PlaceRow:
    return PlaceRow(name=p["name"], lat=p["lat"], lon=p["lon"], kind=p["kind"], docs=p["docs"],
                    mentions=p["mentions"], country=p["country"], aliases=p.get("aliases", []),
                    gazetteer_name=p.get("gazetteer_name"), extent_km=p.get("extent_km"))


def brief_from_dict(d: dict[str, Any]) -> Brief:
    """A ``Brief`` from its JSON contract (``Brief.to_dict``): how cached briefs come back."""
    docs = [
        Document(id=x["id"], text=x["text"], title=x.get("title") or "", outlet=x.get("outlet"), url=x.get("url"),
                 published=_date(x.get("published")), copy_of=x.get("copy_of"), wire_of=x.get("wire_of"),
                 removed=[Removed(r["text"], r["reason"], r.get("score")) for r in x.get("removed", [])],
                 notes=[Note(n["input"], n["note"]) for n in x.get("notes", [])])
        for x in d["documents"]
    ]
    return Brief(
        story_id=d["story"]["id"], title=d["story"]["title"], words=d["story"]["words"], documents=docs,
        skipped=[Skipped(s["input"], s["reason"]) for s in d.get("skipped", [])],
        summary=[SummarySentence(s["text"], [_citation(c) for c in s["citations"]], s.get("date"), s.get("date_basis"),
                                 [Gloss(g["name"], g["text"], _citation(g["citation"])) for g in s.get("who", [])])
                 for s in d.get("summary", [])],
        claims=[_claim(c) for c in d.get("claims", [])], timeline=[_entry(t) for t in d.get("timeline", [])],
        places=[_place(p) for p in d.get("places", [])],
        entities=[Entity(e["name"], e["kind"], e["aliases"], e["docs"]) for e in d.get("entities", [])],
        provenance=d.get("provenance", {}),
    )
