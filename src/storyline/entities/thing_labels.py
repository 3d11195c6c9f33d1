"""A kind of recording or device written as an acronym ("CCTV footage", "a CCTV camera", "80,000 CCTV tapes"): an
acronym in capitals the story writes at least ``LABEL_USES`` times, in two reports or more, and only ever right
before a recording's or a device's noun (lexicon/record_nouns.txt, product_nouns.txt) names no body and is not
listed. A broadcaster the story also has report, say or be told ("CNN reported", "told CNN") is written otherwise
at least once, and stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import THING_LABEL

_NOUNS = lexicon.words("record_nouns") | lexicon.words("product_nouns")
LABEL_USES = 3
"""Uses, all before such a noun, that make an acronym a label of things rather than a body's short name."""


def thing_label(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the acronym only ever written before a recording's or a device's noun (module docstring)?"""
    if " " in name or not name.isupper() or not 2 <= len(name) <= 6:
        return False
    key = THING_LABEL + name
    if key not in cache:
        uses = [re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])(?:[ \t]+([a-z]+))?", t) for t in texts]
        every = [w for doc in uses for w in doc]
        cache[key] = int(len(every) >= LABEL_USES and sum(1 for doc in uses if doc) >= 2
                         and all(w in _NOUNS for w in every))
    return bool(cache[key])
