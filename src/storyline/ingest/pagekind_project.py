"""A software project's release announcement: a headline naming a version of the maker's own software.

A project's blog posts its releases as "<Name> <version> is now available!" ("Python 3.6.0 is now available!",
"Foo 2.1 released"): the maker announcing its own software, not a report (bench/BRIEF_REVIEW.md, "inputs30": a
release post briefed as news without a word). The sign is the headline alone: a name of at most a few words, a
version number (digits and dots, at least two parts, an optional "v" and pre-release tag), then an announcing
phrase (``page_kinds.json`` "project_release", its phrases data), nothing after it but punctuation. A news
report of a release names its maker and what it does ("Apple releases iOS 13.1 with …"), so it does not match.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon

Sign = tuple[str, str, str]

_NAME = r"[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,3}"
_VERSION = r"v?\d+(?:\.\d+){1,3}(?:[-.\s]?(?:rc|beta|alpha|a|b)\d*)?"


def release_title_signs(title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A release-announcement headline's sign (module docstring), or none."""
    if not title or len(title.split()) > spec["max_title_words"]:
        return []
    phrases = lexicon.alternation(spec["phrases"], space=r"\s+")
    pattern = re.compile(rf"^\s*{_NAME}\s+{_VERSION}\s+(?:{phrases})\s*[.!]*\s*$", re.I)
    if not pattern.match(title):
        return []
    return [("project_release", "title", f"a headline announcing a version: '{title.strip()}'")]
