"""Stories from a stream: online assignment of reports to stories over a swappable index.

    from storyline.stories import MemoryIndex, assign, report_terms
    index = MemoryIndex()
    for doc in docs:                       # in arrival order
        a = assign(index, report_terms(doc.text, doc.title), doc.published)
        a.story, a.new
    merged = merge_small(index, touched)   # after an add: small stories joined where they belong
    moved = undo_merges(index)             # then recent merged pieces that belong elsewhere moved there

The SQLite store (``storyline.store``) implements the same ``StoryIndex`` interface.
"""

from __future__ import annotations

from .index import MemoryIndex, StoryIndex, StoryState
from .merge import assign_in_order, merge_small, undo_merges
from .online import Assignment, ClusterSettings, assign
from .vectors import report_terms

__all__ = ["Assignment", "ClusterSettings", "MemoryIndex", "StoryIndex", "StoryState", "assign", "assign_in_order",
           "merge_small", "report_terms", "undo_merges"]
