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

``machine_read`` (called by ``clean`` on every report, whatever its container: a story cluster's
document too) rejects a book's or a report's machine-read pages: a digitised book's notice, or at
least two shapes of a printed page's text (figure captions, figure file names, words hyphenated at a
line break, a running head).

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


_NOTICE_HEAD = 2000  # a digitised book's notice stands at its top
_WORD = re.compile(r"\w+")
_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")
_HEAD_WORD = re.compile(r"^[A-Z][A-Z'&-]+$")


@lru_cache(maxsize=1)
def _machine_read_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    signs = _signs()["machine_read"]
    labels = "|".join(re.escape(w) for w in signs["caption_labels"])
    # a caption's label: "Figure 2." "FIGURE 3.1:" "Table 4-2." (a label, then its number, then a stop)
    caption = re.compile(rf"\b(?:{labels})\s+\d{{1,3}}(?:[.-]\d{{1,3}})?[.:](?=\s|$)", re.IGNORECASE)
    exts = "|".join(re.escape(e) for e in signs["figure_file_extensions"])
    files = re.compile(rf"\b[\w-]+\.(?:{exts})\b", re.IGNORECASE)
    # a word cut by a line break and run on: "geomag- netically", "oc- curred" (not "pre- and post-war")
    spared = "|".join(re.escape(w) for w in signs["line_break_hyphen_exceptions"])
    hyphen = re.compile(rf"\b[a-z]{{2,}}- (?!(?:{spared})\b)[a-z]{{2,}}\b")
    return caption, files, hyphen


def _running_heads(lines: list[str]) -> int:
    """The most lines that open (after a page number) with one upper-case heading of two or more
    words: a book's running head ("12 EXTENDED SUMMARY Figure 5. …"), page after page."""
    heads: Counter[str] = Counter()
    for line in lines:
        words = _PAGE_NUMBER.sub("", line).split()[:4]
        head = []
        for word in words:
            if not _HEAD_WORD.match(word):
                break
            head.append(word)
        if len(head) >= 2:
            heads[" ".join(head[:2])] += 1
    return heads.most_common(1)[0][1] if heads else 0


def machine_read(text: str, given: str | None = None) -> str | None:
    """Why ``text`` looks like a book's or a report's machine-read pages rather than a news report, or None.

    A digitised book's standard notice at the top of ``given`` (the text before cleaning, when the
    caller has it: cleaning may drop the notice) or of ``text`` is enough. Otherwise at least ``min_signs`` of
    four shapes of a printed page's text, each rare in news copy, must hold: figure or table captions
    ("Figure 2."), figure file names ("Kappenman.eps"), words hyphenated at a line break and run on
    ("geomag- netically"), and a running head opening many lines ("EXTENDED SUMMARY").
    """
    signs = _signs()["machine_read"]
    head = " ".join(f"{(given or '')[:_NOTICE_HEAD]} {text[:_NOTICE_HEAD]}".lower().split())
    for phrase in signs["notice_phrases"]:
        if phrase in head:
            return f"looks like a book's or a report's machine-read text ('{phrase}'), not a news report"
    caption, files, hyphen = _machine_read_patterns()
    words = len(_WORD.findall(text))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    found = []
    captions = len(caption.findall(text))
    if captions >= signs["min_captions"]:
        found.append(f"{captions} figure or table captions")
    names = len(files.findall(text))
    if names >= signs["min_figure_files"]:
        found.append(f"{names} figure file names")
    breaks = len(hyphen.findall(text))
    dense = breaks * 1000 >= signs["line_break_hyphens_per_1000_words"] * words
    if breaks >= signs["min_line_break_hyphens"] and dense:
        found.append(f"{breaks} words hyphenated at a line break")
    heads = _running_heads(lines)
    if heads >= signs["min_running_heads"] and heads >= signs["running_head_share"] * len(lines):
        found.append(f"a running head opening {heads} of {len(lines)} lines")
    if len(found) < signs["min_signs"]:
        return None
    return f"looks like a book's or a report's machine-read pages ({'; '.join(found)}), not a news report"
