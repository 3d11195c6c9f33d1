"""A page's own time stamp read as a line of the story (time41).

News pages print when a page was put up or changed: "April 21, 2013 -- Updated 1511 GMT (2311 HKT)" over each
teaser of a list, "By … July 18, 2013 -- Updated 1948 GMT (0348 HKT) | Filed under: …" in a byline row, "First
Published: 14:45 IST". A label of such a stamp (``lexicon/update_labels.txt``, ``first_published_labels.txt``)
straight before a clock time, a colon at most between, is the page's, not a sentence of the story: no report
writes "updated 1511 GMT" of an event ("the site was updated at 3 p.m." has its "at"). The line dates nothing.
"""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["page_stamp"]

_LABELS = lexicon.words("update_labels") | lexicon.words("first_published_labels")
# a label, a colon at most, then a clock time: "Updated 1511 GMT" (four digits only with a zone's capitals after
# them: "first published 1936" is a year), "Last Updated: 00:15 IST"
_STAMP = re.compile(r"\b(?:" + lexicon.alternation(_LABELS, space=r"\s+") + r")\s*:?\s*"
                    r"(?:\d{4}\s+(?-i:[A-Z]{2,5})\b|\d{1,2}:\d{2}\b)", re.I)


_AFTER = 40  # characters of the line read past the sentence's end


def page_stamp(text: str, start: int, end: int) -> bool:
    """Does the sentence ``start:end`` of ``text`` (a paragraph), read on to ``_AFTER`` characters further within
    its line, hold a page's time stamp: a stamp's label right before a clock time ("-- Updated 1948 GMT")? The
    splitter may cut a stamp after its date ("April 21, 2013 --" | "Updated 1511 GMT (2311 HKT)")."""
    line_end = text.find("\n", end)
    stop = min(end + _AFTER, len(text) if line_end < 0 else line_end)
    return _STAMP.search(text, start, max(stop, end)) is not None
