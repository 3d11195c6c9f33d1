"""A format's name written as a number glued to a letter (claims39, the twenty-ninth read): "When streaming at 4K"
names a resolution, "in 3D" a dimension count, "a 5G network" a network generation; none counts a unit "K", "D" or
"G" (lexicon ``format_names``). "10K followers" (ten thousand) and a race's "5K" are no format names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .vocab import word_set

FORMAT_NAMES = word_set("format_names")


def format_name(doc: Doc, i: int, j: int) -> bool:
    """The figure of tokens ``i``..``j`` is the number of a format's name: "4K", split by the tokenizer or not."""
    last = doc[j - 1]
    if last.lower_ in FORMAT_NAMES:
        return True
    return j < len(doc) and not last.whitespace_ and (last.lower_ + doc[j].lower_) in FORMAT_NAMES and \
        (j + 1 >= len(doc) or doc[j + 1].tag_ != "NNS")  # ("4K TVs" stays a count; the format's plural noun aside)
