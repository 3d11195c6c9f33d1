"""A currency sign a record's text lost to "?" when its page was read in the wrong encoding, restored (inputs61).

A page read in the wrong encoding loses characters outside ASCII to "?": a British outlet's "£7bn" reaches the record
as "a ?7bn annual loss", "$38m (?31m)". Shown so, the sum reads as a question and claims finds no currency in it. A
"?" opens no word in English, so one directly before a figure (at a word's start: after a space, a bracket or a
dash, not after a letter, a digit or another mark) is the lost sign when the figure reads as a sum: a scale glued to
it or after it ("bn", "m", "mn", "billion", "thousand"), or thousands written with commas ("?650,000"). The one
rule is ``text.LOST_SIGN``, which claims reads too (inputs63: the two copies differed, so "-?40mn", "?7 bn" and "?3
thousand" were money to claims and left unrestored here). The sign is that of the country the outlet's web address
names (``lexicon/domain_countries.tsv``; ``lexicon/currency_signs.tsv``: "£" on ".uk"); on an outlet of no such country
(".com") nothing tells the sign, and the "?" is left as written. A record's title is restored the same way
(``clean.clean_document``; inputs63: "Royal Bank … losses more than treble to ?7bn" headed a brief).

The scraper's ``"?`` for a dash or a curly quotation mark is repaired before, when the record is read
(``ingest/jsonrecord.py``).
"""

from __future__ import annotations

from .. import lexicon
from ..text import LOST_SIGN, outlet_country

__all__ = ["SIGNS", "restore_lost"]

SIGNS = True
"""Switch: restore a currency sign lost to "?" before a sum on an outlet whose country writes one."""
_SIGNS = lexicon.table("currency_signs")



def _country_sign(url: str | None) -> str | None:
    """The currency sign of the country the outlet's web address names ("bbc.co.uk" -> "£"), if it has one."""
    iso = outlet_country(url)
    return None if iso is None else _SIGNS.get(iso)


def restore_lost(text: str, url: str | None) -> str:
    """``text`` with each currency sign it lost to "?" before a sum restored as the sign of the outlet's country
    (module docstring); unchanged when that country writes no sign outside ASCII."""
    if "?" not in text:
        return text
    sign = _country_sign(url) if SIGNS else None
    return text if sign is None else LOST_SIGN.sub(sign, text)
