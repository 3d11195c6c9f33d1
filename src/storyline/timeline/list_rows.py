"""A schedule's rows run together into one line: a list, not a sentence.

A page's list of dates ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", one row a line) can reach
the text with several rows on one line, when the extractor joins the list's items. One row alone has no
finite verb and is left out of the timeline as a list item (``shape.fragment``); rows run together make a
line too long for that test, and a word of a venue's name ("Jiffy Lube Live") may read as a verb. Two or more
rows that each open on a day and a month and a dash before a capital word ("June 9 – West …", "Aug. 8 --
Tinley …") are a list's rows, whatever their length.
"""

from __future__ import annotations

import re

from ..dates import month_names

_MONTH = "|".join(n.capitalize() for n in month_names(abbreviations=False) + month_names(abbreviations=True))
_ROW_START = re.compile(
    rf"(?:^|(?<=\s))(?:{_MONTH})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:[–—]|-{{1,2}})\s+[A-Z]")
MIN_ROWS = 2


def joined_rows(text: str) -> bool:
    """Does ``text`` hold two or more list rows that each open on a date and a dash ("June 9 – Tampa, FL @ …
    June 10 – …")?"""
    return len(_ROW_START.findall(text)) >= MIN_ROWS
