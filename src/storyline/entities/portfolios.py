"""A portfolio's words written only as part of an office's title: "Energy Secretary Rick Perry", "former National
Security Adviser Jo Kerr" (the name right before a government title, capitalised or not ("the Tariffs minister Jo
Kerr"), and a capitalised name after it: lexicon/portfolio_titles.txt), "Minister for Higher Education and Science,
Jo Kerr" (the tail of a title's "for" or "of" run), or inside a body's longer name ("the Department of Energy and
Mines"). A name the story writes nowhere else (but inside a longer name: "the National Security Council") names an
office's field, not a body, and is not listed; a name the story also writes on its own ("Energy said", "at Acme")
stays, and so does a business before its officer ("Acme CEO Jo Kerr": no government title)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import org_by_form
from .cache_tags import PORTFOLIO
from .uses import only_written_so

__all__ = ["portfolio_words"]

_TITLES = lexicon.alternation(w.capitalize() for w in lexicon.words("portfolio_titles"))
_TITLE_AFTER = re.compile(r"[ \t]+(?:" + _TITLES + r")[ \t]+[A-Z]")
_LOWER_TITLE_AFTER = re.compile(  # "Tariffs minister Jo Kerr": the title in lower case, its holder's name after it
    r"[ \t]+(?:" + lexicon.alternation(lexicon.words("portfolio_titles")) + r")[ \t]+[A-Z][a-z]")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")  # "National Security| Council": a longer name's words, no evidence
_TITLE_BEFORE = re.compile(r"\b(?:" + _TITLES + r")[ \t]+(?:for|of)[ \t]+(?:(?:[A-Z][\w-]*|and|&)[ \t]+)*$")
_INSIDE_BODY = re.compile(r"[A-Z][\w-]*[ \t]+(?:of|for)[ \t]+$")  # "Department of |Roads and Bridges"
_AND_NAME_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")
# the title's holder after it: ", Jo Kerr", " Jo Kerr", past the rest of the portfolio's run ("Minister for Trade on
# Velby's Place in Europe, Jo Kerr": ents57)
_HOLDER_AFTER = re.compile(r"(?:[ \t]+(?:on|of|for|and|in|&)(?:[ \t]+[A-Z][\w'’-]*)+)*,?[ \t]+[A-Z]")


def portfolio_words(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is every use of the name a portfolio's words before an office's title and its holder (module docstring)? Before
    a title in lower case, a body's name by its form is the holder's body ("Velby Harbour Police commissioner Jo
    Kerr"), no portfolio."""
    if not name[:1].isupper():
        return False
    judge = _titled if not org_by_form(name) else _titled_capital
    return only_written_so(name, texts, cache, PORTFOLIO, judge)  # the judge is the name's own: one cache key


def _titled(text: str, start: int, end: int) -> bool | None:
    if _LOWER_TITLE_AFTER.match(text, end) is not None:
        return True  # "Tariffs minister Jo Kerr" (ents55)
    return _titled_capital(text, start, end)


def _titled_capital(text: str, start: int, end: int) -> bool | None:
    if _TITLE_AFTER.match(text, end) is not None or (
            _TITLE_BEFORE.search(text, max(0, start - 80), start) and _HOLDER_AFTER.match(text, end)):
        return True  # "Roads Secretary Jo Kerr"; "Minister for Higher Education and Roads, Jo Kerr" (not "Jo Kerr"
        # of "Secretary of Roads Jo Kerr said": the holder's name after the title)
    if _INSIDE_BODY.search(text, max(0, start - 30), start) and _AND_NAME_AFTER.match(text, end):
        return None  # "the Department of Roads and Bridges": a longer name's words
    return None if _NAME_GOES_ON.match(text, end) is not None else False
