"""A recording's page told by where its player sits and how long its text is (inputs45).

Two faults of the fifty-fourth read, one each way:

* a video's page (BBC: the headline, an embedded player, then four sentences describing the clip in a
  ``emp-decription`` block; ``og:type`` "article") briefed with no note. Its sign: a player element
  (``page_kinds.json`` "recording_page" ``player_tags``: ``<object>``, ``<embed>``, ``<video>``, ``<audio>``) set
  after the page's ``<h1>`` and before its text's first line, and a text of at most ``max_words`` words: what is
  written describes the recording;
* a full written report with a lead video (USA Today: ``og:type`` "video.other", 900 words of reporting) noted
  "may only describe the recording". A recording's ``og:type`` is a sign only on a text of at most ``max_words``
  words (``recording_og``): the site's template types every page with a video so.

And one of the fifty-second read: a video's page whose text is the clip's machine transcript (WDSU: a
``<div class="transcript" data-video-id=…>`` in capitals) briefed with no note. Its sign: the block that holds the
text's first line, or one around it, is named a transcript by its class words (``transcript_classes``).
"""

from __future__ import annotations

from typing import Any

from .markup import class_words

Sign = tuple[str, str, str]
PLAYER_PAGES = True
"""Switch: a short text after a player under the headline is a recording's page (module docstring)."""
TRANSCRIPTS = True
"""Switch: a text set in a block named a transcript is a recording's page (module docstring)."""
LONG_REPORTS = True
"""Switch: a recording's ``og:type`` is no sign on a long written text (module docstring)."""


def _first_line_element(tree: Any, text: str, headline: str) -> Any:
    """The first element whose own text opens the text's first line that is not the headline, else None."""
    first = next((ln for ln in text.splitlines() if ln.split() and ln.split() != headline.split()), "")
    head = " ".join(first.split()[:6])
    if not head:
        return None
    for el in tree.iter("p", "div", "span", "h2", "td", "li"):
        own = " ".join((el.text or "").split())
        if own and own.startswith(head):
            return el
    return None


def player_signs(tree: Any, text: str, spec: dict[str, Any]) -> list[Sign]:
    """The sign of a recording's page by its player's place (module docstring)."""
    words = len(text.split())
    if not PLAYER_PAGES or tree is None or words > int(spec["max_words"]):
        return []
    h1 = next(tree.iter("h1"), None)
    start = _first_line_element(tree, text, "".join(h1.itertext())) if h1 is not None else None
    if h1 is None or start is None:
        return []
    order = {el: i for i, el in enumerate(tree.iter())}
    lo, hi = order.get(h1, -1), order.get(start, -1)
    players = [el for el in tree.iter(*spec["player_tags"]) if lo < order.get(el, -1) < hi]
    if not players:
        return []
    return [("podcast", "player", f"an embedded <{players[0].tag}> player between the headline and a text of "
                                  f"{words} words")]


def transcript_signs(tree: Any, text: str, spec: dict[str, Any]) -> list[Sign]:
    """The sign of a recording's page whose text is set in a transcript's block (module docstring)."""
    if tree is None or not TRANSCRIPTS:
        return []
    h1 = next(tree.iter("h1"), None)
    start = _first_line_element(tree, text, "".join(h1.itertext()) if h1 is not None else "")
    if start is None:
        return []
    names = frozenset(spec["transcript_classes"])
    for el in [start, *start.iterancestors()]:
        if class_words(el) & names:
            return [("podcast", "transcript", f"its text set in a transcript's block (class '{el.get('class')}')")]
    return []


def recording_og(kind: str, text: str, spec: dict[str, Any]) -> bool:
    """Does an ``og:type`` of ``kind`` count on a page of this text (module docstring)?"""
    return not (LONG_REPORTS and kind == "podcast" and len(text.split()) > int(spec["max_words"]))
