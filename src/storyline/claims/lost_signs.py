"""A currency sign lost in a record's encoding: "a ?7bn annual loss", "more than ?50bn", "$38m (?31m)".

A record that was saved in a narrow character set writes every sign outside it as "?"; "$" is plain ASCII and
survives, so a "?" glued to a scaled amount ("bn", "m", "million") stands for another currency's sign (£, €, ¥),
not for a question. The figure is money of an unknown currency (``LOST``); a story whose other reports write
their money in exactly one currency besides the dollar gives it that one (``resolve_lost_signs``), since the
lost sign is the one those reports spell out; otherwise it stays unknown and joins no other currency's row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..text import LOST_SIGN
from .figure import Figure

if TYPE_CHECKING:  # (figure_mention imports the readers that import this module)
    from .figure_mention import FigureMention

LOST = "¤"  # the generic currency sign: money whose sign the record lost


def lost_sign_before(doc: Doc, fig: Figure) -> bool:
    """Is the figure's number written right after a "?" that stands alone before it ("?7bn", "(?31m)"), with a
    scale ("bn", "m", "million")? Not "Why?50 people …" (a word before the "?") nor "? 50" (a space after it)."""
    k = fig.start - 1
    return k >= 0 and is_lost_sign(doc[k])


def is_lost_sign(tok: Token) -> bool:
    """Is this "?" token a lost currency sign (``text.LOST_SIGN``), not a question's end?"""
    return tok.text == "?" and LOST_SIGN.match(tok.doc.text, tok.idx) is not None


def resolve_lost_signs(mentions: Sequence[FigureMention]) -> None:
    """Give a lost sign the one currency besides the dollar the story's other reports write their money in."""
    lost = [m for m in mentions if m.unit_code == LOST]
    if not lost:
        return
    for m in lost:
        codes = {o.unit_code for o in mentions if o.doc != m.doc and o.dimension == "money"
                 and o.unit_code not in (None, LOST, "USD")}
        if len(codes) == 1:
            code = codes.pop()
            m.unit = code if m.unit == LOST else m.unit
            m.unit_code = code
