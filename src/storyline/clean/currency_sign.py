"""A currency sign lost to "?" in a record's text, restored from the outlet's country (inputs61).

A page read in the wrong encoding loses every character outside ASCII to "?": a British outlet's "£7bn" reaches the
record as "a ?7bn annual loss", "$38m (?31m)". Shown so, the sum reads as a question and claims finds no currency in
it. A "?" opens no word in English, so one directly before a figure (not after a letter, a digit or another mark)
is the lost sign, when the figure reads as a sum: a unit glued to it ("bn", "m", "k") or after it ("billion"),
or thousands written with commas ("?650,000"). The sign is that of the country the outlet's web address names
(``lexicon/domain_countries.tsv``; ``lexicon/currency_signs.tsv``: "£" on ".uk"); on an outlet of no such country
(".com") nothing tells the sign, and the "?" is left as written.
"""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["ENABLED", "restore_signs"]

ENABLED = True
"""Switch: restore a currency sign lost to "?" before a sum on an outlet whose country writes one."""
_SIGNS = lexicon.table("currency_signs")
_DOMAIN_COUNTRIES = lexicon.table("domain_countries")
_VANITY_DOMAINS = lexicon.words("vanity_domains")
_LOST = re.compile(
    r"(?<![\w?!.,;:'\"’”$£€¥-])\?(?=\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\d+(?:\.\d+)?(?:bn|m|k|tn)\b"
    r"|\d+(?:\.\d+)? (?:billion|million|trillion)\b)"
)


def _country_sign(url: str | None) -> str | None:
    """The currency sign of the country the outlet's web address names ("bbc.co.uk" -> "£"), if it has one."""
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_DOMAINS:
        return None
    return _SIGNS.get(_DOMAIN_COUNTRIES.get(tld, tld.upper()))


def restore_signs(text: str, url: str | None) -> str:
    """``text`` with each "?" standing for a lost currency sign before a sum written as the sign of the outlet's
    country (module docstring); unchanged when the outlet's country writes no sign outside ASCII."""
    if not ENABLED or "?" not in text:
        return text
    sign = _country_sign(url)
    return text if sign is None else _LOST.sub(sign, text)
