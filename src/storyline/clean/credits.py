"""Photo credits and scraper labels cut out of a line, keeping the rest of it.

"(Photo: Jane Doe/The Herald)" anywhere in a line; after the last sentence,
"REUTERS/Eric Thayer", "Jane Doe/Getty Images", "Photograph: Tim Walsh/PA" and
NPR's "toggle caption ..."; "Story highlights " or "Advertisement " glued to the
front of a paragraph. Each cut is recorded in ``Line.parts``.
"""

from __future__ import annotations

from ..model import Removed
from .lines import HAS_ALNUM_RE, Line
from .patterns import CREDIT_HINTS, INLINE_CREDIT_RE, LEADING_LABEL_RE, TRAILING_CREDIT_RE
from .reasons import Reason


def _cut(line: Line, start: int, end: int, reason: Reason) -> None:
    """Remove ``line.text[start:end]``, record it, and close the gap ("trails (Photo: X)." -> "trails.")."""
    line.parts.append(Removed(line.text[start:end].strip(), reason))
    left, right = line.text[:start].rstrip(), line.text[end:].lstrip()
    glue = "" if not left or not right or right[0] in ".,;:!?)]”’\"'" else " "
    line.text = left + glue + right


def strip_inline_credits(line: Line) -> None:
    """Cut photo credits out of a caption or paragraph, keeping the rest.

    "(Photo: Jane Doe/The Herald)" anywhere; after the last sentence,
    "REUTERS/Eric Thayer", "Jane Doe/Getty Images", "Photograph: Tim
    Walsh/PA" and NPR's "toggle caption Jim Weber/ZUMA".
    """
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

