"""Is a report an opinion piece (an editorial, a column, a letter) rather than news?

An editorial says what should be done; a news brief leads with what happened. So a sentence
of an opinion piece may be in the summary (it ranks as any other) but never leads it
(``account.arrange``): the piece is demoted, not dropped.

A report is opinion when

- its title, or its first line when that line only introduces the text (short, or ending with a
  colon: "The New York Times said in an editorial for Wednesday, Oct. 7:"), carries an opinion
  label (``lexicon/opinion_labels.txt``: "editorial", "op-ed", "column" …); or
- it has no wire dateline and its own voice, outside quotations, is an editorial board's: the
  first person plural and prescriptive modals (``lexicon/opinion_words.tsv``), each at least
  ``MIN_VOICE`` times and at least ``VOICE_PER_1000`` per thousand words.

General newsroom conventions; no benchmark text was read to choose the words.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..model import Analysis
from ..newswriting import dateline_end

__all__ = ["opinion_piece", "opinion_text"]

INTRO_WORDS = 14  # a first line this short (or ending with a colon) introduces the text
MIN_VOICE = 3  # occurrences of each kind (first person plural, prescriptive modal) at least …
VOICE_PER_1000 = 3.0  # … and this many per thousand words

_QUOTED = re.compile(r"“[^“”]*”|``.*?''|\"[^\"\n]*\"", re.S)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@cache
def _label() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("opinion_labels"))
    return re.compile(r"(?<![\w-])(?:" + labels + r")(?![\w-])", re.I)


@cache
def _voice() -> dict[str, str]:
    return lexicon.table("opinion_words")


def _labelled(title: str, first_line: str) -> bool:
    line = first_line.strip()
    intro = line.endswith(":") or len(line.split()) <= INTRO_WORDS
    return bool(_label().search(title) or (intro and _label().search(line)))


def opinion_text(text: str, title: str = "") -> bool:
    """Does a report (its cleaned ``text`` and ``title``) read as an opinion piece? (See the module.)"""
    first_line = text.lstrip().split("\n", 1)[0]
    if _labelled(title, first_line):
        return True
    if dateline_end(first_line):
        return False
    own = [w.lower().replace("’", "'") for w in _WORD.findall(_QUOTED.sub(" ", text))]
    if not own:
        return False
    kinds = _voice()
    counts = {"plural": 0, "modal": 0}
    for w in own:
        kind = kinds.get(w)
        if kind in counts:
            counts[kind] += 1
    per_1000 = {k: 1000.0 * n / len(own) for k, n in counts.items()}
    return all(counts[k] >= MIN_VOICE and per_1000[k] >= VOICE_PER_1000 for k in counts)


def opinion_piece(a: Analysis) -> bool:
    """Is the analysed report an opinion piece?"""
    return opinion_text(a.doc.text, a.doc.title)
