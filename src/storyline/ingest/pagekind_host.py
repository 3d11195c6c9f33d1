"""A show's or a column's commentary: the page's section is named for the show and its host, whom the headline names.

A news site files the write-up of a TV host's or a columnist's remarks under the show's or the column's section, and
names the section for its host: ``articleSection`` "<Show> with <First Last>". The page then reports the host's view
of the news, not the news: CNBC's "Mad Money with Jim Cramer" over "JEDI contract means a lot more for Microsoft than
for Amazon, Jim Cramer says" (the forty-ninth read). The sign (``page_kinds.json`` "host_sections"; inputs43): a
section value (JSON-LD ``articleSection``, ``article:section``) of the shape "<name> <joiner> <Host Name>", the host
two to four capitalised words, and the page's headline naming that host. A section named for a person the headline
does not name ("Politics with Ada Quill" over a report on a bus crash) is no sign: a section may carry a host's name
for all its pages, the host's own or not.

Kept with a note: the remarks are news of a kind, told as the host's.
"""

from __future__ import annotations

import re
from typing import Any

Sign = tuple[str, str, str]
HOST_SECTIONS = True
"""Switch: a section named for its host, whom the headline names, notes a commentary (module docstring)."""

_CAPITALISED = re.compile(r"^[A-Z][\w'’.-]*$")
_WORDS = re.compile(r"[\w'’]+")


def _spaced(text: str) -> str:
    """``text``'s words in lower case, one space around each ("Jim Cramer says" -> " jim cramer says ")."""
    return f" {' '.join(_WORDS.findall(text.lower()))} "


def _host(section: str, joiners: list[str], fewest: int, most: int) -> str | None:
    """The host a section's value names after its joiner ("Mad Money with Jim Cramer" -> "Jim Cramer"), else None."""
    words = section.split()
    for at, word in enumerate(words[1:-1], start=1):
        if word.lower() not in joiners:
            continue
        name = words[at + 1:]
        if fewest <= len(name) <= most and all(_CAPITALISED.match(w) for w in name):
            return " ".join(name)
    return None


def host_section_signs(sections: list[str], title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """The commentary's sign when a section is named for a host the headline names (module docstring)."""
    if not HOST_SECTIONS or not title:
        return []
    joiners = [j.lower() for j in spec["joiners"]]
    low_title = _spaced(title)
    for section in dict.fromkeys(s.strip() for s in sections):
        host = _host(section, joiners, int(spec["min_name_words"]), int(spec["max_name_words"]))
        if host and _spaced(host) in low_title:
            return [("commentary", "section", f"section '{section}' named for {host}, whom the headline names")]
    return []
