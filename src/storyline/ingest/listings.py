"""Two kinds of page made of other things' lines, told by their lines' shapes (``pagekind``; inputs22).

* A roundup of other outlets' excerpts: each excerpt credited on a line of its own, "[Outlet]", after or before
  it (a review roundup quoting several outlets' reviewers in their first person). A bracketed label the text also
  cites inside a sentence ("as defined in [HTTP].") is a reference's tag, not a credit (read42: an Internet-Draft's
  reference list, "[WORDS]", "[IRI]", read as outlets' credits).
* An events listing: most lines give a date ("Oct. 5–7", "November 12") and a web address or a telephone number
  (a calendar of shows, fairs and talks): the dates are the events', no event is reported.

The thresholds and the bracketed labels that are no outlet's credit ("[Advertisement]", "[Video]") are data
(``data/page_kinds.json``, "roundup" and "events").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..dates import MONTHS

_CREDIT_LINE = re.compile(r"^\s*\[([^\[\]]{2,60})\]\s*$")
_CITED = re.compile(r"\[([^\[\]]{2,60})\]")
_MONTH_DAY = re.compile(
    r"\b(?:" + lexicon.alternation(MONTHS) + r")\.?\s+\d{1,2}\b", re.I
)
_ADDRESS = re.compile(r"\bwww\.[\w-]+\.\w|\bhttps?://\S|\b[\w-]+\.(?:com|org|net|gov|edu|info|events?)\b", re.I)
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")


def credited_names(text: str, spec: dict[str, Any]) -> list[str]:
    """The names of the lines that are nothing but a bracketed credit ("[Engadget]"), labels aside."""
    skip = set(spec["not_credits"])
    lines = text.split("\n")
    cited = {" ".join(m.group(1).split()) for line in lines if not _CREDIT_LINE.match(line)
             for m in _CITED.finditer(line)}
    names = []
    for line in lines:
        m = _CREDIT_LINE.match(line)
        if not m:
            continue
        name = " ".join(m.group(1).split())
        if name[:1].isupper() and len(name.split()) <= spec["max_name_words"] and name.lower() not in skip \
                and name not in cited:  # a reference's tag the text cites in its sentences
            names.append(name)
    return names


def is_roundup(text: str, spec: dict[str, Any]) -> tuple[int, list[str]] | None:
    """(credit lines, distinct names) when ``text`` reads as other outlets' excerpts, each credited; else None."""
    names = credited_names(text, spec)
    distinct = list(dict.fromkeys(names))
    if len(names) >= spec["min_credit_lines"] and len(distinct) >= spec["min_names"]:
        return len(names), distinct
    return None


def listing_lines(text: str, spec: dict[str, Any]) -> tuple[int, int] | None:
    """(lines giving a date and an address or phone, prose lines) when most of ``text``'s lines do; else None."""
    lines = [line for line in text.split("\n") if len(line.split()) >= 4]
    listed = sum(1 for line in lines if _MONTH_DAY.search(line) and (_ADDRESS.search(line) or _PHONE.search(line)))
    if listed >= spec["min_lines"] and listed >= spec["line_share"] * len(lines):
        return listed, len(lines)
    return None
