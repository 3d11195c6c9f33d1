"""Photo credits and scraper labels cut out of a line, keeping the rest of it.

"(Photo: Jane Doe/The Herald)" anywhere in a line; after the last sentence,
"REUTERS/Eric Thayer", "Jane Doe/Getty Images", "Photograph: Tim Walsh/PA" and
NPR's "toggle caption ..."; "Story highlights " or "Advertisement " glued to the
front of a paragraph; the page's own credit opening its lede ("PanNews.Net - …", ``cut_site_credit``); a pointer
to another page set in parentheses after a sentence ("… cause. (See pictures of the spill.)", ``cut_pointers``;
``lexicon/teaser_verbs.txt``, inputs35). Each cut is recorded in ``Line.parts``.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..ingest.titles import site_keys
from ..ingest.wiresource import credit_data
from ..model import Removed
from .lines import HAS_ALNUM_RE, Line, is_paragraph
from .patterns import CREDIT_HINTS, INLINE_CREDIT_RE, LEADING_LABEL_RE, TRAILING_CREDIT_RE
from .reasons import Reason

_KEY = re.compile(r"[\W_]+")
INLINE_POINTERS = True
"""Switch: cut a parenthesised pointer after a sentence ("(See pictures of the spill.)", ``cut_pointers``)."""


@cache
def _pointer() -> re.Pattern[str]:
    verbs = lexicon.alternation((w[0].upper() + w[1:] for w in lexicon.words("teaser_verbs")), space=r"\s+")
    return re.compile(rf"(?<=[.!?\"”’)])\s+\((?:{verbs})\b[^()]{{2,160}}?[.!?][\"”’]?\)(?=\s|$)")


def cut_pointers(line: Line) -> None:
    """Cut a parenthesised sentence opening with a pointer's verb, capitalised, after a sentence: a link to
    another page of the site ("(See pictures of the spill.)", "(Watch TIME's video "…")").
    A lower-case "(see below)" inside a sentence is the writer's and stays."""
    if not INLINE_POINTERS or "(" not in line.text:
        return
    while (m := _pointer().search(line.text)) is not None:
        _cut(line, m.start(), m.end(), Reason.TEASER)


def _cut(line: Line, start: int, end: int, reason: Reason) -> None:
    """Remove ``line.text[start:end]``, record it, and close the gap ("trails (Photo: X)." -> "trails.")."""
    line.parts.append(Removed(line.text[start:end].strip(), reason))
    left, right = line.text[:start].rstrip(), line.text[end:].lstrip()
    glue = "" if not left or not right or (right[0] in ".,;:!?)]”’\"'" and not _opens_quote(left, right)) else " "
    line.text = left + glue + right


def _opens_quote(left: str, right: str) -> bool:
    """Does ``right`` open a quotation after a finished sentence ('… in 2017.' + '"His status …'), so the two keep
    their space, where a closing mark joins the word before it ('"… yes' + '" today')?"""
    return right[0] in "\"'“‘" and len(right) > 1 and right[1].isalnum() and left[-1] in ".!?:"


def strip_inline_credits(line: Line) -> None:
    """Cut photo credits out of a caption or paragraph, keeping the rest.

    "(Photo: Jane Doe/The Herald)" anywhere; after the last sentence,
    "REUTERS/Eric Thayer", "Jane Doe/Getty Images", "Photograph: Tim
    Walsh/PA" and NPR's "toggle caption Jim Weber/ZUMA".
    """
    cut_pointers(line)
    if "(" in line.text or "[" in line.text:
        while (m := INLINE_CREDIT_RE.search(line.text)) is not None:
            _cut(line, m.start(), m.end(), Reason.PHOTO)
    offset = max(0, len(line.text) - 160)  # end-of-line credits are short: look at the tail only
    tail = line.text[offset:]
    if "/" in tail or any(hint in tail for hint in CREDIT_HINTS):
        m = TRAILING_CREDIT_RE.search(line.text, offset)
        if m is not None and m.start() > 0:
            _cut(line, m.start(), len(line.text), Reason.PHOTO)
    m = LEADING_LABEL_RE.match(line.text)
    if m is not None and len(line.text) > m.end() + 20:
        _cut(line, 0, m.end(), Reason.AD if "dvert" in m.group() else Reason.NAV)
    if line.parts and not HAS_ALNUM_RE.search(line.text):  # nothing but the credit (and punctuation)
        if line.text:
            line.parts.append(Removed(line.text, Reason.PHOTO))
            line.text = ""
        line.reason = Reason.PHOTO


def site_credit_end(text: str, outlet: str | None, url: str | None) -> int:
    """Where the page's own credit opening ``text`` ends ("PanNews.Net - Officials said …", "(PanNews) - …"),
    0 when ``text`` opens with no credit or the name is not the page's stated site name or domain."""
    data = credit_data()
    best = None
    for sep in data["separators"]:
        at = text.find(sep, 0, data["max_chars"] + 4)
        if at > 0 and (best is None or at < best[0]):
            best = (at, sep)
    if best is None:
        return 0
    name = text[: best[0]].strip()
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1].strip()
    rest = text[best[0] + len(best[1]):]
    if (not name or len(name.split()) > data["max_words"] or not rest[:1].isupper() and rest[:1] not in "\"“‘'"
            or len(rest.split()) < data["min_words_after"]):
        return 0
    key = _KEY.sub("", name.lower())
    keys = site_keys(outlet, url)
    return best[0] + len(best[1]) if key in keys or key.removeprefix("the") in keys else 0


def cut_site_credit(lines: list[Line], outlet: str | None, url: str | None) -> None:
    """Cut the page's own credit from the opening of its first paragraph (recorded as a masthead): the claims
    stage would read "PanNews.Net - Officials said …" as a dateline's place."""
    if not outlet and not url:
        return
    for ln in lines:
        if ln.kept and is_paragraph(ln.text):
            end = site_credit_end(ln.text, outlet, url)
            if end:
                _cut(ln, 0, end, Reason.MASTHEAD)
            return
