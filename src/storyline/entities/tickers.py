"""A company's stock-market code in brackets right after its one-word name ("enterprise software maker Velbrook
(VLBK)", "Velbrook (Nasdaq: VLBK)"): the name is a traded company's, no person's, and the code is no second body.
A code is two to five capitals, after an optional exchange's capitalised word and a colon; without the exchange it
must spell the name's letters in order, its first letter the name's ("VLBK" of "Velbrook"), so a party or a body in
brackets after a person's name ("Zuma (ANC)") is neither (ents51)."""

from __future__ import annotations

import re

__all__ = ["ticker_after", "ticker_code"]

_CODE_AFTER = re.compile(r"[ \t]*\((?:(?P<market>[A-Z][A-Za-z]{1,7}):[ \t]*)?(?P<code>[A-Z]{2,5})\)")
_ONE_WORD = re.compile(r"[A-Z][A-Za-z]+")


def _spells(code: str, name: str) -> bool:
    """Are the code's letters the name's, in order, the first the name's first ("ORCL" of "Oracle")?"""
    letters = iter(name.lower()[1:])
    return code[0].lower() == name[0].lower() and all(c in letters for c in code.lower()[1:])


def ticker_after(text: str, start: int, end: int) -> bool:
    """Is the one-word name at ``text[start:end]`` followed by its stock-market code in brackets (module docstring)?"""
    name = text[start:end]
    code = _CODE_AFTER.match(text, end)
    return code is not None and _ONE_WORD.fullmatch(name) is not None and (
        code.group("market") is not None or _spells(code.group("code"), name))


def ticker_code(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a code in brackets right after a one-word name whose code it is?"""
    if text[end : end + 1] != ")":
        return False
    before = re.search(r"([A-Z][A-Za-z]+)[ \t]*\((?:[A-Z][A-Za-z]{1,7}:[ \t]*)?$", text[max(0, start - 40) : start])
    return before is not None and ticker_after(text, start - len(before.group(0)),
                                               start - len(before.group(0)) + len(before.group(1)))
