"""Text files that are not news reports: a README, a licence, a table, notes.

A folder of reports often carries such files along (a README describing the
collection, a LICENSE, a CSV of sources, someone's notes). Read as a report,
each would be briefed and counted as an independent source. This check runs
on plain-text files only (HTML and JSON are article containers by design) and
skips a file with its reason, on signs that hold for documents in general:

* its name is a conventional documentation name (``README.md``, ``LICENSE``);
* it opens with a standard licence formula;
* it is a table: most lines split into the same number of cells;
* it is documentation or notes: code fences, or mostly list items with
  little prose.

A news report that merely contains a list, a table or a quotation from a
licence is not skipped: the structural signs need most of the file.
The names and phrases are data (``data/not_reports.json``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪◦]|\d{1,3}[.)]|\[[ xX]\])\s+\S")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_DELIMITERS = ("\t", "|", ";", ",")
_MIN_TABLE_LINES = 4
_TABLE_SHARE = 0.8  # share of lines with the same cell count
_LIST_SHARE = 0.6  # share of lines that are list items
_PROSE_SHARE = 0.25  # share of characters in prose lines below which a list-heavy file is notes
_PROSE_WORDS = 12  # a prose line: at least this many words, ending a sentence
_MIN_ITEMS = 3  # three list items making up most of a file with little prose: notes, not a report


@lru_cache(maxsize=1)
def _signs() -> dict[str, Any]:
    data = resources.files("storyline").joinpath("data/not_reports.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def _by_name(doc_id: str) -> str | None:
    name = doc_id.rsplit("/", 1)[-1].lower()
    stem = name.split(".", 1)[0].replace("-", "_").replace(" ", "_")
    what = _signs()["names"].get(stem)
    return f"looks like {what} (by its file name), not a news report" if what else None


def _licence(text: str) -> str | None:
    head = " ".join(text[:4000].lower().split())
    for phrase in _signs()["licence_phrases"]:
        if phrase in head:
            return f"looks like a licence ('{phrase}'), not a news report"
    return None


def _table(lines: list[str]) -> str | None:
    if len(lines) < _MIN_TABLE_LINES:
        return None
    for delim in _DELIMITERS:
        counts = Counter(line.count(delim) for line in lines)
        cells, n = counts.most_common(1)[0]
        if cells >= (1 if delim in "\t|" else 2) and n >= _TABLE_SHARE * len(lines):
            ended = sum(1 for line in lines if _SENTENCE_END.search(line))
            if ended < 0.5 * len(lines):
                name = {"\t": "tab", "|": "'|'", ";": "';'", ",": "comma"}[delim]
                return f"looks like a table ({n} of {len(lines)} lines have {cells + 1} {name}-separated cells)"
    return None


def _notes(lines: list[str]) -> str | None:
    fences = sum(1 for line in lines if _FENCE.match(line))
    if fences >= 2:
        return "looks like documentation (it holds code blocks), not a news report"
    items = sum(1 for line in lines if _LIST_ITEM.match(line))
    if items < _MIN_ITEMS or items < _LIST_SHARE * len(lines):
        return None
    total = sum(len(line) for line in lines)
    prose = sum(
        len(line) for line in lines
        if not _LIST_ITEM.match(line) and len(line.split()) >= _PROSE_WORDS and _SENTENCE_END.search(line)
    )
    if prose < _PROSE_SHARE * total:
        return f"looks like notes or a list ({items} of {len(lines)} lines are list items), not a news report"
    return None


def not_a_report(doc_id: str, text: str) -> str | None:
    """Why the plain text ``text`` (file ``doc_id``) is not a news report, or None when it may be one."""
    why = _by_name(doc_id) or _licence(text)
    if why is not None:
        return why
    lines = [line.strip() for line in text[:200_000].split("\n") if line.strip()]
    return _table(lines) or _notes(lines)
