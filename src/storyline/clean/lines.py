"""Lines of a scraped text and what they look like: the unit every cleaning rule judges.

A ``Line`` is one non-empty, space-normalised line of the input with the
reason it was removed (None while kept) and the parts cut out of it. The
shape helpers here (word count, sentence end, paragraph or headline) are
asked by every rule, so they are cheap and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Removed
from .config import DEFAULT_CONFIG
from .reasons import Reason

_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Leading bullets, arrows and brackets, and trailing ones, do not change what a line is.
_DECORATION_LEAD = " [(»›>→•·*#|~+-–—"
_DECORATION_TRAIL = " ])»›>→•·*|:-–—"
_CLOSERS = "\"”’'»)]"
HAS_ALNUM_RE = re.compile(r"[^\W_]")
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# "... prison in L.A." may be a headline; "... along with Microsoft Corp." is a sentence.
ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$")


@dataclass(slots=True)
class Line:
    """One line of the input; ``reason`` is why it was removed (None: kept)."""

    text: str
    reason: Reason | None = None
    parts: list[Removed] = field(default_factory=list)  # parts cut out of a kept line
    score: float | None = None  # furniture probability from the model
    by_model: bool = False  # removed on the model's verdict alone (title and masthead passes may take it back)
    article: bool = False  # certain article (``furniture.certain_article``): no furniture pass removes it

    @property
    def kept(self) -> bool:
        return self.reason is None


def norm_space(line: str) -> str:
    """Strip, and collapse runs of spaces, tabs, no-break and other Unicode spaces to one space."""
    return " ".join(line.split())


@lru_cache(maxsize=8192)
def nwords(s: str) -> int:
    """Word count; cached because every rule asks it of the same lines (str hashes are cached too)."""
    return len(s.split())


def ends_sentence(s: str) -> bool:
    """Ends like a sentence: '.', '!', '?' or '…', maybe inside closing quotes or brackets, or a closing quote."""
    if not s:
        return False
    if s[-1] in '"”’»':
        return True
    return s.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def undecorated(s: str) -> str:
    """The line without decoration ("» Read more »" -> "Read more")."""
    return s.lstrip(_DECORATION_LEAD).rstrip(_DECORATION_TRAIL)


def line_key(s: str) -> str:
    """Comparison key: case-, quote- and punctuation-insensitive."""
    return " ".join(_WORD_RE.findall(s.casefold()))


def is_paragraph(s: str) -> bool:
    """A line that reads like article prose rather than a label or headline.

    A question or exclamation of up to 15 words, or a line ending in an
    abbreviation ("... prison in L.A."), may still be a headline.
    """
    n = nwords(s)
    if n > DEFAULT_CONFIG.max_headline_words:
        return True
    if n < 8 or not ends_sentence(s) or s.endswith(("...", "…")):
        return False
    core = s.rstrip(_CLOSERS)
    if core.endswith(("?", "!")):
        return n > 15
    return not ABBREV_END_RE.search(core)


def is_list_item(s: str) -> bool:
    """A line that looks like a linked headline in a related-stories box."""
    n = nwords(s)
    if n == 0 or n > DEFAULT_CONFIG.max_list_item_words:
        return False
    return not s.endswith((".", ";", ",")) or s.endswith(("...", "…"))


def split_lines(text: str) -> list[Line]:
    """Non-empty, space-normalised lines; a line broken mid-sentence is rejoined.

    A hard-wrapped paragraph ("...said on\\nWednesday that...") would otherwise
    look like a headline followed by a fragment. Only a line that does not end
    a sentence, followed (no blank line between) by one starting lowercase,
    is joined; headline lists and paragraphs are never merged.
    """
    out: list[Line] = []
    prev_blank = True
    for raw_line in text.replace("\ufeff", "").splitlines():
        line = norm_space(raw_line)
        if not line or (len(line) < 8 and not _ZERO_WIDTH_RE.sub("", line)):
            prev_blank = True
            continue
        if (
            out
            and not prev_blank
            and line[0].islower()
            and len(out[-1].text) >= 30
            and not ends_sentence(out[-1].text)
            and not out[-1].text.endswith((":", ";"))
        ):
            out[-1].text = out[-1].text + " " + line
        else:
            out.append(Line(line))
        prev_blank = False
    return out


def kept_indices(lines: list[Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.kept]


def first_paragraph(lines: list[Line]) -> int:
    """Index of the first kept line that reads like prose (``len(lines)`` when none does)."""
    for i, ln in enumerate(lines):
        if ln.kept and is_paragraph(ln.text):
            return i
    return len(lines)


def last_paragraph(lines: list[Line]) -> int:
    """Index of the last kept line that reads like prose (-1 when none does)."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].kept and is_paragraph(lines[i].text):
            return i
    return -1
