"""A related-stories lead-in kept at the article's end, with the linked headlines after it.

"You may also like...", "Related:", "Read more:" written as an ordinary paragraph of the article's body, the
linked headlines after it written as paragraphs too: the tail trim (``structure._trim_tail``) stops at a headline
the furniture model reads as article ("Who will make the Rock Hall in 2020?"), so the lead-in and that headline
stay. Here a kept line that is a list header (``patterns.LIST_HEADER_RE``, its trailing dots or colon aside), when
every kept line after it to the end is headline-like (``lines.is_list_item``, not a paragraph), goes with them as
a related-stories list. A lead-in followed by a real paragraph is left alone: it leads into the article.

A short heading ending in a colon ("Editors' Recommendations:", ``ORPHAN_WORDS`` words at most, in title case,
no sentence before the colon) that is the last kept line leads into nothing left: the list it headed was removed, so it
goes as that list's heading whatever its words (bench/BRIEF_REVIEW.md, "inputs30").
"""

from __future__ import annotations

from .lines import Line, is_list_item, is_paragraph, nwords, undecorated
from .patterns import LIST_HEADER_RE
from .reasons import Reason

_LEAD_IN_WORDS = 8
ORPHAN_WORDS = 4
_TITLE_WORD = 4
_TRAIL = " .…:"


def _is_lead_in(ln: Line) -> bool:
    if not ln.kept or ln.article or nwords(ln.text) > _LEAD_IN_WORDS:
        return False
    return bool(LIST_HEADER_RE.match(undecorated(ln.text).rstrip(_TRAIL)))


def _is_orphan_heading(ln: Line) -> bool:
    text = ln.text.strip()
    head = undecorated(text).rstrip(" :")
    if not text.endswith(":") or not 0 < nwords(head) <= ORPHAN_WORDS or any(c in head for c in ".?!:;"):
        return False
    return all(w[0].isupper() for w in head.split() if len(w) >= _TITLE_WORD)  # a heading's title case


def remove_tail_lead_in(lines: list[Line]) -> None:
    """The last kept lead-in whose kept lines after it are all linked headlines: it and they are removed; a
    short heading ending in a colon as the last kept line, too (module docstring)."""
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    if kept and not lines[kept[-1]].article and _is_orphan_heading(lines[kept[-1]]):
        lines[kept[-1]].reason = Reason.RELATED
        kept.pop()
    for pos in range(len(kept) - 1, -1, -1):
        i = kept[pos]
        if _is_lead_in(lines[i]):
            after = [lines[j] for j in kept[pos + 1:]]
            if any(ln.article or not is_list_item(ln.text) or is_paragraph(ln.text) for ln in after):
                return
            for ln in (lines[i], *after):
                ln.reason = Reason.RELATED
            return
        if lines[i].article or not is_list_item(lines[i].text) or is_paragraph(lines[i].text):
            return
