"""A credit that closes a record's one-paragraph text ("… by the end of 2017. Source: News agencies"; inputs59).

A JSON record's text keeps the page's closing credit run on after its last sentence, or glued to it with no full
stop between ("… just short of the 65 seat majority Source: News agencies"): a label of
``lexicon/closing_credit_labels.txt`` with its colon, then up to eight words naming agencies or a writer (the first
capitalised, no sentence's end among them) up to the text's end. Left in, the credit is shown at the end of the
report's last sentence in a brief; and a text that ends on it ends in no sentence, so the furniture model's guard for
prose (``linefeatures.prose_rows``) did not hold for a whole report of one paragraph, which was dropped as furniture
(bench/BRIEF_REVIEW.md, "inputs59"). It is cut as a byline (the reason ``clean._credited`` reads a wire from).
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon

__all__ = ["ENABLED", "closing_credit"]

ENABLED = True
"""Switch: cut a closing source or author credit from the end of a record's text (module docstring)."""


@cache
def _pattern() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("closing_credit_labels"), space=r"\s+")
    return re.compile(
        r"(?:^|(?<=\s))(?i:" + labels + r")\s*:\s*[A-Z][\w'’&/-]*(?:,?\s+[\w'’&/-]+){0,7}\s*$"
    )


def closing_credit(text: str) -> tuple[int, int] | None:
    """The span of the credit closing ``text`` (module docstring), or None."""
    if not ENABLED or ":" not in text[-120:]:
        return None
    m = _pattern().search(text, max(0, len(text) - 160))
    return None if m is None else (m.start(), m.end())
