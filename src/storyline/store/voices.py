"""A stored story's independent sources, counted as its brief counts them, kept current as reports are added
(issue 13, inputs56).

``storyline stories`` lists each story's independent sources, and ``brief --db`` of that story states them in its
first line: both follow ``sources``' one rule (reprints, an article's updates, retellings, one newsroom, one agency
text printed by two outlets count once). Each report keeps its voice (``reports.voice``: the first report of its
story it is one source with). A report that joins a story is compared with that story's members only
(``sources.one_voice``, the pairs whose groups ``sources.voice_groups`` counts), their features read once per run
and kept in memory, so an add costs what its story's size costs, whatever the store holds. A story whose members
changed in another way (a merge, a split, an undo, a store of an older storyline: ``stories.voice_members`` and
``voice_sum`` no longer name its members) is counted afresh, by the brief's own function (``sources.story_voices``).
A store counted by another rule (``meta.voices`` is not ``sources.VOICES_VERSION``) is counted afresh when opened.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence

from ..model import Document
from ..sources import VOICES_VERSION, Voice, one_voice, story_voices, voice_features

KEY = "voices"
KEPT = 1000
"""Reports whose features one run keeps in memory (the members of the stories it adds to)."""


class Voices:
    """The store's voices: a report joined to its story's, a story counted (afresh when its members changed)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._kept: OrderedDict[int, Voice] = OrderedDict()

    def _features(self, rows: Sequence[int]) -> dict[int, Voice]:
        """The features of the reports ``rows`` (ids), read and computed once per run."""
        missing = [r for r in rows if r not in self._kept]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for r in self.conn.execute(
                    "SELECT id, doc_id, text, title, outlet, url, published FROM reports WHERE id IN "
                    f"({','.join('?' * len(chunk))})", chunk).fetchall():
                self._kept[r[0]] = voice_features(Document(
                    id=r[1], text=r[2], title=r[3], outlet=r[4], url=r[5],
                    published=dt.date.fromisoformat(r[6]) if r[6] else None))
        out = {r: self._kept[r] for r in rows}
        for r in rows:
            self._kept.move_to_end(r)
        while len(self._kept) > max(KEPT, len(rows)):
            self._kept.popitem(last=False)
        return out

    def forget(self) -> None:
        """Drop the features kept: a rolled-back report's id may be given to another report."""
        self._kept.clear()

    def _made_for(self, sid: int, members: Sequence[int]) -> bool:
        """Whether story ``sid``'s voices were made for exactly ``members``."""
        row = self.conn.execute("SELECT voice_members, voice_sum FROM stories WHERE id = ?", (sid,)).fetchone()
        return row is not None and (row[0] or 0) == len(members) and (row[1] or 0) == sum(members)

    def _keep(self, sid: int, members: Sequence[int]) -> None:
        self.conn.execute("UPDATE stories SET voice_members = ?, voice_sum = ? WHERE id = ?",
                          (len(members), sum(members), sid))

    def join(self, sid: int, rid: int) -> None:
        """Report ``rid``, just stored in story ``sid``, joined to the voices of the members it is one source with
        (their groups become one); nothing when the story's voices are not its other members' (``count`` then
        counts it afresh)."""
        voice = dict(self.conn.execute("SELECT id, voice FROM reports WHERE story = ? AND id != ?", (sid, rid)))
        members = sorted(voice)
        if not self._made_for(sid, members):
            return
        features = self._features([*members, rid])
        roots = {voice[m] for m in members if one_voice(features[rid], features[m])}
        root = min(roots | {rid})
        self.conn.execute("UPDATE reports SET voice = ? WHERE id = ?", (root, rid))
        merged = sorted(roots - {root})
        if merged:
            marks = ",".join("?" * len(merged))
            self.conn.execute(f"UPDATE reports SET voice = ? WHERE story = ? AND voice IN ({marks})",
                              (root, sid, *merged))
        self._keep(sid, [*members, rid])

    def count(self, sid: int) -> int:
        """Story ``sid``'s independent sources (its voices made afresh first when they are not its members')."""
        members = [r for (r,) in self.conn.execute("SELECT id FROM reports WHERE story = ? ORDER BY id", (sid,))]
        if not self._made_for(sid, members):
            self.afresh(sid, members)
        return int(self.conn.execute("SELECT count(DISTINCT voice) FROM reports WHERE story = ?", (sid,)).fetchone()[0])

    def afresh(self, sid: int, members: Sequence[int]) -> None:
        """Story ``sid``'s voices made by the brief's own function over its members (in the order a brief reads
        them)."""
        features = self._features(members)
        first = story_voices([features[r].doc for r in members])
        row_of = {features[r].doc.id: r for r in members}
        self.conn.executemany("UPDATE reports SET voice = ? WHERE id = ?",
                              [(row_of[first[features[r].doc.id]], r) for r in members])
        self._keep(sid, members)

    def stale(self) -> bool:
        """Whether the store's counts were made by another rule than this storyline's."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
        return row is None or row[0] != VOICES_VERSION

    def recount(self) -> None:
        """Every live story counted afresh and the rule's version kept (inside the caller's transaction)."""
        for (sid,) in self.conn.execute("SELECT id FROM stories WHERE merged_into IS NULL AND reports > 0").fetchall():
            members = [r for (r,) in self.conn.execute("SELECT id FROM reports WHERE story = ? ORDER BY id", (sid,))]
            self.afresh(sid, members)
            self.conn.execute("UPDATE stories SET independent_sources = ? WHERE id = ?", (self.count(sid), sid))
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                          "excluded.value", (KEY, VOICES_VERSION))
