"""Read-only views of the store for browsing (the web app, issue 14): pages of stories, leads, documents.

Additions next to ``Store``'s own readers, kept in their own module so that the store's
core stays as it is: a page of stories with filters and a total (``Store.stories``
returns every match with every document id, which a list page of a large store must
not pay for), the one-line lead of a story, the light list of a story's reports, and one
stored report with its removed furniture. Everything here only reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..model import Document, Removed
from .api import Store
from .query import fts_query

LEAD_CHARS = 220
_LEAD_SOURCE_CHARS = 3000  # the lead comes from the opening of a report: never read the whole text
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Za-z]|\.[A-Za-z]|\bSept)$")  # Mr. Dr. St. U.S. J. Sept.
_QUESTION = re.compile(r"\?[\"'”’)]*$")
_ITEM = re.compile(r"[-–—•*·]\s")
_LEAD_CANDIDATES = 6  # the lead is one of the first sentences: past them, the opening is not prose at all


Leads = dict[tuple[int, int], tuple[str, bool]]
"""The story list's leads by (story, version): the lead, and whether it is the brief's (``story_page``)."""


@dataclass(slots=True, frozen=True)
class StoryFilter:
    """What the story list is narrowed to; every field optional."""

    search: str | None = None
    since: dt.date | None = None  # the story's reports reach this date or later
    until: dt.date | None = None  # the story's reports start on this date or earlier
    min_reports: int | None = None
    max_reports: int | None = None


@dataclass(slots=True)
class StoryLine:
    """One row of the story list: what a reader scans before opening a brief."""

    id: str
    title: str
    reports: int
    independent_sources: int
    first_published: str | None
    last_published: str | None
    updated: str
    lead: str


@dataclass(slots=True)
class StoryPage:
    """One page of the story list and how many stories match in all."""

    stories: list[StoryLine]
    total: int


@dataclass(slots=True)
class ReportLine:
    """A report of a story as the story page lists it (no text)."""

    doc_id: str
    title: str
    outlet: str | None
    published: str | None
    reprint: bool


def _where(flt: StoryFilter) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters for ``flt`` (live stories only)."""
    sql = ["merged_into IS NULL"]
    args: list[Any] = []
    if flt.search and flt.search.strip():
        sql.append("id IN (SELECT story FROM reports WHERE id IN "
                   "(SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?) "
                   "UNION SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)")
        query = fts_query(flt.search)
        args += [query, query]
    # A story without stated dates is dated by when it was last updated.
    if flt.since:
        sql.append("coalesce(last_published, substr(updated, 1, 10)) >= ?")
        args.append(flt.since.isoformat())
    if flt.until:
        sql.append("coalesce(first_published, substr(updated, 1, 10)) <= ?")
        args.append(flt.until.isoformat())
    if flt.min_reports:
        sql.append("reports >= ?")
        args.append(flt.min_reports)
    if flt.max_reports:
        sql.append("reports <= ?")
        args.append(flt.max_reports)
    return " AND ".join(sql), args


def story_page(store: Store, flt: StoryFilter, *, offset: int = 0, limit: int = 20,
               leads: Leads | None = None) -> StoryPage:
    """Stories matching ``flt``, most recently updated first, ``limit`` of them from ``offset``.

    Each story's one-line lead is its brief's lead sentence when a brief of the story as it is now is cached
    (``brief_lead``), so that the list and the brief say the same; else its opening's (``story_lead``).
    ``leads`` caches them by (story, version): a story's lead changes only with it, or when its brief is built.
    """
    where, args = _where(flt)
    total = int(store.conn.execute(f"SELECT count(*) FROM stories WHERE {where}", args).fetchone()[0])
    rows = store.conn.execute(
        "SELECT id, title, reports, independent_sources, first_published, last_published, updated, version "
        f"FROM stories WHERE {where} ORDER BY updated DESC, id DESC LIMIT ? OFFSET ?",
        [*args, limit, max(0, offset)]).fetchall()
    cache = leads if leads is not None else {}
    lines = []
    for r in rows:
        key = (int(r[0]), int(r[7]))
        if not cache.get(key, ("", False))[1]:  # none yet, or the opening's: the brief's once it is built
            briefed = brief_lead(store, *key)
            cache[key] = (briefed, True) if briefed else cache.get(key) or (story_lead(store, key[0], r[1]), False)
        lines.append(StoryLine(id=str(r[0]), title=r[1], reports=r[2], independent_sources=r[3],
                               first_published=r[4], last_published=r[5], updated=r[6], lead=cache[key][0]))
    return StoryPage(stories=lines, total=total)


