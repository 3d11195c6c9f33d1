"""A write-up of another outlet's report: the outlet its account is credited to, noted on the page (inputs50).

An aggregator may tell a story wholly from another outlet's report: The Week's "… in time, BBC News reports.",
"co-author Andrew Weiner tells BBC News", and "[BBC News]" closing the paragraph of the professor's words it copied.
Briefed as it stands, it is one more independent source for what it only retells. When that outlet's report is in the
input, ``retold`` groups the two; when it is not, the brief can still say what the page is: ``written_from`` names
each outlet the text credits in a citation of its own, a bracketed name closing a paragraph after a quotation or a
sentence ("… it splits apart." [Nature]), that it also credits in its text by a credit cue or reporting verb of
``retold`` ("according to …", "… reports", "tells …"); ``writeup_note`` says the page is a write-up of those outlets'
reports. The page's own outlet is never one. A bracketed name the text credits nowhere else (a transcript's
"[Applause]", however often), or a report citing another outlet in a sentence ("… told the BBC."), is none: original
reports do that.

A post may instead name its source on a line of its own, at its end or set apart (removed as furniture): "Source: Hill
Gazette", "(via Hill Gazette)" (labels of ``lexicon/writeup_source_labels.txt``; the name one to four capitalised
words, the whole line). Such a line names the outlet too; a photo's credit or caption line ("Source: Getty Images"
under a picture) is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import lexicon
from ..ingest.titles import site_key
from ..model import Removed
from ..retold import credits
from .reasons import Reason

WRITEUPS = True
"""Switch: a page that credits its account to another outlet by bracketed citations is noted a write-up."""
_BRACKET = re.compile(r"[\"”’.!?]\s*\[(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\]\s*$", re.M)

_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)"
_PICTURE_REASONS = frozenset({Reason.PHOTO, Reason.CAPTION})


@cache
def _source_line() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("writeup_source_labels"), space=r"\s+")
    return re.compile(rf"^\(?(?i:{labels})\s*:?\s+{_NAME}\.?\)?\.?$")


def _source_lines(text: str, removed: Sequence[Removed]) -> list[str]:
    """The names of "Source: X" / "(via X)" lines: the text's last line, and removed lines but a picture's."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][-1:]
    lines += [r.text.strip() for r in removed if r.reason not in _PICTURE_REASONS]
    return [m.group("name") for ln in lines if (m := _source_line().match(ln))]


def written_from(text: str, outlet: str | None, removed: Sequence[Removed] = ()) -> list[str]:
    """The outlets ``text`` cites as its account's source (module docstring), in the order it first cites them."""
    if not WRITEUPS:
        return []
    found = [m.group("name") for m in _BRACKET.finditer(text)]
    own = site_key(outlet or "")
    plain = _BRACKET.sub(".", text)
    named = [n for n in dict.fromkeys(found) if credits(plain, n)] + _source_lines(text, removed)
    return [n for n in dict.fromkeys(named) if not own or site_key(n) not in (own, own.removeprefix("the"))]


def writeup_note(text: str, outlet: str | None, removed: Sequence[Removed] = ()) -> str | None:
    """The note on a write-up of other outlets' reports, or None."""
    names = written_from(text, outlet, removed)
    if not names:
        return None
    return (f"a write-up of {' and '.join(names)}'s reporting (the page credits its account to it): not an "
            "independent source for what it retells")
