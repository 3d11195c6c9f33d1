"""A bare dollar on the page of an outlet whose country has a dollar of its own is that dollar (claims45).

"$" and "dollars" read as US dollars (lexicon/currencies.tsv), as news in the US and the wire services write them.
An outlet in Australia, Canada, New Zealand, Hong Kong, Singapore … writes its own currency so: "cut about half a
million dollars" on abc.net.au is Australian dollars. The outlet's country is the one its web address names (the
country domain; lexicon/domain_countries.tsv, generic-use domains aside: ``text.outlet_country``); the country's
dollar is in lexicon/dollar_countries.tsv. A dollar written as the US one ("US$", "U.S. dollars", "USD") stays USD.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .. import lexicon
from ..text import outlet_country
from .figure import Figure

_DOLLAR_COUNTRIES = lexicon.table("dollar_countries")
_BARE_DOLLARS = frozenset({"$", "dollar", "dollars"})


def outlet_dollar(url: str | None) -> str | None:
    """The ISO code of the dollar of the country the outlet's web address names ("abc.net.au" -> AUD), if any."""
    iso = outlet_country(url)
    return None if iso is None else _DOLLAR_COUNTRIES.get(iso)


def localise(figures: Iterable[Figure], doc: Doc, code: str | None) -> None:
    """Give the figures written with a bare "$" or "dollars" the outlet's own dollar ``code``."""
    if code is None:
        return
    for fig in figures:
        if fig.currency_code == "USD" and fig.currency is not None and doc[fig.currency].lower_ in _BARE_DOLLARS:
            fig.currency_code = code