def totals(store: Store) -> dict[str, int]:
    """Live stories and the reports in them, from the stories table (no scan of the reports)."""
    row = store.conn.execute("SELECT count(*), coalesce(sum(reports), 0) FROM stories WHERE merged_into IS NULL"
                             ).fetchone()
    return {"stories": int(row[0]), "reports": int(row[1])}


def undated_stories(store: Store) -> int:
    """Live stories none of whose reports states a publication date: the date filters take the day each
    was last updated instead (``_where``), which the story list says when a date filter is asked."""
    row = store.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL AND first_published IS NULL "
                             "AND last_published IS NULL").fetchone()
    return int(row[0])


def brief_lead(store: Store, sid: int, version: int) -> str:
    """The lead sentence (the first of the summary) of the story's cached brief of this ``version`` (the
    200-word brief first), cut to ``LEAD_CHARS``; "" when none is cached or its summary is empty."""
    row = store.conn.execute(
        "SELECT json_extract(json, '$.summary[0].text') FROM briefs WHERE story = ? AND story_version = ? "
        "ORDER BY words = 200 DESC, built DESC LIMIT 1", (sid, version)).fetchone()
    return _shorten(str(row[0]), LEAD_CHARS) if row and row[0] else ""


def story_lead(store: Store, sid: int, title: str = "") -> str:
    """One line that says what the story is: the first sentence of its headline report that is prose.

    The headline report is the original (not a reprint) whose title became the story's
    title, else the story's first original report. A photo caption, a web pointer or a
    fragment with no finite verb ("Countries affected by the 2004 Indian Ocean tsunami") is
    passed over, by the summary's own checks (``summary.standalone.not_prose``).
    """
    row = store.conn.execute(
        "SELECT title, substr(text, 1, ?) FROM reports WHERE story = ? "
        "ORDER BY copy_of IS NOT NULL, title = ? DESC, id LIMIT 1", (_LEAD_SOURCE_CHARS, sid, title)).fetchone()
    if row is None:
        return ""
    return lead_sentence(row[1], skip=row[0])


def lead_sentence(text: str, *, skip: str = "", limit: int = LEAD_CHARS) -> str:
    """The first sentence of ``text`` (after a line that repeats the title) that is prose
    (``summary.standalone.not_prose`` on its parse) and not a heading, a question or a list's item
    (``heading``), shown from after its wire dateline as the brief's summary shows it (``after_dateline``), cut
    to ``limit`` characters; when none of the first few is prose, the first that is no heading ("" if none)."""
    from ..nlp import get_nlp
    from ..summary.standalone import not_prose

    candidates = [after_dateline(c) for c in opening_sentences(text, skip=skip, most=2 * _LEAD_CANDIDATES)]
    if not candidates:
        return ""
    nlp = get_nlp()

    def prose(sentence: str) -> bool:  # parsed one at a time: most stories' first sentence is the lead
        return not_prose(sentence, next(nlp.pipe([sentence], disable=["ner", "lemmatizer"]))[:]) is None

    said = [c for c in candidates if not heading(c)][:_LEAD_CANDIDATES]  # a list's items count for nothing
    chosen = next((c for c in said if prose(c)), said[0] if said else "")
    return _shorten(chosen, limit)


