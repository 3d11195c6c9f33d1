"""A format's name written as a number glued to a letter (claims39, the twenty-ninth read): "When streaming at 4K"
names a resolution, "in 3D" a dimension count, "a 5G network" a network generation; none counts a unit "K", "D" or
"G" (lexicon ``format_names``). "10K followers" (ten thousand) and a race's "5K" are no format names.

Before a plural noun only a letter that also abbreviates a scale ("K", a thousand: "4K TVs") may count; a generation's
or dimension's letter does not (claims41, the thirty-first read: "3G, and 4G networks" is no "4 g").

A contest's format "best-of-five" ("never lost a best-of-five series", "a best-of-seven final") names how many games
may be played, not a count of series (claims42, the thirty-second read; lexicon ``series_format_words``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import SCALE_ABBREVIATIONS
from .vocab import word_set

FORMAT_NAMES = word_set("format_names")
_SERIES_FORMAT_WORDS = word_set("series_format_words")


def format_name(doc: Doc, i: int, j: int) -> bool:
    """The figure of tokens ``i``..``j`` is the number of a format's name: "4K", split by the tokenizer or not."""
    last = doc[j - 1]
    if last.lower_ in FORMAT_NAMES or _series_format(doc, i):
        return True
    letter = doc[j].lower_ if j < len(doc) else ""
    return j < len(doc) and not last.whitespace_ and (last.lower_ + letter) in FORMAT_NAMES and \
        (j + 1 >= len(doc) or doc[j + 1].tag_ != "NNS" or letter not in SCALE_ABBREVIATIONS)
    # ("4K TVs" stays a count, "K" a thousand; "4G networks" names a generation)


def _series_format(doc: Doc, i: int) -> bool:
    """Is the number at token ``i`` the N of "best-of-N", written as one hyphened word (module docstring)? ("the
    best of 300 entries" counts entries.)"""
    if i < 4:
        return False
    best, dash, of, dash2 = doc[i - 4 : i]
    return best.lower_ in _SERIES_FORMAT_WORDS and of.lower_ == "of" and {dash.text, dash2.text} <= {"-", "–"} and \
        not any(t.whitespace_ for t in (best, dash, of, dash2))
