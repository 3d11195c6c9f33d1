"""A currency sign lost in a record's encoding: "a ?7bn annual loss", "more than ?50bn", "$38m (?31m)".

A record that was saved in a narrow character set writes every sign outside it as "?"; "$" is plain ASCII and
survives, so a "?" glued to a scaled amount ("bn", "m", "million") stands for another currency's sign (£, €, ¥),
not for a question. The figure is money of an unknown currency (``LOST``); a story whose other reports write
their money in exactly one currency besides the dollar gives it that one (lost_sign_currency.py), since the
lost sign is the one those reports spell out; otherwise it stays unknown and joins no other currency's row."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..text import LOST_SIGN
from .figure import Figure

LOST = "¤"  # the generic currency sign: money whose sign the record lost


def lost_sign_before(doc: Doc, fig: Figure) -> bool:
    """Is the figure's number written right after a "?" that stands alone before it ("?7bn", "(?31m)"), with a
    scale ("bn", "m", "million")? Not "Why?50 people …" (a word before the "?") nor "? 50" (a space after it)."""
    k = fig.start - 1
    return k >= 0 and is_lost_sign(doc[k])


def is_lost_sign(tok: Token) -> bool:
    """Is this "?" token a lost currency sign (``text.LOST_SIGN``), not a question's end?"""
    return tok.text == "?" and LOST_SIGN.match(tok.doc.text, tok.idx) is not None
