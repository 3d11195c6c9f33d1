"""A body printed in numbered parts around an aside, only a later part extracted: the earlier parts put back.

Some sites print the article's text as parts whose ids count ("…_Para1", a related-stories box, "…_Para2"), the
first part the lede and the cut falling mid-sentence ("… what led to the" | box | "firing during protests …").
The extractor may keep only the longer second part: the text then opens mid-sentence and the lede is lost
(inputs46: Hindustan Times). ``with_earlier_parts`` finds the element whose text opens the extracted text, its id
ending in a number N of 2 or more; the element of the same tag whose id is the same with N-1 (and N-2 …), earlier
in the page and not in the text, is an earlier part: its lines (split at line breaks) go before the text. When the
earlier part ends with no sentence's end and the text opens in small letters, the cut sentence is joined with
one space. An earlier part of more than ``MAX_WORDS`` words, or fewer than ``MIN_WORDS``, is not taken.
"""

from __future__ import annotations

import copy
import re
from typing import Any

NUMBERED_PARTS = True
"""Switch: put back the earlier numbered parts of a body the extractor read only from a later part."""
MIN_WORDS = 8
MAX_WORDS = 300
MAX_HEAD_LINES = 12
_PROBE = 60  # characters of the text's first line looked for at the start of an element's text
_NUMBERED = re.compile(r"^(?P<stem>.*?\D)(?P<n>\d+)$")
_ENDS = (".", "!", "?", "”", '"', "’", "'", ")", ":")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _lines(el: Any) -> list[str]:
    """``el``'s text, one line a part between line breaks (``<br>``) or paragraphs."""
    el = copy.deepcopy(el)
    for br in el.iter("br", "p", "div"):
        br.tail = "\n" + (br.tail or "")
        if br.tag != "br":
            br.text = "\n" + (br.text or "")
    return [t for part in el.xpath("string()").split("\n") if (t := _norm(part))]


def _opening(tree: Any, first: str) -> Any:
    """The deepest element with a numbered id whose text opens with ``first`` (its first ``_PROBE`` characters)."""
    probe = first[:_PROBE]
    found = None
    for el in tree.iter():
        ident = el.get("id") if isinstance(el.tag, str) else None
        m = _NUMBERED.match(ident or "")
        if m and int(m.group("n")) >= 2 and _norm(el.xpath("string()")).startswith(probe):
            found = el
    return found


def _opened(tree: Any, lines: list[str]) -> tuple[int, Any]:
    """The first of the text's first ``MAX_HEAD_LINES`` lines of ``MIN_WORDS`` words or more that an element with
    a numbered id opens with, and that element; (-1, None) when none (a table row or a date may come first)."""
    for i, line in enumerate(lines[:MAX_HEAD_LINES]):
        if len(line.split()) >= MIN_WORDS and (el := _opening(tree, _norm(line))) is not None:
            return i, el
    return -1, None


def with_earlier_parts(tree: Any, text: str) -> str:
    """``text`` with the earlier numbered parts of its body before it (module docstring); unchanged when none."""
    lines = text.split("\n")
    head, el = _opened(tree, lines) if NUMBERED_PARTS and tree is not None else (-1, None)
    if el is None:
        return text
    m = _NUMBERED.match(el.get("id") or "")
    assert m is not None
    order = {node: i for i, node in enumerate(tree.iter())}
    known = _norm(text)
    added: list[str] = []
    for n in range(int(m.group("n")) - 1, 0, -1):
        found = tree.xpath("//*[@id=$i]", i=f"{m.group('stem')}{n}")
        part = found[0] if len(found) == 1 and found[0].tag == el.tag and order[found[0]] < order[el] else None
        if part is None:
            break
        part_lines = _lines(part)
        words = sum(len(ln.split()) for ln in part_lines)
        if not part_lines or not MIN_WORDS <= words <= MAX_WORDS or part_lines[0][:_PROBE] in known:
            break
        added = part_lines + added
    if not added:
        return text
    if not added[-1].endswith(_ENDS) and lines[head].lstrip()[:1].islower():
        lines[head] = f"{added.pop()} {lines[head].lstrip()}"
    return "\n".join([*lines[:head], *added, *lines[head:]])
