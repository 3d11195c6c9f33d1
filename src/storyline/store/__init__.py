"""The embedded store: SQLite (WAL, FTS5) holding reports, stories and cached briefs.

``Store`` is the API; ``schema`` holds the versioned migrations; ``sqlite`` the
connection and the ``StoryIndex`` backend the online clustering runs on.
"""

from __future__ import annotations

from .api import DEFAULT_DB, Store, UnknownStory, default_path
from .query import QueryError
from .records import STORIES_SCHEMA, AddResult, StoryRow
from .schema import SCHEMA_VERSION, StoreVersionError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "STORIES_SCHEMA", "AddResult", "QueryError", "Store", "StoreVersionError",
           "StoryRow", "UnknownStory", "default_path"]
