"""An archive's note of an old story's year after its headline: "The Wedding? I'm Here for … (Published 2009)".

A newspaper's archive sets the year an old story ran after its headline in the page's ``<title>`` and ``og:title``,
in parentheses (``lexicon/archive_title_marks.txt``: "Published", "Originally published"). The note is the archive's,
not the headline's: the brief's title is the headline without it (the forty-ninth read's NYT page, whose ``<h1>``
holds the headline alone). Only a closing parenthesis holding one of the marks and a four-digit year and nothing
else is cut; "(Published by Penguin)" or a headline's own "(2009)" stay.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..dates import YEAR_PATTERN

ARCHIVE_YEARS = True
"""Switch: a title's closing "(Published 2009)" is cut (module docstring)."""

_YEAR_NOTE = re.compile(
    rf"\s*\((?:{lexicon.alternation(lexicon.words('archive_title_marks'))})\s+{YEAR_PATTERN}\)\s*$", re.I)


def without_archive_year(title: str | None) -> str | None:
    """``title`` without an archive's closing "(Published 2009)" (module docstring)."""
    if not title or not ARCHIVE_YEARS:
        return title
    cut = _YEAR_NOTE.sub("", title)
    return cut if cut.strip() else title
