"""A state's or province's two-letter postal code after a town: "Camden, NJ", "Saratoga Springs, NY".

Listings and addresses (a tour's dates, a venue's address) write the state as its postal code, in
capitals, right after the town and its comma. As a town's qualifier the code names its state
(``lexicon/postal_states.tsv``), as "N.J." or "New Jersey" would; alone it is never read ("IN", "OR",
"ME" are words), and only the qualifier's first word is read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon
from ..model import Place
from .gazetteer import Match

POSTAL_CODES: dict[str, tuple[str, str]] = {r[0]: (r[1], r[2]) for r in lexicon.rows("postal_states")}
_CODE = re.compile(r"^([A-Z]{2})(?![\w.’'-])")


def postal_qualifier(qualifier: str | None, matches: Callable[[str], list[Match]]) -> Place | None:
    """The state or province a qualifier's postal code names ("NJ" → New Jersey), or None."""
    m = _CODE.match(qualifier or "")
    if m is None or m.group(1) not in POSTAL_CODES:
        return None
    name, country = POSTAL_CODES[m.group(1)]
    return next((x.place for x in matches(name) if x.place.kind == "region" and x.place.country == country), None)