def heading(sentence: str) -> bool:
    """A section heading or a list's item, not a lead: a line in capitals ("GIRLS BASKETBALL"), a question
    ("What's new in 2.26?"; a news lead states), a bulleted line ("- Bugs fixed")."""
    letters = [ch for ch in sentence if ch.isalpha()]
    if letters and not any(ch.islower() for ch in letters):
        return True
    return bool(_QUESTION.search(sentence) or _ITEM.match(sentence))


def after_dateline(sentence: str) -> str:
    """The sentence from after a wire dateline ("DUBAI, United Arab Emirates — Dubai's flagship …" shows
    "Dubai's flagship …"), as the summary shows a lede, unless it says "here" of the dateline's place
    (``summary.dateline_deixis.keeps_dateline``)."""
    from ..newswriting import dateline_end
    from ..summary.dateline_deixis import keeps_dateline

    cut = 0 if keeps_dateline(sentence) else dateline_end(sentence)
    return sentence[cut:].strip() or sentence


def first_sentence(text: str, *, skip: str = "", limit: int = LEAD_CHARS) -> str:
    """The first sentence of ``text`` (after a line that repeats the title), cut to ``limit`` characters."""
    candidates = opening_sentences(text, skip=skip, most=1)
    return _shorten(candidates[0], limit) if candidates else ""


def opening_sentences(text: str, *, skip: str = "", most: int = _LEAD_CANDIDATES) -> list[str]:
    """The first ``most`` sentences of ``text``, line by line, after a first line that repeats the title."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and skip and lines[0].strip().lower() == skip.strip().lower():
        lines = lines[1:]
    out: list[str] = []
    for line in lines:
        start = 0
        for m in _SENTENCE_END.finditer(line):
            if m.group()[0] == "." and _ABBREVIATION.search(line, 0, m.start()):
                continue
            if sentence := line[start : m.end()].strip():
                out.append(sentence)
            start = m.end()
        if rest := line[start:].strip():
            out.append(rest)
        if len(out) >= most:
            break
    return out[:most]


def _shorten(sentence: str, limit: int) -> str:
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—- ")
    return cut + "…"


def story_reports(store: Store, sid: int) -> list[ReportLine]:
    """A story's reports in the order they were added, without their text."""
    return [ReportLine(doc_id=r[0], title=r[1], outlet=r[2], published=r[3], reprint=r[4] is not None)
            for r in store.conn.execute(
                "SELECT doc_id, title, outlet, published, copy_of FROM reports WHERE story = ? ORDER BY id", (sid,))]


def stored_document(store: Store, sid: int, doc_id: str) -> Document | None:
    """One report of story ``sid`` with its removed furniture (in the order it was cut) and the notes on how
    its input was read; None if absent."""
    row = store.conn.execute(
        "SELECT id, doc_id, title, outlet, url, published, text FROM reports WHERE story = ? AND doc_id = ?",
        (sid, doc_id)).fetchone()
    if row is None:
        return None
    removed = [Removed(t, r) for t, r in store.conn.execute(
        "SELECT text, reason FROM removed WHERE report = ? ORDER BY position", (row[0],))]
    published = dt.date.fromisoformat(row[5]) if row[5] else None
    return Document(id=row[1], text=row[6], title=row[2], outlet=row[3], url=row[4], published=published,
                    removed=removed, notes=store.notes_of(int(row[0])))


def story_of_document(store: Store, doc_id: str) -> int | None:
    """The story a stored report belongs to (None when no report has that id)."""
    row = store.conn.execute("SELECT story FROM reports WHERE doc_id = ?", (doc_id,)).fetchone()
    return int(row[0]) if row else None


def story_titles(store: Store, sids: list[int]) -> dict[int, str]:
    """The titles of the given stories (ids that are not stories are left out)."""
    out: dict[int, str] = {}
    for start in range(0, len(sids), 500):
        part = sids[start : start + 500]
        rows = store.conn.execute(f"SELECT id, title FROM stories WHERE id IN ({','.join('?' * len(part))})", part)
        out.update((int(r[0]), str(r[1])) for r in rows)
    return out
